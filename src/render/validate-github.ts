// `kwp validate --format github`: workflow commands that GitHub shows as annotations on the lines.
// Escaped so that no value from a file can end the command and start one of its own.
import { formatMessage, type Lang, t } from '../messages/catalogue.js';
import { counts, type ValidationReport } from './diagnostics-summary.js';
import { repositoryPath } from './validate-gitlab.js';

/**
 * `prefix` is the knowledge base's folder inside the repository (or empty): GitHub places an
 * annotation only when its `file` is relative to the repository root. Errors come before warnings.
 */
export function renderValidateGithub(report: ValidationReport, lang: Lang, prefix = ''): string {
  const ordered = [...report.diagnostics].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const lines = ordered.map((d) => {
    const props = [
      `file=${property(repositoryPath(prefix, d.file))}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `title=${property(`kwp ${d.rule}`)}`,
    ];
    return `::${d.severity} ${props.join(',')}::${data(formatMessage(lang, d.message))}`;
  });
  const { errors, warnings } = counts(report);
  const summary =
    errors + warnings === 0
      ? t(lang, 'cli.validate-ok', { files: report.files })
      : t(lang, 'cli.validate-summary', { files: report.files, errors, warnings });
  lines.push(data(summary));
  return `${lines.join('\n')}\n`;
}

/** Escaping of a command's message, as the actions toolkit does it. */
export function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: also `:` and `,`, which end a property. */
export function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
