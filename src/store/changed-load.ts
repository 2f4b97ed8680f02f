// Reading a knowledge base for `kwp validate --changed`. Parsing every file would cost as much as
// the full validation, so only what the changed files' results depend on is parsed and checked:
// the changed files, the werkplaats and the partner register, every file that mentions a changed
// id, the files the changed ones refer to (following `vervolg_op` all the way, for cycles), the
// questions a changed or deleted project no longer lists, and any file whose id might differ from
// its name. Every other file is still listed and read, and stands
// in by its name: its id and kind, which is all the rules across files need of it.
// When werkplaats.md or a partner changed, files are affected that need not mention the change, so
// then everything is parsed, as in a full validation.
import { join } from 'node:path';
import {
  affectsUnmentioned,
  changedIds,
  type ChangedPath,
  INVERSE_CHECKED,
  INVERSE_CHECKED_KINDS,
  NAMED_KINDS,
  references,
} from '../core/affected.js';
import {
  frontmatterWords,
  idsByHashes,
  idWordHashes,
  isPlainWord,
  mentionByHashes,
} from '../core/changed-scan.js';
import { str } from '../core/data.js';
import { KINDS } from '../core/model/kinds.js';
import { CHAIN_LINK, linkTargets } from '../core/model/link-values.js';
import type { ParsedFile } from '../core/read-file.js';
import { checkAndSlim } from '../core/validate.js';
import { isSymlink } from './read-entry.js';
import { type KbEntry, listKnowledgeBase, readEntries, standIn, withPlaceholders } from './read-kb.js';
import { mentionSelect } from './read-select.js';
import type { ScanCache } from './scan-cache.js';
import type { ChangedStart } from './changed-start.js';
import type { ScanPool } from './scan-parallel.js';
import { loadForValidation } from './validate-load.js';

export interface LoadOptions {
  /**
   * Use and write the scan cache (store/scan-cache); true unless false. Not in CI, where every run
   * starts from a fresh clone: the cache would only be written to be lost.
   */
  cache?: boolean;
  /** What startChanged made: the listing, and the workers or the scan cache set going. */
  start?: ChangedStart | undefined;
}

/**
 * `pending` is what git says changed, still being asked: the listing and the partner register are
 * read meanwhile, while git runs.
 */
export async function loadForChanged(
  root: string,
  pending: Promise<readonly ChangedPath[]>,
  options: LoadOptions = {},
): Promise<ParsedFile[]> {
  pending.catch(() => {}); // awaited below; until then a failure must not count as unhandled
  // The listing, and the workers or the scan cache, are from before git was asked (changed-start).
  const { realRoot, entries, problems } = options.start?.listing ?? listKnowledgeBase(root);
  // The scan cache (not in CI), loaded only when used; opened since the start (changed-start).
  const caching =
    options.start?.cache ??
    (options.cache === false
      ? undefined
      : import('./scan-cache.js').then(({ openScanCache }) => openScanCache(realRoot)));
  const pool = options.start?.pool;
  try {
    // Always read: the werkplaats and the kinds named by name (the partner register), from the tables.
    const isAlways = (e: KbEntry) => KINDS[e.kind].folder === null || NAMED_KINDS.has(e.kind);
    const always = await readEntries(realRoot, entries.filter(isAlways), checkAndSlim);
    const changes = await pending;
    if (affectsUnmentioned(changes)) return loadForValidation(root);
    const cache = await caching;
    const changed = new Set(changes.map((c) => c.path));
    const first = (e: KbEntry) => changed.has(e.path) || isAlways(e);
    const read = [
      ...always,
      ...(await readEntries(
        realRoot,
        entries.filter((e) => changed.has(e.path) && !always.some((a) => a.path === e.path)),
        checkAndSlim,
      )),
    ];
    const ids = [...changedIds(changes, new Map(read.map((f) => [f.path, f])))];
    // A rule that counts, on a target, the records linking to it (an offer's periods and the projects
    // occupying them) needs every such record: the targets the changed files name are ids in play.
    for (const file of read)
      if (changed.has(file.path))
        for (const link of INVERSE_CHECKED)
          if (link.from === file.kind) ids.push(...linkTargets(file.data, link));
    // Questions before projects: a question that is read (it mentions a changed id) may be marked
    // opgepakt, which is checked against the projects that list it, so those are read too.
    // The kinds a rule checks against the records linking to them (INVERSE_CHECKED_KINDS) first.
    const checked = (e: { kind: KbEntry['kind'] }) => INVERSE_CHECKED_KINDS.has(e.kind);
    const questions = await readMentioning(
      realRoot,
      entries.filter((e) => checked(e) && !first(e)),
      ids,
      cache,
      pool,
    );
    for (const question of questions) if (!question.standIn) ids.push(...idsOf(question));
    // Questions (and offers) a changed project no longer lists (ChangedPath.dropped) are checked too,
    // against the projects that still list them.
    ids.push(...droppedIds(changes, [read, questions], checked));
    // Then every other record (the projects): read when it mentions an id in play.
    const projects = await readMentioning(
      realRoot,
      entries.filter((e) => !checked(e) && !first(e)),
      ids,
      cache,
      pool,
    );
    const files = [...read, ...questions, ...projects];
    await parseReferenced(root, realRoot, files, changed, ids, cache);
    cache?.save();
    return withPlaceholders(files, problems, checkAndSlim);
  } finally {
    pool?.close();
  }
}

