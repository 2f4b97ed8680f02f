// "Did you mean …?": the closest allowed value, if one is close enough to be a likely typo.
import { distance } from 'fastest-levenshtein';
import type { Message } from '../messages/catalogue.js';
import { foldName } from './name-match.js';

export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase().trim();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    if (hay === needle) return candidate;
    const d = distance(needle, hay);
    // A shared prefix or containment also counts as close (`groen` → `groene-schoolpleinen`).
    const score =
      hay.startsWith(needle) || hay.includes(needle) || needle.includes(hay) ? Math.min(d, 1.5) : d;
    if (score < bestScore || (score === bestScore && best !== undefined && candidate < best)) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(needle.length, 4) / 3));
  return bestScore <= limit ? best : undefined;
}

/**
 * The closest organisation name: a likely typo (as `closest`), or else the name that shares most of
 * its words, counting a word that ends or starts another (`Gemeente Den Bosch` → `Gemeente
 * 's-Hertogenbosch`: "gemeente" and "bosch"). One shared word is not enough: every municipality
 * shares "Gemeente".
 */
export function closestName(value: string, candidates: Iterable<string>): string | undefined {
  const names = [...candidates];
  const typo = closest(value, names);
  if (typo !== undefined) return typo;
  const wanted = words(value);
  let best: string | undefined;
  let bestShared = 1;
  for (const name of names) {
    const theirs = words(name);
    const shared = wanted.filter((w) => theirs.some((t) => sameWord(w, t))).length;
    if (shared > bestShared || (shared === bestShared && best !== undefined && shared > 1 && name < best)) {
      best = name;
      bestShared = shared;
    }
  }
  return best !== undefined && bestShared * 2 >= wanted.length ? best : undefined;
}

function words(name: string): string[] {
  return foldName(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && (long.startsWith(short) || long.endsWith(short))) return true;
  return short.length >= 5 && distance(a, b) <= 1;
}

/**
 * The problem with an option value outside its allowed list (a werkplaats vocabulary, a status), with
 * the closest allowed value; undefined when the value is allowed, absent, or there is no list.
 */
export function notAllowed(
  option: string,
  value: string | undefined,
  allowed: readonly string[] | undefined,
): Message | undefined {
  if (value === undefined || value.trim() === '' || !allowed || allowed.includes(value)) return undefined;
  const suggestion = closest(value, allowed);
  return {
    id: 'cli.unknown-option-value',
    args: { value, option, allowed: [...allowed], ...(suggestion ? { suggestion } : {}) },
  };
}
