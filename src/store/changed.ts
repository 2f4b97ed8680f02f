// `kwp validate --changed`: which knowledge files changed against the base, from git. The base is
// `--base`, or the merge base of HEAD with the default branch, also as GitHub pull-request and GitLab
// merge-request runs give it. A base that cannot be found is an error naming the fix, never a pass.
import { realpathSync } from 'node:fs';
import type { SimpleGit } from 'simple-git';
import type { ChangedPath } from '../core/affected.js';
import { kindOfPath } from '../core/kinds.js';
import { KwpError } from '../errors.js';
import { runGit } from './git-run.js';

export interface ChangedOptions {
  /** `--base <ref>`, when given. */
  base?: string | undefined;
  /** The environment of the run (for the CI variables); never process.env directly. */
  env: NodeJS.ProcessEnv;
}

/** The knowledge files changed between the base and the working tree, relative to `root` (the kb). */
export async function changedKnowledgeFiles(root: string, options: ChangedOptions): Promise<ChangedPath[]> {
  const cwd = realpath(root);
  // Each start of git costs 5–20 ms here, much of what `--changed` takes on a large knowledge
  // base. When the base is named (`--base`, or by the CI system), two processes run at once answer
  // it (see listChanges), started directly (store/git-run.ts). Only when that fails are the
  // questions asked one by one, through simple-git, to say exactly what is wrong.
  const named = namedBase(options);
  if (named) {
    try {
      return await listChanges(cwd, named.mergeBase ? ['--merge-base', named.ref] : [named.ref]);
    } catch {
      // below: the slow way, which finds out why
    }
  }
  const { simpleGit } = await import('simple-git');
  const git = simpleGit({ baseDir: cwd });
  let answers: string[] = [];
  try {
    answers = (await git.revparse(['--is-inside-work-tree', '--is-shallow-repository'])).trim().split('\n');
  } catch {
    answers = [];
  }
  if (answers[0]?.trim() !== 'true') throw new KwpError('changed.not-a-repository', { dir: root });
  const shallow = answers[1]?.trim() === 'true';
  const base = await findBase(git, options, shallow);
  return attemptAll(() => listChanges(cwd, [base]));
}

/** What changed against `against` (a commit, or `--merge-base <ref>`), untracked files included. */
async function listChanges(cwd: string, against: string[]): Promise<ChangedPath[]> {
  const [diff, untracked] = await Promise.all([
    // What changed (`--raw`, exact paths with -z) and the patch (`-p -U0`): its removed lines say
    // what changed or deleted projects used to list. `--relative`: paths relative to the kb root.
    runGit(cwd, [
      'diff',
      '--raw',
      '-p',
      '-U0',
      '-M',
      '-z',
      '--relative',
      '--no-color',
      '--no-ext-diff',
      ...against,
      '--',
      'knowledge',
    ]),
    // The untracked files that are not ignored, relative to the kb root (where git runs).
    runGit(cwd, ['ls-files', '-z', '--others', '--exclude-standard', '--', 'knowledge']),
  ]);
  const { changes, patch } = parseRawDiff(diff);
  const dropped = droppedWords(patch);
  for (const change of changes) {
    if (change.status === 'A' || kindOfPath(change.oldPath ?? change.path) !== 'project') continue;
    const words = dropped.get(change.path) ?? dropped.get(change.oldPath ?? '');
    if (words) change.dropped = words;
  }
  for (const path of untracked.split('\0')) if (path !== '') changes.push({ status: 'A', path });
  return changes;
}

/**
 * `git diff --raw -p -z`: raw records (`:<modes> <ids> <status>`, then one path, two for renames
 * and copies, each NUL-ended), an empty record, then the patch as text.
 */
export function parseRawDiff(output: string): { changes: ChangedPath[]; patch: string } {
  const parts = output.split('\0');
  const changes: ChangedPath[] = [];
  let i = 0;
  for (; i < parts.length && parts[i]!.startsWith(':'); i++) {
    const letter = parts[i]!.slice(parts[i]!.lastIndexOf(' ') + 1)[0];
    if (letter === 'R' || letter === 'C') {
      const oldPath = parts[++i] ?? '';
      const path = parts[++i] ?? '';
      changes.push(letter === 'R' ? { status: 'R', path, oldPath } : { status: 'A', path });
    } else {
      const path = parts[++i] ?? '';
      changes.push({ status: letter === 'D' ? 'D' : letter === 'A' ? 'A' : 'M', path });
    }
  }
  // The empty record between the two parts is not part of the patch.
  return { changes, patch: parts.slice(parts[i] === '' ? i + 1 : i).join('\0') };
}

/**
 * The words of every removed line of a unified diff, by the file they were removed from (the new
 * path, or the old one of a deletion). A word is what an id can be made of; which of them are
 * question ids is for the caller to find out, so a word too many only widens the scope.
 */
