// `kwp validate --format gitlab`: a GitLab Code Quality report (the `artifacts:reports:codequality`
// file), which merge requests show in their widget and beside the changed lines. A JSON array of
// {description, check_name, fingerprint, severity, location: {path, lines: {begin}}}; `[]` when clean.
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../core/diagnostics.js';
import { formatMessage, type Lang } from '../messages/catalogue.js';
import type { ValidationReport } from './diagnostics-summary.js';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * `prefix` is the knowledge base's folder inside the repository (`git rev-parse --show-prefix`,
 * e.g. `werkplaats/`, or empty), so that paths are relative to the repository root as GitLab wants.
 */
export function renderValidateGitlab(report: ValidationReport, lang: Lang, prefix = ''): string {
  const prints = fingerprints(report.diagnostics, prefix);
  const issues: CodeQualityIssue[] = report.diagnostics.map((d, i) => ({
    description: formatMessage(lang, d.message),
    check_name: `kwp/${d.rule}`,
    fingerprint: prints[i]!,
    // An error fails the pipeline, so it is "major"; "critical" and "blocker" are left for security.
    severity: d.severity === 'error' ? 'major' : 'minor',
    location: { path: repositoryPath(prefix, d.file), lines: { begin: d.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

export function repositoryPath(prefix: string, file: string): string {
  const base = prefix.replace(/\\/g, '/').replace(/^\.\//, '');
  return `${base === '' || base.endsWith('/') ? base : `${base}/`}${file.replace(/\\/g, '/')}`;
}

/**
 * One fingerprint per diagnostic, stable across runs and languages: a hash of the repository path,
 * the rule and the message (its id and arguments, not its translated text), but not the line, so
 * that a problem keeps its fingerprint when lines above it are added or removed and GitLab does not
 * report it as fixed and new. Identical problems in one file are told apart by their order.
 */
export function fingerprints(diagnostics: readonly Diagnostic[], prefix = ''): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const key = JSON.stringify([
      repositoryPath(prefix, d.file),
      d.rule,
      d.message.id,
      Object.entries(d.message.args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\n${occurrence}`).digest('hex').slice(0, 32);
  });
}
