// `kwp search` results as text for a terminal (best first, each with its passage, the matched words
// in bold where there is colour and in [brackets] where there is none) and as JSON.
import type { ChalkInstance } from 'chalk';
import type { SearchAnswer } from '../core/search/search.js';
import { type Lang, type MessageId, t } from '../messages/catalogue.js';
import { printable } from './printable.js';

export function renderSearch(query: string, answer: SearchAnswer, lang: Lang, c: ChalkInstance): string {
  const lines: string[] = [];
  const head =
    answer.results.length < answer.total
      ? t(lang, 'search.count-shown', { count: answer.total, shown: answer.results.length, query })
      : t(lang, 'search.count', { count: answer.total, query });
  lines.push(printable(head), '');
  answer.results.forEach((r, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${c.bold(printable(r.titel))}`);
    lines.push(`     ${c.dim(`${t(lang, `kind.${r.kind}` as MessageId)} · ${printable(r.path)}`)}`);
    if (r.passage) {
      const text = r.passage.parts
        .map((p) =>
          p.match
            ? c.level > 0
              ? c.bold.yellow(printable(p.text))
              : `[${printable(p.text)}]`
            : printable(p.text),
        )
        .join('');
      lines.push(`     ${text}`);
    }
    lines.push('');
  });
  if (answer.ignored.length > 0) lines.push(printable(t(lang, 'search.ignored', { words: answer.ignored })));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The JSON of `kwp search --json` (README, "kwp search"). */
export function searchJson(query: string, answer: SearchAnswer): unknown {
  return {
    query,
    terms: answer.terms,
    ignored: answer.ignored,
    total: answer.total,
    results: answer.results.map((r) => ({
      id: r.id,
      kind: r.kind,
      titel: r.titel,
      path: r.path,
      score: r.score,
      passage: r.passage,
    })),
  };
}
