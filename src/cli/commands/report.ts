// `kwp report [<id>]`: the werkplaats summary, or one project's evaluation summary, as md (default),
// html, json or csv, for a period and a programme.
import { resolve } from 'node:path';
import { dateRangeProblems, localDate } from '../../core/dates.js';
import { projectReport } from '../../core/report/project-report.js';
import { publicRedactor } from '../../core/privacy/redact.js';
import { type FileDates, werkplaatsReport } from '../../core/report/summary.js';
import { replaceFile } from '../../store/write-file.js';
import { notRead } from '../../core/unread.js';
import { stringsAt } from '../../core/data.js';
import { notAllowed } from '../../core/suggest.js';
import { EXIT, KwpError, problemsError } from '../../errors.js';
import { formatMessage, type Message, t } from '../../messages/catalogue.js';
import { chooseLang, type GlobalOptions, kbRoot } from '../context.js';
import { type Io, progress } from '../io.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';
import { projectOrUndefined, requireProject } from './link.js';

export const REPORT_FORMATS = ['md', 'html', 'json', 'csv'] as const;

export interface ReportOptions extends GlobalOptions {
  since?: string;
  until?: string;
  programme?: string;
  format?: string;
  out?: string;
  public?: boolean;
}

async function fileDates(root: string): Promise<FileDates> {
  const { knowledgeHistory } = await import('../../store/git-history.js');
  const history = await knowledgeHistory(root);
  return history.available ? history : { reason: history.reason };
}

export async function reportCommand(io: Io, id: string | undefined, options: ReportOptions): Promise<number> {
  const format = options.format ?? 'md';
  const problems: Message[] = [];
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    problems.push({
      id: 'cli.unknown-option-value',
      args: { value: format, option: '--format', allowed: [...REPORT_FORMATS] },
    });
  }
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
  if (problems.length > 0) throw problemsError(problems);
  const note = progress(io);
  note.show(t(chooseLang(io, options), 'report.progress.reading'));
  // Git is asked for the history while the files are read.
  const history = id ? undefined : fileDates(kbRoot(io, options));
  history?.catch(() => {}); // awaited below; a failure there, not as an unhandled rejection now
  let text: string;
  try {
    text = await makeReport(note, id, options, format as ReportFormat, history);
  } finally {
    note.done(); // also when kwp stops: its message starts on a clean line
  }
  if (options.out) {
    // --out names the file to write, so replacing it is meant; it is written in one step.
    replaceFile(resolve(io.cwd, options.out), text);
    io.err(`${options.out}\n`);
  } else io.out(text);
  return EXIT.ok;
}

type ReportFormat = (typeof REPORT_FORMATS)[number];

async function makeReport(
  note: ReturnType<typeof progress>,
  id: string | undefined,
  options: ReportOptions,
  format: ReportFormat,
  history: Promise<FileDates> | undefined,
): Promise<string> {
  // The summary needs the werkplaats' name and targets; one project's summary needs that project.
  // --public needs every record: the people to leave out are found in all of them, so a file that
  // cannot be read may hold a name that would then be printed. Every other file that could not be
  // read is named on stderr, and in the report itself.
  const { kb, lang, unread } = await openKnowledgeBase(note.io, options, {
    files: (kb) => [
      ...(id ? [projectOrUndefined(kb, id)] : werkplaatsFile(kb)),
      ...(options.public ? [...werkplaatsFile(kb), ...kb.entries] : []),
    ],
  });
  note.show(t(lang, 'report.progress.counting', { files: kb.files.length }));
  if (options.programme !== undefined) {
    const programmas = stringsAt(kb.werkplaats?.data, 'programmas').map((s) => s.value);
    const used = kb.ofKind('project').map((p) => p.data?.['programma']);
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
  const data = id
    ? { kind: 'project' as const, report: projectReport(kb, requireProject(kb, id), skipped) }
    : {
        kind: 'werkplaats' as const,
        report: werkplaatsReport(kb, {
          period,
          today: localDate(new Date()),
          history: await history!,
          notRead: skipped,
          ...(options.programme ? { programme: options.programme } : {}),
        }),
      };
  const shown = options.public ? { ...data, report: publicRedactor(kb.files).data(data.report) } : data;
  const { renderReport } = await import('../../render/report/index.js');
  note.done();
  return renderReport(shown as typeof data, format, lang);
}
