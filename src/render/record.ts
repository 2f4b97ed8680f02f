// One record for people: its keys as in the file, readable without YAML punctuation, then the
// derived links.
import { printable } from './printable.js';
import { isRecord } from '../core/data.js';
import type { ChainLink } from '../core/graph.js';
import { type Lang, t } from '../messages/catalogue.js';
import { chainText } from './chain-text.js';
import { LINKS, NAME_LINKS } from '../core/model/links.js';

/** The derived keys: the inverse of every link (from the link table), then the chain. */
const DERIVED = [...LINKS.map((l) => l.inverse), ...NAME_LINKS.map((l) => l.inverse), 'keten'] as const;
/** Shown through `keten`, not on its own. */
const CHAIN_LINKS = 'ketenlinks';

export function renderRecord(
  record: Record<string, unknown>,
  lang: Lang,
  options: { derived?: boolean; omit?: string[] } = {},
): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (
      (DERIVED as readonly string[]).includes(key) ||
      key === CHAIN_LINKS ||
      key === 'path' ||
      options.omit?.includes(key)
    )
      continue;
    lines.push(...field(key, value, ''));
  }
  lines.push('', `${t(lang, 'label.path')}: ${record['path']}`);
  for (const key of options.derived === false ? [] : DERIVED) {
    const ids = record[key];
    if (!Array.isArray(ids)) continue; // an inverse of a link to another kind
    if (key === 'keten') {
      lines.push(...chainText(ids, (record[CHAIN_LINKS] as ChainLink[] | undefined) ?? [], lang));
      continue;
    }
    if (ids.length === 0) continue; // an empty inverse says nothing in text (the JSON keeps the key)
    const shown = ids.join(', ');
    lines.push(`${t(lang, `label.${key}`)}: ${shown}`);
  }
  return `${lines.map(printable).join('\n')}\n`;
}

function field(key: string, value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.every((v) => !isRecord(v) && !Array.isArray(v)))
      return [`${indent}${key}: ${value.map(scalar).join(', ')}`];
    return [`${indent}${key}:`, ...value.map((v) => `${indent}  - ${inline(v)}`)];
  }
  if (isRecord(value)) {
    if (typeof value['naam'] === 'string') return [`${indent}${key}: ${inline(value)}`];
    return [`${indent}${key}:`, ...Object.entries(value).flatMap(([k, v]) => field(k, v, `${indent}  `))];
  }
  return [`${indent}${key}: ${scalar(value)}`];
}

/** A mapping on one line: a person as "Naam <email> (organisatie)", anything else as key: value pairs. */
function inline(value: unknown): string {
  if (!isRecord(value)) return Array.isArray(value) ? value.map(inline).join(', ') : scalar(value);
  if (
    typeof value['naam'] === 'string' &&
    Object.keys(value).every((k) => ['naam', 'email', 'telefoon', 'organisatie', 'rol'].includes(k))
  ) {
    const parts = [value['naam']];
    if (value['email']) parts.push(`<${scalar(value['email'])}>`);
    const extra = [value['rol'], value['organisatie'], value['telefoon']].filter(Boolean).map(scalar);
    if (extra.length > 0) parts.push(`(${extra.join(', ')})`);
    return parts.join(' ');
  }
  return Object.entries(value)
    .map(([k, v]) => `${k}: ${inline(v)}`)
    .join(', ');
}

function scalar(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}
