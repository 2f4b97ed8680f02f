// The people in one file: a person's name that holds an e-mail address (typed as
// "Femke de Vries f.devries@example.org") is a name that will be shown, and published, with the
// address in it. Which fields hold a person is src/core/person-fields.ts.
import { isRecord } from '../../data.js';
import type { KeyPath } from '../../diagnostics.js';
import type { Kind } from '../../kinds.js';
import { KINDS } from '../../model/kinds.js';
import { PERSON_FIELDS, pathSegments, type PersonValue } from '../../person-fields.js';
import { type Reporter, value } from '../context.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const emailInName: FileRule<'email-in-name'> = {
  id: 'email-in-name',
  severity: 'warning',
  scope: 'file',
  // The kinds with a field that holds a person (the kind table).
  kinds: Object.values(KINDS).flatMap((spec) => (Object.keys(spec.persons).length > 0 ? [spec.kind] : [])),
  messages: ['rule.email-in-name', 'rule.email-in-name-only'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'projectleider:\n  naam: Femke de Vries f.devries@example.org' },
    good: { [EXAMPLE_PROJECT]: 'projectleider:\n  naam: Femke de Vries\n  email: f.devries@example.org' },
  },
  check({ file, data, report }) {
    for (const [segments, holds] of fieldsOf(file.kind)) {
      visitValuesAt(data, segments, 0, [], (path, found) => {
        if (isRecord(found) && holds !== 'naam') {
          const naam = found['naam'];
          if (typeof naam === 'string') checkName(report, () => [...path, 'naam'], naam);
        } else if (typeof found === 'string' && holds !== 'persoon') {
          // A question's owner may be written "Naam <email>"; anything else with an address is a name.
          if (holds === 'persoon-of-organisatie' && BRACKETED.test(found)) return;
          checkName(report, () => [...path], found);
        }
      });
    }
  },
};

const EMAIL = /[^\s<>()[\]{},;:"@]+@[^\s<>()[\]{},;:"@]+\.[a-z]{2,}/i;
/** `Naam <email>`: how a person may be written where a string is allowed; the address is apart. */
const BRACKETED = /^[^<>]*<[^<>\s]+@[^<>\s]+>\s*$/;

/** Per kind, each person field's path segments and what it holds: worked out once, read per file. */
const FIELDS = new Map<Kind, [readonly string[], PersonValue][]>();

function fieldsOf(kind: Kind): [readonly string[], PersonValue][] {
  let fields = FIELDS.get(kind);
  if (!fields) {
    const entries = Object.entries(PERSON_FIELDS[kind]) as [string, PersonValue][];
    FIELDS.set(kind, (fields = entries.map(([field, holds]) => [pathSegments(field), holds])));
  }
  return fields;
}

/** `path` is made only for a name that holds an address: the walk shares one path array. */
function checkName(report: Reporter, path: () => KeyPath, naam: string): void {
  if (!naam.includes('@')) return; // nearly every name: no need for the pattern
  const email = EMAIL.exec(naam)?.[0];
  if (email === undefined) return;
  const rest = naam
    .replace(email, '')
    .replace(/[<>()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  report(value(...path()), rest === '' ? 'rule.email-in-name-only' : 'rule.email-in-name', {
    name: naam,
    email,
    rest,
  });
}

/**
 * Calls `found` for every value at a field path's segments, with the concrete keys and list indexes
 * that lead to it (one array, changed as the walk goes: copy it to keep it).
 */
function visitValuesAt(
  data: unknown,
  segments: readonly string[],
  at: number,
  path: (string | number)[],
  found: (path: readonly (string | number)[], value: unknown) => void,
): void {
  if (at === segments.length) return found(path, data);
  const segment = segments[at]!;
  const step = (k: string | number, v: unknown) => {
    path.push(k);
    visitValuesAt(v, segments, at + 1, path, found);
    path.pop();
  };
  if (segment === '[]') {
    if (Array.isArray(data)) data.forEach((item: unknown, i) => step(i, item));
  } else if (isRecord(data)) {
    if (segment === '*') for (const [k, item] of Object.entries(data)) step(k, item);
    else if (Object.hasOwn(data, segment)) step(segment, data[segment]);
  }
}
