// How a person field is written and read: the paths and values of the kind table's `persons` and
// `kept` (core/model/kinds.ts, where each kind declares which of its fields hold a person and which
// hold a name that is never one). `--public` (and anything else that must know where people are)
// derives everything from those two columns.
import { isRecord } from './data.js';
import type { Kind } from './kinds.js';
import { KINDS } from './model/kinds.js';

/**
 * A path into a record's frontmatter: keys joined by `.`; `[]` after a key means each item of that
 * list, and `*` any key of a mapping (`team.*[]`: every name in every group of the team).
 */
export type FieldPath = string;

/**
 * What a person field holds:
 * - `persoon`: a mapping `{naam, email?, telefoon?, organisatie?, rol?}` (a plain string there is read as a name);
 * - `naam`: a string with a person's name, or a role (`team.<groep>`: "names or roles");
 * - `persoon-of-organisatie`: a persoon mapping, or a string naming an organisation, unless that
 *   string is written as a person, `"Naam <email>"`.
 */
export type PersonValue = 'persoon' | 'naam' | 'persoon-of-organisatie';

/** The fields that hold a person, per kind (the kind table's `persons`). */
export const PERSON_FIELDS = Object.fromEntries(Object.values(KINDS).map((k) => [k.kind, k.persons])) as {
  readonly [K in Kind]: Readonly<Record<FieldPath, PersonValue>>;
};

/** The keys of a persoon mapping that identify the person; its `organisatie` and `rol` do not. */
export const PERSON_KEYS = ['naam', 'email', 'telefoon'] as const;

/** The key of a persoon mapping that names an organisation. */
export const PERSON_ORGANISATION_KEY = 'organisatie';

/** The fields that are never a person, per kind (the kind table's `kept`). */
export const KEPT_FIELDS = Object.fromEntries(Object.values(KINDS).map((k) => [k.kind, k.kept])) as {
  readonly [K in Kind]: readonly FieldPath[];
};

/**
 * A field path as segments: keys, `*` for any key, `[]` for each item of a list. Made once per path
 * (the paths are the kind table's few): `--public` asks at every value of every record.
 */
export function pathSegments(path: FieldPath): readonly string[] {
  let out = segmentsOf.get(path);
  if (out) return out;
  const made: string[] = [];
  for (const part of path.split('.')) {
    const key = part.endsWith('[]') ? part.slice(0, -2) : part;
    if (key) made.push(key);
    if (part.endsWith('[]')) made.push('[]');
  }
  segmentsOf.set(path, (out = Object.freeze(made)));
  return out;
}
const segmentsOf = new Map<FieldPath, readonly string[]>();

/**
 * Every value found at `path` in `data`. A single value where a list belongs (`team: {onderwijs: Eva}`,
 * a schema error) counts as that list's one item, so a person is found however the file was written.
 */
export function valuesAt(data: unknown, path: FieldPath): unknown[] {
  let current: unknown[] = [data];
  for (const segment of pathSegments(path)) {
    const next: unknown[] = [];
    for (const value of current) {
      if (segment === '[]') {
        if (Array.isArray(value)) next.push(...(value as unknown[]));
        else if (value !== undefined) next.push(value);
      } else if (isRecord(value)) {
        if (segment === '*') next.push(...Object.values(value));
        else if (Object.hasOwn(value, segment)) next.push(value[segment]);
      }
    }
    current = next;
  }
  return current;
}
