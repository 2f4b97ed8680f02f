// Reading the links of ./links.ts out of a record's frontmatter, defensively (files may be broken):
// the ids a link holds, the names a name link holds, the words of a vocabulary field.
import { isRecord, str, stringsAt } from '../data.js';
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
  if (link.many) return stringsAt(data, ...link.path).map((s) => s.value);
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
