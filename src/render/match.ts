// `kwp match` as text for a terminal and as JSON (cli.md "kwp match --json"): the matcher's message ids
// put in Dutch or English, each pair with every test (✓ passed, ✗ failed) and the points that order it.
import type { ChalkInstance } from 'chalk';
import {
  countOutcomes,
  type MatchMessage,
  type OfferMatch,
  type Outcome,
  type Pair,
  type QuestionMatch,
} from '../core/match/match.js';
import { periodText } from '../core/offer/period-text.js';
import { type Lang, type MessageId, t } from '../messages/catalogue.js';
import { printable } from './printable.js';

const OUTCOME_LABEL: Record<Outcome, MessageId> = {
  past: 'match.label.past',
  vol: 'match.label.vol',
  te_laat: 'match.label.te_laat',
  geen_aanbod: 'match.label.geen_aanbod',
};

function say(lang: Lang, message: MatchMessage): string {
  return t(lang, message.id, message.args);
}

function sentences(lang: Lang, messages: readonly MatchMessage[]): string {
  return messages.map((m) => say(lang, m)).join(' ');
}

// ---- JSON ----

function periodJson(pair: Pair) {
  const p = pair.periode;
  return {
    periode: p.index + 1,
    ...(p.naam !== undefined ? { naam: p.naam } : {}),
    start: p.start,
    einde: p.einde,
    intake_tot: p.intake_tot,
    ...(p.studenten !== undefined ? { studenten: p.studenten } : {}),
    vragen: p.vragen,
    bezet: p.bezet,
  };
}

/** One pair as cli.md gives it, plus its offer's title and school, `past`, its score and points. */
export function pairJson(pair: Pair, lang: Lang) {
  return {
    aanbod: pair.aanbod,
    ...(pair.titel !== undefined ? { titel: pair.titel } : {}),
    ...(pair.instelling !== undefined ? { instelling: pair.instelling } : {}),
    periode: periodJson(pair),
    past: pair.past,
    score: pair.score,
    redenen: pair.redenen.map((r) => ({ toets: r.toets, ok: r.ok, uitleg: say(lang, r.uitleg) })),
    punten: pair.punten.map((p) => ({ punten: p.punten, uitleg: say(lang, p.uitleg) })),
  };
}

function questionJson<P = ReturnType<typeof pairJson>>(
  m: QuestionMatch,
  lang: Lang,
  pairOf: (pair: Pair) => P = (p) => pairJson(p, lang) as P,
) {
  return {
    vraag: m.vraag,
    uitkomst: m.uitkomst,
    passend: m.passend,
    matches: m.matches.map(pairOf),
    uitleg: sentences(lang, m.uitleg),
    ...(m.uitgesloten !== undefined ? { uitgesloten: m.uitgesloten } : {}),
  };
}

/** `kwp match [<vraag>] --json`. */
export function matchJson(on: string, matches: readonly QuestionMatch[], lang: Lang) {
  return { op: on, uitkomsten: countOutcomes(matches), vragen: matches.map((m) => questionJson(m, lang)) };
}

const QUESTIONS_PER_WRITE = 250;

/**
 * The text of `JSON.stringify(matchJson(…), null, 2)`, written piece by piece, a question at a time:
 * thousands of questions need not be one string in memory at once.
 */
export function writeMatchJson(
  on: string,
  matches: readonly QuestionMatch[],
  lang: Lang,
  write: (text: string) => void,
): void {
  const head = JSON.stringify({ op: on, uitkomsten: countOutcomes(matches) }, null, 2);
  if (matches.length === 0) {
    write(`${head.slice(0, -2)},\n  "vragen": []\n}\n`);
    return;
  }
  write(`${head.slice(0, -2)},\n  "vragen": [\n`);
  // A few hundred questions per JSON.stringify, as the elements of a list two levels deep: then they
  // come out indented as in the whole, with nothing to re-indent, and in a few large writes. Each
  // pair is a number there (its place in `texts`), replaced by its text afterwards: pairs alike are
  // made into JSON once (see pairTexts).
  const open = '{\n  "vragen": [\n';
  const close = '\n  ]\n}';
  const pairText = pairTexts(lang);
  for (let i = 0; i < matches.length; i += QUESTIONS_PER_WRITE) {
    const texts: string[] = [];
    const part = matches
      .slice(i, i + QUESTIONS_PER_WRITE)
      .map((m) => questionJson(m, lang, (pair) => texts.push(pairText(pair)) - 1));
    const text = JSON.stringify({ vragen: part }, null, 2);
    const more = i + QUESTIONS_PER_WRITE < matches.length;
    // A pair's number is an element of a list at eight spaces in, on a line of its own: nothing else
    // is (a string holds no line break in JSON; the keys of `uitgesloten` there start with a quote).
    const whole = text
      .slice(open.length, -close.length)
      .replace(PAIR_AT, (_, n: string) => `\n${PAIR_INDENT}${texts[Number(n)]}`);
    write(`${whole}${more ? ',' : ''}\n`);
  }
  write('  ]\n}\n');
}

