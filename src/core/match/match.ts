// Bringing vraag and aanbod together (format.md, "Matching"): for an open question, an open offer and
// one of its periods, on a reference date, the seven tests; each open question's one outcome (past,
// vol, te_laat, geen_aanbod); the fitting pairs best first by the points of ./weights.ts, each pair
// explained test by test as message ids with their arguments (rendered in Dutch or English by
// src/render/match.ts). Pure: the read model's views and a date in, data out.
//
// Periods without a real `start` and `einde` take no part (validate reports them); a question's
// `gewenst` date that is no real date is left out the same way. Of two records with one id, the
// first counts (as everywhere: the second is duplicate-id's to report).
import type { MessageArgs, MessageId } from '../../messages/catalogue.js';
import { isRealDate } from '../dates.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import {
  type AanbodView,
  type PeriodeView,
  type ProjectMatchView,
  projectMatchView,
  type ProjectView,
  type VraagView,
} from '../model/views.js';
import { foldName } from '../name-match.js';
import { periodText } from '../offer/period-text.js';
import { intakeTot, occupancy, offerStatus, periodCapacity } from '../offer/periods.js';
import { WEIGHTS } from './weights.js';

/** The tests of format.md, in its order. */
export const TOETSEN = ['timing', 'window', 'level', 'form', 'theme', 'area', 'capacity'] as const;
export type Toets = (typeof TOETSEN)[number];
/** The tests 2–6: what the question asks of the offer's content, whatever the date and the room. */
export const CONTENT_TOETSEN = ['window', 'level', 'form', 'theme', 'area'] as const;
export type ContentToets = (typeof CONTENT_TOETSEN)[number];

