// Git as an adapter, through simple-git: committing exactly the files a command wrote, and nothing else.
import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { KwpError } from '../errors.js';

function failed(e: unknown): KwpError {
  // simple-git reports a missing git program as a failed spawn: say that plainly.
  if (/ENOENT|not found|spawn git/i.test(String((e as Error)?.message ?? e)))
    return new KwpError('git.missing');
  const detail =
    String((e as Error)?.message ?? e)
      .trim()
      .split('\n')[0] ?? '';
  return new KwpError('git.failed', { detail });
}

/**
 * simple-git takes a failing git for a success when it writes nothing to stderr (a pre-commit hook
 * that only exits 1): every non-zero exit is a failure here, said as "git stopte zonder uitleg".
 */
function strictGit(dir: string): SimpleGit {
  return simpleGit({
    baseDir: dir,
    errors: (error, result) => {
      if (error || result.exitCode === 0) return error;
      const output = Buffer.concat([...result.stdOut, ...result.stdErr]);
      return output.toString('utf8').trim() === '' ? Buffer.from(SILENT) : output;
    },
  });
}
const SILENT = '@git.silent';

async function repository(dir: string): Promise<{ git: SimpleGit; top: string }> {
  const git = strictGit(dir);
  let inside = false;
  try {
    inside = await git.checkIsRepo();
  } catch {
    inside = false;
  }
  if (!inside) throw new KwpError('git.not-a-repository', { dir });
  try {
    return { git, top: (await git.revparse(['--show-toplevel'])).trim() };
  } catch (e) {
    throw failed(e);
  }
}

/**
 * Checks, before anything is written, that a commit of only kwp's own files is possible: `dir` is in
 * a repository and nothing else is staged (that belongs to someone's own commit).
 */
export async function assertCanCommit(dir: string): Promise<void> {
  const { git } = await repository(dir);
  await assertIdentity(dir);
  let staged: string[];
  try {
    staged = (await git.raw(['diff', '--cached', '--name-only', '-z'])).split('\0').filter(Boolean);
  } catch (e) {
    throw failed(e);
  }
  if (staged.length > 0) throw new KwpError('git.other-changes-staged', { files: staged.slice(0, 5) });
}

/**
 * Checks that git knows who commits (user.name and user.email, or what git can find itself): without
 * that, git refuses every commit with "Author identity unknown". `dir` need not be a repository yet.
 */
export async function assertIdentity(dir: string): Promise<void> {
  const git = strictGit(dir);
  try {
    await git.raw(['var', 'GIT_AUTHOR_IDENT']);
    await git.raw(['var', 'GIT_COMMITTER_IDENT']);
  } catch (e) {
    const error = failed(e);
    throw error.messageId === 'git.missing' ? error : new KwpError('git.no-identity');
  }
}

/** Which of `files` (absolute paths) the last commit does not hold: all of them before the first commit. */
export async function uncommitted(dir: string, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const { git, top } = await repository(dir);
  const paths = files.map((f) => relative(top, f).split(sep).join('/'));
  let committed: Set<string>;
  try {
    await git.cwd(top);
    const listed = await git.raw([
      'ls-tree',
      '-r',
      '-z',
      '--name-only',
      '--full-tree',
      'HEAD',
      '--',
      ...paths,
    ]);
    committed = new Set(listed.split('\0').filter(Boolean));
  } catch {
    committed = new Set(); // no commit yet
  }
  return files.filter((_, i) => !committed.has(paths[i]!));
}

/** Which of `files` (absolute paths) are in the index: staged, or committed and tracked. */
export async function inIndex(dir: string, files: readonly string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const { git, top } = await repository(dir);
  const paths = files.map((f) => relative(top, f).split(sep).join('/'));
  try {
    await git.cwd(top);
    const listed = new Set((await git.raw(['ls-files', '-z', '--', ...paths])).split('\0').filter(Boolean));
    return files.filter((_, i) => listed.has(paths[i]!));
  } catch (e) {
    throw failed(e);
  }
}

/**
 * Stages and commits exactly `files` (absolute paths). Works before the repository's first commit.
 * A file no longer on disk (deleted, or the old name of a rename) is committed as removed, so that
 * git sees a rename as one.
 */
export async function commitFiles(dir: string, files: readonly string[], message: string): Promise<void> {
  const { git, top } = await repository(dir);
  const path = (f: string) => relative(top, f).split(sep).join('/');
  const present = files.filter((f) => existsSync(f));
  const gone = files.filter((f) => !existsSync(f));
  // A removed file that no commit holds is nothing to git: naming it would fail the commit.
  const goneNew = new Set(await uncommitted(dir, gone));
  const paths = [...present, ...gone.filter((f) => !goneNew.has(f))].map(path);
  try {
    await git.cwd(top);
    if (present.length > 0) await git.raw(['add', '--', ...present.map(path)]);
    if (gone.length > 0)
      await git.raw(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...gone.map(path)]);
    await git.raw(['commit', '--quiet', '-m', message, '--', ...paths]);
  } catch (e) {
    throw failed(e);
  }
}

/** After a failed commit: takes the files out of the index again (new ones, and edited ones). */
export async function unstageNewFiles(dir: string, files: readonly string[]): Promise<void> {
  try {
    const { git, top } = await repository(dir);
    const paths = files.map((f) => relative(top, f).split(sep).join('/'));
    await git.cwd(top);
    try {
      await git.raw(['reset', '--quiet', '--', ...paths]);
    } catch {
      // no commit yet, so nothing to reset to: new files simply leave the index
      await git.raw(['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...paths]);
    }
  } catch {
    // best effort: the commit error is what the person needs to see
  }
}

export async function initRepository(dir: string): Promise<void> {
  try {
    await simpleGit({ baseDir: dir }).init();
  } catch (e) {
    throw failed(e);
  }
}