const PAIR_INDENT = ' '.repeat(8);
const PAIR_AT = /\n {8}(\d+)/g;
/** JSON.stringify of a value four lists deep: the value comes out as deep as a pair in `matches`. */
const [PAIR_OPEN, PAIR_CLOSE] = JSON.stringify([[[[0]]]], null, 2).split('0') as [string, string];

/**
 * Each pair's JSON at its place in `kwp match --json` (eight spaces in), made once for pairs alike:
 * questions that ask alike get pairs whose explanations and period are the same objects (the matcher
 * shares them), and thousands of questions may ask alike. The rest of a pair is compared, so one
 * pair's text is used for another only when JSON would write the two the same.
 */
function pairTexts(lang: Lang): (pair: Pair) => string {
  const made = new Map<readonly unknown[], { pair: Pair; text: string }[]>();
  return (pair) => {
    let alike = made.get(pair.punten);
    if (alike === undefined) made.set(pair.punten, (alike = []));
    const known = alike.find(
      ({ pair: other }) =>
        other.redenen === pair.redenen &&
        other.periode === pair.periode &&
        other.aanbod === pair.aanbod &&
        other.titel === pair.titel &&
        other.instelling === pair.instelling &&
        other.past === pair.past &&
        Object.is(other.score, pair.score),
    );
    if (known !== undefined) return known.text;
    const nested = JSON.stringify([[[[pairJson(pair, lang)]]]], null, 2);
    const text = nested.slice(PAIR_OPEN.length, nested.length - PAIR_CLOSE.length);
    alike.push({ pair, text });
    return text;
  };
}

/** `kwp match --aanbod <id> --json`. */
export function offerMatchJson(on: string, match: OfferMatch, lang: Lang) {
  return {
    op: on,
    aanbod: match.aanbod,
    status: match.status,
    vragen: match.vragen.map((v) => ({ vraag: v.vraag, matches: v.matches.map((p) => pairJson(p, lang)) })),
  };
}

/** `kwp match <vraag> --aanbod <id> --json`: each period of the offer with its tests. */
export function pairsJson(
  on: string,
  vraag: string,
  aanbod: string,
  pairs: readonly Pair[],
  why: readonly MatchMessage[],
  lang: Lang,
) {
  return {
    op: on,
    vraag,
    aanbod,
    past: pairs.some((p) => p.past),
    periodes: pairs.map((p) => pairJson(p, lang)),
    ...(why.length > 0 ? { uitleg: sentences(lang, why) } : {}),
  };
}

// ---- text ----

/** Names for the texts of questions: the question itself, by id. */
export type QuestionTexts = ReadonlyMap<string, string | undefined>;

function pairLines(lang: Lang, c: ChalkInstance, pair: Pair, n: number | undefined): string[] {
  const offer = pair.titel?.trim() || pair.aanbod;
  const school = pair.instelling ? ` (${pair.instelling})` : '';
  const head = `${n !== undefined ? `${n}. ` : ''}${offer}${school} — ${periodText(pair.periode)}`;
  const lines = [
    `  ${c.bold(printable(head))}  ${c.dim(printable(t(lang, 'match.text.score', { score: pair.score, id: pair.aanbod })))}`,
  ];
  for (const r of pair.redenen) {
    const mark = r.ok ? c.green('✓') : c.red('✗');
    lines.push(
      `     ${mark} ${printable(t(lang, `match.toets.${r.toets}`))}: ${printable(say(lang, r.uitleg))}`,
    );
  }
  if (pair.punten.length > 0) {
    const points = pair.punten
      .map((p) => `${p.punten >= 0 ? '+' : '−'}${Math.abs(p.punten)} ${say(lang, p.uitleg)}`)
      .join('; ');
    lines.push(`     ${c.dim(printable(t(lang, 'match.text.points', { points })))}`);
  }
  return lines;
}

