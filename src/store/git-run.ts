// The git program started directly, for `kwp validate --changed` (what changed, and the scan
// cache's view of the index): there every millisecond of a check of one file counts, and loading
// simple-git alone took 11 ms (of about 400), its first call 7 ms against 3 for this. Every other
// use of git goes through simple-git (store/git.ts). Only `git` is started, never a shell, with
// the arguments as given.
import { spawn } from 'node:child_process';

/**
 * What `git <args>` prints in `cwd`, as text. Rejects when git cannot be started or exits with
 * anything but 0, with what git said on stderr (its first line names the trouble) or, when it said
 * nothing, its exit code.
 */
export function runGit(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'));
      const said = Buffer.concat(err).toString('utf8').trim();
      reject(new Error(said || `git ${args[0] ?? ''} stopped (${signal ?? `exit ${code}`})`));
    });
  });
}
