// Where an interrupted interview keeps its answers: outside the knowledge base's folders and never
// in a commit. In a git repository that is the repository's own git directory (`<git-dir>/kwp/drafts/`,
// which git never tracks); elsewhere the user's state directory (`$XDG_STATE_HOME/kwp/drafts/` or
// `~/.local/state/kwp/drafts/`), in a folder per knowledge base. Without either, no draft is kept.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** One answer as given: the question's kind and text, and what was answered (choices by their name). */
export type DraftStep =
  | { kind: 'input'; message: string; value: string }
  | { kind: 'confirm'; message: string; value: boolean }
  | { kind: 'select' | 'search'; message: string; choice: string | null }
  | { kind: 'checkbox'; message: string; choices: string[] | null };

export interface Draft {
  version: 1;
  /** The command, as typed after `kwp` (`new project`). */
  command: string;
  /** What the command works on (`kwp edit <id>`), or empty. */
  key: string;
  /** The knowledge base's folder. */
  kb: string;
  /** The answers given, in the order asked. */
  answers: DraftStep[];
  /** The question being asked when the draft was last written, if one was. */
  at?: string;
}

/**
 * The git directory of the repository `root` is in (following a worktree's `.git` file), or
 * undefined when it is in none. Read from the files, so it works without git installed.
 */
export function gitDirOf(root: string): string | undefined {
  let dir = resolve(root);
  for (;;) {
    const dotGit = join(dir, '.git');
    try {
      const stat = statSync(dotGit);
      if (stat.isDirectory()) return dotGit;
      if (stat.isFile()) {
        const line = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
        if (line?.[1]) return isAbsolute(line[1]) ? line[1] : resolve(dir, line[1]);
      }
    } catch {
      // not here: one folder up
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The file a draft of `command` (and `key`) on the knowledge base at `root` is kept in, if any. */
export function draftPath(
  root: string,
  env: NodeJS.ProcessEnv,
  command: string,
  key = '',
): string | undefined {
  const name = `${[command, key]
    .filter(Boolean)
    .join(' ')
    .replace(/[^a-z0-9-]+/gi, '-')}.json`;
  const gitDir = gitDirOf(root);
  if (gitDir) return join(gitDir, 'kwp', 'drafts', name);
  const state = env['XDG_STATE_HOME'] || (env['HOME'] ? join(env['HOME'], '.local', 'state') : undefined);
  if (!state || !isAbsolute(state)) return undefined;
  const kb = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16);
  return join(state, 'kwp', 'drafts', kb, name);
}

/** The draft in `path`, or undefined when there is none or it cannot be read as one (then it is ignored). */
export function readDraft(path: string): Draft | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const draft = JSON.parse(text) as Draft;
    return draft.version === 1 && Array.isArray(draft.answers) ? draft : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the draft in one step (a temporary file renamed over it), readable by the user alone: a
 * crash leaves the previous draft or this one, never half of one. A draft that cannot be written
 * does not stop the interview.
 */
export function writeDraft(path: string, draft: Draft): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(draft, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, path);
  } catch {
    // best effort: the answers are still being given
  }
}

export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}
