// `kwp list [projecten|vragen|partners]`: the records of one kind, filtered, as a table or JSON.
import { list, str, stringsAt } from '../../core/data.js';
import type { Entry, KnowledgeBase } from '../../core/knowledge-base.js';
import type { Kind } from '../../core/kinds.js';
import { PROJECT_STATUSES, VRAAG_STATUSES } from '../../core/enums.js';
import { nameMatcher } from '../../core/name-match.js';
import { notAllowed } from '../../core/suggest.js';
import { EXIT, KwpError } from '../../errors.js';
import { type Lang, t } from '../../messages/catalogue.js';
import { renderTable } from '../../render/table.js';
import { type GlobalOptions, unknownKind } from '../context.js';
import type { Io } from '../io.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';
import { recordOf } from './record.js';

const KIND_NAMES: Record<string, Kind> = {
  projecten: 'project',
  project: 'project',
  vragen: 'vraag',
  kennisvragen: 'vraag',
  vraag: 'vraag',
  partners: 'partner',
  partner: 'partner',
};

export interface ListOptions extends GlobalOptions {
  status?: string;
  theme?: string;
  area?: string;
  programme?: string;
  partner?: string;
  json?: boolean;
}

export async function listCommand(io: Io, kindName: string, options: ListOptions): Promise<number> {
  const kind = KIND_NAMES[kindName];
  if (!kind) throw unknownKind(kindName, ['projecten', 'vragen', 'partners']);
  // A filter checked against the werkplaats' lists needs those lists: no guessing without them.
  const vocabulary = [options.theme, options.area, options.programme].some((v) => v !== undefined);
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

function matches(e: Entry, o: ListOptions): boolean {
  const d = e.data;
  if (o.status !== undefined && str(d, 'status') !== o.status) return false;
  if (o.theme !== undefined && !stringsAt(d, 'thema').some((s) => s.value === o.theme)) return false;
  if (o.area !== undefined && str(d, 'gebied') !== o.area) return false;
  if (o.programme !== undefined && str(d, 'programma') !== o.programme) return false;
  if (o.partner !== undefined) {
    const matchesName = nameMatcher(o.partner);
    if (!list(d, 'partners').some((p) => matchesName(str(p, 'naam') ?? ''))) return false;
  }
  return true;
}

/** A filter value that can never match is a typo: say so, with the allowed values. */
function checkFilterValues(kb: KnowledgeBase, kind: Kind, o: ListOptions): void {
  const statuses = kind === 'project' ? PROJECT_STATUSES : kind === 'vraag' ? VRAAG_STATUSES : undefined;
  if (o.status !== undefined && statuses) allowed('--status', o.status, [...statuses]);
  const w = kb.werkplaats?.data;
  const vocab = (name: string) =>
    w && Array.isArray(w[name]) ? stringsAt(w, name).map((s) => s.value) : undefined;
  if (o.theme !== undefined) allowed('--theme', o.theme, vocab('themas'));
  if (o.area !== undefined) allowed('--area', o.area, vocab('gebieden'));
  if (o.programme !== undefined) allowed('--programme', o.programme, vocab('programmas'));
}

function allowed(option: string, value: string, values: string[] | undefined): void {
  const problem = notAllowed(option, value, values);
  if (problem) throw new KwpError(problem.id, problem.args);
}

function table(kind: Kind, entries: Entry[], lang: Lang, width: number | undefined): string {
  const l = (id: Parameters<typeof t>[1]) => t(lang, id);
  if (kind === 'project') {
    return renderTable(
      [l('label.id'), l('label.status'), l('label.start'), l('label.gebied'), l('label.titel')],
      entries.map((e) => [
        e.id,
        str(e.data, 'status') ?? '',
        str(e.data, 'planning', 'start') ?? '',
        str(e.data, 'gebied') ?? '',
        str(e.data, 'titel') ?? '',
      ]),
      width,
    );
  }
  if (kind === 'vraag') {
    return renderTable(
      [l('label.id'), l('label.status'), l('label.bron'), l('label.vraag')],
      entries.map((e) => [
        e.id,
        str(e.data, 'status') ?? '',
        str(e.data, 'bron') ?? '',
        str(e.data, 'vraag') ?? '',
      ]),
      width,
    );
  }
  return renderTable(
    [l('label.id'), l('label.groep'), l('label.niveau'), l('label.naam')],
    entries.map((e) => [
      e.id,
      str(e.data, 'groep') ?? '',
      str(e.data, 'niveau') ?? '',
      str(e.data, 'naam') ?? '',
    ]),
    width,
  );
}
