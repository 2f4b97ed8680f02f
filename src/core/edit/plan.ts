// One edit as one splice of the YAML text: the characters of the edited value are replaced, or new
// lines are added, and nothing else is touched.
import { isDeepStrictEqual } from 'node:util';
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { YamlValue } from '../scaffold/yaml-value.js';
import { normalize, wrap } from './expected.js';
import {
  afterNode,
  colonEnd,
  columnOf,
  contentEnd,
  findPair,
  isBlank,
  lineEndOf,
  lineStartOf,
  pairEnd,
  start,
} from './nodes.js';
import { type Refused, refused } from './parse.js';
import { blockAppend, type Ctx, flowInsert, insertKey, type Plan, splice } from './insert.js';
import { afterColon, blockLines, inline, isBlockValue, scalarLike } from './write.js';

type Target =
  | { kind: 'found'; parent: YAMLMap; pair: Pair }
  /** `parent` (null: nothing between the fences) has no `key`; `rest` is the path below it. */
  | { kind: 'absent'; parent: YAMLMap | null; key: string; rest: string[] }
  /** A key on the way to the target is blank (`planning:`): its value becomes a new mapping. */
  | { kind: 'blank'; parent: YAMLMap; pair: Pair; rest: string[] }
  | Refused;

function locate(doc: Document, path: readonly string[]): Target {
  if (doc.contents === null) return { kind: 'absent', parent: null, key: path[0]!, rest: path.slice(1) };
  let parent = doc.contents as YAMLMap;
  for (let i = 0; i < path.length; i++) {
    const pair = findPair(parent, path[i]!);
    if (!pair) return { kind: 'absent', parent, key: path[i]!, rest: path.slice(i + 1) };
    if (i === path.length - 1) return { kind: 'found', parent, pair };
    const value = pair.value as Node | null;
    if (isNull(value)) return { kind: 'blank', parent, pair, rest: path.slice(i + 1) };
    if (!isMap(value)) return refused('not-a-mapping', start(value!), path.slice(0, i + 1).join('.'));
    parent = value;
  }
  throw new RangeError('an edit needs a path of at least one key');
}

function isNull(node: Node | null): boolean {
  return isBlank(node) || (isScalar(node) && node.value === null);
}

export function planSet(ctx: Ctx, path: readonly string[], value: YamlValue): Plan {
  const target = locate(ctx.doc, path);
  if ('ok' in target) return target;
  if (target.kind === 'absent') return insertKey(ctx, target.parent, target.key, wrap(target.rest, value));
  if (target.kind === 'blank') return replaceValue(ctx, target.parent, target.pair, wrap(target.rest, value));
  const old = target.pair.value as Node | null;
  if (isDeepStrictEqual(old ? old.toJS(ctx.doc) : null, normalize(value))) return { ok: true, splice: null };
  return replaceValue(ctx, target.parent, target.pair, value);
}

export function planAppend(ctx: Ctx, path: readonly string[], all: readonly YamlValue[]): Plan {
  const items = unique(all);
  const target = locate(ctx.doc, path);
  if ('ok' in target) return target;
  const list = target.kind === 'found' ? (target.pair.value as Node | null) : null;
  if (list && !isNull(list) && !isSeq(list)) return refused('not-a-list', start(list), path.join('.'));
  // Appending nothing creates nothing; a target that cannot be appended to is still refused.
  if (items.length === 0) return { ok: true, splice: null };
  if (target.kind === 'absent') return insertKey(ctx, target.parent, target.key, wrap(target.rest, items));
  if (target.kind === 'blank') return replaceValue(ctx, target.parent, target.pair, wrap(target.rest, items));
  if (!isSeq(list)) return replaceValue(ctx, target.parent, target.pair, items);
  const present = list.toJS(ctx.doc) as unknown[];
  const added = items.filter((item) => !present.some((p) => isDeepStrictEqual(p, normalize(item))));
  if (added.length === 0) return { ok: true, splice: null };
  if (list.flow)
    return flowInsert(
      ctx,
      list,
      added.map((item) => inline(item, true)),
    );
  return blockAppend(ctx, list, added);
}

/**
 * A key removed with its value: in a block mapping its lines go (a comment on a line of its own
 * before or after it stays); in a flow mapping the entry and one comma. A mapping below the root
 * that would be left empty is refused: what it should become (nothing, `{}`) is the caller's choice.
 */
export function planDelete(ctx: Ctx, path: readonly string[]): Plan {
  const target = locate(ctx.doc, path);
  if ('ok' in target) return target;
  if (target.kind !== 'found') return { ok: true, splice: null };
  const { yaml } = ctx;
  const { parent, pair } = target;
  const root = ctx.doc.contents === parent;
  if (!root && parent.items.length === 1) return refused('not-a-mapping', start(pair), path.join('.'));
  if (parent.flow) {
    const items = parent.items as Pair[];
    const i = items.indexOf(pair);
    if (items.length === 1) return splice(parent.range![0] + 1, parent.range![1] - 1, '');
    if (i > 0) return splice(pairEnd(yaml, items[i - 1]!), pairEnd(yaml, pair), '');
    return splice(start(pair), start(items[1]!), '');
  }
  if (colonEnd(yaml, pair) === undefined) return refused('yaml', start(pair), 'a key written as `? key`');
  const from = lineStartOf(yaml, start(pair));
  // Only a key that starts its line can take the line with it (`- naam: x` cannot).
  if (yaml.slice(from, start(pair)).trim() !== '') return refused('yaml', start(pair), path.join('.'));
  return splice(from, afterNode(yaml, pair), '');
}

