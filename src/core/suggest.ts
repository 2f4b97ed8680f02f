// "Did you mean …?": the closest allowed value, if one is close enough to be a likely typo.
import { distance } from 'fastest-levenshtein';

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
