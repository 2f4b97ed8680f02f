// Creating a record file: the first free id of `base`, `base-2`, … that is neither a file nor an id
// anywhere in the knowledge base, claimed atomically so two processes never get the same one.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { candidateId } from '../core/scaffold/slug.js';
import type { FolderKind } from '../core/kinds.js';
import { folderOf } from '../core/model/kinds.js';
import { KwpError } from '../errors.js';
import { createFile, FileExistsError } from './write-file.js';
import { kbRelative } from './read-kb.js';

export interface Created {
  id: string;
  /** Relative to the kb root. */
  path: string;
  absolute: string;
}

export function recordPath(root: string, kind: FolderKind, id: string): string {
  return join(root, 'knowledge', folderOf(kind), `${id}.md`);
}

/** The id and path the record would get now (for --dry-run and the summary; not reserved). */
export function planRecord(
  root: string,
  kind: FolderKind,
  base: string,
  taken: ReadonlySet<string>,
): Created {
  for (let n = 1; ; n++) {
    const id = candidateId(base, n);
    if (taken.has(id)) continue;
    const absolute = recordPath(root, kind, id);
    return { id, absolute, path: kbRelative(root, absolute) };
  }
}

export function createRecord(
  root: string,
  kind: FolderKind,
  base: string,
  taken: ReadonlySet<string>,
  render: (id: string) => string,
): Created {
  const folder = join(root, 'knowledge', folderOf(kind));
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw writeFailed(folder, root, e);
  }
  for (let n = 1; n < 10_000; n++) {
    const id = candidateId(base, n);
    if (taken.has(id)) continue;
    const absolute = recordPath(root, kind, id);
    try {
      createFile(absolute, render(id));
      return { id, absolute, path: kbRelative(root, absolute) };
    } catch (e) {
      if (e instanceof FileExistsError) continue; // taken a moment ago, perhaps by another kwp
      throw writeFailed(absolute, root, e);
    }
  }
  throw new KwpError('write.exists', { path: kbRelative(root, recordPath(root, kind, base)) });
}

function writeFailed(path: string, root: string, e: unknown): KwpError {
  return writeFailure(kbRelative(root, path), e);
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
