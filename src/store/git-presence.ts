// Whether git could find a repository for a folder, told from the folders alone: what git looks for
// on its way up from the folder (a `.git`, or a folder that is itself a bare repository). Outside
// any repository, asking git (a program started per question) only to hear "no" costs more than
// the answer: `kwp report` asks for the history and the commit before it reads the files.
import { realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * False only when git surely finds no repository for `folder`: no `GIT_DIR`, and no `.git` nor a
 * bare repository (`HEAD`, `objects` and `refs`) in the folder or any folder above it, as the
 * system sees it (symbolic links resolved, as git's own working folder is). Anything else, an
 * error included, is true: then git is asked as ever.
 */
export function mayBeInGit(folder: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['GIT_DIR'] !== undefined) return true;
  let at: string;
  try {
    at = realpathSync(folder);
  } catch {
    return true;
  }
  for (;;) {
    if (present(join(at, '.git'))) return true;
    if (present(join(at, 'HEAD')) && present(join(at, 'objects')) && present(join(at, 'refs'))) return true;
    const up = dirname(at);
    if (up === at) return false;
    at = up;
  }
}

/** Whether a path is there; true also when the system cannot tell (no permission, …). */
function present(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return true;
  }
}
