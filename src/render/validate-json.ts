// `kwp validate --format json`: the shape fixed by cli.md.
import { formatMessage, type Lang } from '../messages/catalogue.js';
import { counts, type ValidationReport } from './diagnostics-summary.js';

export function renderValidateJson(report: ValidationReport, lang: Lang): string {
  const { errors, warnings, ok } = counts(report);
  const diagnostics = report.diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    rule: d.rule,
    message: formatMessage(lang, d.message),
  }));
  return `${JSON.stringify({ ok, files: report.files, errors, warnings, diagnostics }, null, 2)}\n`;
}
