// "Did you mean …?": the closest allowed value, if one is close enough to be a likely typo.
import { distance } from 'fastest-levenshtein';
import type { Message } from '../messages/catalogue.js';

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
