// `kwp validate` for people: each problem with its place, the line itself and a marker under the
// offending part, the way a compiler shows it; then one summary line.
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../core/diagnostics.js';
import { formatMessage, type Lang, t } from '../messages/catalogue.js';
import { printable } from './printable.js';
import { counts, type ValidationReport } from './diagnostics-summary.js';

export interface SourceLines {
  lineText(file: string, line: number): string;
}

export function renderValidatePretty(
  report: ValidationReport,
  lang: Lang,
  source: SourceLines,
  c: ChalkInstance,
): string {
  const blocks = report.diagnostics.map((d) => block(d, lang, source, c));
  const { errors, warnings } = counts(report);
  const summary =
    errors + warnings === 0
      ? c.green(t(lang, 'cli.validate-ok', { files: report.files }))
      : (errors > 0 ? c.red : c.yellow)(
          t(lang, 'cli.validate-summary', { files: report.files, errors, warnings }),
        );
  return `${[...blocks, summary].join('\n\n')}\n`;
}

function block(d: Diagnostic, lang: Lang, source: SourceLines, c: ChalkInstance): string {
  const colour = d.severity === 'error' ? c.red : c.yellow;
  const head = `${c.bold(`${d.file}:${d.line}:${d.column}`)} ${colour(t(lang, `severity.${d.severity}`))} ${c.dim(d.rule)}`;
  const lines = [head, `  ${printable(formatMessage(lang, d.message))}`];
  const text = source.lineText(d.file, d.line);
  if (text !== '') {
    // The fixed line, when kwp knows it, goes under the line as written, labelled in the gutter.
    const label = d.fixedLine === undefined ? '' : t(lang, 'validate.fixed-line');
    const width = Math.max(String(d.line).length, label.length);
    const gutter = String(d.line).padStart(width);
    const shown = printable(text.replace(/\t/g, ' '));
    const pad = ' '.repeat(width);
    lines.push(`  ${c.dim(`${gutter} |`)} ${shown}`);
    lines.push(
      `  ${c.dim(`${pad} |`)} ${' '.repeat(Math.max(0, d.column - 1))}${colour('^'.repeat(Math.max(1, d.length)))}`,
    );
    if (d.fixedLine !== undefined)
      lines.push(`  ${c.dim(`${label.padStart(width)} |`)} ${c.green(printable(d.fixedLine))}`);
  }
  return lines.join('\n');
}
