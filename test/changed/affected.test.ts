// Which unchanged files a change affects: pure, on a knowledge base read from disk.
import { describe, expect, it } from 'vitest';
import { affectedPaths, type ChangedPath } from '../../src/core/affected.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { makeKb, project } from '../helpers/kb.js';

const P = 'knowledge/projecten';
const V = 'knowledge/kennisvragen';

async function scope(files: Record<string, string>, changes: ChangedPath[]): Promise<string[]> {
  const { files: parsed } = await loadKnowledgeBase(makeKb(files));
  return [...affectedPaths(changes, new KnowledgeBase(parsed))].sort();
}

const question = (id: string, extra = '') => `---\nid: ${id}\ntitel: Vraag ${id}\n${extra}---\n`;

describe('affectedPaths', () => {
  it('adds the files that refer to a deleted id, by any reference', async () => {
    const files = {
      [`${P}/2026-b.md`]: project('2026-b', 'vervolg_op: [2026-a]\n'),
      [`${P}/2026-c.md`]: project('2026-c', 'kennisvragen: [vraag-x]\n'),
      [`${P}/2026-d.md`]: project('2026-d', 'evaluatie: {nieuwe_kennisvragen: [vraag-x]}\n'),
      [`${V}/vraag-y.md`]: question('vraag-y', 'project: 2026-a\n'),
      [`${P}/2026-e.md`]: project('2026-e'),
    };
    expect(await scope(files, [{ status: 'D', path: `${P}/2026-a.md` }])).toEqual([
      `${V}/vraag-y.md`,
      `${P}/2026-b.md`,
    ]);
    expect(await scope(files, [{ status: 'D', path: `${V}/vraag-x.md` }])).toEqual([
      `${P}/2026-c.md`,
      `${P}/2026-d.md`,
    ]);
  });

  it('takes a rename by its old and its new id', async () => {
    const files = {
      [`${P}/2026-a2.md`]: project('2026-a2'),
      [`${P}/2026-b.md`]: project('2026-b', 'vervolg_op: [2026-a]\n'),
      [`${P}/2026-c.md`]: project('2026-c', 'vervolg_op: [2026-a2]\n'),
      [`${P}/2026-e.md`]: project('2026-e'),
    };
    const changes: ChangedPath[] = [{ status: 'R', path: `${P}/2026-a2.md`, oldPath: `${P}/2026-a.md` }];
    expect(await scope(files, changes)).toEqual([`${P}/2026-a2.md`, `${P}/2026-b.md`, `${P}/2026-c.md`]);
  });

  it('adds the other file with the same id, and every project of a new cycle', async () => {
    const files = {
      [`${P}/2026-a.md`]: project('2026-a', 'vervolg_op: [2026-c]\n'),
      [`${P}/2026-b.md`]: project('2026-b', 'vervolg_op: [2026-a]\n'),
      [`${P}/2026-c.md`]: project('2026-c', 'vervolg_op: [2026-b]\n'),
      [`${P}/2026-x.md`]: project('2026-e'),
      [`${P}/2026-e.md`]: project('2026-e'),
      [`${P}/2026-f.md`]: project('2026-f'),
    };
    expect(await scope(files, [{ status: 'M', path: `${P}/2026-a.md` }])).toEqual([
      `${P}/2026-a.md`,
      `${P}/2026-b.md`,
      `${P}/2026-c.md`,
    ]);
    expect(await scope(files, [{ status: 'A', path: `${P}/2026-x.md` }])).toEqual([
      `${P}/2026-e.md`,
      `${P}/2026-x.md`,
    ]);
  });

  it('adds the questions a changed project takes up', async () => {
    const files = {
      [`${P}/2026-a.md`]: project('2026-a', 'kennisvragen: [vraag-x]\n'),
      [`${V}/vraag-x.md`]: question('vraag-x', 'status: opgepakt\n'),
      [`${V}/vraag-y.md`]: question('vraag-y'),
    };
    expect(await scope(files, [{ status: 'M', path: `${P}/2026-a.md` }])).toEqual([
      `${V}/vraag-x.md`,
      `${P}/2026-a.md`,
    ]);
  });
});