/**
 * Each scalar at `path` that reads exactly `from` (the value, or items of a list) rewritten as `to`,
 * quoted as it was: one splice from the first to the last, the text between them kept.
 */
export function planReplaceItem(ctx: Ctx, path: readonly string[], from: string, to: string): Plan {
  const target = locate(ctx.doc, path);
  if ('ok' in target) return target;
  if (target.kind !== 'found') return { ok: true, splice: null };
  const value = target.pair.value as Node | null;
  const inFlow = target.parent.flow === true;
  const hits: { node: Scalar; flow: boolean }[] = [];
  if (isScalar(value) && !isBlank(value) && value.value === from) hits.push({ node: value, flow: inFlow });
  if (isSeq(value))
    for (const item of value.items)
      if (isScalar(item) && item.value === from)
        hits.push({ node: item, flow: inFlow || value.flow === true });
  if (hits.length === 0) return { ok: true, splice: null };
  const first = hits[0]!.node.range![0];
  let text = '';
  let at = first;
  for (const { node, flow } of hits) {
    const [s, e] = [node.range![0], contentEnd(ctx.yaml, node)];
    text += ctx.yaml.slice(at, s) + scalarLike(to, node.type, flow);
    at = e;
  }
  return splice(first, at, text);
}

/** Items once each, in their first order: appending the same id twice adds it once. */
export function unique(items: readonly YamlValue[]): YamlValue[] {
  const seen: unknown[] = [];
  return items.filter((item) => {
    const value = normalize(item);
    if (seen.some((s) => isDeepStrictEqual(s, value))) return false;
    seen.push(value);
    return true;
  });
}

/** The new value text for an old scalar: a string keeps the old quoting where it can. */
function valueText(value: YamlValue, old: Node | null, flow: boolean): string {
  if (typeof value === 'string' && isScalar(old) && !isBlank(old)) return scalarLike(value, old.type, flow);
  return inline(value, flow);
}

function replaceValue(ctx: Ctx, parent: YAMLMap, pair: Pair, value: YamlValue): Plan {
  const { yaml, eol, layout } = ctx;
  const old = pair.value as Node | null;
  const keyEnd = (pair.key as Node).range![1];
  const colon = colonEnd(yaml, pair);
  if (parent.flow) {
    const text = valueText(value, old, true);
    if (colon === undefined) return splice(keyEnd, keyEnd, `: ${text}`);
    if (isBlank(old)) return splice(colon, colon, ` ${text}`);
    return splice(old!.range![0], old!.range![1], text);
  }
  if (colon === undefined) return refused('yaml', start(pair), 'a key written as `? key`');
  // The old block keeps its indentation when the new value is a block of the same kind.
  const oldBlock = (isMap(old) || isSeq(old)) && !old.flow ? old : null;
  const block = isBlockValue(value, isSeq(oldBlock));
  const lines = block ? blockLines(value, ' '.repeat(childColumn(ctx, pair, oldBlock, value)), layout) : [];
  const text = block ? '' : valueText(value, old, false);
  if (isBlank(old)) {
    if (!block) return splice(colon, colon, afterColon(text));
    const at = lineEndOf(yaml, colon);
    return splice(at, at, eol + lines.join(eol));
  }
  const end = contentEnd(yaml, old!);
  const lastLineEnd = lineEndOf(yaml, end);
  if (!yaml.slice(colon, old!.range![0]).includes('\n')) {
    // `key: value  # comment`: the value's characters go, the key's spacing and the comment stay.
    if (!block) return text === '' ? splice(colon, end, '') : splice(old!.range![0], end, text);
    const tail = yaml.slice(end, lastLineEnd);
    return splice(colon, lastLineEnd, (tail.trim() ? tail.trimEnd() : '') + eol + lines.join(eol));
  }
  // The old value starts below its key: the key's line, and any comment on it, stay.
  const keyLineEnd = lineEndOf(yaml, colon);
  if (block) return splice(keyLineEnd, lastLineEnd, eol + lines.join(eol));
  const head = yaml.slice(colon, keyLineEnd);
  return splice(colon, lastLineEnd, afterColon(text) + (head.trim() ? head.trimEnd() : ''));
}

function childColumn(ctx: Ctx, pair: Pair, oldBlock: YAMLMap | YAMLSeq | null, value: YamlValue): number {
  if (oldBlock && isSeq(oldBlock) === Array.isArray(value)) return columnOf(ctx.yaml, oldBlock.range![0]);
  const step = Array.isArray(value) ? ctx.layout.seqOffset : ctx.layout.unit;
  return columnOf(ctx.yaml, start(pair)) + step;
}
