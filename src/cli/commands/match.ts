// `kwp match [<vraag>] [--aanbod <id>]`: vraag and aanbod together (format.md "Matching", core/match) —
// every open question, one question, the questions for one offer, or one question against one offer
// period by period; on today or `--on <date>`; text or JSON.
import { dateMessage, isRealDate, localDate } from '../../core/dates.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { Matcher, matcherModelOf, type QuestionMatch } from '../../core/match/match.js';
import { closest } from '../../core/suggest.js';
import { EXIT, KwpError } from '../../errors.js';
import { type Lang, t } from '../../messages/catalogue.js';
import {
  offerMatchJson,
  pairsJson,
  renderMatches,
  renderOfferMatch,
  renderPairs,
  writeMatchJson,
} from '../../render/match.js';
import { printable } from '../../render/printable.js';
import type { GlobalOptions } from '../context.js';
import { colourFor, type Io } from '../io.js';
import { openKnowledgeBase } from '../open-kb.js';

export interface MatchCommandOptions extends GlobalOptions {
  aanbod?: string;
  on?: string;
  top?: string;
  json?: boolean;
}

/** The reference date: `--on` when given (a real YYYY-MM-DD), else today. */
export function referenceDate(io: Io, value: string | undefined): string {
  if (value === undefined) return localDate(io.now());
  if (!isRealDate(value)) {
    const m = dateMessage(value, 'new.date-format', 'new.date', { option: '--on', value });
    throw new KwpError(m.id, m.args);
  }
  return value;
}

function topOf(value: string | undefined): number {
  if (value === undefined) return 3;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new KwpError('match.bad-top', { value });
  return Number(value);
}

/** The record by `id`, of `kind`: an unknown id (with the closest one) or another kind is exit 2. */
function need(kb: KnowledgeBase, id: string, kind: 'vraag' | 'aanbod'): void {
  const entry = kb.get(id);
  if (!entry) {
    const ids = kb.ofKind(kind).map((e) => e.id);
    const suggestion = closest(id, ids);
    throw new KwpError('cli.unknown-id', suggestion ? { id, suggestion } : { id });
  }
  if (entry.kind !== kind)
    throw new KwpError(kind === 'vraag' ? 'match.not-a-question' : 'match.not-an-offer', {
      id,
      kind: `@kind.${entry.kind}`,
    });
}

export async function matchCommand(
  io: Io,
  vraag: string | undefined,
  options: MatchCommandOptions,
): Promise<number> {
  const on = referenceDate(io, options.on);
  const top = topOf(options.top);
  const ids = [vraag, options.aanbod].filter((id): id is string => id !== undefined);
  const { kb, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => ids.map((id) => kb.get(id)),
    dataOnly: true,
  });
  if (vraag !== undefined) need(kb, vraag, 'vraag');
  if (options.aanbod !== undefined) need(kb, options.aanbod, 'aanbod');
  const matcher = new Matcher(matcherModelOf(kb), on);
  const texts = new Map(kb.ofKind('vraag').map((e) => [e.id, e.view.vraag]));
  const c = colourFor(io);

  if (vraag !== undefined && options.aanbod !== undefined) {
    notOpen(io, kb, vraag, lang);
    const pairs = matcher.periodsOf(vraag, options.aanbod)!;
    const plan = matcher.planIn(vraag, options.aanbod, { top })!;
    const why = plan.ok ? [] : plan.uitleg;
    if (options.json)
      io.out(`${JSON.stringify(pairsJson(on, vraag, options.aanbod, pairs, why, lang), null, 2)}\n`);
    else io.out(renderPairs(on, vraag, pairs, why, texts, lang, c));
    return EXIT.ok;
  }
  if (options.aanbod !== undefined) {
    const match = matcher.matchOffer(options.aanbod)!;
    if (options.json) io.out(`${JSON.stringify(offerMatchJson(on, match, lang), null, 2)}\n`);
    else {
      const title = kb.get(options.aanbod)?.kind === 'aanbod' ? titleOf(kb, options.aanbod) : options.aanbod;
      io.out(renderOfferMatch(on, match, title, texts, lang, c));
    }
    return EXIT.ok;
  }
  let matches: QuestionMatch[];
  if (vraag !== undefined) {
    notOpen(io, kb, vraag, lang);
    matches = [matcher.matchQuestion(vraag, { top })!];
  } else matches = matcher.matchAll({ top });
  if (options.json) writeMatchJson(on, matches, lang, io.out);
  else if (matches.length === 0) io.err(`${t(lang, 'match.no-open-questions')}\n`);
  else io.out(renderMatches(on, matches, texts, lang, c));
  return EXIT.ok;
}

function titleOf(kb: KnowledgeBase, id: string): string {
  const entry = kb.get(id);
  return entry?.kind === 'aanbod' ? entry.view.titel?.trim() || id : id;
}

/** A question that is not open is matched as if it were, and kwp says so (standard error). */
function notOpen(io: Io, kb: KnowledgeBase, id: string, lang: Lang): void {
  const entry = kb.get(id);
  if (entry?.kind !== 'vraag') return;
  const status = entry.view.status;
  if (status !== 'open')
    io.err(`${printable(t(lang, 'match.question-not-open', { id, status: status ?? '–' }))}\n`);
}
