// Where the knowledge base sits inside its git repository, for CI reports whose paths must be
// relative to the repository root (GitLab Code Quality, SARIF, GitHub annotations).
import { simpleGit } from 'simple-git';

/**
 * The kb root's folder relative to the top of its repository, with a trailing `/` (`git rev-parse
 * --show-prefix`), or '' when the root is the top, or when there is no git or no repository: then
 * paths stay relative to the knowledge base.
 */
export async function repositoryPrefix(root: string): Promise<string> {
  try {
    const git = simpleGit({ baseDir: root });
    if (!(await git.checkIsRepo())) return '';
    return (await git.revparse(['--show-prefix'])).trim();
  } catch {
    return '';
  }
}