/**
 * Parses the entries that mention one of `ids` or whose id may differ from their name; the others
 * stand in by their name. What the scan cache knows of a file decides without reading it; every
 * file read for the test is recorded in the cache.
 */
async function readMentioning(
  realRoot: string,
  entries: readonly KbEntry[],
  ids: readonly string[],
  cache: ScanCache | undefined,
  pool: ScanPool | undefined,
): Promise<ParsedFile[]> {
  const byHashes = cache && mentionByHashes(ids);
  const decided: ParsedFile[] = [];
  const toParse: KbEntry[] = [];
  const toLook: KbEntry[] = [];
  for (const entry of entries) {
    const record = byHashes && !entry.isLink ? cache.get(entry.path) : undefined;
    if (!record) toLook.push(entry);
    else if (!record.nameOk || byHashes!(record.hashes)) toParse.push(entry);
    else decided.push(standIn(entry.path, entry.kind));
  }
  // Without the scan cache (in CI) the look at every file is most of the work: shared with worker
  // threads on a large knowledge base (store/scan-parallel.ts). With it, what each file looked at
  // gives is kept.
  const looked = pool
    ? await pool.look(toLook, ids)
    : await readEntries(
        realRoot,
        toLook,
        checkAndSlim,
        mentionSelect(
          ids,
          cache &&
            ((entry, bytes, nameOk) => {
              if (!entry.isLink) cache.put(entry.path, { nameOk, hashes: idWordHashes(bytes) });
            }),
        ),
      );
  return [...decided, ...(await readEntries(realRoot, toParse, checkAndSlim)), ...looked];
}

/**
 * Parses the stand-ins the changed files refer to and those that carry a changed id. A cycle
 * through a changed id runs from those along the chain link (`vervolg_op`), so the records they
 * follow are walked, and those that these follow, and so on. On a knowledge base of long chains
 * that walk reaches thousands of projects, of which only those on a cycle through a changed id
 * matter: so the walk reads the stand-ins it reaches as bytes, following every word of their
 * frontmatter that is a chained record's id (a superset of what they follow, see
 * frontmatterWords), and afterwards parses those among them from which a changed id can be reached
 * again. When some id is not a plain word, the words cannot be trusted to hold it, and every
 * stand-in reached is parsed.
 */
