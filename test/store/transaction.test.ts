// The one write transaction (src/store/transaction.ts) on real folders and real git repositories:
// each kind of operation, the refusals checked before anything is written, undo after a failure
// halfway or a commit refused by a hook, a rename git sees as a rename, and nothing left behind.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  linkSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitMessage, describePlan, touchedPaths, type WritePlan } from '../../src/core/write-plan.js';
import { KwpError } from '../../src/errors.js';
import { applyPlan, applyRebuilding, ClashError, writePlanFiles } from '../../src/store/transaction.js';
import { git as runGit, useGitIdentity } from '../helpers/git.js';
import { tempDir } from '../helpers/kb.js';
import { changes, snapshot } from '../new/helpers.js';

useGitIdentity();

const git = (cwd: string, ...args: string[]) => runGit(cwd, args).trim();
const bytes = (text: string) => Buffer.from(text, 'utf8');
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

const A = 'knowledge/projecten/a.md';
const B = 'knowledge/projecten/b.md';
const C = 'knowledge/vragen/c.md';
const TEXT = {
  [A]: '---\nid: a\nstatus: lopend\n---\n\nProject a.\n',
  [B]: '---\nid: b\nstatus: lopend\n---\n\nProject b.\n',
  [C]: '---\nid: c\nvraag: Wie?\n---\n\nEen vraag met genoeg tekst om als dezelfde herkend te worden.\n',
};

