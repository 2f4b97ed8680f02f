// How an edited value is written: as a person would type it into the file. Strings go through
// `yamlString` (plain when that reads back as the same string, double-quoted otherwise); mappings and
// lists of mappings become blocks; lists of strings stay on one line unless they stand in a block.
import { isRecord } from '../data.js';
import { type YamlValue, yamlString } from '../scaffold/yaml-value.js';

/** How the file indents: a nested mapping's keys, and a list's dashes, relative to their key. */
export interface Layout {
  unit: number;
  seqOffset: number;
}

/** `yamlString`, with the characters YAML will not take raw inside double quotes escaped as well. */
export function scalar(value: string, flow: boolean): string {
  const text = yamlString(value, flow);
  return text.startsWith('"') ? escapeNonPrintable(text) : text;
}

/** A new string in the quoting style the old value had, where that style can hold it. */
export function scalarLike(value: string, oldType: string | undefined, flow: boolean): string {
  if (oldType === 'QUOTE_DOUBLE') return escapeNonPrintable(JSON.stringify(value));
  if (oldType === 'QUOTE_SINGLE' && !/[\p{Cc}\u2028\u2029]/u.test(value)) {
    return `'${value.replace(/'/g, "''")}'`;
  }
  return scalar(value, flow);
}

function escapeNonPrintable(quoted: string): string {
  return quoted.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value on one line; `flow` inside [ ] or { }. Empty for no value outside them (a blank key). */
export function inline(value: YamlValue, flow: boolean): string {
  if (value === undefined || value === null) return flow ? 'null' : '';
  if (typeof value === 'string') return scalar(value, flow);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v: YamlValue) => inline(v, true)).join(', ')}]`;
  const entries = definedEntries(value);
  return `{${entries.map(([k, v]) => `${scalar(k, true)}: ${inline(v, true)}`).join(', ')}}`;
}

function numberText(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  return Object.is(n, -0) ? '0' : String(n);
}

export function definedEntries(value: YamlValue): [string, YamlValue][] {
  return Object.entries(value as Record<string, YamlValue>).filter(([, v]) => v !== undefined);
}

/** ` text` after a colon or dash, or nothing for a blank value. */
export function afterColon(text: string): string {
  return text === '' ? '' : ` ${text}`;
}

/**
 * Whether a value is written as a block below its key: a mapping with entries, a list holding a
 * mapping, or (`nested`, inside a block being written, or replacing a block list) any non-empty list.
 */
export function isBlockValue(value: YamlValue, nested: boolean): boolean {
  if (Array.isArray(value)) {
    return (
      value.length > 0 &&
      (nested || value.some((v: YamlValue) => isRecord(v) && definedEntries(v).length > 0))
    );
  }
  return isRecord(value) && definedEntries(value).length > 0;
}

/** The lines of `key: value` at an indentation: one line, or the key and a block below it. */
export function entryLines(
  key: string,
  value: YamlValue,
  indent: string,
  layout: Layout,
  nested: boolean,
): string[] {
  const head = `${indent}${scalar(key, false)}:`;
  if (!isBlockValue(value, nested)) return [`${head}${afterColon(inline(value, false))}`];
  const step = Array.isArray(value) ? layout.seqOffset : layout.unit;
  return [head, ...blockLines(value, indent + ' '.repeat(step), layout)];
}

/** A block mapping's entries, or a block list's `- item` lines, at an indentation. */
export function blockLines(value: YamlValue, indent: string, layout: Layout, dash = '- '): string[] {
  if (Array.isArray(value)) {
    return value.map((item: YamlValue) => {
      const text = inline(item, false);
      return text === '' ? `${indent}${dash.trimEnd()}` : `${indent}${dash}${text}`;
    });
  }
  return definedEntries(value).flatMap(([k, v]) => entryLines(k, v, indent, layout, true));
}
