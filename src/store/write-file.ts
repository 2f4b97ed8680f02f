// Writing files so that nothing is ever half-written or overwritten by accident: the content goes to
// a temporary file in the same folder first, then is linked into place in one step that fails if the
// name is taken (so two processes creating the same record get two files), or renamed over an
// existing file when replacing is meant.
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { KwpError } from '../errors.js';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`exists: ${path}`);
  }
}

/** Temporary files look like `.<name>.<pid>.<hex>.tmp`; kwp's reader skips them (dotfiles). */
const TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
/** A write takes milliseconds: a temporary file this old was left by a kwp that was killed. */
const STALE_MS = 60 * 60 * 1000;

/** Removes temporary files that a killed kwp left in `dir`; best effort, never in the way of a write. */
export function sweepStaleTemps(dir: string, now = Date.now()): void {
  try {
    for (const name of readdirSync(dir)) {
      if (!TEMP.test(name)) continue;
      const path = join(dir, name);
      try {
        if (now - statSync(path).mtimeMs > STALE_MS) unlinkSync(path);
      } catch {
        // gone already, or not ours to remove
      }
    }
  } catch {
    // an unreadable folder: the write itself will say so
  }
}

function writeTemp(target: string, content: string | Uint8Array): string {
  sweepStaleTemps(dirname(target));
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(temp, 'wx', 0o644);
  try {
    // A write may be short (a full disk, a file size limit): write the rest, so the error surfaces.
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    for (let done = 0; done < bytes.length;) {
      const written = writeSync(fd, bytes, done, bytes.length - done);
      if (written <= 0) throw Object.assign(new Error(`short write: ${temp}`), { code: 'ENOSPC' });
      done += written;
    }
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    unlinkQuietly(temp);
    throw e;
  }
  closeSync(fd);
  return temp;
}

/** Creates `target` with `content`; throws FileExistsError when it exists. Never leaves a partial file. */
export function createFile(target: string, content: string | Uint8Array): void {
  const temp = writeTemp(target, content);
  try {
    linkSync(temp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(target);
    throw e;
  } finally {
    unlinkQuietly(temp);
  }
}

/** Replaces `target` with `content` in one step (readers see the old file or the new one). */
export function replaceFile(target: string, content: string | Uint8Array): void {
  const temp = writeTemp(target, content);
  try {
    renameSync(temp, target);
  } catch (e) {
    unlinkQuietly(temp);
    throw e;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** A write that failed, as the message a person can act on (`path` relative to the kb root). */
export function writeFailure(path: string, e: unknown): KwpError {
  const code = (e as NodeJS.ErrnoException).code;
  // A message id, translated where it is shown; an unexpected code is shown as it is.
  const reason =
    code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG'
      ? '@write.reason.disk-full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? '@write.reason.read-only'
        : code === 'EEXIST' || code === 'ENOTDIR'
          ? '@write.reason.not-a-folder'
          : (code ?? String(e));
  return new KwpError('write.failed', { path, reason });
}
