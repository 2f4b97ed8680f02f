// The report's "Vraag en aanbod" for the steering group, as data (cli.md, json `vraag_en_aanbod`):
// on the report's day, the outcome of every open question of the register (format.md, "Matching"),
// the capacity used and left per offer and period, the questions that wait for a next period (their
// intake closed) and the questions no offer can take, with why ("niet tot stand"). Pure: the
// knowledge base, the day and the report's period in; the matcher's sentences are put into the
// report's language, so the data (and the JSON made of it) holds readable text.
import { type Lang, t } from '../../messages/catalogue.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import {
  type ContentToets,
  countOutcomes,
  type MatchMessage,
  type MatchModel,
  matchModelOf,
  Matcher,
  type Outcome,
  type Pair,
  type QuestionMatch,
} from '../match/match.js';
import { capacityTotals, type OfferCapacity, offerCapacity } from './offer-capacity.js';
import type { Period } from './period.js';

/** A period as the section names it. */
export interface SectionPeriod {
  naam: string | null;
  start: string;
  einde: string;
  intake_tot: string;
}

export interface SectionQuestion {
  vraag: string;
  /** The question itself, as the register words it. */
  tekst: string;
  uitkomst: Outcome;
  /** `past`: the best fitting offer; `vol`, `te_laat`: the nearest one; `geen_aanbod`: null. */
  aanbod: string | null;
  /** That offer's title (its id when it has none). */
  aanbod_titel: string | null;
  periode: SectionPeriod | null;
  /** How many offer periods fit in all (only `past` has any). */
  passend: number;
  /** Why this outcome, in the report's language. */
  uitleg: string;
}

/** An open question whose intake closed: it waits for (or asks for) a next period. */
export interface WaitingQuestion {
  vraag: string;
  tekst: string;
  /** The offer and period it was too late for, nearest first as the matcher orders them. */
  aanbod: string;
  aanbod_titel: string;
  periode: SectionPeriod;
  uitleg: string;
}

/** An open question that no offer can take: which content tests ruled the offers out. */
export interface UnplacedQuestion {
  vraag: string;
  tekst: string;
  /** Per content test, how many open offers it rules out on its own (empty: there is no open offer). */
  uitgesloten: Partial<Record<ContentToets, number>>;
  uitleg: string;
}

export interface OfferSection {
  /** The reference date of the matching: the report's day. */
  op: string;
  per_uitkomst: Record<Outcome, number>;
  /** Every open question, in the order of the outcomes (past, vol, te_laat, geen_aanbod), then by id. */
  vragen: SectionQuestion[];
  /** Per offer with a period in the report's period: each such period's capacity, taken and left. */
  capaciteit: OfferCapacity[];
  /** What the listed periods can take, what is taken and what is left, in all. */
  capaciteit_totaal: { vragen: number; bezet: number; vrij: number };
  wachten: WaitingQuestion[];
  niet_tot_stand: UnplacedQuestion[];
}

export interface OfferSectionOptions {
  /** The reference date (YYYY-MM-DD): the report's day. */
  today: string;
  period: Period | null;
  /** The report's language, for the matcher's sentences. */
  lang: Lang;
  /** The matcher's outcome for every open question on `today` (top 1), when the caller has it already. */
  matched?: Matched | undefined;
}

/** The match model of a knowledge base and `matchAll({ top: 1, explain: false })` on `today` with it. */
export interface Matched {
  readonly model: MatchModel;
  readonly today: string;
  readonly matches: readonly QuestionMatch[];
}

const ORDER: Record<Outcome, number> = { past: 0, vol: 1, te_laat: 2, geen_aanbod: 3 };

export function offerSection(kb: KnowledgeBase, options: OfferSectionOptions): OfferSection {
  const given = options.matched?.today === options.today ? options.matched : undefined;
  const model = given?.model ?? matchModelOf(kb);
  const matches = given?.matches ?? new Matcher(model, options.today).matchAll({ top: 1, explain: false });
  const texts = new Map(model.vragen.map((q) => [q.id, q.vraag ?? '']));
  const tekst = (id: string) => texts.get(id) ?? '';
  const say = (messages: readonly MatchMessage[]) =>
    messages.map((m) => t(options.lang, m.id, m.args)).join(' ');
  // Each question's explanation once: the lists below repeat it.
  const uitleg = matches.map((m) => say(m.uitleg));
  const vragen: SectionQuestion[] = matches
    .map((m, i) => {
      const first = m.matches[0];
      return {
        vraag: m.vraag,
        tekst: tekst(m.vraag),
        uitkomst: m.uitkomst,
        aanbod: first?.aanbod ?? null,
        aanbod_titel: first ? titleOf(first) : null,
        periode: first ? periodOf(first) : null,
        passend: m.passend,
        uitleg: uitleg[i]!,
      };
    })
    .sort((a, b) => ORDER[a.uitkomst] - ORDER[b.uitkomst] || (a.vraag < b.vraag ? -1 : 1));
  const wachten: WaitingQuestion[] = [];
  const niet_tot_stand: UnplacedQuestion[] = [];
  matches.forEach((m, i) => {
    const first = m.matches[0];
    if (m.uitkomst === 'te_laat' && first) {
      wachten.push({
        vraag: m.vraag,
        tekst: tekst(m.vraag),
        aanbod: first.aanbod,
        aanbod_titel: titleOf(first),
        periode: periodOf(first),
        uitleg: uitleg[i]!,
      });
    } else if (m.uitkomst === 'geen_aanbod') {
      niet_tot_stand.push({
        vraag: m.vraag,
        tekst: tekst(m.vraag),
        uitgesloten: { ...(m.uitgesloten ?? {}) },
        uitleg: uitleg[i]!,
      });
    }
  });
  const capaciteit = offerCapacity(model.aanbod, model.projecten, options.period);
  return {
    op: options.today,
    per_uitkomst: countOutcomes(matches),
    vragen,
    capaciteit,
    capaciteit_totaal: capacityTotals(capaciteit),
    wachten,
    niet_tot_stand,
  };
}

function titleOf(pair: Pair): string {
  return pair.titel?.trim() || pair.aanbod;
}

function periodOf(pair: Pair): SectionPeriod {
  const p = pair.periode;
  return { naam: p.naam ?? null, start: p.start, einde: p.einde, intake_tot: p.intake_tot };
}
