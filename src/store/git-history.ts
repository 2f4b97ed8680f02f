// When each file of the knowledge base was created and last changed, from git. Without git, or in a
// shallow clone (whose history is cut off), says so instead of guessing.
import { simpleGit } from 'simple-git';

export type History =
  | { available: true; created: Map<string, string>; changed: Map<string, string> }
  | { available: false; reason: 'no-git' | 'shallow' };

/** Paths relative to `root`, dates YYYY-MM-DD (author dates). */
export async function knowledgeHistory(root: string): Promise<History> {
  const git = simpleGit({ baseDir: root });
  try {
    if (!(await git.checkIsRepo())) return { available: false, reason: 'no-git' };
    if ((await git.revparse(['--is-shallow-repository'])).trim() === 'true')
      return { available: false, reason: 'shallow' };
    const prefix = (await git.revparse(['--show-prefix'])).trim();
    const log = await git.raw([
      'log',
      '--reverse',
      '--format=@%ad',
      '--date=short',
      '--name-status',
      '--no-renames',
      '--',
      'knowledge',
    ]);
    const created = new Map<string, string>();
    const changed = new Map<string, string>();
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) date = line.slice(1).trim();
      else {
        const match = /^([AMD])\t(.+)$/.exec(line);
        if (!match) continue;
        const path = match[2]!.startsWith(prefix) ? match[2]!.slice(prefix.length) : match[2]!;
        if (match[1] === 'D') {
          created.delete(path);
          changed.delete(path);
          continue;
        }
        if (match[1] === 'A' && !created.has(path)) created.set(path, date);
        changed.set(path, date);
      }
    }
    return { available: true, created, changed };
  } catch {
    // A repository without commits, or git missing: no history to tell.
    return { available: false, reason: 'no-git' };
  }
}
