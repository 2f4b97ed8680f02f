// Creating a record file: the first free id of `base`, `base-2`, … that is neither a file nor an id
// anywhere in the knowledge base, claimed atomically so two processes never get the same one.
import { join } from 'node:path';
import { candidateId } from '../core/scaffold/slug.js';
import type { FolderKind } from '../core/kinds.js';
import { folderOf } from '../core/model/kinds.js';
import { KwpError } from '../errors.js';
import { ClashError, exists, writePlanFiles } from './transaction.js';
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

/**
 * The record a new file would be now: the first id of `base`, `base-2`, … that is neither in `taken`
 * nor a file on disk. Not reserved: the transaction's create refuses it if another kwp took it since.
 */
export function nextFreeRecord(
  root: string,
  kind: FolderKind,
  base: string,
  taken: ReadonlySet<string>,
): Created {
  for (let n = 1; n < 10_000; n++) {
    const id = candidateId(base, n);
    if (taken.has(id)) continue;
    const absolute = recordPath(root, kind, id);
    if (exists(absolute)) continue;
    return { id, absolute, path: kbRelative(root, absolute) };
  }
  throw new KwpError('write.exists', { path: kbRelative(root, recordPath(root, kind, base)) });
}

/** Creates one record file under the first free id, claimed atomically (a name taken meanwhile is skipped). */
export function createRecord(
  root: string,
  kind: FolderKind,
  base: string,
  taken: ReadonlySet<string>,
  render: (id: string) => string,
): Created {
  for (;;) {
    const record = nextFreeRecord(root, kind, base, taken);
    try {
      writePlanFiles({ ops: [{ op: 'create', path: record.path, content: render(record.id) }] }, { root });
      return record;
    } catch (e) {
      if (!(e instanceof ClashError)) throw e; // taken a moment ago, perhaps by another kwp
    }
  }
}

export { writeFailure } from './write-file.js';
