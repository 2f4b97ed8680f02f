// Which files `kwp validate --changed` checks: the changed files, plus every unchanged file whose
// result those changes can alter (references to a changed, added, renamed or deleted id; the same id
// twice; a cycle through a changed project; the werkplaats vocabularies). Pure: git is in the store.
import { list, str, stringsAt } from './data.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { fileStem, WERKPLAATS_PATH } from './kinds.js';

export interface ChangedPath {
  /** A = added (or untracked), M = modified, D = deleted, R = renamed (`oldPath` is where it was). */
  status: 'A' | 'M' | 'D' | 'R';
  /** Relative to the kb root, forward slashes; for a deletion, where the file was. */
  path: string;
  oldPath?: string;
}

/** The kb-relative paths in scope: the changed files that still exist, and the files they affect. */
export function affectedPaths(changes: readonly ChangedPath[], kb: KnowledgeBase): Set<string> {
  const scope = new Set<string>();
  const ids = new Set<string>();
  const byPath = new Map(kb.files.map((f) => [f.path, f]));
  for (const change of changes) {
    if (change.status !== 'D') scope.add(change.path);
    // A deleted or renamed file is known here only by its old name: its old id is its file stem.
    if (change.status === 'D') ids.add(fileStem(change.path));
    if (change.oldPath !== undefined) ids.add(fileStem(change.oldPath));
    if (change.status !== 'D') {
      ids.add(fileStem(change.path));
      const data = byPath.get(change.path)?.data;
      const declared = data ? str(data, 'id') : undefined;
      if (declared) ids.add(declared);
    }
  }
  ids.delete('');

  const vocabulary = changes.some((c) => c.path === WERKPLAATS_PATH || c.oldPath === WERKPLAATS_PATH);
  const changedPartner = changes.some((c) => isPartner(c.path) || (c.oldPath && isPartner(c.oldPath)));
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
  // A question marked opgepakt is checked against the projects that list it.
  for (const change of changes) {
    if (change.status === 'D') continue;
    const entry = kb.entries.find((e) => e.file.path === change.path);
    if (entry?.kind !== 'project') continue;
    for (const { value } of stringsAt(entry.data, 'kennisvragen'))
      for (const e of kb.byId.get(value) ?? []) scope.add(e.file.path);
  }
  return scope;
}

/** The ids a record refers to (the references the rules across files resolve). */
function references(data: unknown, kind: string): string[] {
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

function partnerNames(data: unknown): string[] {
  const out: string[] = [];
  for (const partner of list(data, 'partners')) {
    const naam = str(partner, 'naam');
    if (naam !== undefined) out.push(naam.trim());
  }
  return out;
}

function isPartner(path: string): boolean {
  return path.startsWith('knowledge/partners/');
}