export const OUTCOMES = ['past', 'vol', 'te_laat', 'geen_aanbod'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What the matcher reads: the views of the records (ids filled in from the file name where missing). */
export interface MatchModel {
  readonly vragen: readonly VraagView[];
  readonly aanbod: readonly AanbodView[];
  readonly projecten: readonly ProjectView[];
}

/** What a Matcher reads: a MatchModel, or one with only the part of each project's view it needs. */
export interface MatcherModel {
  readonly vragen: readonly VraagView[];
  readonly aanbod: readonly AanbodView[];
  readonly projecten: readonly ProjectMatchView[];
}

/** A message of the catalogue with its arguments, for a renderer to put in a language. */
export interface MatchMessage {
  readonly id: MessageId;
  readonly args: MessageArgs;
}

/** One test of one pair: whether it passed, and why. */
export interface Reden {
  readonly toets: Toets;
  readonly ok: boolean;
  readonly uitleg: MatchMessage;
}

/** What a pair earned in the order among fitting pairs (one line of WEIGHTS). */
export interface Punt {
  readonly punten: number;
  readonly uitleg: MatchMessage;
}

/** A period as matching reports it: the default intake filled in, its room counted. */
export interface MatchPeriode {
  /** Its place in the offer's `periodes`, from 0. */
  readonly index: number;
  readonly naam?: string;
  readonly start: string;
  readonly einde: string;
  /** The last day to bring in a question (the default filled in). */
  readonly intake_tot: string;
  readonly studenten?: number;
  /** How many questions it takes (the default filled in). */
  readonly vragen: number;
  /** The projects (not gestopt) that occupy it. */
  readonly bezet: readonly string[];
}

/** A question with an offer's period: every test, and the points that order it among fitting pairs. */
export interface Pair {
  readonly vraag: string;
  readonly aanbod: string;
  readonly titel?: string;
  readonly instelling?: string;
  readonly periode: MatchPeriode;
  /** Whether all seven tests pass (and the offer is open: one that is not takes no questions). */
  readonly past: boolean;
  readonly redenen: readonly Reden[];
  readonly score: number;
  readonly punten: readonly Punt[];
}

export interface QuestionMatch {
  readonly vraag: string;
  readonly uitkomst: Outcome;
  /**
   * `past`: the fitting pairs, best first, at most `top`; `vol` and `te_laat`: the nearest pairs
   * (failing only on capacity, or with a closed intake), nearest first; `geen_aanbod`: none.
   */
  readonly matches: readonly Pair[];
  /** How many pairs fit in all (also when `matches` shows fewer). */
  readonly passend: number;
  /** Why this outcome, as sentences. */
  readonly uitleg: readonly MatchMessage[];
  /** `geen_aanbod`: per content test, how many open offers it rules out on its own (tests that rule out none are left out). */
  readonly uitgesloten?: Partial<Record<ContentToets, number>>;
}

export interface MatchOptions {
  /** At most this many pairs per question (default 3). */
  readonly top?: number;
  /**
   * false: the pairs of matchQuestion and matchAll come without their explanations (`redenen` and
   * `punten` empty; `score` and the rest as always), for what shows only the outcome and the best
   * offer and period (the report, the website). Default true.
   */
  readonly explain?: boolean;
}

export interface OfferMatch {
  readonly aanbod: string;
  /** The offer's status (an offer that is not open takes no questions). */
  readonly status: string;
  /** The open questions with a fitting period in this offer, best pair first; each its fitting pairs in this offer. */
  readonly vragen: readonly { readonly vraag: string; readonly matches: readonly Pair[] }[];
}

export type PlanResult =
  | { readonly ok: true; readonly pair: Pair }
  | {
      readonly ok: false;
      /** Why no period of the offer fits. */
      readonly uitleg: readonly MatchMessage[];
      /** Each period of the offer with its tests. */
      readonly periodes: readonly Pair[];
      /** What fits the question instead: its best pairs in other offers. */
      readonly alternatieven: readonly Pair[];
    };

const DEFAULT_TOP = 3;

const msg = (id: MessageId, args: MessageArgs = {}): MatchMessage => ({ id, args });

/** The read model of a knowledge base, as the matcher reads it. */
export function matchModelOf(kb: KnowledgeBase): MatchModel {
  return {
    vragen: kb.ofKind('vraag').map((e) => withId(e.view, e.id)),
    aanbod: kb.ofKind('aanbod').map((e) => withId(e.view, e.id)),
    projecten: kb.ofKind('project').map((e) => withId(e.view, e.id)),
  };
}

/**
 * The model a Matcher alone needs: matchModelOf's, but of each project only what matching reads
 * (projectMatchView), for a command that needs nothing else of the projects (`kwp match`).
 */
export function matcherModelOf(kb: KnowledgeBase): MatcherModel {
  return {
    vragen: kb.ofKind('vraag').map((e) => withId(e.view, e.id)),
    aanbod: kb.ofKind('aanbod').map((e) => withId(e.view, e.id)),
    projecten: kb.ofKind('project').map((e) => withId(projectMatchView(e.data), e.id)),
  };
}

function withId<V extends { readonly id?: string }>(view: V, id: string): V {
  return view.id === id ? view : { ...view, id };
}

// ---- what the matcher prepares once per model and date ----

interface PreparedPeriod {
  readonly view: PeriodeView;
  readonly index: number;
  readonly start: string;
  readonly einde: string;
  readonly intake: string;
  /** The dates as numbers (20270201): compared millions of times. */
  readonly startN: number;
  readonly eindeN: number;
  readonly intakeN: number;
  readonly capacity: number;
  readonly taken: readonly string[];
}

interface PreparedOffer {
  readonly id: string;
  readonly view: AanbodView;
  readonly open: boolean;
  readonly thema: ReadonlySet<string>;
  readonly gebied: ReadonlySet<string>;
  readonly periods: readonly PreparedPeriod[];
  /** The school, folded as names are compared. */
  readonly school: string;
  /** WEIGHTS.csl for its csl_niveau (0 for none, or a value that is none of them). */
  readonly cslPoints: number;
}

interface PreparedQuestion {
  readonly id: string;
  readonly view: VraagView;
  readonly niveau: ReadonlySet<string>;
  readonly vorm: ReadonlySet<string>;
  readonly thema: readonly string[];
  /** Its themes sorted and joined: a key for what depends only on them. */
  readonly themaKey: string;
  /** Everything tests 2–6 and the points read of it but its students: questions alike share a scan. */
  readonly contentKey: string;
  /**
   * What a pair's explanations read of it but its students, in its own order (the sentences name its
   * levels and forms as written): questions alike share their pairs' explanations. Made when first
   * needed (explain()): what shows no explanations never needs it.
   */
  explainKey: string | undefined;
  readonly gebied: string | undefined;
  readonly van: string | undefined;
  readonly tot: string | undefined;
  /** `van` and `tot` as numbers; without them, no bound. */
  readonly vanN: number;
  readonly totN: number;
}

function real(date: string | undefined): string | undefined {
  return date !== undefined && isRealDate(date) ? date : undefined;
}

/**
 * The matcher for one knowledge base on one reference date: prepares the offers, their occupancy and
 * the schools' evaluated projects once, then answers for any question or offer.
 */
export class Matcher {
  private readonly offers: PreparedOffer[] = [];
  private readonly offerById = new Map<string, PreparedOffer>();
  /** The questions by id (the first of an id), prepared when first asked about: most are not open. */
  private readonly questionViews = new Map<string, VraagView>();
  private readonly questionById = new Map<string, PreparedQuestion>();
  /** Per school (folded name), per theme, its projects that ended with an evaluation on or before the date. */
  private readonly history = new Map<string, Map<string, string[]>>();
  private readonly onN: number;
  private lastScan: Scan | undefined;
  /** The open offers that have a period: those a question can be matched to, in id order. */
  private readonly openOffers: readonly PreparedOffer[];
  /**
   * Of openOffers, those whose level and form suit a question, by its levels and forms: far fewer
   * kinds than questions, and a scan then tests only these (see suiting()).
   */
  private readonly suitingCache = new Map<string, readonly PreparedOffer[]>();
  /** The earlier projects of a school on any of a question's themes: by the themes (themaKey), by school. */
  private readonly historyCache = new Map<string, Map<string, readonly string[]>>();
  /** Each period as pairs name it, made once: a pair's `periode` is shared by every pair in that period. */
  private readonly periodes = new Map<PreparedPeriod, MatchPeriode>();
  /**
   * The explanations of pairs, shared by the questions that ask alike (explainKey; the points also
   * by their students): thousands of open questions ask the same of an offer. Kept for the questions
   * of one contentKey, as scan() keeps its scan, so memory stays that of a few questions.
   */
  private explained: { key: string; byQuestion: Map<string, Map<PreparedPeriod, Explained>> } | undefined;

  constructor(
    model: MatcherModel,
    /** The reference date, a real YYYY-MM-DD. */
    readonly on: string,
  ) {
    this.onN = dayNumber(on);
    const firstOffers: AanbodView[] = [];
    const seenOffers = new Set<string>();
    for (const offer of model.aanbod) {
      if (offer.id === undefined || seenOffers.has(offer.id)) continue;
      seenOffers.add(offer.id);
      firstOffers.push(offer);
    }
    const inOffers = model.projecten.filter((p) => p.aanbod.length > 0);
    const taken = occupancy(firstOffers, inOffers);
    for (const view of firstOffers) {
      const id = view.id!;
      const periods: PreparedPeriod[] = [];
      view.periodes.forEach((p, index) => {
        const start = real(p.start);
        const einde = real(p.einde);
        const intake = start !== undefined ? real(intakeTot(p)) : undefined;
        if (start === undefined || einde === undefined || intake === undefined) return;
        periods.push({
          view: p,
          index,
          start,
          einde,
          intake,
          startN: dayNumber(start),
          eindeN: dayNumber(einde),
          intakeN: dayNumber(intake),
          capacity: periodCapacity(p),
          taken: taken.get(id)?.[index] ?? [],
        });
      });
      const prepared: PreparedOffer = {
        id,
        view,
        open: offerStatus(view) === 'open',
        thema: new Set(view.thema),
        gebied: new Set(view.gebied),
        periods,
        school: foldName(view.instelling ?? ''),
        cslPoints:
          view.csl_niveau !== undefined && Object.hasOwn(WEIGHTS.csl, view.csl_niveau)
            ? WEIGHTS.csl[view.csl_niveau]!
            : 0,
      };
      this.offers.push(prepared);
      this.offerById.set(id, prepared);
    }
    this.offers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.openOffers = this.offers.filter((o) => o.open && o.periods.length > 0);

    for (const view of model.vragen)
      if (view.id !== undefined && !this.questionViews.has(view.id)) this.questionViews.set(view.id, view);

    const schools = new Set(this.offers.map((o) => o.school));
    const seenProjects = new Set<string>();
    for (const project of model.projecten) {
      if (project.id === undefined || seenProjects.has(project.id)) continue;
      seenProjects.add(project.id);
      if (project.status !== 'afgerond' || project.evaluatie === undefined) continue;
      const datum = real(project.evaluatie.datum);
      if (datum === undefined || datum > on) continue;
      // The partners that are a school with offers, each once (a project names a few partners).
      const named: string[] = [];
      for (const partner of project.partners) {
        const school = foldName(partner.naam ?? '');
        if (school !== '' && schools.has(school) && !named.includes(school)) named.push(school);
      }
      for (const school of named) {
        let byTheme = this.history.get(school);
        if (!byTheme) this.history.set(school, (byTheme = new Map()));
        for (const theme of project.thema.length < 2 ? project.thema : new Set(project.thema)) {
          const list = byTheme.get(theme);
          if (list) list.push(project.id);
          else byTheme.set(theme, [project.id]);
        }
      }
    }
  }

  /** The question by this id, prepared (once); undefined when there is none. */
  private question(id: string): PreparedQuestion | undefined {
    const known = this.questionById.get(id);
    if (known !== undefined) return known;
    const view = this.questionViews.get(id);
    if (view === undefined) return undefined;
    // Every prepared question has every field (undefined where absent): one shape, read millions of times.
    const gebied = view.gebied?.trim() ? view.gebied : undefined;
    const van = real(view.gewenst.van);
    const tot = real(view.gewenst.tot);
    const niveau = new Set(view.niveau);
    const vorm = new Set(view.vorm);
    const thema = view.thema.length < 2 ? [...view.thema] : [...new Set(view.thema)];
    const prepared: PreparedQuestion = {
      id,
      view,
      niveau,
      vorm,
      thema,
      themaKey: sortedKey(thema, '\u0000'),
      gebied,
      van,
      tot,
      vanN: van !== undefined ? dayNumber(van) : -Infinity,
      totN: tot !== undefined ? dayNumber(tot) : Infinity,
      contentKey: [
        sortedKey(niveau, '\u0001'),
        sortedKey(vorm, '\u0001'),
        sortedKey(thema, '\u0001'),
        gebied ?? '',
        van ?? '',
        tot ?? '',
      ].join('\u0000'),
      explainKey: undefined,
    };
    this.questionById.set(id, prepared);
    return prepared;
  }

  /** Whether there is a question (of any status) by this id. */
  hasQuestion(id: string): boolean {
    return this.questionViews.has(id);
  }

  hasOffer(id: string): boolean {
    return this.offerById.has(id);
  }

  /** The ids of the open questions, sorted. */
  openQuestions(): string[] {
    const ids: string[] = [];
    for (const [id, view] of this.questionViews) if (view.status === 'open') ids.push(id);
    return ids.sort();
  }

  /** Every open question's outcome, by question id. */
  matchAll(options: MatchOptions = {}): QuestionMatch[] {
    // Questions that ask the same of an offer one after the other, so each scan of the offers serves
    // them all (scan() keeps the last one); answered in id order.
    const ids = this.openQuestions();
    const questions = ids.map((id) => this.question(id)!);
    // Places in ids (sorted, each id once): by content, then as ids.
    const byContent = ids
      .map((_, i) => i)
      .sort((a, b) => compareStrings(questions[a]!.contentKey, questions[b]!.contentKey) || a - b);
    const answers: QuestionMatch[] = new Array<QuestionMatch>(ids.length);
    // A question that asks what one before it asked, with as many students, gets its answer: the
    // scan, the pick and the sentences are the same; only the question's id is its own. Kept for
    // the questions of one scan.
    let scanned: string | undefined;
    let asked = new Map<string, QuestionMatch>();
    for (const i of byContent) {
      const q = questions[i]!;
      if (q.contentKey !== scanned) {
        scanned = q.contentKey;
        asked = new Map();
      }
      const key = `${options.explain === false ? '' : this.explainKeyOf(q)}\u0000${q.view.studenten ?? ''}`;
      const same = asked.get(key);
      if (same !== undefined) answers[i] = answerFor(same, q.id);
      else asked.set(key, (answers[i] = this.matchQuestion(q.id, options)!));
    }
    return answers;
  }

  /**
   * Every open offer's periods against what the question asks (tests 2–6), sorted into those that
   * fit (with their points but for students), are full, or closed their intake; when none is any of
   * these, per content test how many offers it rules out. Only the offers of a suiting level and form
   * are looked at for the periods. The same for every question with the same contentKey: the last
   * scan is kept (one, so memory stays that of one question).
   */
  private scan(q: PreparedQuestion): Scan {
    if (this.lastScan?.key === q.contentKey) return this.lastScan;
    const fits: Based[] = [];
    const full: Based[] = [];
    const late: Based[] = [];
    const onN = this.onN;
    for (const offer of this.suiting(q)) {
      if (this.offerFails(q, offer) !== 0) continue;
      let base: number | undefined;
      for (const period of offer.periods) {
        if (!windowOk(q, period)) continue;
        base ??= this.baseScore(q, offer);
        if (onN > period.intakeN) late.push({ offer, period, base });
        else if (period.capacity > period.taken.length) fits.push({ offer, period, base });
        else full.push({ offer, period, base });
      }
    }
    // Best base first (as pairs are ordered, the students' points left out): see matchQuestion. The
    // late ones nearest first: the intake that closed last.
    fits.sort(byBase);
    full.sort(byBase);
    late.sort((a, b) => b.period.intakeN - a.period.intakeN || byBase(a, b));
    // What rules the offers out is told only when none fits at all (geen_aanbod).
    const none = fits.length === 0 && full.length === 0 && late.length === 0;
    const ruledOut = none ? this.ruledOut(q) : undefined;
    return (this.lastScan = {
      key: q.contentKey,
      fits,
      full,
      late,
      ruledOut,
      openOffers: this.openOffers.length,
    });
  }

  /** The open offers with a period whose level and form suit the question (tests 3 and 4). */
  private suiting(q: PreparedQuestion): readonly PreparedOffer[] {
    const key = JSON.stringify([[...q.niveau].sort(), [...q.vorm].sort()]);
    let offers = this.suitingCache.get(key);
    if (offers === undefined) {
      offers = this.openOffers.filter((offer) => (this.offerFails(q, offer) & (LEVEL | FORM)) === 0);
      this.suitingCache.set(key, offers);
    }
    return offers;
  }

  /** Per content test, how many open offers (with a period) it rules out on its own. */
  private ruledOut(q: PreparedQuestion): Record<ContentToets, number> {
    const ruledOut: Record<ContentToets, number> = { window: 0, level: 0, form: 0, theme: 0, area: 0 };
    for (const offer of this.openOffers) {
      const fails = this.offerFails(q, offer);
      if (fails & LEVEL) ruledOut.level++;
      if (fails & FORM) ruledOut.form++;
      if (fails & THEME) ruledOut.theme++;
      if (fails & AREA) ruledOut.area++;
      if (!offer.periods.some((period) => windowOk(q, period))) ruledOut.window++;
    }
    return ruledOut;
  }

  /**
   * One question's outcome and its best (or nearest) pairs; undefined for an unknown id. The
   * question's own status is not a test: matching a question that is no longer open answers as if it were.
   */
  matchQuestion(id: string, options: MatchOptions = {}): QuestionMatch | undefined {
    const q = this.question(id);
    if (q === undefined) return undefined;
    const top = Math.max(1, options.top ?? DEFAULT_TOP);
    const { fits: fitting, full, late, ruledOut, openOffers } = this.scan(q);
    // Only the best `top` of the fitting pairs are kept, scored as they pass. They come best base
    // first: once even the most the students can add does not reach the last kept, none after can.
    const fits = pick(q, fitting, top, byOrder);
    const pairOf = (s: Scored) => (options.explain === false ? this.unexplained(q, s) : this.pair(q, s));

    if (fitting.length > 0) {
      const best = fits.map(pairOf);
      const first = best[0]!;
      return {
        vraag: q.id,
        uitkomst: 'past',
        matches: best,
        passend: fitting.length,
        uitleg: [
          msg('match.outcome.past', {
            count: fitting.length,
            offer: offerName(first),
            period: periodText(first.periode),
            date: first.periode.intake_tot,
          }),
        ],
      };
    }
    if (full.length > 0) {
      const best = pick(q, full, top, byOrder).map(pairOf);
      const first = best[0]!;
      return {
        vraag: q.id,
        uitkomst: 'vol',
        matches: best,
        passend: 0,
        uitleg: [
          msg('match.outcome.vol', {
            offer: offerName(first),
            period: periodText(first.periode),
            projects: [...first.periode.bezet],
          }),
        ],
      };
    }
    if (late.length > 0) {
      // Nearest first: the intake that closed last, then as fitting pairs are ordered.
      const nearest = pick(q, late, top, (a, b) => b.period.intakeN - a.period.intakeN || byOrder(a, b));
      const best = nearest.map(pairOf);
      const first = best[0]!;
      const offer = this.offerById.get(first.aanbod)!;
      const next = offer.periods
        .filter((p) => p.intake >= this.on)
        .sort((a, b) => compareStrings(a.start, b.start) || a.index - b.index)[0];
      const args = {
        offer: offerName(first),
        period: periodText(first.periode),
        date: first.periode.intake_tot,
      };
      return {
        vraag: q.id,
        uitkomst: 'te_laat',
        matches: best,
        passend: 0,
        uitleg: [
          next
            ? msg('match.outcome.te-laat-next', {
                ...args,
                next: periodText(next.view),
                nextDate: next.intake,
              })
            : msg('match.outcome.te-laat-last', args),
        ],
      };
    }
    if (openOffers === 0) {
      return {
        vraag: q.id,
        uitkomst: 'geen_aanbod',
        matches: [],
        passend: 0,
        uitleg: [msg('match.outcome.no-offers')],
        uitgesloten: {},
      };
    }
    const uitgesloten: Partial<Record<ContentToets, number>> = {};
    const uitleg: MatchMessage[] = [msg('match.outcome.geen-aanbod', { count: openOffers })];
    const counts = ruledOut!;
    for (const toets of CONTENT_TOETSEN) {
      if (counts[toets] === 0) continue;
      uitgesloten[toets] = counts[toets];
      uitleg.push(msg(`match.excluded.${toets}`, { count: counts[toets] }));
    }
    return { vraag: q.id, uitkomst: 'geen_aanbod', matches: [], passend: 0, uitleg, uitgesloten };
  }

  /** The open questions with a fitting period in the offer; undefined for an unknown offer. */
  matchOffer(id: string, options: MatchOptions = {}): OfferMatch | undefined {
    const offer = this.offerById.get(id);
    if (offer === undefined) return undefined;
    const top = options.top ?? Infinity;
    const vragen: { vraag: string; matches: Pair[] }[] = [];
    if (offer.open) {
      for (const qid of this.openQuestions()) {
        const q = this.question(qid)!;
        if (this.offerFails(q, offer) !== 0) continue;
        const fits = offer.periods
          .filter((p) => windowOk(q, p) && this.on <= p.intake && p.capacity > p.taken.length)
          .map((period) => ({ offer, period, score: this.score(q, offer, period) }))
          .sort(byOrder);
        if (fits.length > 0) vragen.push({ vraag: q.id, matches: fits.map((c) => this.pair(q, c)) });
      }
    }
    vragen.sort((a, b) => comparePairs(a.matches[0]!, b.matches[0]!) || compareStrings(a.vraag, b.vraag));
    return { aanbod: offer.id, status: offerStatus(offer.view), vragen: vragen.slice(0, top) };
  }

  /**
   * The period of the offer to plan the question in: the first (by start) that fits. When none does,
   * why, each period with its tests, and the question's best pairs elsewhere. Undefined for an
   * unknown question or offer.
   */
  planIn(questionId: string, offerId: string, options: MatchOptions = {}): PlanResult | undefined {
    const pairs = this.periodsOf(questionId, offerId);
    const offer = this.offerById.get(offerId);
    if (pairs === undefined || offer === undefined) return undefined;
    const first = pairs.find((p) => p.past);
    if (first) return { ok: true, pair: first };
    const elsewhere = this.matchQuestion(questionId, { top: (options.top ?? DEFAULT_TOP) + 1 })!;
    const alternatieven =
      elsewhere.uitkomst === 'past'
        ? elsewhere.matches.filter((p) => p.aanbod !== offer.id).slice(0, options.top ?? DEFAULT_TOP)
        : [];
    const uitleg: MatchMessage[] = [];
    const name = offer.view.titel?.trim() || offer.id;
    if (!offer.open)
      uitleg.push(msg('match.plan.offer-status', { offer: name, status: offerStatus(offer.view) }));
    else if (pairs.length === 0) uitleg.push(msg('match.plan.no-periods', { offer: name }));
    else uitleg.push(msg('match.plan.no-fit', { offer: name, count: pairs.length }));
    uitleg.push(
      alternatieven.length > 0
        ? msg('match.plan.instead', {
            offers: alternatieven.map((p) => `${p.aanbod} (${periodText(p.periode)})`),
          })
        : msg('match.plan.nothing-instead'),
    );
    return {
      ok: false,
      uitleg,
      periodes: pairs,
      alternatieven,
    };
  }

  /**
   * Each period of the offer with every test for the question, earliest first (periods without real
   * dates left out). Undefined for an unknown question or offer.
   */
  periodsOf(questionId: string, offerId: string): Pair[] | undefined {
    const q = this.question(questionId);
    const offer = this.offerById.get(offerId);
    if (q === undefined || offer === undefined) return undefined;
    return [...offer.periods]
      .sort((a, b) => compareStrings(a.start, b.start) || a.index - b.index)
      .map((period) => this.pair(q, { offer, period }));
  }

  // ---- the tests ----

  /** The content tests 3–6 an offer fails for a question, as bits (0: it passes them all). */
  private offerFails(q: PreparedQuestion, offer: PreparedOffer): number {
    const v = offer.view;
    let fails = 0;
    if (q.niveau.size > 0 && (v.niveau === undefined || !q.niveau.has(v.niveau))) fails |= LEVEL;
    if (q.vorm.size > 0 && v.vorm !== undefined && !q.vorm.has(v.vorm)) fails |= FORM;
    if (q.thema.length > 0 && offer.thema.size > 0 && !q.thema.some((t) => offer.thema.has(t)))
      fails |= THEME;
    if (q.gebied !== undefined && offer.gebied.size > 0 && !offer.gebied.has(q.gebied)) fails |= AREA;
    return fails;
  }

  /** A pair as pair() makes it, but without its tests' and points' explanations: what the score ordered. */
  private unexplained(q: PreparedQuestion, c: Scored): Pair {
    const { offer, period } = c;
    return {
      ...this.pairHead(q, offer, period),
      past:
        offer.open &&
        this.on <= period.intake &&
        windowOk(q, period) &&
        this.offerFails(q, offer) === 0 &&
        period.capacity > period.taken.length,
      redenen: [],
      score: c.score,
      punten: [],
    };
  }

  /** What every pair starts with: the question, the offer and the period. */
  private pairHead(q: PreparedQuestion, offer: PreparedOffer, period: PreparedPeriod) {
    const v = offer.view;
    return {
      vraag: q.id,
      aanbod: offer.id,
      ...(v.titel !== undefined ? { titel: v.titel } : {}),
      ...(v.instelling !== undefined ? { instelling: v.instelling } : {}),
      periode: this.periodOf(period),
    };
  }

  private periodOf(period: PreparedPeriod): MatchPeriode {
    let made = this.periodes.get(period);
    if (made === undefined) this.periodes.set(period, (made = periodeOf(period)));
    return made;
  }

  /** A pair's tests for a question, shared by the questions that ask alike (see explained). */
  private explain(q: PreparedQuestion, offer: PreparedOffer, period: PreparedPeriod): Explained {
    if (this.explained?.key !== q.contentKey) this.explained = { key: q.contentKey, byQuestion: new Map() };
    const explainKey = this.explainKeyOf(q);
    let byPeriod = this.explained.byQuestion.get(explainKey);
    if (byPeriod === undefined) this.explained.byQuestion.set(explainKey, (byPeriod = new Map()));
    let known = byPeriod.get(period);
    if (known === undefined) byPeriod.set(period, (known = this.tests(q, offer, period)));
    return known;
  }

  /** The question's explainKey (made once). */
  private explainKeyOf(q: PreparedQuestion): string {
    return (q.explainKey ??= JSON.stringify([
      [...q.niveau],
      [...q.vorm],
      q.thema,
      q.gebied ?? null,
      q.van ?? null,
      q.tot ?? null,
    ]));
  }

  /** A pair with every test and its points. */
  private pair(q: PreparedQuestion, c: Candidate): Pair {
    const { offer, period } = c;
    const tested = this.explain(q, offer, period);
    const needed = q.view.studenten;
    let points = tested.points.get(needed);
    if (points === undefined) tested.points.set(needed, (points = this.points(q, offer, period)));
    return {
      ...this.pairHead(q, offer, period),
      past: tested.past,
      redenen: tested.redenen,
      score: points.score,
      punten: points.punten,
    };
  }

  /** Every test of a pair, as pair() gives them, and whether the pair fits. */
  private tests(q: PreparedQuestion, offer: PreparedOffer, period: PreparedPeriod): Explained {
    const v = offer.view;
    const fails = this.offerFails(q, offer);
    const tests = {
      level: !(fails & LEVEL),
      form: !(fails & FORM),
      theme: !(fails & THEME),
      area: !(fails & AREA),
    };
    const window = windowOk(q, period);
    const timing = this.on <= period.intake;
    const room = period.capacity > period.taken.length;
    const redenen: Reden[] = [
      {
        toets: 'timing',
        ok: timing,
        uitleg: msg(timing ? 'match.timing.ok' : 'match.timing.closed', { date: period.intake }),
      },
      { toets: 'window', ok: window, uitleg: windowReason(q, period, window) },
      {
        toets: 'level',
        ok: tests.level,
        uitleg:
          q.niveau.size === 0
            ? msg('match.level.any', { level: v.niveau ?? '–' })
            : msg(tests.level ? 'match.level.ok' : 'match.level.no', {
                level: v.niveau ?? '–',
                wanted: [...q.niveau],
              }),
      },
      {
        toets: 'form',
        ok: tests.form,
        uitleg:
          q.vorm.size === 0
            ? msg('match.form.any', { form: v.vorm ?? '–' })
            : v.vorm === undefined
              ? msg('match.form.offer-any', { wanted: [...q.vorm] })
              : msg(tests.form ? 'match.form.ok' : 'match.form.no', { form: v.vorm, wanted: [...q.vorm] }),
      },
      {
        toets: 'theme',
        ok: tests.theme,
        uitleg:
          q.thema.length === 0
            ? msg('match.theme.any-question')
            : offer.thema.size === 0
              ? msg('match.theme.any-offer')
              : tests.theme
                ? msg('match.theme.ok', { themes: q.thema.filter((t) => offer.thema.has(t)) })
                : msg('match.theme.no', { wanted: q.thema, offered: [...v.thema] }),
      },
      {
        toets: 'area',
        ok: tests.area,
        uitleg:
          q.gebied === undefined
            ? msg('match.area.any-question')
            : offer.gebied.size === 0
              ? msg('match.area.any-offer', { area: q.gebied })
              : msg(tests.area ? 'match.area.ok' : 'match.area.no', {
                  area: q.gebied,
                  offered: [...v.gebied],
                }),
      },
      {
        toets: 'capacity',
        ok: room,
        uitleg: room
          ? msg('match.capacity.ok', {
              taken: period.taken.length,
              capacity: period.capacity,
              left: period.capacity - period.taken.length,
            })
          : msg('match.capacity.full', { capacity: period.capacity, projects: [...period.taken] }),
      },
    ];
    return {
      past: offer.open && timing && window && tests.level && tests.form && tests.theme && tests.area && room,
      redenen,
      points: new Map(),
    };
  }

  /** The points of WEIGHTS a pair earns, each with why. */
  private points(
    q: PreparedQuestion,
    offer: PreparedOffer,
    period: PreparedPeriod,
  ): { score: number; punten: Punt[] } {
    const punten: Punt[] = [];
    const add = (n: number, id: MessageId, args: MessageArgs = {}) => {
      punten.push({ punten: n, uitleg: msg(id, args) });
    };
    const shared = q.thema.filter((t) => offer.thema.has(t));
    if (shared.length > 0) add(WEIGHTS.sharedTheme * shared.length, 'match.points.theme', { themes: shared });
    if (offer.thema.size === 0) add(WEIGHTS.anyTheme, 'match.points.any-theme');
    if (q.gebied !== undefined && offer.gebied.has(q.gebied))
      add(WEIGHTS.areaNamed, 'match.points.area', { area: q.gebied });
    if (offer.gebied.size === 0) add(WEIGHTS.wholeWerkplaats, 'match.points.whole');
    if (offer.cslPoints !== 0) add(offer.cslPoints, 'match.points.csl', { csl: offer.view.csl_niveau ?? '' });
    const needed = q.view.studenten;
    const available = period.view.studenten;
    if (needed !== undefined && available !== undefined) {
      if (available >= needed)
        add(WEIGHTS.studentsEnough, 'match.points.students-enough', { needed, available });
      else add(WEIGHTS.studentsTooFew, 'match.points.students-few', { needed, available });
    }
    const earlier = this.earlier(q, offer);
    if (earlier.length > 0) {
      const counted = Math.min(earlier.length, WEIGHTS.historyMax);
      add(WEIGHTS.history * counted, 'match.points.history', {
        count: earlier.length,
        school: offer.view.instelling ?? '',
        // The most recent ids are not known without dates: the first few by id, the count in full.
        projects:
          earlier.length > WEIGHTS.historyMax ? [...earlier.slice(0, WEIGHTS.historyMax), '…'] : earlier,
      });
    }
    return { score: punten.reduce((sum, p) => sum + p.punten, 0), punten };
  }

  /** The score of points() without its explanations: what ordering thousands of pairs needs. */
  private score(q: PreparedQuestion, offer: PreparedOffer, period: PreparedPeriod): number {
    return this.baseScore(q, offer) + studentPoints(q, period);
  }

  /** The points that do not depend on the period (all but the students'). */
  private baseScore(q: PreparedQuestion, offer: PreparedOffer): number {
    let score = 0;
    if (offer.thema.size === 0) score += WEIGHTS.anyTheme;
    else for (const t of q.thema) if (offer.thema.has(t)) score += WEIGHTS.sharedTheme;
    if (offer.gebied.size === 0) score += WEIGHTS.wholeWerkplaats;
    else if (q.gebied !== undefined && offer.gebied.has(q.gebied)) score += WEIGHTS.areaNamed;
    score += offer.cslPoints;
    const earlier = this.earlier(q, offer).length;
    if (earlier > 0) score += WEIGHTS.history * Math.min(earlier, WEIGHTS.historyMax);
    return score;
  }

  /** The school's evaluated projects on any of the question's themes, sorted by id. */
  private earlier(q: PreparedQuestion, offer: PreparedOffer): readonly string[] {
    if (q.thema.length === 0 || offer.school === '') return NONE;
    let bySchool = this.historyCache.get(q.themaKey);
    if (!bySchool) this.historyCache.set(q.themaKey, (bySchool = new Map()));
    let ids = bySchool.get(offer.school);
    if (!ids) {
      const byTheme = this.history.get(offer.school);
      const all = new Set<string>();
      if (byTheme) for (const t of q.thema) for (const id of byTheme.get(t) ?? []) all.add(id);
      ids = [...all].sort();
      bySchool.set(offer.school, ids);
    }
    return ids;
  }
}

/** Distinct values (a set, or a list without repeats), sorted and joined: a list of one or none as it is. */
function sortedKey(values: ReadonlySet<string> | readonly string[], separator: string): string {
  const list = [...values];
  return list.length < 2 ? list.join(separator) : list.sort().join(separator);
}

/** A question's answer as another question's with the same answer: the same, but for its id. */
function answerFor(match: QuestionMatch, id: string): QuestionMatch {
  return { ...match, vraag: id, matches: match.matches.map((pair) => ({ ...pair, vraag: id })) };
}

/** What a pair's tests found (see Matcher.explain), and its points by the question's students. */
interface Explained {
  readonly past: boolean;
  readonly redenen: readonly Reden[];
  readonly points: Map<number | undefined, { readonly score: number; readonly punten: readonly Punt[] }>;
}

function periodeOf(period: PreparedPeriod): MatchPeriode {
  return {
    index: period.index,
    ...(period.view.naam !== undefined ? { naam: period.view.naam } : {}),
    start: period.start,
    einde: period.einde,
    intake_tot: period.intake,
    ...(period.view.studenten !== undefined ? { studenten: period.view.studenten } : {}),
    vragen: period.capacity,
    bezet: period.taken,
  };
}

interface Candidate {
  readonly offer: PreparedOffer;
  readonly period: PreparedPeriod;
}

interface Scored extends Candidate {
  readonly score: number;
}

/** A fitting pair with its points but for the students' (which the question's own number decides). */
interface Based extends Candidate {
  readonly base: number;
}

interface Scan {
  readonly key: string;
  readonly fits: readonly Based[];
  readonly full: readonly Based[];
  readonly late: readonly Based[];
  /** Per content test, how many open offers it rules out on its own: only when none fits at all. */
  readonly ruledOut: Readonly<Record<ContentToets, number>> | undefined;
  readonly openOffers: number;
}

const NONE: readonly string[] = [];
const LEVEL = 1;
const FORM = 2;
const THEME = 4;
const AREA = 8;

/** The order among fitting pairs (as comparePairs): more points, the earliest period, the offer's id, the period's place. */
function byOrder(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    compareStrings(a.period.start, b.period.start) ||
    compareStrings(a.offer.id, b.offer.id) ||
    a.period.index - b.period.index
  );
}

