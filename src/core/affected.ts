// Which files `kwp validate --changed` checks: the changed files, plus every unchanged file whose
// result those changes can alter (references to a changed, added, renamed or deleted id; the same id
// twice; a cycle through a changed project; the werkplaats vocabularies). Pure: git is in the store.
import { list, str, stringsAt } from './data.js';
import type { PendingDiagnostic } from './diagnostics.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { fileStem, kindOfPath, WERKPLAATS_PATH } from './kinds.js';
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
  for (const file of files) for (const d of file.problems) pending.push(d);
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

/** The kb-relative paths in scope: the changed files that still exist, and the files they affect. */
export function affectedPaths(changes: readonly ChangedPath[], kb: KnowledgeBase): Set<string> {
  const scope = new Set<string>();
  for (const change of changes) if (change.status !== 'D') scope.add(change.path);
  const byPath = new Map(kb.files.map((f) => [f.path, f]));
  const ids = changedIds(changes, byPath);

  const vocabulary = changes.some((c) => touches(c, (p) => p === WERKPLAATS_PATH));
  const changedPartner = changes.some((c) => touches(c, isPartner));
  const registered = new Set<string>();
  for (const partner of kb.ofKind('partner')) {
    const naam = partner.data ? str(partner.data, 'naam') : undefined;
    if (naam !== undefined) registered.add(naam.trim());
  }
  const changedPartnerNames = new Set<string>();
  for (const change of changes) {
    if (change.status === 'D' || !isPartner(change.path)) continue;
    const data = byPath.get(change.path)?.data;
    const naam = data ? str(data, 'naam') : undefined;
    if (naam !== undefined) changedPartnerNames.add(naam.trim());
  }

  for (const entry of kb.entries) {
    const path = entry.file.path;
    if (scope.has(path)) continue;
    if (vocabulary && (entry.kind === 'project' || entry.kind === 'vraag')) {
      scope.add(path);
      continue;
    }
    if (ids.has(entry.id) && (kb.byId.get(entry.id)?.length ?? 0) > 1) {
      scope.add(path); // the same id as a changed file: duplicate-id is reported in both
      continue;
    }
    if (references(entry.data, entry.kind).some((id) => ids.has(id))) {
      scope.add(path);
      continue;
    }
    if (changedPartner && entry.kind === 'project' && entry.data) {
      const names = partnerNames(entry.data);
      if (names.some((n) => changedPartnerNames.has(n) || !registered.has(n))) scope.add(path);
    }
  }
  // A cycle is reported at one of its projects, not necessarily the changed one.
  for (const cycle of kb.graph.cycles()) {
    if (!cycle.some((id) => ids.has(id))) continue;
    for (const id of cycle) for (const e of kb.byId.get(id) ?? []) scope.add(e.file.path);
  }
  // A question marked opgepakt is checked against the projects that list it: those a changed
  // project lists, and those it listed before (their ids are among the words it lost).
  for (const change of changes) {
    for (const word of change.dropped ?? [])
      for (const e of kb.byId.get(word) ?? []) if (e.kind === 'vraag') scope.add(e.file.path);
  }
  for (const change of changes) {
    if (change.status === 'D') continue;
    const entry = kb.entries.find((e) => e.file.path === change.path);
    if (entry?.kind !== 'project') continue;
    for (const { value } of stringsAt(entry.data, 'kennisvragen'))
      for (const e of kb.byId.get(value) ?? []) scope.add(e.file.path);
  }
  return scope;
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

/** The ids a record refers to (the references the rules across files resolve). */
export function references(data: unknown, kind: string): string[] {
  if (!data) return [];
  if (kind === 'project')
    return [
      ...stringsAt(data, 'vervolg_op'),
      ...stringsAt(data, 'kennisvragen'),
      ...stringsAt(data, 'evaluatie', 'nieuwe_kennisvragen'),
    ].map((s) => s.value);
  if (kind === 'vraag') {
    const project = str(data, 'project');
    return project === undefined ? [] : [project];
  }
  return [];
}

/** The organisation names a project gives: its partners and who pays (checked against the register). */
function partnerNames(data: unknown): string[] {
  const out: string[] = [];
  for (const partner of list(data, 'partners')) {
    const naam = str(partner, 'naam');
    if (naam !== undefined) out.push(naam.trim());
  }
  for (const funder of list(data, 'begroting', 'dekking')) {
    const naam = str(funder, 'partner');
    if (naam !== undefined) out.push(naam.trim());
  }
  return out;
}

/**
 * Whether the changes can affect files that do not mention them: a changed vocabulary concerns every
 * project and question, and a changed partner every project that names it, by name.
 */
export function affectsUnmentioned(changes: readonly ChangedPath[]): boolean {
  return changes.some((c) => touches(c, (p) => p === WERKPLAATS_PATH || isPartner(p)));
}

function touches(change: ChangedPath, test: (path: string) => boolean): boolean {
  return test(change.path) || (change.oldPath !== undefined && test(change.oldPath));
}

function isPartner(path: string): boolean {
  return kindOfPath(path) === 'partner';
}
