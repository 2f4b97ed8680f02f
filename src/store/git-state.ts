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
  // Both at once, each allowed to fail: outside git, or before the first commit, there is no commit.
  const [commit, status] = await Promise.all([
    git.revparse(['--short', 'HEAD']).then(
      (out) => out.trim() || null,
      () => null,
    ),
    git.raw(['status', '--porcelain', '--untracked-files=all', '--', 'knowledge']).then(
      (out) => out.trim() !== '',
      () => null,
    ),
  ]);
  return commit === null ? { commit: null, gewijzigd: null } : { commit, gewijzigd: status };
}

/** The date (YYYY-MM-DD, the committer's) of HEAD; null outside git or before the first commit. */
export async function commitDate(root: string): Promise<string | null> {
  return simpleGit({ baseDir: root })
    .raw(['log', '-1', '--format=%cs', 'HEAD'])
    .then(
      (out) => (/^\d{4}-\d{2}-\d{2}$/.test(out.trim()) ? out.trim() : null),
      () => null,
    );
}
