// New entries: a key a mapping lacks, items at the end of a list. Each is added as a person would
// add it, after what is there, in the style of what is there.
import { type Document, isPair, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { YamlValue } from '../scaffold/yaml-value.js';
import { afterNode, columnOf, contentEnd, isBlank, lineStartOf, pairEnd, start } from './nodes.js';
import type { Refused } from './parse.js';
import { blockLines, entryLines, inline, type Layout, scalar } from './write.js';

export interface Splice {
  start: number;
  end: number;
  text: string;
}

export interface Ctx {
  yaml: string;
  eol: string;
  doc: Document;
  layout: Layout;
}

export type Plan = { ok: true; splice: Splice | null } | Refused;

/**
 * A key the mapping lacks goes on a new line right after the mapping's last value (and any comment
 * on that value's last line), before the comment and blank lines that follow it: those may belong
 * to the next key, or be notes at the end of the frontmatter, and stay where they were.
 */
export function insertKey(ctx: Ctx, parent: YAMLMap | null, key: string, value: YamlValue): Plan {
  const { yaml, eol, layout } = ctx;
  if (parent === null)
    return splice(yaml.length, yaml.length, entryLines(key, value, '', layout, false).join(eol) + eol);
  if (parent.flow) return flowInsert(ctx, parent, [`${scalar(key, true)}: ${inline(value, true)}`]);
  // The mapping's own column, not its first key's: an explicit key (`? id`) starts two further in.
  const indent = ' '.repeat(columnOf(yaml, parent.range?.[0] ?? start(parent.items[0]!)));
  const at = afterNode(yaml, parent.items[parent.items.length - 1]!);
  return splice(at, at, entryLines(key, value, indent, layout, false).join(eol) + eol);
}

/** Entries added at the end of `[a, b]` or `{a: 1}`, separated as the last two already are. */
export function flowInsert(ctx: Ctx, node: YAMLMap | YAMLSeq, entries: string[]): Plan {
  const { yaml } = ctx;
  const [open, close] = [node.range![0], node.range![1] - 1];
  if (node.items.length === 0) return splice(open + 1, close, entries.join(', '));
  const items = node.items as (Node | Pair)[];
  const endOf = (item: Node | Pair) => (isPair(item) ? pairEnd(yaml, item) : contentEnd(yaml, item));
  const lastEnd = endOf(items[items.length - 1]!);
  let separator = ', ';
  if (items.length > 1) {
    const between = yaml.slice(endOf(items[items.length - 2]!), start(items[items.length - 1]!));
    // One item a line, perhaps with a comment after the comma: the new one on a line of its own.
    const lines = /^[ \t]*,[ \t]*(?:#.*)?\r?\n([ \t]*)$/.exec(between);
    if (lines) separator = `,${ctx.eol}${lines[1]}`;
    else if (/^[ \t]*,[ \t]*$/.test(between)) separator = between;
  }
  return splice(lastEnd, lastEnd, entries.map((entry) => separator + entry).join(''));
}

/** New `- item` lines after a block list's last item, indented and spaced as that item is. */
export function blockAppend(ctx: Ctx, list: YAMLSeq, items: readonly YamlValue[]): Plan {
  const { yaml, eol, layout } = ctx;
  const last = list.items[list.items.length - 1] as Node;
  const lastStart = start(last);
  const dashed = /-[ ]+$/.exec(yaml.slice(lineStartOf(yaml, lastStart), lastStart));
  const dash = dashed && !isBlank(last) ? dashed[0] : '- ';
  const at = afterNode(yaml, last);
  return splice(
    at,
    at,
    blockLines(items, ' '.repeat(columnOf(yaml, list.range![0])), layout, dash).join(eol) + eol,
  );
}

export function splice(from: number, to: number, text: string): Plan {
  return { ok: true, splice: { start: from, end: to, text } };
}
