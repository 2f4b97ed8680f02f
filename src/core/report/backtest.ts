// The back-test of the matcher (issue 15): for each project carried out in an education offer, run
// the matcher as of the day its question was submitted (`ingediend`), without that project (it did
// not exist yet and takes no place), and see whether the offer it used is among the offers the
// matcher would have shown first. A miss says why: the tests the offer's periods failed, or its rank.
// Pure: the matcher's model in, the cases and the figure out (`npm run backtest` prints them).
import { type Lang, t } from '../../messages/catalogue.js';
import { isRealDate } from '../dates.js';
import { Matcher, type MatchModel, type Outcome, type Pair, type Toets } from '../match/match.js';

export interface BacktestCase {
  project: string;
  /** The question the project took up (the first of its `kennisvragen` with an `ingediend` date). */
  vraag: string;
  /** The offer the project used. */
  aanbod: string;
  /** The reference date: the day the question was submitted. */
  op: string;
  /** The question's outcome on that day. */
  uitkomst: Outcome;
  /** The offers the matcher shows first (each once, by its best pair), at most `top`. */
  getoond: string[];
  /** The used offer's place among all offers the matcher shows (from 1), or null when it shows it not at all. */
  rang: number | null;
  /** Whether the used offer is among `getoond`. */
  treffer: boolean;
  /** For a miss: the tests its periods failed (each period's failures, the best period first). */
  redenen: string[];
}

export interface Backtest {
  top: number;
  gevallen: BacktestCase[];
  treffers: number;
  totaal: number;
  /** Projects with an offer that could not be tested, and why (no question, no submission date). */
  overgeslagen: { project: string; aanbod: string; reden: 'geen-vraag' | 'geen-ingediend' }[];
}

/** How many offers count as "shown first". */
export const BACKTEST_TOP = 3;

export function backtest(model: MatchModel, lang: Lang = 'nl', top = BACKTEST_TOP): Backtest {
  const questions = new Map(model.vragen.filter((q) => q.id !== undefined).map((q) => [q.id!, q]));
  const gevallen: BacktestCase[] = [];
  const overgeslagen: Backtest['overgeslagen'] = [];
  const projects = model.projecten
    .filter((p) => p.id !== undefined && p.aanbod.length > 0)
    .sort((a, b) => (a.id! < b.id! ? -1 : 1));
  for (const project of projects) {
    const id = project.id!;
    const taken = project.kennisvragen.filter((q) => questions.has(q));
    const vraag = taken.find((q) => {
      const date = questions.get(q)!.ingediend;
      return date !== undefined && isRealDate(date);
    });
    for (const aanbod of new Set(project.aanbod)) {
      if (vraag === undefined) {
        overgeslagen.push({
          project: id,
          aanbod,
          reden: taken.length === 0 ? 'geen-vraag' : 'geen-ingediend',
        });
        continue;
      }
      const op = questions.get(vraag)!.ingediend!;
      // As it was then: without this project, which did not exist yet and took no place.
      const then: MatchModel = { ...model, projecten: model.projecten.filter((p) => p.id !== id) };
      const matcher = new Matcher(then, op);
      const result = matcher.matchQuestion(vraag, { top: Number.MAX_SAFE_INTEGER })!;
      const shown = offersInOrder(result.matches);
      const index = shown.indexOf(aanbod);
      const treffer = index !== -1 && index < top;
      gevallen.push({
        project: id,
        vraag,
        aanbod,
        op,
        uitkomst: result.uitkomst,
        getoond: shown.slice(0, top),
        rang: index === -1 ? null : index + 1,
        treffer,
        redenen: treffer ? [] : whyMissed(matcher, vraag, aanbod, index, top, lang),
      });
    }
  }
  return {
    top,
    gevallen,
    treffers: gevallen.filter((c) => c.treffer).length,
    totaal: gevallen.length,
    overgeslagen,
  };
}

/** Each offer once, in the order of its first (best) pair. */
function offersInOrder(pairs: readonly Pair[]): string[] {
  const seen: string[] = [];
  for (const pair of pairs) if (!seen.includes(pair.aanbod)) seen.push(pair.aanbod);
  return seen;
}

/** Why the used offer was not shown first: its periods' failed tests, or where it ranked. */
function whyMissed(
  matcher: Matcher,
  vraag: string,
  aanbod: string,
  index: number,
  top: number,
  lang: Lang,
): string[] {
  if (index !== -1) return [t(lang, 'backtest.ranked', { rank: index + 1, top })];
  const plan = matcher.planIn(vraag, aanbod);
  if (plan === undefined) return [t(lang, 'backtest.unknown-offer', { offer: aanbod })];
  if (plan.ok) return [t(lang, 'backtest.fits-not-shown')];
  const reasons: string[] = [];
  for (const pair of plan.periodes) {
    const failed = pair.redenen.filter((r) => !r.ok);
    if (failed.length === 0) continue;
    const period = pair.periode.naam ?? `${pair.periode.start} – ${pair.periode.einde}`;
    reasons.push(
      t(lang, 'backtest.period-failed', {
        period,
        tests: failed
          .map((r) => `${t(lang, toetsWord(r.toets))}: ${t(lang, r.uitleg.id, r.uitleg.args)}`)
          .join('; '),
      }),
    );
  }
  return reasons.length > 0 ? reasons : plan.uitleg.map((m) => t(lang, m.id, m.args));
}

function toetsWord(toets: Toets) {
  return `match.toets.${toets}` as const;
}
