// Values written into frontmatter, as YAML a person would write by hand: plain where that reads
// back as the same string, double-quoted (JSON escapes, which YAML shares) where it would not.
import { isRecord } from '../data.js';

export type YamlValue =
  string | number | boolean | null | undefined | readonly YamlValue[] | { readonly [key: string]: YamlValue };

/** Plain scalars YAML 1.2 core reads as something other than a string. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** A string as a scalar; `flow` when it stands inside [ ] or { }. */
export function yamlString(value: string, flow = false): string {
  const plain =
    value !== '' &&
    value === value.trim() &&
    !NOT_A_STRING.test(value) &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/[\n\r\t]|: |:$| #/.test(value) &&
    !(flow && /[,[\]{}]/.test(value)) &&
    // Only characters a person types, so nothing invisible or bidirectional hides in a plain scalar.
    /^[\p{L}\p{N} .,;:!?'"()/&+=_@€%–—-]*$/u.test(value);
  // JSON's escapes are YAML's; YAML also wants DEL and the C1 controls escaped, which JSON leaves.
  return plain
    ? value
    : JSON.stringify(value).replace(
        /[\u007f-\u009f]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
}

/** A value on one line: scalars, [flow lists] and {flow: mappings}. */
export function yamlInline(value: YamlValue, flow = false): string {
  if (value === undefined || value === null) return flow ? 'null' : '';
  if (typeof value === 'string') return yamlString(value, flow);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => yamlInline(v, true)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, YamlValue>).filter(
    ([, v]) => v !== undefined && v !== null && v !== '',
  );
  return `{${entries.map(([k, v]) => `${k}: ${yamlInline(v, true)}`).join(', ')}}`;
}

/**
 * The text after `key:` for a value: ` value` on the same line, or for a list of mappings a block
 * list (`\n  - {…}` per item), as people write partners and costs. Empty for no value.
 */
export function yamlAfterKey(value: YamlValue, indent: string): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value) && value.length > 0 && value.every((v) => isRecord(v))) {
    return value.map((v) => `\n${indent}  - ${yamlInline(v as YamlValue)}`).join('');
  }
  return ` ${yamlInline(value)}`;
}
