// Which commit a knowledge base is at, for the "as of" line of a report: the short hash of HEAD, and
// whether the files under knowledge/ differ from it (changed, staged, new or deleted).
import { simpleGit } from 'simple-git';

export interface CommitState {
  /** Short hash of HEAD; null outside git or before the first commit. */
  commit: string | null;
  /** Files under knowledge/ that differ from that commit; null when there is no commit to differ from. */
  gewijzigd: boolean | null;
}

export async function commitState(root: string): Promise<CommitState> {
  const git = simpleGit({ baseDir: root });
  try {
    if (!(await git.checkIsRepo())) return { commit: null, gewijzigd: null };
    const commit = (await git.revparse(['--short', 'HEAD'])).trim();
    const status = await git.raw(['status', '--porcelain', '--untracked-files=all', '--', 'knowledge']);
    return { commit: commit || null, gewijzigd: status.trim() !== '' };
  } catch {
    // No commit yet, or git missing: nothing to name.
    return { commit: null, gewijzigd: null };
  }
}
