// The Markdown job summary of `kwp validate --format github`, appended to the file named by
// GITHUB_STEP_SUMMARY. Every value from a file is escaped so that it stays inside its table cell.
import { Buffer } from 'node:buffer';
import { formatMessage, type Lang, t } from '../messages/catalogue.js';
import { counts, type ValidationReport } from './diagnostics-summary.js';
import { repositoryPath } from './validate-gitlab.js';

/** Beyond this many rows the log has the rest: a longer table is not read. */
export const SUMMARY_MAX_ROWS = 500;
/** GitHub refuses a step's summary over 1 MiB (and shows none of it), so kwp stays below that. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
/** A cell holds at most this many characters (a value from a file can be long); the log has all. */
const CELL_MAX_CHARS = 1000;
/** Room kept for the closing line that says how many problems the table leaves out. */
const CLOSING_BYTES = 1024;

/**
 * The summary as Markdown, at most `maxBytes` bytes of UTF-8 (what is left of GitHub's limit for the
 * step): rows stop at SUMMARY_MAX_ROWS or where the next one would not fit, and a last line says how
 * many problems are not in the table.
 */
export function renderValidateSummary(
  report: ValidationReport,
  lang: Lang,
  prefix = '',
  maxBytes = SUMMARY_MAX_BYTES,
): string {
  const { errors, warnings, ok } = counts(report);
  const line =
    errors + warnings === 0
      ? t(lang, 'cli.validate-ok', { files: report.files })
      : t(lang, 'cli.validate-summary', { files: report.files, errors, warnings });
  const out = ['', `## ${ok ? '✅' : '❌'} ${cell(t(lang, 'validate.summary.title'))}`, '', cell(line), ''];
  if (report.diagnostics.length > 0) {
    const ordered = [...report.diagnostics].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
    );
    const head = ['place', 'severity', 'rule', 'message'] as const;
    out.push(`| ${head.map((h) => cell(t(lang, `validate.summary.${h}`))).join(' | ')} |`);
    out.push(`| ${head.map(() => '---').join(' | ')} |`);
    let bytes = Buffer.byteLength(out.join('\n')) + CLOSING_BYTES;
    let shown = 0;
    for (const d of ordered.slice(0, SUMMARY_MAX_ROWS)) {
      const values = [
        `${repositoryPath(prefix, d.file)}:${d.line}`,
        t(lang, `severity.${d.severity}`),
        d.rule,
        formatMessage(lang, d.message),
      ];
      const row = `| ${values.map((v) => cell(shortened(v))).join(' | ')} |`;
      bytes += Buffer.byteLength(row) + 1;
      if (bytes > maxBytes) break;
      out.push(row);
      shown++;
    }
    if (ordered.length > shown)
      out.push('', cell(t(lang, 'validate.summary.more', { count: ordered.length - shown })));
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** A value cut to CELL_MAX_CHARS characters (not inside a surrogate pair), with … when it was cut. */
function shortened(text: string): string {
  if (text.length <= CELL_MAX_CHARS) return text;
  const end = /[\ud800-\udbff]/.test(text[CELL_MAX_CHARS - 2] ?? '')
    ? CELL_MAX_CHARS - 2
    : CELL_MAX_CHARS - 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A value as the text of one Markdown table cell: on one line, no `|` that ends the cell, no HTML,
 * no code span, emphasis, link or image syntax of its own.
 */
export function cell(text: string): string {
  return (
    text
      .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~!#$]/g, (c) => `\\${c}`)
  );
}