async function parseReferenced(
  root: string,
  realRoot: string,
  files: ParsedFile[],
  changed: ReadonlySet<string>,
  ids: readonly string[],
  cache: ScanCache | undefined,
): Promise<void> {
  // Every loop here runs over all the knowledge base's files (21,000 for 10,000 dense projects):
  // plain loops, no array made per file, and what only a longer walk needs is made when it is
  // needed. A stand-in to be read is listed again as the listing did (a map of every path to its
  // entry cost more than all the stand-ins the walk reads).
  const entryOf = (file: ParsedFile): KbEntry => {
    const absolute = join(root, file.path);
    return { absolute, path: file.path, kind: file.kind, isLink: isSymlink(absolute) };
  };
  // Ids as the knowledge base will see them: the declared id, else the file name.
  const byId = new Map<string, number[]>();
  for (let at = 0; at < files.length; at++) {
    const file = files[at]!;
    const id = (file.data && str(file.data, 'id')) || file.stem;
    const same = byId.get(id);
    if (same) same.push(at);
    else byId.set(id, [at]);
  }
  const chained = (kind: KbEntry['kind']) => kind === CHAIN_LINK.from;
  const follows = (file: ParsedFile) => (chained(file.kind) ? linkTargets(file.data, CHAIN_LINK) : []);
  const parse = async (standIns: number[], into: (file: ParsedFile) => void) => {
    const parsed = await readEntries(
      realRoot,
      standIns.map((at) => entryOf(files[at]!)),
      checkAndSlim,
    );
    // readEntries may return them in another order (the slower YAML reader's files come last).
    const at = new Map(standIns.map((i) => [files[i]!.path, i]));
    for (const file of parsed) {
      files[at.get(file.path)!] = file;
      into(file);
    }
  };
  let byWords = true;
  for (const id of byId.keys())
    if (!isPlainWord(id)) {
      byWords = false;
      break;
    }
  // The chained records' ids, and what finds them among a stand-in's words (read as bytes) or its
  // words' hashes (kept in the scan cache): for the rounds after the first, each made when first
  // needed (with the scan cache, the words are rarely needed; without it, the hashes never).
  let chainIds: string[] | undefined;
  const chainIdsOf = () => {
    if (!chainIds) {
      chainIds = [];
      for (let i = 0; i < files.length; i++) {
        const file = files[i]!;
        if (chained(file.kind)) chainIds.push((file.data && str(file.data, 'id')) || file.stem);
      }
    }
    return chainIds;
  };
  let chainWords: ((bytes: Uint8Array) => string[]) | undefined;
  const chainWordsOf = () =>
    (chainWords ??= frontmatterWords(
      chainIdsOf(),
      // Looked up in byId, not gathered in a set of their own.
      (word) => byId.get(word)?.some((i) => chained(files[i]!.kind)) ?? false,
    ));
  let chainHashes: ((hashes: Int32Array) => string[]) | undefined | null;
  const chainHashesOf = () =>
    chainHashes === undefined
      ? (chainHashes = cache ? (idsByHashes(chainIdsOf()) ?? null) : null)
      : chainHashes;
  // What each walked id may follow: for a parsed file what it lists, for a stand-in read as bytes
  // every chained id among its words.
  const edges = new Map<string, string[]>();
  const addEdges = (id: string, to: readonly string[]) => {
    const known = edges.get(id);
    if (known) known.push(...to);
    else edges.set(id, [...to]);
  };
  const unparsed = new Set<number>();
  // The files that carry these ids are parsed (the first round: the changed ids and what the
  // changed files refer to); beyond them, the walk only follows the chain link.
  let wanted = [...ids];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (file.data && changed.has(file.path))
      for (const id of references(file.data, file.kind)) wanted.push(id);
  }
  let first = true;
  const seen = new Set<string>();
  while (wanted.length > 0) {
    const next: string[] = [];
    const standIns: number[] = [];
    for (const id of wanted) {
      if (seen.has(id)) continue;
      seen.add(id);
      for (const at of byId.get(id) ?? []) {
        const file = files[at]!;
        if (file.standIn) standIns.push(at);
        else {
          addEdges(id, follows(file));
          next.push(...follows(file));
        }
      }
    }
    if (first || !byWords) {
      await parse(standIns, (file) => {
        const id = (file.data && str(file.data, 'id')) || file.stem;
        addEdges(id, follows(file));
        next.push(...follows(file));
      });
    } else {
      const words = new Map<string, string[]>();
      // What the scan cache knows of a stand-in: the chained ids among its words' hashes, a superset
      // of chainWords' (see idsByHashes). The others are read as bytes. (The cache knows nothing of
      // a symlink: git gives it no blob of a regular file.)
      const toRead: number[] = [];
      for (const i of standIns) {
        const record = cache?.get(files[i]!.path);
        const byHashes = record && chainHashesOf();
        if (!record || !byHashes) {
          toRead.push(i);
          continue;
        }
        unparsed.add(i);
        const to = byHashes(record.hashes);
        addEdges(files[i]!.stem, to);
        next.push(...to);
      }
      const looked = await readEntries(
        realRoot,
        toRead.map((at) => entryOf(files[at]!)),
        () => {},
        (entry, bytes) => {
          if (chained(entry.kind)) words.set(entry.path, chainWordsOf()(bytes));
          return false;
        },
      );
      const at = new Map(toRead.map((i) => [files[i]!.path, i]));
      for (const file of looked) {
        const i = at.get(file.path)!;
        if (!file.standIn) {
          files[i] = file; // could not be read: reported as such, as a parsed file would be
          continue;
        }
        unparsed.add(i);
        const to = words.get(file.path) ?? [];
        addEdges(file.stem, to);
        next.push(...to);
      }
    }
    first = false;
    wanted = next;
  }
  if (unparsed.size === 0) return;
  // The walked ids from which a changed id can be reached again: a cycle through a changed id
  // runs through no others. Those read only as bytes are parsed now.
  const back = new Map<string, string[]>();
  for (const [from, to] of edges) for (const id of to) back.set(id, [...(back.get(id) ?? []), from]);
  const reach = new Set<string>();
  const queue = ids.filter((id) => edges.has(id));
  for (const id of queue) reach.add(id);
  while (queue.length > 0) {
    for (const from of back.get(queue.pop()!) ?? []) {
      if (reach.has(from)) continue;
      reach.add(from);
      queue.push(from);
    }
  }
  await parse(
    [...unparsed].filter((at) => reach.has(files[at]!.stem)),
    () => {},
  );
}

/**
 * The words of the lines changed projects lost (ChangedPath.dropped) that are ids of the kinds in
 * `checked`: of a file read or standing in (its name or declared id). Every file of those kinds is
 * among `read` (the changed ones and those of the look's first round). Tested word by word against
 * the files, which are thousands, so that no list of their ids is made.
 */
function droppedIds(
  changes: readonly ChangedPath[],
  read: readonly (readonly ParsedFile[])[],
  checked: (e: { kind: KbEntry['kind'] }) => boolean,
): string[] {
  const words = new Set<string>();
  for (const change of changes) for (const word of change.dropped ?? []) words.add(word);
  if (words.size === 0) return [];
  const found = new Set<string>();
  const test = (id: string | undefined) => {
    if (id && words.has(id)) found.add(id);
  };
  for (const files of read)
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      if (!checked(file)) continue;
      test(file.stem);
      if (file.data) test(str(file.data, 'id'));
    }
  // In the order of the words, as before.
  return [...words].filter((word) => found.has(word));
}

/** The ids a file may go by: its name, and the id it declares. */
function idsOf(file: ParsedFile): string[] {
  const declared = file.data ? str(file.data, 'id') : undefined;
  return declared ? [file.stem, declared] : [file.stem];
}
