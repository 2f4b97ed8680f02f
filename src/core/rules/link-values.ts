// Reading the values of a link (src/core/model/links.ts) in one record, for the rules across
// files: the ids a record names, and the organisation names a project writes.
import { list, str, stringsAt } from '../data.js';
import type { KeyPath } from '../diagnostics.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { Kind } from '../kinds.js';
import { LINKS, type Link, type NameLink } from '../model/links.js';

/** The link table, each row as a `Link` (its optional flags readable on every row). */
export const ALL_LINKS: readonly Link[] = LINKS;

/** Per kind, the links its records hold (LINKS' order). */
export function linksByKind(): Map<Kind, Link[]> {
  const byKind = new Map<Kind, Link[]>();
  for (const link of LINKS) {
    const links = byKind.get(link.from) ?? [];
    links.push(link);
    byKind.set(link.from, links);
  }
  return byKind;
}

/**
 * Calls `found` for each id a record names through `link`, with the list index of a link that
 * holds a list (a value of the wrong type is the schema's: skipped here).
 */
export function forEachTarget(
  data: unknown,
  link: Link,
  found: (target: string, index: number | undefined) => void,
): void {
  if (link.many) {
    for (const { value, index } of stringsAt(data, ...link.path)) found(value, index);
  } else {
    const target = str(data, ...link.path);
    if (target !== undefined) found(target, undefined);
  }
}

/** Where a link's value is: its key, and the list index when it holds a list. */
export function targetPath(link: Link, index: number | undefined): KeyPath {
  return index === undefined ? link.path : [...link.path, index];
}

/** How to read a name link (its path split at the list, once): the items, each one's name, where. */
export interface NameReader {
  /** The items of the link's list (`partners[]`, `begroting.dekking[]`). */
  items(data: unknown): readonly unknown[];
  /** The name an item holds (`naam`, `partner`), when it is text. */
  nameOf(item: unknown): string | undefined;
  /** Where the name of the item at `index` is. */
  path(index: number): KeyPath;
}

export function nameReader(link: NameLink): NameReader {
  const at = link.path.indexOf('[]');
  const before = link.path.slice(0, at);
  const after = link.path.slice(at + 1);
  return {
    items: (data) => list(data, ...before),
    nameOf: (item) => str(item, ...after),
    path: (index) => [...before, index, ...after],
  };
}

/** The names the register holds for a name link: `naam` of every partner, trimmed. */
export function registeredNames(kb: KnowledgeBase, link: NameLink): Set<string> {
  const registered = new Set<string>();
  for (const record of kb.ofKind(link.to)) {
    const name = record.data ? str(record.data, link.byKey) : undefined;
    if (name !== undefined) registered.add(name.trim());
  }
  return registered;
}
