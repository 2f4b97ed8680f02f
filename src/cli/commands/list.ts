// `kwp list [projecten|vragen|partners|aanbod]`: the records of one kind, filtered, as a table or JSON. The
// kind words, the columns and the filters come from the kind table (core/model/kinds.ts); a filter
// reads the field the vocabulary and name-link tables (core/model/links.ts) name for it.
import type { Entry, KnowledgeBase } from '../../core/knowledge-base.js';
import type { Kind } from '../../core/kinds.js';
import { type Column, FOLDER_KINDS, KINDS, type KindSpec, kindOfWord } from '../../core/model/kinds.js';
import { nameLinkNamed, stringsAtPath, vocabularyWords } from '../../core/model/link-values.js';
import { VOCABULARY_FIELDS, type VocabularyField } from '../../core/model/links.js';
import { nameMatcher } from '../../core/name-match.js';
import { offerStatus } from '../../core/offer/periods.js';
import { notAllowed } from '../../core/suggest.js';
import { EXIT, KwpError } from '../../errors.js';
import { type Lang, t } from '../../messages/catalogue.js';
import { renderTable } from '../../render/table.js';
import { type GlobalOptions, unknownKind } from '../context.js';
import type { Io } from '../io.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';
import { recordOf } from './record.js';

export interface ListOptions extends GlobalOptions {
  status?: string;
  theme?: string;
  area?: string;
  programme?: string;
  partner?: string;
  json?: boolean;
}

/** The filters on a werkplaats list, by option: the list it checks the value against. */
const VOCABULARY_FILTERS = [
  { option: 'theme', list: 'themas' },
  { option: 'area', list: 'gebieden' },
  { option: 'programme', list: 'programmas' },
] as const satisfies readonly { option: keyof ListOptions; list: VocabularyField['list'] }[];

/**
 * `--partner`: part of a name among the organisations a record names as its partners (a project's
 * partners, an offer's school), per kind.
 */
const PARTNER_LINKS = [nameLinkNamed('partners'), nameLinkNamed('instelling')];

export async function listCommand(io: Io, kindName: string, options: ListOptions): Promise<number> {
  const kind = kindOfWord(kindName);
  if (!kind)
    throw unknownKind(
      kindName,
      FOLDER_KINDS.map((k) => k.words[0]!),
    );
  // A filter checked against the werkplaats' lists needs those lists: no guessing without them.
  const vocabulary = VOCABULARY_FILTERS.some((f) => options[f.option] !== undefined);
  const { kb, lang } = await openKnowledgeBase(io, options, vocabulary ? { files: werkplaatsFile } : {});
  checkFilterValues(kb, kind, options);
  const entries = kb
    .ofKind(kind)
    .filter((e) => e.data !== null && matches(e, options))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

  if (options.json) {
    io.out(`${JSON.stringify(entries.map(recordOf), null, 2)}\n`);
    return EXIT.ok;
  }
  if (entries.length === 0) {
    io.err(`${t(lang, 'cli.list-empty')}\n`);
    return EXIT.ok;
  }
  io.out(table(kind, entries, lang, io.stdoutIsTty ? io.columns : undefined));
  return EXIT.ok;
}

/**
 * Whether a record passes every filter given. A filter its kind does not have (KINDS' `filters`:
 * `--programme` for questions, any filter for partners) passes nothing.
 */
export function matches(e: Entry, o: ListOptions): boolean {
  const d = e.data;
  const has = (filter: KindSpec['filters'][number]) => KINDS[e.kind].filters.includes(filter);
  const view = e.view;
  // An offer without a status is open (format.md), and is listed as such.
  const status = view.kind === 'aanbod' ? offerStatus(view) : 'status' in view ? view.status : undefined;
  if (o.status !== undefined && (!has('status') || status !== o.status)) return false;
  for (const filter of VOCABULARY_FILTERS) {
    const wanted = o[filter.option];
    if (wanted === undefined) continue;
    const field = vocabularyField(e.kind, filter.list);
    if (!has(filter.option) || !field || !vocabularyWords(d, field).includes(wanted)) return false;
  }
  if (o.partner !== undefined) {
    const matchesName = nameMatcher(o.partner);
    const link = PARTNER_LINKS.find((l) => l.from === e.kind);
    if (!has('partner') || !link || !stringsAtPath(d, link.path).some(matchesName)) return false;
  }
  return true;
}

/** The field of a kind whose words come from a werkplaats list. */
function vocabularyField(kind: Kind, list: VocabularyField['list']): VocabularyField | undefined {
  return VOCABULARY_FIELDS.find((f) => f.list === list && (f.kinds as readonly Kind[]).includes(kind));
}

/** A filter value that can never match is a typo: say so, with the allowed values. */
export function checkFilterValues(kb: KnowledgeBase, kind: Kind, o: ListOptions): void {
  const statuses = KINDS[kind].statuses;
  if (o.status !== undefined && statuses) allowed('--status', o.status, [...statuses]);
  const w = kb.werkplaats?.view;
  for (const filter of VOCABULARY_FILTERS) {
    const value = o[filter.option];
    if (value !== undefined) allowed(`--${filter.option}`, value, w?.[filter.list]);
  }
}

function allowed(option: string, value: string, values: readonly string[] | undefined): void {
  const problem = notAllowed(option, value, values);
  if (problem) throw new KwpError(problem.id, problem.args);
}

/** The kind's columns (core/model/kinds.ts), each value as text. */
function table(kind: Kind, entries: Entry[], lang: Lang, width: number | undefined): string {
  const columns: readonly Column[] = KINDS[kind].columns;
  return renderTable(
    columns.map((c) => t(lang, c.label)),
    entries.map((e) => columns.map((c) => c.value(e.view, e.id) ?? '')),
    width,
  );
}
