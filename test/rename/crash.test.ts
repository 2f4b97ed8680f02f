// A rename killed between its files (the real binary, KWP_TEST_CRASH_AFTER=<n> kills it with SIGKILL
// after its n-th file): every file is wholly old or wholly new, a journal is left, and the next kwp
// puts the knowledge base back in one piece (all old; or all new when every file was written) and says so.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kwpProcess } from '../helpers/kb.js';
import { assertBuilt } from '../new/helpers.js';
import {
  changes,
  exampleKb,
  expectValid,
  projectPath,
  questionPath,
  snapshot,
  text,
  write,
} from '../cycle/helpers.js';

const JOURNAL = '.kwp-journal.json';
const OLD = '2024-hittekaart-rivierenwijk';
const NEW = '2024-hittekaart';
/** The plan's files in order: the renamed record, then the referring files. */
const FILES = 3;

beforeAll(assertBuilt);

const renameArgs = (root: string) => ['rename', OLD, NEW, '--kb', root];

/** The tree before and after a complete rename, without .git. */
function reference() {
  const root = exampleKb();
  const before = snapshot(root);
  expect(kwpProcess(renameArgs(root)).code).toBe(0);
  return { before, after: snapshot(root) };
}

describe('kwp rename, killed between its files', () => {
  it.each([1, 2, FILES])('after file %i: each file old or new; the next kwp makes it whole', async (n) => {
    const { before, after } = reference();
    const root = exampleKb();
    const killed = kwpProcess(renameArgs(root), { env: { KWP_TEST_CRASH_AFTER: String(n) } });
    expect(killed.code).toBe(-1); // killed by a signal: no exit status
    expect(existsSync(join(root, JOURNAL))).toBe(true);
    const now = snapshot(root);
    for (const [path, hash] of now) {
      if (path === JOURNAL) continue;
      expect(hash === before.get(path) || hash === after.get(path), `${path} is neither old nor new`).toBe(
        true,
      );
    }
    // Half done: some files new, and before the last one not all of them.
    const fresh = [...now.keys()].filter(
      (p) => p !== JOURNAL && now.get(p) === after.get(p) && now.get(p) !== before.get(p),
    );
    expect(fresh.length).toBeGreaterThan(0);

    // The next kwp, one that only reads, restores one whole state and says which.
    const next = kwpProcess(['list', 'vragen', '--kb', root]);
    expect(next.code).toBe(0);
    expect(existsSync(join(root, JOURNAL))).toBe(false);
    if (n < FILES) {
      expect(next.stderr).toContain(
        'Een eerdere kwp-opdracht is halverwege afgebroken; kwp heeft teruggezet',
      );
      expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
    } else {
      expect(next.stderr).toContain('afgebroken nadat alle bestanden geschreven waren');
      expect(changes(after, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
    }
    await expectValid(root);
    // And the rename can simply be done (again).
    if (n < FILES) expect(kwpProcess(renameArgs(root)).code).toBe(0);
    expect(changes(after, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('kwp validate finishes it too', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    kwpProcess(renameArgs(root), { env: { KWP_TEST_CRASH_AFTER: '1' } });
    // Killed right after the rename: the new name is there and the old one gone, or both (half way).
    expect(existsSync(join(root, projectPath(NEW)))).toBe(true);
    const validate = kwpProcess(['validate', '--kb', root]);
    expect(validate.stderr).toContain('teruggezet');
    expect(validate.code).toBe(0);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('a file changed by hand since: nothing is put back; a writer stops, a reader is told', async () => {
    const root = exampleKb();
    kwpProcess(renameArgs(root), { env: { KWP_TEST_CRASH_AFTER: '2' } });
    const path = questionPath('koele-looproutes-ouderen');
    write(root, path, `${text(root, path)}\nEen regel erbij.\n`);
    const state = snapshot(root);
    const writer = kwpProcess(['link', '2027-koele-routes-rivierenwijk', '--follows', NEW, '--kb', root]);
    expect(writer.code).toBe(2);
    expect(writer.stderr).toContain(`${path} is sindsdien nog veranderd: kwp zet niets terug`);
    expect(changes(state, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
    const reader = kwpProcess(['list', '--kb', root]);
    expect(reader.code).toBe(0);
    expect(reader.stderr).toContain('kwp zet niets terug');
    expect(changes(state, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('a journal of a kwp that still runs: another writer waits its turn (exit 2), nothing written', async () => {
    const root = exampleKb();
    // This test process is alive: its id in a journal means a write in progress.
    writeFileSync(join(root, JOURNAL), `${JSON.stringify({ kwpJournal: 1, pid: process.pid, ops: [] })}\n`);
    const state = snapshot(root);
    const writer = kwpProcess(renameArgs(root));
    expect(writer.code).toBe(2);
    expect(writer.stderr).toContain(`Een andere kwp (proces ${process.pid}) schrijft nu in deze kennisbank`);
    expect(changes(state, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });
});
