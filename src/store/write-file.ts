// Writing files so that nothing is ever half-written or overwritten by accident: the content goes to
// a temporary file in the same folder first, then is linked into place in one step that fails if the
// name is taken (so two processes creating the same record get two files), or renamed over an
// existing file when replacing is meant.
import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`exists: ${path}`);
  }
}

function writeTemp(target: string, content: string): string {
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const fd = openSync(temp, 'wx', 0o644);
  try {
    // A write may be short (a full disk, a file size limit): write the rest, so the error surfaces.
    const bytes = Buffer.from(content, 'utf8');
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
export function createFile(target: string, content: string): void {
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
export function replaceFile(target: string, content: string): void {
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
