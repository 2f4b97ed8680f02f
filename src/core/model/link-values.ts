// Reading the links of ./links.ts out of a record's frontmatter, defensively (files may be broken):
// the ids a link holds, the names a name link holds, the words of a vocabulary field; and, for the
// rules across files, each value with where it is. One module, for the derived links and the rules.
import { isRecord, list, str, stringsAt } from '../data.js';
import type { KeyPath } from '../diagnostics.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { Kind } from '../kinds.js';
import {
  type Link,
  LINKS,
  type LinkName,
  type NameLink,
  NAME_LINKS,
  type NameLinkName,
  type VocabularyField,
} from './links.js';

/** The ids a record names through `link`, as written (strings only; other values are the schema's). */
export function linkTargets(data: unknown, link: Pick<Link, 'path' | 'many'>): string[] {
  if (!data) return [];
  if (link.many) {
    // The strings of the list, without stringsAt's positions (asked of every project for the graph).
    const out: string[] = [];
    for (const value of list(data, ...link.path)) if (typeof value === 'string') out.push(value);
    return out;
  }
  const one = str(data, ...link.path);
  return one === undefined ? [] : [one];
}

/**
 * The values at a path of ./links.ts, where `[]` is each item of a list: `['partners', '[]', 'naam']`
 * is the `naam` of every partner. Only strings count.
 */
export function stringsAtPath(data: unknown, path: readonly string[]): string[] {
  let current: unknown[] = [data];
  for (const segment of path) {
    const next: unknown[] = [];
    for (const value of current) {
      if (segment === '[]') {
        if (Array.isArray(value)) next.push(...(value as unknown[]));
      } else if (isRecord(value) && Object.hasOwn(value, segment)) next.push(value[segment]);
    }
    current = next;
  }
  return current.filter((v): v is string => typeof v === 'string');
}

/** The organisation names a record gives through a name link, trimmed (as the register is matched). */
export function linkNames(data: unknown, link: Pick<NameLink, 'path'>): string[] {
  return stringsAtPath(data, link.path).map((name) => name.trim());
}

/** The words a record gives in a vocabulary field. */
export function vocabularyWords(data: unknown, field: Pick<VocabularyField, 'path' | 'many'>): string[] {
  return linkTargets(data, field);
}

/** The row of LINKS with this name. */
export function linkNamed(name: LinkName): Link {
  return LINKS.find((l) => l.name === name)!;
}

/** The row of NAME_LINKS with this name. */
export function nameLinkNamed(name: NameLinkName): NameLink {
  return NAME_LINKS.find((l) => l.name === name)!;
}

/** The link whose ids make the follow-up chains: the one that may form no cycle (the project graph). */
export const CHAIN_LINK: Link = LINKS.find((l: Link) => l.acyclic === true)!;

/** The name a record is known by to a name link (a partner's `naam`), as written. */
export function nameHeld(data: unknown, link: Pick<NameLink, 'byKey'>): string | undefined {
  return str(data, link.byKey);
}

// For the rules across files: each value with where it is, so a diagnostic can point at it.

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
  /** The items of the link's list (`partners[]`, `begroting.dekking[]`), or the record for one name. */
  items(data: unknown): readonly unknown[];
  /** The name an item holds (`naam`, `partner`), when it is text. */
  nameOf(item: unknown): string | undefined;
  /** Where the name of the item at `index` is. */
  path(index: number): KeyPath;
}

export function nameReader(link: NameLink): NameReader {
  const at = link.path.indexOf('[]');
  // A link that holds one name (an offer's `instelling`): the record itself is its one item.
  if (at === -1) {
    return {
      items: (data) => (data ? [data] : []),
      nameOf: (item) => str(item, ...link.path),
      path: () => link.path,
    };
  }
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
    const name = record.data ? nameHeld(record.data, link) : undefined;
    if (name !== undefined) registered.add(name.trim());
  }
  return registered;
}
