// Where things are in the YAML text: lines, keys, colons, and where a value's last character is.
// yaml's node ranges say where a node starts; where it ends they may include the line end, trailing
// comments or blank lines, which belong to what follows, so ends are worked out here.
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  visit,
  type YAMLMap,
} from 'yaml';
import type { Layout } from './write.js';

export function lineStartOf(yaml: string, pos: number): number {
  return yaml.lastIndexOf('\n', pos - 1) + 1;
}

/** Where the line holding `pos` ends: its `\r\n` or `\n`, or the end of the text. */
export function lineEndOf(yaml: string, pos: number): number {
  const n = yaml.indexOf('\n', pos);
  if (n === -1) return yaml.length;
  return n > pos && yaml[n - 1] === '\r' ? n - 1 : n;
}

/** The start of the line after the one where something ending at `end` (exclusive) ends. */
export function nextLineStart(yaml: string, end: number): number {
  if (end > 0 && yaml[end - 1] === '\n') return end;
  const n = yaml.indexOf('\n', end);
  return n === -1 ? yaml.length : n + 1;
}

export function columnOf(yaml: string, pos: number): number {
  return pos - lineStartOf(yaml, pos);
}

export function start(node: Node | Pair): number {
  if (!isPair(node)) return node.range?.[0] ?? 0;
  return (node.key as Node | null)?.range?.[0] ?? 0;
}

/** The key of a pair as written: the string a path segment names. */
export function keyName(pair: Pair): string | undefined {
  if (!isScalar(pair.key)) return undefined;
  return typeof pair.key.value === 'string' ? pair.key.value : pair.key.source;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyName(p) === key);
}

/** Just after the `:` that follows a key; undefined for a key written without one (`{a}`). */
export function colonEnd(yaml: string, pair: Pair): number | undefined {
  let i = (pair.key as Node).range![1];
  while (yaml[i] === ' ' || yaml[i] === '\t') i++;
  return yaml[i] === ':' ? i + 1 : undefined;
}

/** A key with nothing after its colon (`status:`), which reads as null. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return isScalar(value) && value.range?.[0] === value.range?.[1];
}

/** Where a pair's text ends: after its value, or after its colon if it has none. */
export function pairEnd(yaml: string, pair: Pair): number {
  if (!isBlank(pair.value)) return contentEnd(yaml, pair.value as Node);
  return colonEnd(yaml, pair) ?? (pair.key as Node).range![1];
}

/** Just after a node's last character that is part of it: no line end, comment or blank line. */
export function contentEnd(yaml: string, node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last = node.items[node.items.length - 1] as Node | Pair;
    return isPair(last) ? pairEnd(yaml, last) : contentEnd(yaml, last);
  }
  const [s, e] = node.range!;
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    let end = e;
    while (end > s && /\s/.test(yaml[end - 1]!)) end--;
    return end;
  }
  return e;
}

/**
 * The start of the line after a node: where a line added after it goes. A block scalar that keeps
 * its trailing blank lines (`|+`) owns them, so the new line goes after those.
 */
export function afterNode(yaml: string, node: Node | Pair): number {
  if (isPair(node)) {
    return isBlank(node.value)
      ? nextLineStart(yaml, pairEnd(yaml, node))
      : afterNode(yaml, node.value as Node);
  }
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    return afterNode(yaml, node.items[node.items.length - 1] as Node | Pair);
  }
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    return nextLineStart(yaml, node.range![1]);
  }
  return nextLineStart(yaml, contentEnd(yaml, node));
}

/** How this file indents nested mappings and block lists under their key; 2 and 2 when it never does. */
export function detectLayout(doc: Document, yaml: string): Layout {
  let unit: number | undefined;
  let seqOffset: number | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const value = pair.value;
      if (!isScalar(pair.key) || !(isMap(value) || isSeq(value)) || value.flow || !value.range) return;
      const keyStart = start(pair);
      // A value that starts on its key's line (`- naam: x` in a list) says nothing about indentation.
      if (lineStartOf(yaml, value.range[0]) === lineStartOf(yaml, keyStart)) return;
      const offset = columnOf(yaml, value.range[0]) - columnOf(yaml, keyStart);
      if (isMap(value) && unit === undefined && offset > 0) unit = offset;
      if (isSeq(value) && seqOffset === undefined && offset >= 0) seqOffset = offset;
      return unit !== undefined && seqOffset !== undefined ? visit.BREAK : undefined;
    },
  });
  return { unit: unit ?? 2, seqOffset: seqOffset ?? unit ?? 2 };
}
