// Rules for the people in one file: a person's name that holds an e-mail address (typed as
// "Femke de Vries f.devries@example.org") is a name that will be shown, and published, with the
// address in it.
import { isRecord } from '../data.js';
import type { KeyPath } from '../diagnostics.js';
import type { Kind } from '../kinds.js';
import { PERSON_FIELDS, pathSegments, type PersonValue } from '../person-fields.js';
import { type Reporter, value } from './context.js';

const EMAIL = /[^\s<>()[\]{},;:"@]+@[^\s<>()[\]{},;:"@]+\.[a-z]{2,}/i;
/** `Naam <email>`: how a person may be written where a string is allowed; the address is apart. */
const BRACKETED = /^[^<>]*<[^<>\s]+@[^<>\s]+>\s*$/;

export function checkPersons(kind: Kind, data: unknown, report: Reporter): void {
  for (const [field, holds] of Object.entries(PERSON_FIELDS[kind]) as [string, PersonValue][]) {
    for (const { path, value: found } of concreteValuesAt(data, pathSegments(field))) {
      if (isRecord(found) && holds !== 'naam') {
        const naam = found['naam'];
        if (typeof naam === 'string') checkName(report, [...path, 'naam'], naam);
      } else if (typeof found === 'string' && holds !== 'persoon') {
        // A question's owner may be written "Naam <email>"; anything else with an address is a name.
        if (holds === 'persoon-of-organisatie' && BRACKETED.test(found)) continue;
        checkName(report, path, found);
      }
    }
  }
}

function checkName(report: Reporter, path: KeyPath, naam: string): void {
  const email = EMAIL.exec(naam)?.[0];
  if (email === undefined) return;
  const rest = naam
    .replace(email, '')
    .replace(/[<>()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  report(
    'email-in-name',
    value(...path),
    rest === '' ? 'rule.email-in-name-only' : 'rule.email-in-name',
    { name: naam, email, rest },
    'warning',
  );
}

/** Every value at a field path's segments, with the concrete keys and list indexes that lead to it. */
function concreteValuesAt(data: unknown, segments: readonly string[]): { path: KeyPath; value: unknown }[] {
  let current: { path: KeyPath; value: unknown }[] = [{ path: [], value: data }];
  for (const segment of segments) {
    const next: { path: KeyPath; value: unknown }[] = [];
    for (const { path, value: v } of current) {
      if (segment === '[]') {
        if (Array.isArray(v)) v.forEach((item: unknown, i) => next.push({ path: [...path, i], value: item }));
      } else if (isRecord(v)) {
        if (segment === '*')
          for (const [k, item] of Object.entries(v)) next.push({ path: [...path, k], value: item });
        else if (Object.hasOwn(v, segment)) next.push({ path: [...path, segment], value: v[segment] });
      }
    }
    current = next;
  }
  return current;
}
