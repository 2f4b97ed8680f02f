// Reading a knowledge base for `kwp validate --changed`. Parsing every file would cost as much as
// the full validation, so only what the changed files' results depend on is parsed and checked:
// the changed files, the werkplaats and the partner register, every file that mentions a changed
// id, the files the changed ones refer to (following `vervolg_op` all the way, for cycles), the
// questions a changed or deleted project no longer lists, and any file whose id might differ from
// its name. Every other file is still listed and read, and stands
// in by its name: its id and kind, which is all the rules across files need of it.
// When werkplaats.md or a partner changed, files are affected that need not mention the change, so
// then everything is parsed, as in a full validation.
import {
  affectsUnmentioned,
  changedIds,
  type ChangedPath,
  INVERSE_CHECKED_KINDS,
  NAMED_KINDS,
  references,
} from '../core/affected.js';
import { idIsItsName, mentionTest } from '../core/changed-scan.js';
import { str } from '../core/data.js';
import { fileStem } from '../core/kinds.js';
import { KINDS } from '../core/model/kinds.js';
import { CHAIN_LINK, linkTargets } from '../core/model/link-values.js';
import type { ParsedFile } from '../core/read-file.js';
import { checkAndSlim } from '../core/validate.js';
import { type KbEntry, listKnowledgeBase, readEntries, withPlaceholders } from './read-kb.js';
import { loadForValidation } from './validate-load.js';

/**
 * `pending` is what git says changed, still being asked: the listing and the partner register are
 * read meanwhile, while git runs.
 */
export async function loadForChanged(
  root: string,
  pending: Promise<readonly ChangedPath[]>,
): Promise<ParsedFile[]> {
  pending.catch(() => {}); // awaited below; until then a failure must not count as unhandled
  await new Promise((resolve) => setImmediate(resolve)); // lets the git processes start
  const { realRoot, entries, problems } = listKnowledgeBase(root);
  // Always read: the werkplaats and the kinds named by name (the partner register), from the tables.
  const isAlways = (e: KbEntry) => KINDS[e.kind].folder === null || NAMED_KINDS.has(e.kind);
  const always = await readEntries(realRoot, entries.filter(isAlways), checkAndSlim);
  const changes = await pending;
  if (affectsUnmentioned(changes)) return loadForValidation(root);
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
  // Questions before projects: a question that is read (it mentions a changed id) may be marked
  // opgepakt, which is checked against the projects that list it, so those are read too.
  const selectBy = (mentions: (bytes: Uint8Array) => boolean) => (entry: KbEntry, bytes: Uint8Array) =>
    mentions(bytes) || !idIsItsName(bytes, fileStem(entry.path));
  // The kinds a rule checks against the records linking to them (INVERSE_CHECKED_KINDS) first.
  const checked = (e: { kind: KbEntry['kind'] }) => INVERSE_CHECKED_KINDS.has(e.kind);
  const questions = await readEntries(
    realRoot,
    entries.filter((e) => checked(e) && !first(e)),
    checkAndSlim,
    selectBy(mentionTest(ids)),
  );
  for (const question of questions) if (!question.standIn) ids.push(...idsOf(question));
  // Questions a changed project no longer lists (ChangedPath.dropped) are checked too, against the
  // projects that still list them.
  const questionIds = new Set([...read, ...questions].filter(checked).flatMap(idsOf));
  const dropped = [...new Set(changes.flatMap((c) => c.dropped ?? []))].filter((w) => questionIds.has(w));
  ids.push(...dropped);
  // Then every other record (the projects): read when it mentions an id in play.
  const projects = await readEntries(
    realRoot,
    entries.filter((e) => !checked(e) && !first(e)),
    checkAndSlim,
    selectBy(mentionTest(ids)),
  );
  const files = [...read, ...questions, ...projects];
  await parseReferenced(realRoot, entries, files, changed, ids);
  return withPlaceholders(files, problems, checkAndSlim);
}

/**
 * Parses the stand-ins the changed files refer to and those that carry a changed id, and along
 * `vervolg_op` the projects those follow, and so on: a cycle through a changed id runs through
 * exactly these.
 */
async function parseReferenced(
  realRoot: string,
  entries: readonly KbEntry[],
  files: ParsedFile[],
  changed: ReadonlySet<string>,
  ids: readonly string[],
): Promise<void> {
  const entryAt = new Map(entries.map((e) => [e.path, e]));
  // Ids as the knowledge base will see them: the declared id, else the file name.
  const byId = new Map<string, number[]>();
  files.forEach((file, at) => {
    const id = (file.data && str(file.data, 'id')) || file.stem;
    const same = byId.get(id);
    if (same) same.push(at);
    else byId.set(id, [at]);
  });
  const follows = (file: ParsedFile) =>
    file.kind === CHAIN_LINK.from ? linkTargets(file.data, CHAIN_LINK) : [];
  // Walking an id: its files are parsed, and the projects they follow walked. A cycle through a
  // changed id runs from the files that carry it, even when such a file did not change.
  let wanted = [
    ...ids,
    ...files.flatMap((f) => (changed.has(f.path) && f.data ? references(f.data, f.kind) : [])),
  ];
  const seen = new Set<string>();
  while (wanted.length > 0) {
    const next: string[] = [];
    const standIns: number[] = [];
    for (const id of wanted) {
      if (seen.has(id)) continue;
      seen.add(id);
      for (const at of byId.get(id) ?? []) {
        if (files[at]!.standIn) standIns.push(at);
        else next.push(...follows(files[at]!));
      }
    }
    const parsed = await readEntries(
      realRoot,
      standIns.map((at) => entryAt.get(files[at]!.path)!),
      checkAndSlim,
    );
    // readEntries may return them in another order (the slower YAML reader's files come last).
    const at = new Map(standIns.map((i) => [files[i]!.path, i]));
    for (const file of parsed) {
      files[at.get(file.path)!] = file;
      next.push(...follows(file));
    }
    wanted = next;
  }
}

/** The ids a file may go by: its name, and the id it declares. */
function idsOf(file: ParsedFile): string[] {
  const declared = file.data ? str(file.data, 'id') : undefined;
  return declared ? [file.stem, declared] : [file.stem];
}
