// Pure helpers for answers as people type them: a web address without its scheme, a title that
// already exists written a little differently, a list of choices filtered by what was typed.
import { foldName } from '../name-match.js';

/**
 * A web address as kwp stores it: `www.bakkerij.nl` and `bakkerij.nl/contact` get `https://` in
 * front; an address with http(s) stays as it is. Null when the text is no web address at all.
 */
export function normaliseWebsite(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const withScheme = /^https?:\/\//i.test(trimmed)
    ? trimmed
    : /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^:/]+:\d/.test(trimmed)
      ? null // mailto:, ftp:, …: another kind of address
      : `https://${trimmed.replace(/^\/+/, '')}`;
  if (withScheme === null) return null;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  // A host with a dot and a top-level domain of letters (or localhost): `bakkerij` alone is no site.
  const host = url.hostname;
  if (!(host === 'localhost' || /\.[a-z]{2,}$/i.test(host) || /^\d+\.\d+\.\d+\.\d+$/.test(host))) return null;
  return withScheme;
}

/** Text compared the way people mean it: case, accents, spacing and end punctuation do not count. */
export function sameTextKey(text: string): string {
  return foldName(text)
    .replace(/[‘’`´]/g, "'")
    .replace(/[\s.?!:;,]+$/g, '')
    .trim();
}

/** The id of a record whose text (title, question) is the same as `text`, if any. */
export function findSameText(text: string, records: ReadonlyMap<string, string>): string | undefined {
  const key = sameTextKey(text);
  if (key === '') return undefined;
  for (const [id, other] of records) if (sameTextKey(other) === key) return id;
  return undefined;
}

/**
 * The choices of a search prompt: with nothing typed the fixed entries ("(klaar)", "(nieuw)") come
 * first, so Enter finishes; once something is typed the matches come first, so Enter takes the
 * highlighted match, and the fixed entries follow.
 */
export function searchChoices<C>(term: string, fixed: C[], matches: C[]): C[] {
  return term.trim() === '' || matches.length === 0 ? [...fixed, ...matches] : [...matches, ...fixed];
}

/** Does `text` contain what was typed, in any case and without minding accents? */
export function matchesTerm(text: string, term: string): boolean {
  return sameTextKey(text).includes(sameTextKey(term));
}
