// `kwp search <words…>`: full-text search over every record with the site's Dutch analysis and
// ranking (core/search), narrowed by `--kind` and the filters of `kwp list`; text or JSON.
import type { Entry } from '../../core/knowledge-base.js';
import { FOLDER_KINDS, KINDS, kindOfWord } from '../../core/model/kinds.js';
import { searchDocuments } from '../../core/search/records.js';
import { searchDocumentsFor } from '../../core/search/search.js';
import { notAllowed } from '../../core/suggest.js';
import { EXIT, KwpError } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { renderSearch, searchJson } from '../../render/search-results.js';
import { unknownKind } from '../context.js';
import { colourFor, type Io } from '../io.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';
import { checkFilterValues, type ListOptions, matches } from './list.js';

export interface SearchCommandOptions extends ListOptions {
  kind?: string;
  limit?: string;
}

const FILTERS = ['status', 'theme', 'area', 'programme', 'partner'] as const;

export async function searchCommand(io: Io, words: string[], options: SearchCommandOptions): Promise<number> {
  const query = words.join(' ');
  if (!/[\p{L}\p{N}]/u.test(query)) throw new KwpError('search.no-words', {});
  const kind = options.kind === undefined ? undefined : kindOfWord(options.kind);
  if (options.kind !== undefined && !kind)
    throw unknownKind(
      options.kind,
      FOLDER_KINDS.map((k) => k.words[0]!),
    );
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 0 || !/^\d+$/.test(options.limit ?? '0'))
    throw new KwpError('search.bad-limit', { value: options.limit ?? '' });

  const { kb, lang } = await openKnowledgeBase(io, options, { files: werkplaatsFile });
  // A value no record can have is a typo, as in `kwp list`: the statuses of every kind searched.
  const statuses = [...new Set((kind ? [KINDS[kind]] : FOLDER_KINDS).flatMap((k) => k.statuses ?? []))];
  const badStatus = notAllowed('--status', options.status, statuses);
  if (badStatus) throw new KwpError(badStatus.id, badStatus.args);
  checkFilterValues(kb, kind ?? 'werkplaats', { ...options, status: undefined });

  const filtered = kind !== undefined || FILTERS.some((f) => options[f] !== undefined);
  const entries = new Map<string, Entry>(kb.entries.map((e) => [e.id, e]));
  const answer = searchDocumentsFor(searchDocuments(kb), query, {
    limit: limit === 0 ? undefined : limit,
    keep: filtered
      ? (doc) => {
          const entry = entries.get(doc.id);
          return (
            entry !== undefined && (kind === undefined || entry.kind === kind) && matches(entry, options)
          );
        }
      : undefined,
  });

  if (options.json) {
    io.out(`${JSON.stringify(searchJson(query, answer), null, 2)}\n`);
    return EXIT.ok;
  }
  if (answer.terms.length === 0) {
    io.err(`${t(lang, 'search.only-common', { words: answer.ignored, count: answer.ignored.length })}\n`);
    return EXIT.ok;
  }
  if (answer.total === 0) {
    io.err(`${t(lang, 'search.none', { query })}\n`);
    return EXIT.ok;
  }
  io.out(renderSearch(query, answer, lang, colourFor(io)));
  return EXIT.ok;
}
