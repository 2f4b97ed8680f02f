// `kwp report [<id>]`: the werkplaats summary, or one project's evaluation summary, as md (default),
// html, json or csv, for a period and a programme.
import { mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { dateRangeProblems, localDate } from '../../core/dates.js';
import { projectReport } from '../../core/report/project-report.js';
import { publicRedactor } from '../../core/privacy/redact.js';
import { type FileDates, werkplaatsReport } from '../../core/report/summary.js';
import { mayBeInGit } from '../../store/git-presence.js';
import { replaceFile } from '../../store/write-file.js';
import { writeFailure } from '../../store/records.js';
import type { Stand } from '../../core/report/stand.js';
import type { CommitState } from '../../store/git-state.js';
import { notRead } from '../../core/unread.js';
import { notAllowed } from '../../core/suggest.js';
import { EXIT, KwpError, problemsError } from '../../errors.js';
import { formatMessage, type Message, t } from '../../messages/catalogue.js';
import { chooseLang, type GlobalOptions, kbRoot } from '../context.js';
import { type Io, progress } from '../io.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';
import { projectOrUndefined, requireProject } from './link.js';

export const REPORT_FORMATS = ['md', 'html', 'json', 'csv'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The format a file name asks for: `--out r.html` writes HTML without `--format html`. */
const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.csv': 'csv',
};

export interface ReportOptions extends GlobalOptions {
  since?: string;
  until?: string;
  programme?: string;
  format?: string;
  out?: string;
  public?: boolean;
  table?: string;
}

/** The tables a werkplaats CSV can hold (`--table`). */
export const REPORT_TABLES = ['projecten', 'vragen', 'capaciteit'] as const;
type ReportTable = (typeof REPORT_TABLES)[number];

/** `--table`: a known table, of the CSV, of the werkplaats summary. */
function tableProblems(id: string | undefined, format: ReportFormat, options: ReportOptions): Message[] {
  const table = options.table;
  if (table === undefined) return [];
  if (!(REPORT_TABLES as readonly string[]).includes(table))
    return [
      {
        id: 'cli.unknown-option-value',
        args: { value: table, option: '--table', allowed: [...REPORT_TABLES] },
      },
    ];
  if (format !== 'csv') return [{ id: 'report.table-needs-csv', args: { format } }];
  if (id !== undefined) return [{ id: 'report.table-project', args: { id } }];
  return [];
}

async function fileDates(root: string, inGit: boolean): Promise<FileDates> {
  // Outside any repository git would say so itself: no program is started to hear it.
  if (!inGit) return { reason: 'no-git' };
  const { knowledgeHistory } = await import('../../store/git-history.js');
  const history = await knowledgeHistory(root);
  return history.available ? history : { reason: history.reason };
}

/**
 * The format: `--format`, else what the extension of `--out` says, else md. A file name whose
 * extension says another format than `--format`, or one kwp cannot write, is a problem: a file
 * called r.pdf holding HTML helps nobody.
 */
function chooseFormat(options: ReportOptions, problems: Message[]): ReportFormat {
  const given = options.format;
  if (given !== undefined && !(REPORT_FORMATS as readonly string[]).includes(given)) {
    problems.push({
      id: 'cli.unknown-option-value',
      args: { value: given, option: '--format', allowed: [...REPORT_FORMATS] },
    });
  }
  const format = (given ?? 'md') as ReportFormat;
  if (options.out === undefined) return format;
  const ext = extname(options.out).toLowerCase();
  if (ext === '') return format;
  const fits = BY_EXTENSION[ext];
  if (fits === undefined) {
    problems.push({
      id: 'report.out-unknown-extension',
      args: { file: options.out, ext, allowed: Object.keys(BY_EXTENSION) },
    });
    return format;
  }
  if (given !== undefined && given !== fits && problems.length === 0) {
    const stem = basename(options.out, extname(options.out));
    problems.push({
      id: 'report.out-mismatch',
      args: { file: options.out, format: given, ext, fits, name: `${stem}.${given}` },
    });
  }
  return given === undefined ? fits : format;
}

/** Writes the report to `--out`, making its folder when that does not exist yet. */
function writeOut(io: Io, out: string, text: string): void {
  const target = resolve(io.cwd, out);
  let isFolder = false;
  try {
    isFolder = statSync(target).isDirectory();
  } catch {
    // not there yet: written below
  }
  if (isFolder) throw new KwpError('report.out-is-folder', { file: out });
  try {
    mkdirSync(dirname(target), { recursive: true });
    // --out names the file to write, so replacing it is meant; it is written in one step.
    replaceFile(target, text);
  } catch (e) {
    throw writeFailure(out, e);
  }
}

async function commitOf(root: string, inGit: boolean): Promise<CommitState> {
  if (!inGit) return { commit: null, gewijzigd: null };
  const { commitState } = await import('../../store/git-state.js');
  return commitState(root);
}

export async function reportCommand(io: Io, id: string | undefined, options: ReportOptions): Promise<number> {
  const problems: Message[] = [];
  const format = chooseFormat(options, problems);
  problems.push(
    ...dateRangeProblems(
      { option: '--since', value: options.since },
      { option: '--until', value: options.until },
      (since, until) => ({
        id: 'report.until-before-since',
        args: { since, until },
      }),
    ),
  );
  if (problems.length === 0) problems.push(...tableProblems(id, format, options));
  if (problems.length > 0) throw problemsError(problems);
  const note = progress(io);
  note.show(t(chooseLang(io, options), 'report.progress.reading'));
  // Git is asked for the history and the commit while the files are read.
  const root = kbRoot(io, options);
  const inGit = mayBeInGit(root);
  const history = id ? undefined : fileDates(root, inGit);
  history?.catch(() => {}); // awaited below; a failure there, not as an unhandled rejection now
  const today = localDate(io.now());
  const stand = commitOf(root, inGit).then((c): Stand => ({ datum: today, ...c }));
  stand.catch(() => {});
  let text: string | readonly string[];
  try {
    text = await makeReport(note, id, options, format, history, stand);
  } finally {
    note.done(); // also when kwp stops: its message starts on a clean line
  }
  if (options.out) {
    writeOut(io, options.out, typeof text === 'string' ? text : text.join(''));
    io.err(`${options.out}\n`);
  } else if (typeof text === 'string') io.out(text);
  else for (const part of text) io.out(part);
  return EXIT.ok;
}

async function makeReport(
  note: ReturnType<typeof progress>,
  id: string | undefined,
  options: ReportOptions,
  format: ReportFormat,
  history: Promise<FileDates> | undefined,
  standPromise: Promise<Stand>,
): Promise<string | readonly string[]> {
  // The summary needs the werkplaats' name and targets; one project's summary needs that project.
  // --public needs every record: the people to leave out are found in all of them, so a file that
  // cannot be read may hold a name that would then be printed. Every other file that could not be
  // read is named on stderr, and in the report itself.
  const { kb, lang, unread } = await openKnowledgeBase(note.io, options, {
    dataOnly: true,
    files: (kb) => [
      ...(id ? [projectOrUndefined(kb, id)] : werkplaatsFile(kb)),
      ...(options.public ? [...werkplaatsFile(kb), ...kb.entries] : []),
    ],
  });
  note.show(t(lang, 'report.progress.counting', { files: kb.files.length }));
  if (options.programme !== undefined) {
    const programmas = kb.werkplaats?.view.programmas ?? [];
    const used = kb.ofKind('project').map((p) => p.view.programma);
    const problem = used.includes(options.programme)
      ? undefined
      : notAllowed('--programme', options.programme, programmas);
    if (problem) throw new KwpError(problem.id, problem.args);
  }
  const period =
    options.since || options.until
      ? { ...(options.since ? { van: options.since } : {}), ...(options.until ? { tot: options.until } : {}) }
      : null;
  const skipped = notRead(unread, (m) => formatMessage(lang, m));
  const stand = await standPromise;
  const data = id
    ? { kind: 'project' as const, report: projectReport(kb, requireProject(kb, id), skipped, stand) }
    : {
        kind: 'werkplaats' as const,
        report: werkplaatsReport(kb, {
          period,
          today: stand.datum,
          stand,
          history: await history!,
          notRead: skipped,
          lang,
          ...(options.programme ? { programme: options.programme } : {}),
        }),
      };
  // --public: every person's name becomes […] (in JSON too, so its keys stay as they are); the
  // renderers also leave the projectleider column out.
  const shown = options.public ? { ...data, report: publicRedactor(kb.files).data(data.report) } : data;
  const { renderReport, reportJsonParts } = await import('../../render/report/index.js');
  note.done();
  // JSON is written in pieces (see reportJsonParts).
  if (format === 'json') return reportJsonParts(shown.report);
  return renderReport(shown as typeof data, format, lang, {
    public: Boolean(options.public),
    ...(options.table !== undefined ? { table: options.table as ReportTable } : {}),
  });
}
