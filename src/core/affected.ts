// Which files `kwp validate --changed` checks: the changed files, plus every unchanged file whose
// result those changes can alter (references to a changed, added, renamed or deleted id; the same id
// twice; a cycle through a changed project; the werkplaats vocabularies). Pure: git is in the store.
// Every cross-file dependency is read from the link table (core/model/links.ts): the ids a record
// refers to (LINKS), the names it gives (NAME_LINKS), the words the werkplaats rules
// (VOCABULARY_FIELDS), and the links whose inverse a rule checks on the target.
import { str } from './data.js';
import type { PendingDiagnostic } from './diagnostics.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { fileStem, type Kind, kindOfPath, WERKPLAATS_PATH } from './kinds.js';
import { linkNames, linkTargets, nameHeld } from './model/link-values.js';
import { type Link, LINKS, type NameLink, NAME_LINKS, VOCABULARY_FIELDS } from './model/links.js';
import type { ParsedFile } from './read-file.js';
import { checkFilesTogether } from './validate.js';

export interface ChangedPath {
  /** A = added (or untracked), M = modified, D = deleted, R = renamed (`oldPath` is where it was). */
  status: 'A' | 'M' | 'D' | 'R';
  /** Relative to the kb root, forward slashes; for a deletion, where the file was. */
  path: string;
  oldPath?: string;
  /**
   * For a changed, renamed or deleted project: the words of the lines it lost (from git's diff).
   * Any question among them may have lost the project that took it up.
   */
  dropped?: string[];
}

export interface ScopedCheck {
  /** Every diagnostic of the files in scope (their own, and those across files). */
  pending: PendingDiagnostic[];
  /**
   * Every diagnostic of every file that was read: the whole knowledge base's when every file was
   * parsed (loadForValidation), the same as `pending` when no changes are given.
   */
  all: PendingDiagnostic[];
  /** The files in scope; everything when no changes are given. */
  inScope: (path: string) => boolean;
}

/**
 * The rules across files on what was read, and the diagnostics within the changes' scope. Each
 * file's own diagnostics are already in its `problems` (checked as it was read).
 */
export function checkInScope(files: readonly ParsedFile[], changes?: readonly ChangedPath[]): ScopedCheck {
  const pending: PendingDiagnostic[] = [];
  // Indexed loops over every file (21,000 for 10,000 dense projects, run once): an iterator's
  // result objects for each would be most of the garbage made here.
  for (let i = 0; i < files.length; i++) {
    const problems = files[i]!.problems;
    for (let j = 0; j < problems.length; j++) pending.push(problems[j]!);
  }
  const together = checkFilesTogether(files);
  for (const d of together.pending) pending.push(d);
  if (!changes) return { pending, all: pending, inScope: () => true };
  const scope = affectedPaths(changes, together.kb);
  return {
    pending: pending.filter((d) => scope.has(d.file)),
    all: pending,
    inScope: (path) => scope.has(path),
  };
}

/** The kinds whose fields take words from a werkplaats list: a changed werkplaats concerns them all. */
const VOCABULARY_KINDS: ReadonlySet<Kind> = new Set(VOCABULARY_FIELDS.flatMap((f) => f.kinds));

/** The kinds other records name by name (the partner register): a change there concerns them. */
export const NAMED_KINDS: ReadonlySet<Kind> = new Set(NAME_LINKS.map((l) => l.to));

/** The links whose inverse a rule checks on the target (see Link.inverseChecked). */
export const INVERSE_CHECKED: readonly Link[] = (LINKS as readonly Link[]).filter((l) => l.inverseChecked);

/** The kinds a rule checks against the records that link to them (questions marked opgepakt). */
export const INVERSE_CHECKED_KINDS: ReadonlySet<Kind> = new Set(INVERSE_CHECKED.map((l) => l.to));