/** A folder with a, b and c; with `repo`, a git repository holding them in one commit. */
function folder(repo = false): string {
  const root = tempDir();
  for (const [path, text] of Object.entries(TEXT)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  if (repo) {
    git(root, 'init', '--quiet');
    git(root, 'add', '--all');
    git(root, 'commit', '--quiet', '-m', 'begin');
  }
  return root;
}

/** Every kind of operation at once. */
function everything(commit?: string): WritePlan {
  return {
    ops: [
      { op: 'create', path: 'knowledge/partners/nieuw.md', content: '---\nid: nieuw\n---\n' },
      { op: 'replace', path: A, before: bytes(TEXT[A]), content: TEXT[A].replace('lopend', 'afgerond') },
      { op: 'rename', from: C, path: 'knowledge/vragen/c-2.md', before: bytes(TEXT[C]) },
      { op: 'delete', path: B, before: bytes(TEXT[B]) },
    ],
    ...(commit ? { commit: { message: commit } } : {}),
  };
}

const hook = (root: string, script: string) => {
  writeFileSync(join(root, '.git', 'hooks', 'pre-commit'), script);
  chmodSync(join(root, '.git', 'hooks', 'pre-commit'), 0o755);
};

describe('the plan (pure)', () => {
  it('names every path it touches, and can be shown without applying it', () => {
    const plan = everything('kwp test');
    expect(touchedPaths(plan)).toEqual(['knowledge/partners/nieuw.md', A, C, 'knowledge/vragen/c-2.md', B]);
    expect(describePlan(plan).map((l) => [l.op, l.from ?? '', l.path])).toEqual([
      ['create', '', 'knowledge/partners/nieuw.md'],
      ['replace', '', A],
      ['rename', C, 'knowledge/vragen/c-2.md'],
      ['delete', '', B],
    ]);
    expect(commitMessage('kwp x: a', [B, C])).toBe(`kwp x: a\n\n- ${B}\n- ${C}`);
    expect(commitMessage('kwp x: a')).toBe('kwp x: a');
  });
});

describe('applying a plan without git', () => {
  it('creates (with its folder), replaces, renames and deletes', async () => {
    const root = folder();
    const before = snapshot(root);
    const applied = await applyPlan(everything(), { root });
    expect(applied).toEqual({
      written: ['knowledge/partners/nieuw.md', A, 'knowledge/vragen/c-2.md'],
      kept: [],
    });
    expect(read(root, 'knowledge/partners/nieuw.md')).toBe('---\nid: nieuw\n---\n');
    expect(read(root, A)).toBe(TEXT[A].replace('lopend', 'afgerond'));
    expect(read(root, 'knowledge/vragen/c-2.md')).toBe(TEXT[C]);
    expect(changes(before, snapshot(root))).toEqual({
      added: ['knowledge/partners/nieuw.md', 'knowledge/vragen/c-2.md'],
      removed: [B, C],
      changed: [A],
    });
  });

  it('a rename may give the file new content', async () => {
    const root = folder();
    const content = TEXT[C].replace('id: c', 'id: c-2');
    await applyPlan(
      { ops: [{ op: 'rename', from: C, path: 'knowledge/vragen/c-2.md', before: bytes(TEXT[C]), content }] },
      { root },
    );
    expect(read(root, 'knowledge/vragen/c-2.md')).toBe(content);
    expect(existsSync(join(root, C))).toBe(false);
  });

  it('a keepExisting create leaves a file that is there, and says so', async () => {
    const root = folder();
    const applied = await applyPlan(
      { ops: [{ op: 'create', path: A, content: 'anders\n', keepExisting: true }] },
      { root },
    );
    expect(applied).toEqual({ written: [], kept: [A] });
    expect(read(root, A)).toBe(TEXT[A]);
  });
});

describe('refused before anything is written', () => {
  const cases: [string, (root: string) => void, WritePlan['ops'][number], string][] = [
    [
      'a file to replace changed on disk',
      (r) => writeFileSync(join(r, A), TEXT[A] + 'meer\n'),
      everything().ops[1]!,
      'edit.changed',
    ],
    ['a file to replace is gone', (r) => rmSync(join(r, A)), everything().ops[1]!, 'edit.changed'],
    [
      'a file to rename changed',
      (r) => writeFileSync(join(r, C), 'ander\n'),
      everything().ops[2]!,
      'edit.changed',
    ],
    [
      'a file to delete changed (CRLF for LF)',
      (r) => writeFileSync(join(r, B), TEXT[B].replace(/\n/g, '\r\n')),
      everything().ops[3]!,
      'edit.changed',
    ],
    [
      'a new name is taken',
      (r) => writeFileSync(join(r, 'knowledge/partners/nieuw.md'), 'van iemand\n'),
      everything().ops[0]!,
      'write.exists',
    ],
    [
      'a rename target is taken',
      (r) => writeFileSync(join(r, 'knowledge/vragen/c-2.md'), 'van iemand\n'),
      everything().ops[2]!,
      'write.exists',
    ],
  ];
  it.each(cases)('%s: exit 2, no file touched', async (_, meddle, op, id) => {
    const root = folder();
    mkdirSync(join(root, 'knowledge/partners'), { recursive: true });
    meddle(root);
    const before = snapshot(root);
    // A second name for every file, outside the folder: a file written (and put back) is a new file.
    const links = tempDir();
    const present = Object.keys(TEXT).filter((p) => existsSync(join(root, p)));
    for (const [i, p] of present.entries()) linkSync(join(root, p), join(links, String(i)));
    const same = () =>
      present.map((p, i) => statSync(join(root, p)).ino === statSync(join(links, String(i))).ino);
    // The failing operation last: the ones before it must not have been written either.
    const ops = [...everything().ops.filter((o) => o.op !== op.op || o.path !== op.path), op];
    const error = await applyPlan({ ops }, { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KwpError);
    expect((error as KwpError).messageId).toBe(id);
    expect((error as KwpError).exitCode).toBe(2);
    expect(snapshot(root)).toEqual(before);
    // Not written and put back, but never written: every file is still the same file.
    expect(same()).toEqual(present.map(() => true));
  });

  it('a taken name is a ClashError naming the path as shown', () => {
    const root = folder();
    const shown = (p: string) => `<${p}>`;
    expect(() => writePlanFiles({ ops: [{ op: 'create', path: A, content: '' }] }, { root, shown })).toThrow(
      new ClashError(A, `<${A}>`),
    );
  });
});

describe('a failure halfway: every step already done is undone', () => {
  it('a file where a folder should be, after a create, a replace, a rename and a delete', async () => {
    const root = folder();
    writeFileSync(join(root, 'knowledge/verslagen'), 'een bestand, geen map\n');
    const before = snapshot(root);
    const plan: WritePlan = {
      ops: [...everything().ops, { op: 'create', path: 'knowledge/verslagen/x.md', content: 'x\n' }],
    };
    const error = await applyPlan(plan, { root }).catch((e: unknown) => e);
    expect(error).toEqual(
      new KwpError('write.failed', { path: 'knowledge/verslagen', reason: '@write.reason.not-a-folder' }),
    );
    // Old bytes back, the new file and the folder made for it gone, the renamed and deleted files back.
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, 'knowledge/partners'))).toBe(false);
  });

  it('the error for an unwritable file can be the command’s own', async () => {
    const root = folder();
    writeFileSync(join(root, 'knowledge/verslagen'), 'geen map\n');
    const failure = (path: string, e: unknown) =>
      new KwpError('write.failed', { path, reason: String((e as NodeJS.ErrnoException).code) });
    const error = await applyPlan(
      { ops: [{ op: 'create', path: 'knowledge/verslagen/x.md', content: '' }] },
      { root, failure },
    ).catch((e: unknown) => e);
    expect(error).toEqual(new KwpError('write.failed', { path: 'knowledge/verslagen', reason: 'EEXIST' }));
  });
});