export function droppedWords(patch: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let file: string | undefined;
  let inHeader = false; // between `diff --git` and the first hunk: where `---` and `+++` name files
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      inHeader = true;
      file = undefined;
    } else if (inHeader && line.startsWith('--- ')) file = stripPrefix(line.slice(4));
    else if (inHeader && line.startsWith('+++ ')) file = stripPrefix(line.slice(4)) ?? file;
    else if (line.startsWith('@@')) inHeader = false;
    else if (!inHeader && line.startsWith('-') && file !== undefined) {
      const words = out.get(file) ?? [];
      for (const word of line.slice(1).match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []) words.push(word);
      out.set(file, words);
    }
  }
  return out;
}

/** `a/knowledge/…` or `b/knowledge/…` as a path; `/dev/null` as none. */
function stripPrefix(name: string): string | undefined {
  const trimmed = name.replace(/\t$/, '');
  return trimmed === '/dev/null' ? undefined : trimmed.replace(/^[ab]\//, '');
}

/**
 * The base when it is named rather than searched for: `--base`, GitHub's base branch, GitLab's
 * merge base (a commit: no merge base to find) or target branch.
 */
function namedBase(options: ChangedOptions): { ref: string; mergeBase: boolean } | undefined {
  const env = options.env;
  const named =
    options.base !== undefined
      ? { ref: options.base, mergeBase: true }
      : env['GITHUB_BASE_REF']?.trim()
        ? { ref: `origin/${env['GITHUB_BASE_REF'].trim()}`, mergeBase: true }
        : env['CI_MERGE_REQUEST_DIFF_BASE_SHA']?.trim()
          ? { ref: env['CI_MERGE_REQUEST_DIFF_BASE_SHA'].trim(), mergeBase: false }
          : env['CI_MERGE_REQUEST_TARGET_BRANCH_NAME']?.trim()
            ? { ref: `origin/${env['CI_MERGE_REQUEST_TARGET_BRANCH_NAME'].trim()}`, mergeBase: true }
            : undefined;
  return named && !named.ref.startsWith('-') && named.ref !== '' ? named : undefined;
}

async function findBase(git: SimpleGit, options: ChangedOptions, shallow: boolean): Promise<string> {
  const env = options.env;
  const missing = (ref: string): KwpError =>
    shallow ? new KwpError('changed.shallow', { ref }) : new KwpError('changed.base-not-found', { ref });
  /**
   * The merge base of `ref` and HEAD. Asked straight away; only when git says no is it worth a
   * second process to tell a ref that does not exist (undefined) from history that does not meet.
   */
  const mergeBase = async (ref: string): Promise<string | undefined> => {
    if (!ref.startsWith('-')) {
      try {
        return (await git.raw(['merge-base', `${ref}^{commit}`, 'HEAD'])).trim();
      } catch {
        // below: which of the two
      }
    }
    if (!(await resolve(git, ref))) return undefined;
    throw shallow ? new KwpError('changed.shallow', { ref }) : new KwpError('changed.no-merge-base', { ref });
  };
  const required = async (ref: string): Promise<string> => {
    const found = await mergeBase(ref);
    if (found === undefined) throw missing(ref);
    return found;
  };

  if (options.base !== undefined) return required(options.base);
  const githubBase = env['GITHUB_BASE_REF']?.trim();
  if (githubBase) return required(`origin/${githubBase}`);
  const gitlabBase = env['CI_MERGE_REQUEST_DIFF_BASE_SHA']?.trim();
  if (gitlabBase) {
    // GitLab gives the merge base itself.
    const commit = await resolve(git, gitlabBase);
    if (!commit) throw missing(gitlabBase);
    return commit;
  }
  const gitlabTarget = env['CI_MERGE_REQUEST_TARGET_BRANCH_NAME']?.trim();
  if (gitlabTarget) return required(`origin/${gitlabTarget}`);
  const candidates: string[] = [];
  try {
    const target = (await git.raw(['symbolic-ref', '-q', 'refs/remotes/origin/HEAD'])).trim();
    if (target) candidates.push(target);
  } catch {
    // no origin/HEAD: try the usual names
  }
  candidates.push('main', 'master', 'origin/main', 'origin/master');
  for (const ref of candidates) {
    const found = await mergeBase(ref);
    if (found !== undefined) return found;
  }
  throw missing(candidates.join(', '));
}

/** The commit a ref names, or undefined when there is no such commit here. */
async function resolve(git: SimpleGit, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined; // never an option to git
  try {
    const commit = (await git.raw(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
    return commit || undefined;
  } catch {
    return undefined;
  }
}

async function attemptAll<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const detail =
      String((e as Error)?.message ?? e)
        .trim()
        .split('\n')[0] ?? '';
    throw new KwpError('git.failed', { detail });
  }
}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
