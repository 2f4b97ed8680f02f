// What `kwp validate --changed` found in each unchanged file, kept between runs so that the next run
// need not read the file again: whether its id is certainly its name, and the hashes of the words
// of its frontmatter that an id can be (see core/changed-scan). Reading 13,000 files only to look
// for a few ids is most of what `--changed` costs on a large knowledge base.
//
// It lives in the repository's git folder (`.git/kwp/changed-scan-<hash of the kb folder>`), never
// in the work tree, and is only a cache: anything wrong with it (missing, another version, a bad
// checksum, git not answering) means the files are read, as without it, and the file is written
// anew. A record counts only while git says the file is unchanged: the blob id it was recorded
// under is still the file's in the index (`git ls-files -s`), and the work tree has not changed it
// since (what `git diff-files` says, which compares the content where the file's times cannot tell). The file
// is written whole to a temporary name and renamed, so a reader sees the old file or the new one.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { runGit } from './git-run.js';

/** What a file held, as far as `--changed` needs to know without reading it. */
export interface ScanRecord {
  /** idIsItsName: the file's id is certainly its name. */
  nameOk: boolean;
  /** idWordHashes of its frontmatter. */
  hashes: Int32Array;
}

export interface ScanCache {
  /** The record of the file at `path` (kb-relative), when it is known not to have changed since. */
  get(path: string): ScanRecord | undefined;
  /** Keeps what was found in a file just read, when git tracks it and it is unchanged. */
  put(path: string, record: ScanRecord): void;
  /** Writes the cache when anything was added; a failure to write only means no cache next time. */
  save(): void;
}

/** The first line of the file: the format, and the byte order of the hashes that follow. */
const MAGIC = Buffer.from(`kwp changed-scan 1 ${endianness()}\n`, 'latin1');
const SUM_BYTES = 20;

interface Stored {
  blob: string;
  record: ScanRecord;
}

/**
 * Opens the cache of the knowledge base at `root` (its real path); undefined when it is not in a git
 * work tree, or git does not answer: then every file is read.
 */
export async function openScanCache(root: string): Promise<ScanCache | undefined> {
  const gitDir = findGitDir(root);
  if (!gitDir) return undefined;
  let listed: string;
  let dirtyList: string;
  try {
    [listed, dirtyList] = await Promise.all([
      runGit(root, ['--no-optional-locks', 'ls-files', '-s', '-z', '--', 'knowledge']),
      // The files whose work tree differs from the index (unmerged ones too), relative to the kb.
      // A file git only suspects (its time changed, not its bytes) counts: it is read again.
      runGit(root, [
        '--no-optional-locks',
        'diff-files',
        '--name-only',
        '-z',
        '--relative',
        '--',
        'knowledge',
      ]),
    ]);
  } catch {
    return undefined;
  }
  const dirty = new Set(dirtyList.split('\0'));
  // `<mode> <blob> <stage>\t<path>`; only regular files at stage 0 (no symlinks, no conflicts).
  const blobs = new Map<string, string>();
  for (const line of listed.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const [mode, blob, stage] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    if ((mode === '100644' || mode === '100755') && stage === '0' && blob && !dirty.has(path))
      blobs.set(path, blob);
  }
  const file = join(
    gitDir,
    'kwp',
    `changed-scan-${createHash('sha1').update(root).digest('hex').slice(0, 16)}`,
  );
  const stored = load(file);
  const fresh = new Map<string, Stored>();
  return {
    get(path) {
      const entry = stored.get(path);
      return entry && entry.blob === blobs.get(path) ? entry.record : undefined;
    },
    put(path, record) {
      const blob = blobs.get(path);
      if (blob && stored.get(path)?.blob !== blob) fresh.set(path, { blob, record });
    },
    save() {
      if (fresh.size === 0) return;
      // Kept: what is still current of the old file, and what was added now.
      const keep = new Map<string, Stored>();
      for (const [path, entry] of stored) if (blobs.get(path) === entry.blob) keep.set(path, entry);
      for (const [path, entry] of fresh) keep.set(path, entry);
      try {
        write(file, keep);
      } catch {
        // A read-only repository, a full disk: the next run reads the files, as this one did.
      }
    },
  };
}

/** The git folder of the work tree `root` is in: `.git`, or where a `.git` file points (a worktree). */
function findGitDir(root: string): string | undefined {
  for (let dir = root; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    try {
      if (statSync(dotGit).isDirectory()) return dotGit;
      const pointer = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
      if (!pointer) return undefined;
      return isAbsolute(pointer) ? pointer : resolve(dir, pointer);
    } catch {
      // no .git here: look further up
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The file: MAGIC, the SHA-1 of the rest, then the rest: the length of a JSON list of
 * `[path, blob, nameOk, number of hashes]` (4 bytes), that list, padding to a multiple of 4, and
 * every record's hashes one after the other (4 bytes each).
 */
function load(file: string): Map<string, Stored> {
  const out = new Map<string, Stored>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return out;
  }
  try {
    const start = MAGIC.length + SUM_BYTES;
    if (bytes.length < start + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return out;
    const payload = bytes.subarray(start);
    const sum = createHash('sha1').update(payload).digest();
    if (!sum.equals(bytes.subarray(MAGIC.length, start))) return out;
    const jsonLength = payload.readUInt32LE(0);
    const list = JSON.parse(payload.toString('utf8', 4, 4 + jsonLength)) as [
      string,
      string,
      number,
      number,
    ][];
    const hashesAt = align(4 + jsonLength);
    // A copy: the file's buffer need not be aligned for an Int32Array view.
    const all = new Int32Array(
      payload.buffer.slice(payload.byteOffset + hashesAt, payload.byteOffset + payload.length),
    );
    let at = 0;
    for (const [path, blob, nameOk, count] of list) {
      if (at + count > all.length) return new Map();
      out.set(path, { blob, record: { nameOk: nameOk === 1, hashes: all.subarray(at, at + count) } });
      at += count;
    }
    return out;
  } catch {
    return new Map();
  }
}

function write(file: string, entries: ReadonlyMap<string, Stored>): void {
  const list: [string, string, number, number][] = [];
  let total = 0;
  for (const [path, { blob, record }] of entries) {
    list.push([path, blob, record.nameOk ? 1 : 0, record.hashes.length]);
    total += record.hashes.length;
  }
  const json = Buffer.from(JSON.stringify(list), 'utf8');
  const hashesAt = align(4 + json.length);
  // Its own memory, from offset 0: the hashes' view needs 4-byte alignment.
  const payload = Buffer.from(new ArrayBuffer(hashesAt + total * 4));
  payload.writeUInt32LE(json.length, 0);
  json.copy(payload, 4);
  const all = new Int32Array(payload.buffer, payload.byteOffset + hashesAt, total);
  let at = 0;
  for (const { record } of entries.values()) {
    all.set(record.hashes, at);
    at += record.hashes.length;
  }
  const sum = createHash('sha1').update(payload).digest();
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([MAGIC, sum, payload]));
    renameSync(temporary, file);
  } finally {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
  }
}

function align(n: number): number {
  return (n + 3) & ~3;
}
