// A record's editable values as one flat map (field name → value), read from its frontmatter and
// body, and the way back: the wanted values compared with the current ones give the frontmatter
// edits and section texts of exactly the fields that changed. Pure.
import { isDeepStrictEqual } from 'node:util';
import { isRecord, valueAt } from '../../data.js';
import type { Kind } from '../../kinds.js';
import type { YamlValue } from '../../scaffold/yaml-value.js';
import { findSection, hasText } from '../../sections.js';
import type { Edit } from '../frontmatter-edit.js';
import { normalize } from '../expected.js';
import { EDIT_FIELDS, type EditField } from './fields.js';

/** Field name → value; a field without a value is absent (or undefined). */
export type RecordValues = Record<string, YamlValue>;

/** The current values of a record: its frontmatter `data` and its markdown `body`. */
export function readValues(kind: Kind, data: Record<string, unknown>, body: string): RecordValues {
  const values: RecordValues = {};
  for (const field of EDIT_FIELDS[kind]) {
    const value = field.section ? sectionText(body, field.section) : valueAt(data, field.path!);
    if (value !== undefined && value !== null) values[field.name] = value as YamlValue;
  }
  return values;
}

/** A section's text without the blank lines around it; undefined when it holds none (only hints). */
export function sectionText(body: string, title: string): string | undefined {
  const section = findSection(body, title);
  if (!section || !hasText(section.content)) return undefined;
  return section.content.replace(/\r\n/g, '\n').trim();
}

/** Empty text, an empty list and no value are the same: nothing to write. */
export function isEmpty(value: YamlValue): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

/**
 * Whether a wanted value is the current one. A person typed as "Naam <email>" equals the stored
 * person with that name and address, whatever else is stored with it (organisatie, rol).
 */
export function sameValue(field: EditField, current: YamlValue, wanted: YamlValue): boolean {
  if (isEmpty(current) && isEmpty(wanted)) return true;
  if ((field.parse === 'person' || field.parse === 'owner') && isRecord(current) && isRecord(wanted)) {
    return current['naam'] === wanted['naam'] && (current['email'] ?? null) === (wanted['email'] ?? null);
  }
  // The same words in another order are the same list: a checkbox answers in the vocabulary's order.
  if (strings(current) && strings(wanted)) return isDeepStrictEqual([...current].sort(), [...wanted].sort());
  if (typeof current === 'string' && typeof wanted === 'string' && field.section)
    return current.trim() === wanted.trim();
  return isDeepStrictEqual(normalize(current), normalize(wanted));
}

function strings(value: YamlValue): value is readonly string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export interface RecordChange {
  /** The names of the fields that changed, in the table's order. */
  changed: string[];
  /** The frontmatter edits for them. */
  edits: Edit[];
  /** New texts of body sections, by section title. */
  sections: Map<string, string>;
}

/**
 * The edits that turn `current` into `wanted`: only the fields `wanted` names and whose value differs.
 * A wanted value that is empty removes the key (a section cannot be removed: its text is emptied).
 */
export function changeOf(kind: Kind, current: RecordValues, wanted: RecordValues): RecordChange {
  const change: RecordChange = { changed: [], edits: [], sections: new Map() };
  for (const field of EDIT_FIELDS[kind]) {
    if (!Object.hasOwn(wanted, field.name)) continue;
    const before = current[field.name];
    let after = wanted[field.name];
    if (sameValue(field, before, after)) continue;
    change.changed.push(field.name);
    if (field.section) {
      change.sections.set(field.section, typeof after === 'string' ? after.trim() : '');
      continue;
    }
    // A person renamed or readdressed keeps what else was stored with it when the name stays.
    if (field.parse === 'person' && isRecord(before) && isRecord(after) && before['naam'] === after['naam'])
      after = { ...(before as Record<string, YamlValue>), ...(after as Record<string, YamlValue>) };
    change.edits.push(
      isEmpty(after)
        ? { op: 'delete', path: [...field.path!] }
        : { op: 'set', path: [...field.path!], value: after },
    );
  }
  return change;
}
