// Who refers to a record, read from the link tables: by id through LINKS (what kwp rename rewrites
// and what stops kwp remove), and by name through NAME_LINKS (a partner named by projects: kept as it
// is by a rename, a reason not to remove). A new link is a new row there; nothing here names a key.
import type { Entry, KnowledgeBase } from '../knowledge-base.js';
import { linkNames, linkTargets, nameHeld } from '../model/link-values.js';
import { type Link, LINKS, type NameLink, NAME_LINKS } from '../model/links.js';

/** A record that names `id` through one of its links (itself included, for a self-reference). */
export interface IdReference {
  holder: Entry;
  link: Link;
}

/** Every record that names the entry's id through a link whose target is the entry's kind. */
export function idReferences(kb: KnowledgeBase, entry: Entry): IdReference[] {
  const found: IdReference[] = [];
  for (const link of LINKS as readonly Link[]) {
    if (link.to !== entry.kind) continue;
    for (const holder of kb.ofKind(link.from))
      if (linkTargets(holder.data, link).includes(entry.id)) found.push({ holder, link });
  }
  return found;
}

/** A record that names the entry by its name (a project naming a partner's `naam`). */
export interface NameReference {
  holder: Entry;
  link: NameLink;
  name: string;
}

export function nameReferences(kb: KnowledgeBase, entry: Entry): NameReference[] {
  const found: NameReference[] = [];
  for (const link of NAME_LINKS as readonly NameLink[]) {
    if (link.to !== entry.kind) continue;
    const name = nameHeld(entry.data, link)?.trim();
    if (!name) continue;
    for (const holder of kb.ofKind(link.from))
      if (linkNames(holder.data, link).includes(name)) found.push({ holder, link, name });
  }
  return found;
}

/** How a link's key is shown to a person: `vervolg_op`, `evaluatie.nieuwe_kennisvragen`, `partners[].naam`. */
export function keyOf(link: Pick<Link | NameLink, 'path'>): string {
  return link.path.join('.').replace(/\.\[\]/g, '[]');
}

/** The records, grouped by file: each holder once, with the keys it refers through. */
export function byHolder<R extends { holder: Entry; link: Pick<Link | NameLink, 'path'> }>(
  refs: readonly R[],
): { holder: Entry; keys: string[] }[] {
  const groups = new Map<string, { holder: Entry; keys: string[] }>();
  for (const ref of refs) {
    const group = groups.get(ref.holder.file.path) ?? { holder: ref.holder, keys: [] };
    const key = keyOf(ref.link);
    if (!group.keys.includes(key)) group.keys.push(key);
    groups.set(ref.holder.file.path, group);
  }
  return [...groups.values()].sort((a, b) => a.holder.file.path.localeCompare(b.holder.file.path));
}