function questionLines(lang: Lang, c: ChalkInstance, m: QuestionMatch, texts: QuestionTexts): string[] {
  const label = t(lang, OUTCOME_LABEL[m.uitkomst]);
  const colour = m.uitkomst === 'past' ? c.green : m.uitkomst === 'geen_aanbod' ? c.red : c.yellow;
  const lines = [`${c.bold(printable(m.vraag))} — ${colour(printable(label))}`];
  const text = texts.get(m.vraag);
  if (text) lines.push(`  ${printable(text)}`);
  lines.push(`  ${printable(sentences(lang, m.uitleg))}`);
  if (m.matches.length > 0) {
    lines.push(
      `  ${printable(
        t(
          lang,
          m.uitkomst === 'past'
            ? m.matches.length < m.passend
              ? 'match.text.best-of'
              : 'match.text.best'
            : 'match.text.nearest',
          { shown: m.matches.length, count: m.passend },
        ),
      )}`,
    );
    m.matches.forEach((pair, i) => lines.push(...pairLines(lang, c, pair, i + 1)));
  }
  return lines;
}

/** `kwp match [<vraag>]` as text: a count line, then each question with its outcome and pairs. */
export function renderMatches(
  on: string,
  matches: readonly QuestionMatch[],
  texts: QuestionTexts,
  lang: Lang,
  c: ChalkInstance,
): string {
  const blocks: string[] = [];
  if (matches.length !== 1) {
    const n = countOutcomes(matches);
    blocks.push(
      printable(
        t(lang, 'match.text.summary', {
          date: on,
          count: matches.length,
          past: n.past,
          vol: n.vol,
          te_laat: n.te_laat,
          geen_aanbod: n.geen_aanbod,
        }),
      ),
    );
  } else blocks.push(printable(t(lang, 'match.text.on', { date: on })));
  for (const m of matches) blocks.push(questionLines(lang, c, m, texts).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/** `kwp match --aanbod <id>` as text. */
export function renderOfferMatch(
  on: string,
  match: OfferMatch,
  title: string,
  texts: QuestionTexts,
  lang: Lang,
  c: ChalkInstance,
): string {
  const head =
    match.status !== 'open'
      ? t(lang, 'match.text.offer-closed', { offer: title, id: match.aanbod, status: match.status, date: on })
      : t(lang, 'match.text.offer', { offer: title, id: match.aanbod, count: match.vragen.length, date: on });
  const blocks = [printable(head)];
  for (const v of match.vragen) {
    const lines = [c.bold(printable(v.vraag))];
    const text = texts.get(v.vraag);
    if (text) lines.push(`  ${printable(text)}`);
    for (const pair of v.matches) lines.push(...pairLines(lang, c, pair, undefined));
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** `kwp match <vraag> --aanbod <id>` as text: each period of the offer with its tests. */
export function renderPairs(
  on: string,
  vraag: string,
  pairs: readonly Pair[],
  why: readonly MatchMessage[],
  texts: QuestionTexts,
  lang: Lang,
  c: ChalkInstance,
): string {
  const fitting = pairs.filter((p) => p.past).length;
  const lines = [printable(t(lang, 'match.text.pairs', { vraag, count: pairs.length, fitting, date: on }))];
  const text = texts.get(vraag);
  if (text) lines.push(`  ${printable(text)}`);
  pairs.forEach((pair, i) => {
    lines.push('');
    lines.push(...pairLines(lang, c, pair, i + 1));
    lines.push(
      `     ${pair.past ? c.green(printable(t(lang, 'match.text.fits'))) : c.red(printable(t(lang, 'match.text.no-fit')))}`,
    );
  });
  if (why.length > 0) lines.push('', printable(sentences(lang, why)));
  return `${lines.join('\n')}\n`;
}
