// The two mistakes people make most in frontmatter, recognised in the YAML as written: text with
// `: ` in it (`- Gestopt: de eigenaren wilden niet` becomes a key with a value) and text with a comma
// inside `{…}` (`wat: samen over mbo, hbo en wo` adds a key `hbo en wo`). Each is fixed by putting
// the text in quotes; these functions give the line as it should read.
import { type Document, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { MessageArgs, MessageId } from '../messages/catalogue.js';
import type { Anchor, KeyPath } from './diagnostics.js';

export interface QuoteFix {
  /** The text that belongs in quotes, as written. */
  text: string;
  /** The whole line with that text in quotes. */
  fixedLine: string;
}

/** The line around an offset: where it starts and its text, without the line break. */
export function lineAround(yaml: string, offset: number): { start: number; text: string } {
  const start = yaml.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const at = Math.min(Math.max(offset, start), yaml.length);
  let end = yaml.indexOf('\n', at);
  if (end === -1) end = yaml.length;
  const text = yaml.slice(start, end).replace(/\r$/, '');
  return { start, text };
}

/** Text in quotes as YAML reads it back unchanged: double quotes, or single ones when `"` or `\` is in it. */
export function quoteText(text: string): string {
  return /["\\]/.test(text) ? `'${text.replace(/'/g, "''")}'` : `"${text}"`;
}

/**
 * A value that should be text but is a mapping of one key written on one line, with a plain key
 * (`- Gestopt: de eigenaren wilden niet`, `- Let op:`): the text was one piece with `: ` in it.
 */
export function colonInTextFix(doc: Document, yaml: string, path: KeyPath): QuoteFix | undefined {
  const node = nodeAt(doc, path);
  if (!isMap(node) || node.flow || node.items.length !== 1) return undefined;
  const pair = node.items[0]!;
  if (!isPlain(pair.key)) return undefined;
  const empty = pair.value === null || (isScalar(pair.value) && pair.value.source === '');
  if (!empty && !isPlain(pair.value)) return undefined;
  const start = (pair.key as Node).range![0];
  const end = empty ? yaml.indexOf(':', (pair.key as Node).range![1]) + 1 : (pair.value as Node).range![1];
  return fixOnLine(yaml, start, end);
}

/**
 * A key in a `{…}` mapping without a value (`{wie: studenten, wat: samen over mbo, hbo en wo}`):
 * the text after a comma, split off the value before it. The value and every such key after it
 * go back in quotes as one text.
 */
export function commaInBracesFix(doc: Document, yaml: string, path: KeyPath): QuoteFix | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent) || !parent.flow) return undefined;
  const items = parent.items as Pair[];
  const at = items.findIndex((p) => isScalar(p.key) && String(p.key.value) === String(path.at(-1)));
  if (at < 1 || !isLoose(items[at]!)) return undefined;
  let first = at;
  while (first > 0 && isLoose(items[first - 1]!)) first--;
  let last = at;
  while (last + 1 < items.length && isLoose(items[last + 1]!)) last++;
  const before = items[first - 1];
  if (!before || !isPlain(before.value)) return undefined;
  const start = (before.value as Node).range![0];
  const end = (items[last]!.key as Node).range![1];
  return fixOnLine(yaml, start, end);
}

/** A pair written as a bare word: a plain key and no `:` (so no value). */
function isLoose(pair: Pair): boolean {
  return isPlain(pair.key) && (pair.value === null || (isScalar(pair.value) && pair.value.source === ''));
}

function isPlain(node: unknown): boolean {
  return isScalar(node) && node.type === 'PLAIN' && typeof node.source === 'string' && node.source !== '';
}

function fixOnLine(yaml: string, start: number, end: number): QuoteFix | undefined {
  const text = yaml.slice(start, end).trimEnd();
  if (text === '' || text.includes('\n')) return undefined;
  const line = lineAround(yaml, start);
  const column = start - line.start;
  const fixedLine = `${line.text.slice(0, column)}${quoteText(text)}${line.text.slice(column + text.length)}`;
  return { text, fixedLine };
}

function nodeAt(doc: Document, path: KeyPath): unknown {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  return node;
}

type Message = { id: MessageId; args: MessageArgs };

/**
 * The schema's message for a value that the two mistakes changed, told as that mistake with the
 * line fixed: a list item or text that became a mapping (invalid-type), a key split off by a comma
 * (unknown-key). Undefined when the source does not show the pattern.
 */
export function quoteHint(
  message: Message,
  anchor: Anchor,
  doc: Document,
  yaml: string,
): { message: Message; fixedLine: string } | undefined {
  const { id, args } = message;
  if (id === 'schema.invalid-type' && anchor.kind === 'value') {
    if (args['expected'] !== '@type.string' || args['found'] !== '@type.object') return undefined;
    const fix = colonInTextFix(doc, yaml, anchor.path);
    if (!fix) return undefined;
    const hint = { key: args['key'] ?? '', text: fix.text, fixed: fix.fixedLine.trim() };
    return { message: { id: 'schema.colon-in-text', args: hint }, fixedLine: fix.fixedLine };
  }
  if (id === 'schema.unknown-key' && anchor.kind === 'key') {
    const fix = commaInBracesFix(doc, yaml, anchor.path);
    if (!fix) return undefined;
    const hint = { key: args['key'] ?? '', text: fix.text, fixed: fix.fixedLine.trim() };
    return { message: { id: 'schema.comma-in-braces', args: hint }, fixedLine: fix.fixedLine };
  }
  return undefined;
}
