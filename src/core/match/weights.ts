// The order among the pairs that fit (format.md, "Matching": kwp's to design): points, declared once
// here and documented in the README's weights table. More points: a better pair. Ties: the earliest
// period, then the offer's id, then the period's place in the offer (see comparePairs in match.ts).

export const WEIGHTS = {
  /** Per theme the question and the offer share. */
  sharedTheme: 3,
  /** The offer takes any theme (it lists none). */
  anyTheme: 1,
  /** The offer names the question's area among its areas. */
  areaNamed: 2,
  /** The offer works in the whole werkplaats (it names no area). */
  wholeWerkplaats: 1,
  /** The offer's intensity of community service learning. */
  csl: { intensief: 2, midden: 1, laag: 0 } as Readonly<Record<string, number>>,
  /** The period has at least the students the question needs. */
  studentsEnough: 2,
  /** The period has fewer students than the question needs. */
  studentsTooFew: -2,
  /**
   * Per earlier project of the offer's school (a partner by that name) on a theme the question
   * names, that ended with an evaluation (`afgerond`, `evaluatie.datum` on or before the reference date).
   */
  history: 1,
  /** At most this many such projects count. */
  historyMax: 3,
} as const;
