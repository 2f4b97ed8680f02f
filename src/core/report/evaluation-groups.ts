// The evaluations grouped by theme for reading, each evaluation once: under the first of its themes
// in the report's order of themes (most projects first), the themes without a count after them in
// alphabetical order, and the evaluations without a theme last. Each keeps all its themes to show.
import type { EvaluationSummary } from './summary.js';

export interface EvaluationGroup {
  /** null: the evaluations of projects without a theme. */
  thema: string | null;
  evaluaties: EvaluationSummary[];
}

export function evaluationsByTheme(
  evaluaties: readonly EvaluationSummary[],
  themeOrder: readonly string[],
): EvaluationGroup[] {
  const rank = (theme: string) => {
    const i = themeOrder.indexOf(theme);
    return i < 0 ? Infinity : i;
  };
  const byRank = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b, 'nl');
  const groups = new Map<string | null, EvaluationSummary[]>();
  for (const e of evaluaties) {
    const first = [...new Set(e.thema)].sort(byRank)[0] ?? null;
    groups.set(first, [...(groups.get(first) ?? []), e]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : byRank(a, b)))
    .map(([thema, list]) => ({ thema, evaluaties: list }));
}
