// `kwp validate --format sarif`: SARIF 2.1.0, for code-scanning uploads (GitHub's
// upload-sarif action and other SARIF viewers). One run, one rule per rule name that occurs.
import type { RuleName } from '../core/diagnostics.js';
import { formatMessage, type Lang, t } from '../messages/catalogue.js';
import type { ValidationReport } from './diagnostics-summary.js';
import { fingerprints, repositoryPath } from './validate-gitlab.js';

export interface SarifOptions {
  /** The knowledge base's folder inside the repository, e.g. `werkplaats/`, or empty. */
  prefix?: string;
  /** The version of kwp. */
  version: string;
}

export function renderValidateSarif(report: ValidationReport, lang: Lang, options: SarifOptions): string {
  const prefix = options.prefix ?? '';
  const ruleIds: RuleName[] = [];
  for (const d of report.diagnostics) if (!ruleIds.includes(d.rule)) ruleIds.push(d.rule);
  const prints = fingerprints(report.diagnostics, prefix);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kwp',
            version: options.version,
            informationUri: 'https://www.npmjs.com/package/kwp',
            rules: ruleIds.map((id) => ({
              id,
              name: id,
              shortDescription: { text: t(lang, 'validate.sarif.rule', { rule: id }) },
            })),
          },
        },
        results: report.diagnostics.map((d, i) => ({
          ruleId: d.rule,
          ruleIndex: ruleIds.indexOf(d.rule),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: formatMessage(lang, d.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(repositoryPath(prefix, d.file)) },
                region: { startLine: d.line, startColumn: d.column },
              },
            },
          ],
          partialFingerprints: { 'kwp/v1': prints[i]! },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative URI reference: forward slashes, each segment percent-encoded (spaces, `%`, `#`, `:`). */
function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