/** The kb-relative paths in scope: the changed files that still exist, and the files they affect. */
export function affectedPaths(changes: readonly ChangedPath[], kb: KnowledgeBase): Set<string> {
  const scope = new Set<string>();
  for (const change of changes) if (change.status !== 'D') scope.add(change.path);
  // Only the changed files are looked up by path: a map of them, not of every file.
  const changedPaths = new Set(changes.map((c) => c.path));
  const byPath = new Map<string, (typeof kb.files)[number]>();
  for (const file of kb.files) if (changedPaths.has(file.path)) byPath.set(file.path, file);
  const ids = changedIds(changes, byPath);

  const vocabulary =
    VOCABULARY_KINDS.size > 0 && changes.some((c) => touches(c, (p) => p === WERKPLAATS_PATH));
  const byName = NAME_LINKS.map((link) => namesInScope(link, changes, kb, byPath)).filter(
    (n) => n !== undefined,
  );

  if (vocabulary)
    for (const entry of kb.entries) if (VOCABULARY_KINDS.has(entry.kind)) scope.add(entry.file.path);
  // The same id as a changed file: duplicate-id is reported in both.
  for (const id of ids) {
    const same = kb.byId.get(id);
    if (same && same.length > 1) for (const e of same) scope.add(e.file.path);
  }
  // What a record refers to, and the names it holds, are only known of the records read: under
  // `--changed` a few of thousands of files (the others stand in by their names).
  for (const entry of kb.withData) {
    const path = entry.file.path;
    if (scope.has(path)) continue;
    if (references(entry.data, entry.kind).some((id) => ids.has(id))) {
      scope.add(path);
      continue;
    }
    for (const { link, changed, registered } of byName) {
      if (link.from !== entry.kind) continue;
      const names = linkNames(entry.data, link);
      if (names.some((n) => changed.has(n) || !registered.has(n))) {
        scope.add(path);
        break;
      }
    }
  }
  // A cycle is reported at one of its projects, not necessarily the changed one.
  for (const cycle of kb.graph.cycles()) {
    if (!cycle.some((id) => ids.has(id))) continue;
    for (const id of cycle) for (const e of kb.byId.get(id) ?? []) scope.add(e.file.path);
  }
  // A rule that reads a link's inverse on the target (a question marked opgepakt is checked against
  // the projects that list it) concerns the targets a changed holder names now, and those it named
  // before (their ids are among the words it lost).
  for (const link of INVERSE_CHECKED) {
    for (const change of changes) {
      if (kindOfPath(change.oldPath ?? change.path) !== link.from && kindOfPath(change.path) !== link.from)
        continue;
      for (const word of change.dropped ?? [])
        for (const e of kb.byId.get(word) ?? []) if (e.kind === link.to) scope.add(e.file.path);
      if (change.status === 'D') continue;
      const entry = kb.withData.find((e) => e.file.path === change.path);
      if (entry?.kind !== link.from) continue;
      for (const target of linkTargets(entry.data, link))
        for (const e of kb.byId.get(target) ?? []) scope.add(e.file.path);
    }
  }
  return scope;
}

/**
 * For a name link whose target kind the changes touch: the names of the changed targets, and every
 * name the register holds (a holder naming an unregistered name is checked again too). Undefined when
 * no change touches the target kind.
 */
function namesInScope(
  link: NameLink,
  changes: readonly ChangedPath[],
  kb: KnowledgeBase,
  byPath: ReadonlyMap<string, { data: unknown }>,
): { link: NameLink; changed: Set<string>; registered: Set<string> } | undefined {
  const ofTarget = (path: string) => kindOfPath(path) === link.to;
  if (!changes.some((c) => touches(c, ofTarget))) return undefined;
  const registered = new Set<string>();
  for (const target of kb.ofKind(link.to)) {
    const name = nameHeld(target.data, link);
    if (name !== undefined) registered.add(name.trim());
  }
  const changed = new Set<string>();
  for (const change of changes) {
    if (change.status === 'D' || !ofTarget(change.path)) continue;
    const data = byPath.get(change.path)?.data;
    const name = nameHeld(data, link);
    if (name !== undefined) changed.add(name.trim());
  }
  return { link, changed, registered };
}

/**
 * Every id the changes touch: each changed file's name and declared id, and the old name of a
 * deleted or renamed file (known here only by its old name, whose stem was its id).
 */
export function changedIds(
  changes: readonly ChangedPath[],
  byPath: ReadonlyMap<string, { data: unknown }>,
): Set<string> {
  const ids = new Set<string>();
  for (const change of changes) {
    ids.add(fileStem(change.path));
    if (change.oldPath !== undefined) ids.add(fileStem(change.oldPath));
    if (change.status === 'D') continue;
    const data = byPath.get(change.path)?.data;
    const declared = data ? str(data, 'id') : undefined;
    if (declared) ids.add(declared);
  }
  ids.delete('');
  return ids;
}

/** The ids a record refers to (the references the rules across files resolve): every link it holds. */
export function references(data: unknown, kind: string): string[] {
  if (!data) return [];
  const out: string[] = [];
  for (const link of LINKS) if (link.from === kind) for (const id of linkTargets(data, link)) out.push(id);
  return out;
}

/**
 * Whether the changes can affect files that do not mention them: a changed vocabulary concerns every
 * project and question, and a changed partner every project that names it, by name.
 */
export function affectsUnmentioned(changes: readonly ChangedPath[]): boolean {
  const unmentioned = (p: string) =>
    (p === WERKPLAATS_PATH && VOCABULARY_KINDS.size > 0) || NAMED_KINDS.has(kindOfPath(p)!);
  return changes.some((c) => touches(c, unmentioned));
}

function touches(change: ChangedPath, test: (path: string) => boolean): boolean {
  return test(change.path) || (change.oldPath !== undefined && test(change.oldPath));
}