describe('with a commit', () => {
  it('commits exactly the files touched, in one commit; git sees the rename as a rename', async () => {
    const root = folder(true);
    writeFileSync(join(root, 'notities.txt'), 'niet van kwp\n');
    await applyPlan(everything('kwp test: alles'), { root });
    expect(git(root, 'log', '-1', '--format=%s')).toBe('kwp test: alles');
    expect(git(root, 'show', '--format=', '--name-status', '-M', 'HEAD').split('\n').sort()).toEqual(
      [`A\tknowledge/partners/nieuw.md`, `D\t${B}`, `M\t${A}`, `R100\t${C}\tknowledge/vragen/c-2.md`].sort(),
    );
    expect(git(root, 'status', '--porcelain')).toBe('?? notities.txt');
  });

  it('a rename with a small change of content is still a rename', async () => {
    const root = folder(true);
    const content = TEXT[C].replace('id: c', 'id: c-2');
    const op = {
      op: 'rename' as const,
      from: C,
      path: 'knowledge/vragen/c-2.md',
      before: bytes(TEXT[C]),
      content,
    };
    await applyPlan({ ops: [op], commit: { message: 'kwp rename: c c-2' } }, { root });
    expect(git(root, 'show', '--format=', '--name-status', '-M', 'HEAD')).toMatch(
      /^R\d+\tknowledge\/vragen\/c\.md\tknowledge\/vragen\/c-2\.md$/,
    );
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('works before the first commit, deleting a file that no commit holds', async () => {
    const root = folder();
    git(root, 'init', '--quiet');
    await applyPlan(
      { ops: [everything().ops[0]!, everything().ops[3]!], commit: { message: 'eerste' } },
      { root },
    );
    expect(git(root, 'ls-files')).toBe('knowledge/partners/nieuw.md');
    expect(existsSync(join(root, B))).toBe(false);
  });

  it('a failing pre-commit hook: every step undone, the index and HEAD as they were', async () => {
    const root = folder(true);
    hook(root, '#!/bin/sh\necho "nee" >&2\nexit 1\n');
    const before = snapshot(root);
    const head = git(root, 'rev-parse', 'HEAD');
    const error = await applyPlan(everything('kwp test'), { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KwpError);
    expect((error as KwpError).messageId).toBe('git.failed');
    expect(snapshot(root)).toEqual(before);
    expect(git(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(git(root, 'diff', '--cached', '--name-only')).toBe('');
  });

  it('refuses before writing when other changes are staged, and leaves them staged', async () => {
    const root = folder(true);
    writeFileSync(join(root, 'notities.txt'), 'van iemand\n');
    git(root, 'add', 'notities.txt');
    const before = snapshot(root);
    const error = await applyPlan(everything('kwp test'), { root }).catch((e: unknown) => e);
    expect((error as KwpError).messageId).toBe('git.other-changes-staged');
    expect(snapshot(root)).toEqual(before);
    expect(git(root, 'status', '--porcelain')).toBe('A  notities.txt');
  });

  it('keepOnFailure leaves the files written (kwp init resumes), and the error can be the command’s', async () => {
    const root = folder(true);
    hook(root, '#!/bin/sh\nexit 1\n');
    const plan: WritePlan = { ops: [everything().ops[0]!], commit: { message: 'kwp test' } };
    const error = await applyPlan(
      plan,
      { root },
      { keepOnFailure: true, failure: () => new KwpError('init.git-failed', { detail: 'x', dir: '.' }) },
    ).catch((e: unknown) => e);
    expect((error as KwpError).messageId).toBe('init.git-failed');
    expect(existsSync(join(root, 'knowledge/partners/nieuw.md'))).toBe(true);
  });

  it('newRepository makes the repository first, and include commits files already on disk', async () => {
    const root = folder();
    await applyPlan(
      { ops: [everything().ops[0]!], commit: { message: 'begin', include: [A, B, C] } },
      { root },
      { check: false, newRepository: true },
    );
    expect(git(root, 'ls-files').split('\n').sort()).toEqual([A, B, 'knowledge/partners/nieuw.md', C].sort());
  });
});

describe('applyRebuilding', () => {
  it('plans again when a name it creates was taken meanwhile, leaving nothing of the first try', async () => {
    const root = folder();
    let tries = 0;
    const { id } = await applyRebuilding(
      () => {
        tries++;
        const id = tries === 1 ? 'a' : 'a-2';
        const ops: WritePlan['ops'] = [
          { op: 'create', path: 'knowledge/vragen/nieuw.md', content: `vraag van ${id}\n` },
          { op: 'create', path: `knowledge/projecten/${id}.md`, content: `id: ${id}\n` },
        ];
        return { id, plan: { ops } };
      },
      { root },
    );
    expect(tries).toBe(2);
    expect(id).toBe('a-2');
    expect(read(root, A)).toBe(TEXT[A]);
    expect(read(root, 'knowledge/vragen/nieuw.md')).toBe('vraag van a-2\n');
  });
});