/** The order of byOrder on the points but for the students' (the scan's sort). */
function byBase(a: Based, b: Based): number {
  return (
    b.base - a.base ||
    compareStrings(a.period.start, b.period.start) ||
    compareStrings(a.offer.id, b.offer.id) ||
    a.period.index - b.period.index
  );
}

/**
 * The best `top` of a scan's list in `order`, each scored with the question's students' points. The
 * list comes sorted by `order` on its base points (groups of `order`'s leading key, then base): once
 * the most the students can add does not lift an item past the last kept, nothing after it can.
 */
function pick(
  q: PreparedQuestion,
  list: readonly Based[],
  top: number,
  order: (a: Scored, b: Scored) => number,
): Scored[] {
  const most = Math.max(WEIGHTS.studentsEnough, WEIGHTS.studentsTooFew, 0);
  const kept: Scored[] = [];
  for (const c of list) {
    if (kept.length >= top) {
      const last = kept[kept.length - 1]!;
      const bound = { offer: c.offer, period: c.period, score: c.base + most };
      if (order(bound, last) >= 0) {
        // Not even with the most points: neither can any later item of its group, nor of a later group.
        break;
      }
    }
    const item = { offer: c.offer, period: c.period, score: c.base + studentPoints(q, c.period) };
    let at = kept.length;
    while (at > 0 && order(item, kept[at - 1]!) < 0) at--;
    if (at >= top) continue;
    kept.splice(at, 0, item);
    if (kept.length > top) kept.pop();
  }
  return kept;
}

