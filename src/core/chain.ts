// How to tell a chain without inventing links. A chain is a group of projects connected through
// `vervolg_op`, in order (ProjectGraph.chains); its order alone says nothing about who builds on
// whom. It is a straight line only when each project builds on the one before it and on no other;
// any other group (two follow-ups of one project, one project following two, a diamond, a cycle) is
// told per project: what it builds on. Renderers draw from this and from the links, never from the
// order. Pure.
import type { ChainLink } from './graph.js';

export type ChainShape =
  /** a → b → c: every link joins neighbours, and there is one per pair of neighbours. */
  | { kind: 'line'; ids: string[] }
  /** Every project of the group that builds on others in it, in the group's order, with those others (in that order too). */
  | { kind: 'branched'; steps: { id: string; buildsOn: string[] }[] };

/** The links with both ends in `group`, in the order they were given. */
export function linksOfGroup(group: readonly string[], links: readonly ChainLink[]): ChainLink[] {
  const members = new Set(group);
  return links.filter((l) => members.has(l.van) && members.has(l.naar));
}

/** The links of each group, in one pass (a report may hold thousands of groups). */
export function linksByGroup(
  groups: readonly (readonly string[])[],
  links: readonly ChainLink[],
): ChainLink[][] {
  const groupOf = new Map<string, number>();
  groups.forEach((group, i) => group.forEach((id) => groupOf.set(id, i)));
  const out = groups.map((): ChainLink[] => []);
  for (const link of links) {
    const i = groupOf.get(link.van);
    if (i !== undefined && groupOf.get(link.naar) === i) out[i]!.push(link);
  }
  return out;
}

/** How to show `group` given the real links (links outside the group are ignored). */
export function chainShape(group: readonly string[], links: readonly ChainLink[]): ChainShape {
  const own = linksOfGroup(group, links);
  const keys = new Set(own.map((l) => `${l.van}\u0000${l.naar}`));
  const line =
    keys.size === group.length - 1 &&
    group.every((id, i) => i === 0 || keys.has(`${group[i - 1]}\u0000${id}`));
  if (line) return { kind: 'line', ids: [...group] };
  const position = new Map(group.map((id, i) => [id, i]));
  const earlier = new Map<string, string[]>();
  for (const { van, naar } of own) {
    const list = earlier.get(naar) ?? [];
    if (!list.includes(van)) list.push(van);
    earlier.set(naar, list);
  }
  const steps = group
    .filter((id) => earlier.has(id))
    .map((id) => ({
      id,
      buildsOn: earlier.get(id)!.sort((a, b) => position.get(a)! - position.get(b)!),
    }));
  return { kind: 'branched', steps };
}
