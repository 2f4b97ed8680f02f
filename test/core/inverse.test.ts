// The inverse links derived from the link table: every row of LINKS and NAME_LINKS answers in the
// other direction, without a line of code per link.
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { linkNamed, nameLinkNamed } from '../../src/core/model/link-values.js';
import { LINKS } from '../../src/core/model/links.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { makeKb, project } from '../helpers/kb.js';

const P = 'knowledge/projecten';
const V = 'knowledge/kennisvragen';
const R = 'knowledge/partners';

async function kbOf(files: Record<string, string>): Promise<KnowledgeBase> {
  const { files: parsed } = await loadKnowledgeBase(makeKb(files));
  return new KnowledgeBase(parsed);
}

describe('kb.inverse', () => {
  it('answers every link the other way round', async () => {
    const kb = await kbOf({
      [`${P}/2026-a.md`]: project(
        '2026-a',
        'vervolg_op: [2026-a]\nevaluatie: {nieuwe_kennisvragen: [v-x]}\n',
      ),
      [`${P}/2026-b.md`]: project('2026-b', 'vervolg_op: [2026-a, 2026-a]\nkennisvragen: [v-x, v-x]\n'),
      [`${P}/2026-c.md`]: project('2026-c', 'vervolg_op: [2026-a]\nkennisvragen: [v-x]\n'),
      [`${V}/v-x.md`]: '---\nid: v-x\nvraag: Waarom?\nproject: 2026-a\n---\n',
      [`${V}/v-y.md`]: '---\nid: v-y\nvraag: Hoe?\nproject: 2026-a\n---\n',
    });
    expect(kb.inverse(linkNamed('vervolg_op'), '2026-a')).toEqual(['2026-b', '2026-c']);
    expect(kb.inverse(linkNamed('kennisvragen'), 'v-x')).toEqual(['2026-b', '2026-c']);
    expect(kb.takenUpBy('v-x')).toEqual(['2026-b', '2026-c']);
    expect(kb.inverse(linkNamed('nieuwe_kennisvragen'), 'v-x')).toEqual(['2026-a']);
    expect(kb.inverse(linkNamed('project'), '2026-a')).toEqual(['v-x', 'v-y']);
    expect(kb.linksOf(linkNamed('kennisvragen'), '2026-b')).toEqual(['v-x', 'v-x']);
    expect(kb.linksOf(linkNamed('kennisvragen'), 'v-x')).toEqual([]);
    for (const link of LINKS) expect(kb.inverse(link, 'nobody')).toEqual([]);
  });

  it('answers a name link by the name the target holds, trimmed', async () => {
    const kb = await kbOf({
      [`${P}/2026-a.md`]: project(
        '2026-a',
        'partners: [{naam: " Gemeente X ", groep: overheid}]\nbegroting: {dekking: [{partner: Gemeente X, bedrag: 5}]}\n',
      ),
      [`${P}/2026-b.md`]: project('2026-b', 'partners: [{naam: Gemeente X, groep: overheid}]\n'),
      [`${R}/gemeente-x.md`]: '---\nid: gemeente-x\nnaam: Gemeente X\ngroep: overheid\n---\n',
    });
    expect(kb.namedBy(nameLinkNamed('partners'), 'Gemeente X')).toEqual(['2026-a', '2026-b']);
    expect(kb.namedBy(nameLinkNamed('dekking'), 'Gemeente X ')).toEqual(['2026-a']);
  });

  it('has link names that are unique, so an inverse is known by its link', () => {
    const names = LINKS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
    const inverses = LINKS.map((l) => l.inverse);
    expect(new Set(inverses).size).toBe(inverses.length);
  });
});
