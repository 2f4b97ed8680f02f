// The write journal (src/store/journal.ts) on real folders: which plans get one, that it is gone after
// a write and after a failure undone in-process, and how a journal left by a killed kwp is finished for
// each kind of operation: put back when some file was written, kept when all were, refused when a file
// changed since, left alone while its writer runs.
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WritePlan } from '../../src/core/write-plan.js';
import { KwpError } from '../../src/errors.js';
import { beginJournal, JOURNAL_FILE, needsJournal, recoverJournal } from '../../src/store/journal.js';
import { writePlanFiles } from '../../src/store/transaction.js';
import { tempDir } from '../helpers/kb.js';
import { changes, snapshot } from '../new/helpers.js';

const A = 'knowledge/projecten/a.md';
const B = 'knowledge/projecten/b.md';
const C = 'knowledge/kennisvragen/c.md';
const TEXT: Record<string, string> = {
  [A]: '---\nid: a\n---\nA\n',
  [B]: '---\nid: b\nvervolg_op: [a]\n---\nB\n',
  [C]: '---\nid: c\nproject: a\n---\nC\n',
};
const bytes = (text: string) => Buffer.from(text, 'utf8');

function folder(): string {
  const root = tempDir();
  for (const [path, text] of Object.entries(TEXT)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Renames a to z, edits b, deletes c, creates d: one of each operation. */
const PLAN: WritePlan = {
  ops: [
    {
      op: 'rename',
      from: A,
      path: 'knowledge/projecten/z.md',
      before: bytes(TEXT[A]!),
      content: '---\nid: z\n---\nA\n',
    },
    { op: 'replace', path: B, before: bytes(TEXT[B]!), content: '---\nid: b\nvervolg_op: [z]\n---\nB\n' },
    { op: 'delete', path: C, before: bytes(TEXT[C]!) },
    { op: 'create', path: 'knowledge/kennisvragen/d.md', content: '---\nid: d\n---\nD\n' },
  ],
};

/** What a killed kwp leaves: the journal of the plan, and the first `n` operations done. */
function killedAfter(root: string, n: number): void {
  beginJournal(root, PLAN); // the journal stays: the kill came before its end
  for (const op of PLAN.ops.slice(0, n)) {
    const at = (p: string) => join(root, p);
    if (op.op === 'rename') {
      writeFileSync(at(op.path), op.content!);
      unlinkSync(at(op.from));
    } else if (op.op === 'delete') unlinkSync(at(op.path));
    else writeFileSync(at(op.path), op.content);
  }
}

describe('which writes are journaled', () => {
  it('several files that are not all new, or any rename; never one file, nor only new files', () => {
    expect(needsJournal(PLAN)).toBe(true);
    expect(needsJournal({ ops: [PLAN.ops[0]!] })).toBe(true);
    expect(needsJournal({ ops: [PLAN.ops[1]!] })).toBe(false);
    expect(
      needsJournal({ ops: [PLAN.ops[3]!, { ...PLAN.ops[3]!, path: 'knowledge/x.md' }] as WritePlan['ops'] }),
    ).toBe(false);
    expect(needsJournal({ ops: [PLAN.ops[1]!, PLAN.ops[3]!] })).toBe(true);
  });

  it('the journal is gone after the write, and after a failure undone in-process', () => {
    const root = folder();
    writePlanFiles(PLAN, { root });
    expect(existsSync(join(root, JOURNAL_FILE))).toBe(false);
    const other = folder();
    const before = snapshot(other);
    // The last op fails (its name is taken): everything is undone, the journal removed.
    writeFileSync(join(other, 'knowledge/kennisvragen/d.md'), 'er al');
    const taken = snapshot(other);
    expect(() => writePlanFiles(PLAN, { root: other })).toThrow();
    expect(changes(taken, snapshot(other))).toEqual({ added: [], removed: [], changed: [] });
    expect(before.size + 1).toBe(taken.size);
  });
});

describe('a journal left by a killed kwp', () => {
  it.each([1, 2, 3])('after %i of 4 operations: every file put back', (n) => {
    const root = folder();
    const before = snapshot(root);
    killedAfter(root, n);
    const done = recoverJournal(root);
    expect(done?.action).toBe('rolled-back');
    expect(done?.paths.length).toBe(n);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
    expect(recoverJournal(root)).toBeUndefined();
  });

  it('a rename half done (the new name written, the old one still there): the new one removed', () => {
    const root = folder();
    const before = snapshot(root);
    beginJournal(root, PLAN);
    writeFileSync(join(root, 'knowledge/projecten/z.md'), '---\nid: z\n---\nA\n');
    expect(recoverJournal(root)?.action).toBe('rolled-back');
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('before the first file: nothing to say; after the last: kept as written', () => {
    const root = folder();
    const before = snapshot(root);
    killedAfter(root, 0);
    expect(recoverJournal(root)).toBeUndefined();
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
    killedAfter(root, 4);
    const after = snapshot(root);
    expect(recoverJournal(root)).toEqual({ action: 'finished', paths: PLAN.ops.map((o) => o.path) });
    expect(after.has(JOURNAL_FILE)).toBe(true);
    expect(snapshot(root).has(JOURNAL_FILE)).toBe(false);
  });

  it('a file changed since: nothing put back, the journal kept, the file named', () => {
    const root = folder();
    killedAfter(root, 2);
    writeFileSync(join(root, B), 'met de hand\n');
    const state = snapshot(root);
    expect(() => recoverJournal(root)).toThrow(
      expect.objectContaining({ messageId: 'journal.conflict', args: expect.objectContaining({ path: B }) }),
    );
    expect(changes(state, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('its writer still runs: busy, for recovering and for a new multi-file write', () => {
    const root = folder();
    writeFileSync(join(root, JOURNAL_FILE), JSON.stringify({ kwpJournal: 1, pid: process.ppid, ops: [] }));
    expect(() => recoverJournal(root)).toThrow(KwpError);
    expect(() => writePlanFiles(PLAN, { root })).toThrow(
      expect.objectContaining({ messageId: 'journal.busy' }),
    );
    expect(readFileSync(join(root, A), 'utf8')).toBe(TEXT[A]);
  });

  it('a writer that finishes within a moment is waited for, not refused', async () => {
    const root = folder();
    const journal = join(root, JOURNAL_FILE);
    const go = join(root, 'go');
    // A stand-in writer: once it is running and told to go, it removes its journal, as a finished write does.
    const script = `const fs = require('fs'); console.log('ready');
      while (!fs.existsSync(${JSON.stringify(go)})) {}
      fs.unlinkSync(${JSON.stringify(journal)});`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const ended = new Promise((resolve) => child.on('close', resolve));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    writeFileSync(journal, JSON.stringify({ kwpJournal: 1, pid: child.pid, ops: [] }));
    writeFileSync(go, '');
    expect(recoverJournal(root)).toBeUndefined();
    expect(existsSync(journal)).toBe(false);
    await ended;
  });

  it('not a journal kwp wrote: refused, nothing touched', () => {
    const root = folder();
    writeFileSync(join(root, JOURNAL_FILE), '{half');
    expect(() => recoverJournal(root)).toThrow(expect.objectContaining({ messageId: 'journal.unreadable' }));
  });
});
