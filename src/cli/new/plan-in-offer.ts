// `kwp new project --from-question <q> --aanbod <a>` (cli.md): the project planned in the first period
// of offer `a` that fits question `q` (core/match), with the offer in `aanbod`, its school as an
// onderwijs partner (level, programme, the period's students), its csl_niveau and the period's dates as
// the planning. No period fits: exit 2, with why and what would fit instead. In a terminal without
// --aanbod, the offers that fit are offered as choices, best first, with their reasons.
import type { EntryOf, KnowledgeBase } from '../../core/knowledge-base.js';
import { Matcher, matchModelOf, type Pair } from '../../core/match/match.js';
import type { AanbodView } from '../../core/model/views.js';
import { periodText } from '../../core/offer/period-text.js';
import type { ProjectInput } from '../../core/scaffold/project-input.js';
import { closest } from '../../core/suggest.js';
import { KwpError } from '../../errors.js';
import { type Lang, type Message, t } from '../../messages/catalogue.js';
import type { Prompter } from '../prompt/prompter.js';

/** The offer named by `--aanbod`: an unknown id, or a record of another kind, is exit 2. */
export function offerNamed(kb: KnowledgeBase, id: string): EntryOf<'aanbod'> {
  const entry = kb.get(id);
  if (entry?.kind === 'aanbod') return entry;
  const suggestion = closest(id, kb.idsOfKind('aanbod'));
  throw new KwpError(entry ? 'new.not-an-offer' : 'new.unknown-offer', {
    option: '--aanbod',
    id,
    ...(entry ? { found: `@kind.${entry.kind}` } : {}),
    ...(suggestion ? { suggestion } : {}),
  });
}

/**
 * Plans the project in the offer: the first period that fits the question on `on` (with `--start`
 * given, the fitting period it falls in). Fills `input`; throws (exit 2) when no period fits.
 */
export function planInOffer(
  kb: KnowledgeBase,
  questionId: string,
  offer: EntryOf<'aanbod'>,
  on: string,
  input: ProjectInput,
  lang: Lang,
): void {
  const matcher = new Matcher(matchModelOf(kb), on);
  const plan = matcher.planIn(questionId, offer.id)!;
  const name = offer.view.titel?.trim() || offer.id;
  if (!plan.ok) {
    const error = new KwpError('new.aanbod-no-fit', {
      option: '--aanbod',
      offer: name,
      id: questionId,
      date: on,
    });
    error.details = detailsWithReasons(lang, plan.periodes, plan.uitleg);
    throw error;
  }
  let pair = plan.pair;
  if (input.start !== undefined) {
    const start = input.start;
    const containing = matcher
      .periodsOf(questionId, offer.id)!
      .find((p) => p.past && p.periode.start <= start && start <= p.periode.einde);
    if (!containing)
      throw new KwpError('new.aanbod-start', { start, offer: name, period: periodText(pair.periode) });
    pair = containing;
  }
  applyPlan(input, offer.id, offer.view, pair);
}

/** The details of "no period fits": each period with the tests it fails, then why and what fits instead. */
function detailsWithReasons(lang: Lang, periodes: readonly Pair[], uitleg: readonly Message[]): Message[] {
  return [
    ...periodes.map((p): Message => ({
      id: 'new.aanbod-period',
      args: {
        period: periodText(p.periode),
        // The reasons are messages of their own, put in the language here (a message cannot nest them).
        reasons: p.redenen
          .filter((r) => !r.ok)
          .map((r) => t(lang, r.uitleg.id, r.uitleg.args))
          .join('; '),
      },
    })),
    ...uitleg,
  ];
}

/** The project's values from the offer and the chosen period (values already given are kept). */
export function applyPlan(input: ProjectInput, id: string, offer: AanbodView, pair: Pair): void {
  if (!input.aanbod.includes(id)) input.aanbod.push(id);
  if (input.csl_niveau === undefined && offer.csl_niveau !== undefined) input.csl_niveau = offer.csl_niveau;
  const school = offer.instelling?.trim();
  if (school) {
    const fill = {
      ...(offer.niveau !== undefined ? { niveau: offer.niveau } : {}),
      ...(offer.opleiding !== undefined ? { opleiding: offer.opleiding } : {}),
      ...(pair.periode.studenten !== undefined ? { studenten: pair.periode.studenten } : {}),
    };
    const there = input.partners.find((p) => p.naam === school);
    if (there) Object.assign(there, { ...fill, ...definedOf(there) });
    else input.partners.push({ naam: school, groep: 'onderwijs', ...fill });
  }
  input.start ??= pair.periode.start;
  input.einde ??= pair.periode.einde;
}

function definedOf<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * In a terminal, `--from-question` without `--aanbod`: the fitting offers as choices, best first, each
 * with its reasons, and "without an offer". The one chosen is planned as with `--aanbod`.
 */
export async function chooseOffer(
  ask: Prompter,
  lang: Lang,
  kb: KnowledgeBase,
  questionId: string,
  on: string,
  input: ProjectInput,
): Promise<void> {
  const matcher = new Matcher(matchModelOf(kb), on);
  const match = matcher.matchQuestion(questionId, { top: 5 });
  if (!match) return;
  if (match.uitkomst !== 'past') {
    // Nothing fits: say why, and go on without an offer.
    ask.note(`${t(lang, 'ask.offer.none')} ${match.uitleg.map((m) => t(lang, m.id, m.args)).join(' ')}`);
    return;
  }
  const none = -1;
  const chosen = await ask.select<number>({
    message: t(lang, 'ask.offer'),
    choices: [
      ...match.matches.map((pair, index) => ({
        name: t(lang, 'ask.offer.choice', {
          offer: pair.titel?.trim() || pair.aanbod,
          period: periodText(pair.periode),
          score: pair.score,
        }),
        value: index,
        description: pair.punten.map((p) => t(lang, p.uitleg.id, p.uitleg.args)).join('; '),
      })),
      { name: t(lang, 'ask.offer.without'), value: none },
    ],
    default: 0,
  });
  if (chosen === none) return;
  const pair = match.matches[chosen]!;
  const offer = kb.get(pair.aanbod);
  if (offer?.kind === 'aanbod') applyPlan(input, offer.id, offer.view, pair);
}
