// Who a set of records names as a person, and which names are never a person, read only from the
// fields the kind table declares (KINDS[kind].persons and .kept, core/model/kinds.ts). Works on any records (a report's knowledge base,
// a site's pages), so everything that hides people hides the same ones.
import { isRecord } from '../data.js';
import type { Kind } from '../kinds.js';
import { KINDS } from '../model/kinds.js';
import { PERSON_ORGANISATION_KEY, type PersonValue, valuesAt } from '../person-fields.js';
import { type NameTerm, words } from './name-matcher.js';

export interface People {
  /** Names to hide: each person's whole name, and (for a name written as one) its given names and surnames. */
  names: NameTerm[];
  /** Names that stay: organisations, the werkplaats, its programmes, themes and areas. */
  kept: string[];
  /** E-mail addresses and phone numbers as written in person fields. */
  contacts: string[];
}

export interface RecordData {
  kind: Kind;
  data: unknown;
}

/** "Naam <email>": how format.md lets a person be written as one string. */
const NAME_WITH_EMAIL = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/;

/** Lowercase words inside Dutch and other surnames: "de Vries", "van der Berg", "El Idrissi". */
const PARTICLES = new Set(
  ['van', 'de', 'der', 'den', 'het', "'t", 't', 'ten', 'ter', 'te', 'in', 'op', 'aan', 'bij', 'uit']
    .concat(['von', 'zu', 'da', 'das', 'do', 'dos', 'di', 'del', 'della', 'du', 'la', 'le', 'el', 'al'])
    .concat(['bin', 'ibn', 'y', 'e']),
);

/** The same phrase in the form names are compared in: words, folded, one space apart. */
export function phraseKey(text: string): string {
  return words(text)
    .map((w) => w.key)
    .join(' ');
}

/** A string in a person field of kind `value`: a person's name (and e-mail), or an organisation. */
export function readPersonString(
  text: string,
  value: PersonValue,
): { naam: string; email?: string } | { organisatie: string } {
  const written = NAME_WITH_EMAIL.exec(text);
  if (written) return { naam: written[1]!, email: written[2]! };
  return value === 'persoon-of-organisatie' ? { organisatie: text } : { naam: text };
}

/** A name to hide, with the whole name it was found as, and whether it is a surname on its own. */
type Name = NameTerm & { whole: string; surname?: boolean };

export function peopleIn(records: Iterable<RecordData>): People {
  const names = new Map<string, Name>();
  const kept = new Set<string>();
  const contacts = new Set<string>();
  const addName = (naam: string) => {
    const whole = naam.trim();
    if (!whole || names.has(`${whole}\u0000whole`)) return;
    names.set(`${whole}\u0000whole`, { text: whole, strict: words(whole).length === 1, whole });
    for (const { text, surname } of nameParts(whole))
      names.set(`${text}\u0000part\u0000${whole}`, {
        text,
        strict: true,
        whole,
        ...(surname ? { surname } : {}),
      });
  };
  for (const { kind, data } of records) {
    for (const path of KINDS[kind].kept) {
      for (const value of valuesAt(data, path))
        if (typeof value === 'string' && value.trim()) kept.add(value.trim());
    }
    for (const [path, holds] of Object.entries(KINDS[kind].persons)) {
      for (const value of valuesAt(data, path)) {
        if (typeof value === 'string') {
          const read = readPersonString(value, holds);
          if ('organisatie' in read) kept.add(read.organisatie.trim());
          else {
            addName(read.naam);
            if (read.email) contacts.add(read.email);
          }
        } else if (isRecord(value)) {
          if (typeof value['naam'] === 'string') addName(value['naam']);
          for (const key of ['email', 'telefoon']) {
            const contact = value[key];
            if ((typeof contact === 'string' || typeof contact === 'number') && String(contact).trim())
              contacts.add(String(contact).trim());
          }
          const organisatie = value[PERSON_ORGANISATION_KEY];
          if (typeof organisatie === 'string' && organisatie.trim()) kept.add(organisatie.trim());
        }
      }
    }
  }
  // A name that is also an organisation's (a team that lists "Bewonersplatform Rivierenwijk") stays,
  // and so do its parts. A surname that is part of an organisation's name ("Van Aken" of "Van Aken &
  // Zonen") is shown by that name anyway, and on its own it is as likely the organisation: there
  // only the whole name is hidden.
  const keptKeys = new Set([...kept].map(phraseKey));
  const inKept = new Set([...keptKeys].flatMap(runs));
  const stays = (n: Name) => {
    const key = phraseKey(n.text);
    return keptKeys.has(key) || keptKeys.has(phraseKey(n.whole)) || (n.surname === true && inKept.has(key));
  };
  const hidden = new Map<string, NameTerm>();
  for (const name of names.values()) {
    const term = { text: name.text, strict: Boolean(name.strict) };
    if (!stays(name)) hidden.set(`${term.text}\u0000${term.strict}`, term);
  }
  return {
    names: [...hidden.values()],
    kept: [...kept],
    contacts: [...contacts],
  };
}

/**
 * The given names and surnames of a name written as one ("Femke de Vries": "Femke", "de Vries",
 * "Vries"), so that "Femke zei …" is found too; none for a role ("docent Groen ROC Aventus") or a
 * single word. Initials on their own ("J.") are not parts.
 */
export function nameParts(name: string): { text: string; surname: boolean }[] {
  const ws = name
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (ws.length < 2 || !looksLikeName(ws)) return [];
  const particle = (w: string) => PARTICLES.has(w.toLowerCase());
  const initial = (w: string) => /^\p{L}\.?$/u.test(w);
  const meaningful = (run: string[]) => run.some((w) => !particle(w) && !initial(w));
  const out: { text: string; surname: boolean }[] = [];
  for (let i = 1; i < ws.length; i++) {
    const given = ws.slice(0, i);
    if (!particle(given.at(-1)!) && meaningful(given)) out.push({ text: given.join(' '), surname: false });
    const surname = ws.slice(i);
    if (meaningful(surname)) out.push({ text: surname.join(' '), surname: true });
  }
  return out;
}

/** Every run of whole words in a phrase key ("a b c": "a", "a b", "a b c", "b", "b c", "c"). */
function runs(key: string): string[] {
  const ws = key.split(' ');
  return ws.flatMap((_, i) => ws.slice(i).map((__, j) => ws.slice(i, i + j + 1).join(' ')));
}

/** Capitalised words, lowercase particles between them, no digits: how people's names are written. */
function looksLikeName(ws: string[]): boolean {
  if (ws.some((w) => /\p{N}/u.test(w))) return false;
  if (!/^[\p{Lu}\p{Lt}]/u.test(ws[0]!)) return false;
  return ws.every((w) => /^[\p{Lu}\p{Lt}]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}