/** WEIGHTS for the students the question needs against those the period has (0 when either is not said). */
function studentPoints(q: PreparedQuestion, period: PreparedPeriod): number {
  const needed = q.view.studenten;
  const available = period.view.studenten;
  if (needed === undefined || available === undefined) return 0;
  return available >= needed ? WEIGHTS.studentsEnough : WEIGHTS.studentsTooFew;
}

function windowOk(q: PreparedQuestion, period: PreparedPeriod): boolean {
  return period.startN >= q.vanN && period.eindeN <= q.totN;
}

/** A real YYYY-MM-DD as a number that orders as the date does (2027-02-01 → 20270201). */
function dayNumber(date: string): number {
  return Number(date.slice(0, 4)) * 10000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

function windowReason(q: PreparedQuestion, period: PreparedPeriod, ok: boolean): MatchMessage {
  const dates = { start: period.start, einde: period.einde };
  if (q.van === undefined && q.tot === undefined) return msg('match.window.any', dates);
  if (ok) return msg('match.window.ok', { ...dates, van: q.van ?? '…', tot: q.tot ?? '…' });
  if (q.van !== undefined && period.start < q.van) return msg('match.window.early', { ...dates, van: q.van });
  return msg('match.window.late', { ...dates, tot: q.tot ?? '' });
}

function offerName(pair: Pair): string {
  return pair.titel?.trim() || pair.aanbod;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order among pairs: more points first, then the earliest period, the offer's id, the period's place. */
export function comparePairs(a: Pair, b: Pair): number {
  return (
    b.score - a.score ||
    compareStrings(a.periode.start, b.periode.start) ||
    compareStrings(a.aanbod, b.aanbod) ||
    a.periode.index - b.periode.index
  );
}

// ---- the functions the commands and the report call ----

/** Every open question's outcome on `on`, questions by id. */
export function matchAll(model: MatchModel, on: string, options: MatchOptions = {}): QuestionMatch[] {
  return new Matcher(model, on).matchAll(options);
}

/** One question's outcome on `on` (undefined: no question by that id). */
export function matchQuestion(
  model: MatchModel,
  id: string,
  on: string,
  options: MatchOptions = {},
): QuestionMatch | undefined {
  return new Matcher(model, on).matchQuestion(id, options);
}

/** The open questions that fit an offer on `on` (undefined: no offer by that id). */
export function matchOffer(
  model: MatchModel,
  id: string,
  on: string,
  options: MatchOptions = {},
): OfferMatch | undefined {
  return new Matcher(model, on).matchOffer(id, options);
}

/** The period of offer `offerId` to plan question `questionId` in on `on`, or why there is none. */
export function planIn(
  model: MatchModel,
  questionId: string,
  offerId: string,
  on: string,
  options: MatchOptions = {},
): PlanResult | undefined {
  return new Matcher(model, on).planIn(questionId, offerId, options);
}

/** How many questions have each outcome (every outcome present, 0 where none). */
export function countOutcomes(matches: readonly QuestionMatch[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { past: 0, vol: 0, te_laat: 0, geen_aanbod: 0 };
  for (const m of matches) counts[m.uitkomst]++;
  return counts;
}
