// `--public`: a report that leaves the werkplaats names no person. Every person's name, e-mail
// address and phone number found anywhere in the knowledge base is replaced in the report's data,
// and so is anything that looks like an e-mail address or phone number in free text. Organisations
// stay. (Git history still holds everything: the README says so.)
import { isRecord, str } from '../data.js';
import type { KnowledgeBase } from '../knowledge-base.js';

const PERSON_KEYS = ['naam', 'email', 'telefoon'] as const;
const EMAIL = /[^\s@<>()[\]{},;:"']+@[^\s@<>()[\]{},;:"']+\.[a-z]{2,}/gi;
const PHONE = /(?:\+|\b0)\d[\d\s().-]{7,}\d/g;

/** Every name, e-mail and phone number of a person in the knowledge base, longest first. */
export function personalData(kb: KnowledgeBase): string[] {
  const found = new Set<string>();
  const person = (value: unknown) => {
    if (!isRecord(value)) return;
    for (const key of PERSON_KEYS) {
      const text = str(value, key)?.trim();
      if (text && text.length >= 3) found.add(text);
    }
  };
  const walk = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (isRecord(value)) {
      // A mapping with naam that is not a partner organisation (partners have groep) is a person.
      if (typeof value['naam'] === 'string' && !('groep' in value) && key !== 'kosten') person(value);
      for (const [k, v] of Object.entries(value)) walk(v, k);
    } else if (
      key === 'team' ||
      key === 'ondernemers' ||
      key === 'onderwijs' ||
      key === 'bewoners' ||
      key === 'overheid' ||
      key === 'overig'
    ) {
      // team.<groep>: names of people (or roles, which are harmless to hide)
      if (typeof value === 'string' && value.trim().length >= 3) found.add(value.trim());
    }
  };
  for (const file of kb.files) if (file.data) walk(file.data);
  // Organisation names stay, even when a team lists them.
  for (const partner of kb.ofKind('partner')) found.delete(str(partner.data, 'naam') ?? '');
  for (const project of kb.ofKind('project')) {
    for (const p of (project.data?.['partners'] as unknown[] | undefined) ?? [])
      found.delete(str(p, 'naam') ?? '');
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** The value with every term, e-mail address and phone number replaced, deeply. */
export function redact<T>(value: T, terms: readonly string[], mask = '[…]'): T {
  const pattern = terms.length > 0 ? new RegExp(terms.map(escapeRegExp).join('|'), 'gi') : undefined;
  const text = (s: string) =>
    (pattern ? s.replace(pattern, mask) : s).replace(EMAIL, mask).replace(PHONE, mask);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(walk);
    if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [text(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
