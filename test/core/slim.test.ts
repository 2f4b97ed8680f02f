// What validation keeps of a file (slim.ts) is derived from the link table: the rules across files
// must say the same of slimmed files as of whole ones, and every link path must be kept.
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/core/kinds.js';
import { LINKS, NAME_LINKS, VOCABULARY_FIELDS } from '../../src/core/model/links.js';
import type { ParsedFile } from '../../src/core/read-file.js';
import { slimData, slimPaths } from '../../src/core/slim.js';
import { checkFilesTogether } from '../../src/core/validate.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { makeKb, project } from '../helpers/kb.js';

const P = 'knowledge/projecten';
const V = 'knowledge/kennisvragen';
const R = 'knowledge/partners';

function slimmed(files: readonly ParsedFile[]): ParsedFile[] {
  return files.map((f) => ({ ...f, data: f.data ? slimData(f.kind, f.data) : f.data }));
}

describe('slimData', () => {
  it('keeps what the rules across files read, on the example and on broken shapes', async () => {
    for (const [at, root] of [
      makeKb({}, { example: true }),
      makeKb({
        [`${P}/2026-a.md`]: project(
          '2026-a',
          'vervolg_op: [2026-c, 2026-a, 7]\nkennisvragen: vraag-x\nthema: [nergens]\ngebied: Elders\npartners: [Los, {naam: Onbekend, groep: overheid}, {naam: 3}]\nbegroting: {dekking: [{partner: Niemand, bedrag: 1}, x]}\nevaluatie: {nieuwe_kennisvragen: [vraag-y, vraag-x]}\n',
        ),
        [`${P}/2026-c.md`]: project(
          '2026-c',
          'vervolg_op: [2026-a]\nplanning: x\nbegroting: 5\nevaluatie: nee\n',
        ),
        [`${P}/2026-d.md`]: project('2026-a', 'partners: geen\nbegroting: {dekking: {partner: X}}\n'),
        [`${V}/vraag-x.md`]:
          '---\nid: vraag-x\nvraag: Hoe?\nstatus: opgepakt\nproject: 2026-zzz\nthema: armoede\n---\n',
        [`${V}/vraag-y.md`]: '---\nid: vraag-y\nvraag: Wat?\nstatus: opgepakt\nproject: [2026-a]\n---\n',
        [`${R}/p.md`]: '---\nid: p\nnaam: " Onbekend "\ngroep: overheid\n---\n',
      }),
    ].entries()) {
      const { files } = await loadKnowledgeBase(root);
      const whole = checkFilesTogether(files).pending;
      if (at === 1) expect(whole.length).toBeGreaterThan(5);
      expect(checkFilesTogether(slimmed(files)).pending).toEqual(whole);
    }
  });

  it('keeps every link, name link and vocabulary path of a kind', () => {
    const kinds: Kind[] = ['project', 'vraag', 'partner'];
    for (const kind of kinds) {
      const paths = slimPaths(kind).map((p) => p.join('.'));
      for (const l of LINKS) if (l.from === kind) expect(paths).toContain(l.path.join('.'));
      for (const l of NAME_LINKS) if (l.from === kind) expect(paths).toContain(l.path.join('.'));
      for (const l of NAME_LINKS) if (l.to === kind) expect(paths).toContain(l.byKey);
      for (const f of VOCABULARY_FIELDS)
        if ((f.kinds as readonly Kind[]).includes(kind)) expect(paths).toContain(f.path.join('.'));
    }
  });

  it('keeps nothing else of a project', () => {
    const data = {
      id: 'x',
      titel: 'weg',
      kennisvraag: 'weg',
      planning: { start: '2026-01-01', einde: '2026-02-01' },
      partners: [{ naam: 'A', groep: 'overheid', studenten: 3 }],
      begroting: { kosten: [{ post: 'p', bedrag: 1 }], dekking: [{ partner: 'A', bedrag: 1 }] },
      evaluatie: { conclusies: ['weg'], nieuwe_kennisvragen: ['v'] },
    };
    expect(slimData('project', data)).toEqual({
      id: 'x',
      planning: { start: '2026-01-01' },
      partners: [{ naam: 'A', groep: 'overheid' }],
      begroting: { dekking: [{ partner: 'A' }] },
      evaluatie: { nieuwe_kennisvragen: ['v'] },
    });
  });
});
