// The Markdown job summary of `kwp validate --format github`, appended to the file named by
// GITHUB_STEP_SUMMARY. Every value from a file is escaped so that it stays inside its table cell.
import { formatMessage, type Lang, t } from '../messages/catalogue.js';
import { counts, type ValidationReport } from './diagnostics-summary.js';
import { repositoryPath } from './validate-gitlab.js';

/** GitHub limits a step's summary to 1 MiB; beyond this many rows the log has the rest. */
export const SUMMARY_MAX_ROWS = 500;

export function renderValidateSummary(report: ValidationReport, lang: Lang, prefix = ''): string {
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
    for (const d of ordered.slice(0, SUMMARY_MAX_ROWS)) {
      const values = [
        `${repositoryPath(prefix, d.file)}:${d.line}`,
        t(lang, `severity.${d.severity}`),
        d.rule,
        formatMessage(lang, d.message),
      ];
      out.push(`| ${values.map(cell).join(' | ')} |`);
    }
    if (ordered.length > SUMMARY_MAX_ROWS)
      out.push('', cell(t(lang, 'validate.summary.more', { count: ordered.length - SUMMARY_MAX_ROWS })));
    out.push('');
  }
  return `${out.join('\n')}\n`;
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
