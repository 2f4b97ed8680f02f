// `kwp validate --format sarif`: SARIF 2.1.0, for code-scanning uploads (GitHub's upload-sarif
// action and other SARIF viewers). One run that lists every rule kwp checks, documented from the rule
// index (what is wrong, how to fix it, an example, a link into the README), and one result per
// problem with its full region, relative to the repository root (`%SRCROOT%`).
import type { Diagnostic, RuleName } from '../core/diagnostics.js';
import { RULE_INDEX } from '../core/rules/index.js';
import { formatMessage, type Lang, t } from '../messages/catalogue.js';
import { ruleText } from '../messages/rule-texts.js';
import type { ValidationReport } from './diagnostics-summary.js';
import { ruleAnchor, ruleHelp } from './rule-docs.js';
import { fingerprints, repositoryPath } from './validate-gitlab.js';

export interface SarifOptions {
  /** The knowledge base's folder inside the repository, e.g. `werkplaats/`, or empty. */
  prefix?: string;
  /** The version of kwp. */
  version: string;
  /** Where kwp's README is read (its rule headings are the rules' help links), without a fragment. */
  documentation: string;
}

const SRCROOT = '%SRCROOT%';

export function renderValidateSarif(report: ValidationReport, lang: Lang, options: SarifOptions): string {
  const prefix = options.prefix ?? '';
  const ruleIndex = new Map<RuleName, number>(RULE_INDEX.map((entry, i) => [entry.id, i]));
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
            informationUri: options.documentation,
            rules: RULE_INDEX.map((entry) => {
              // kwp's own texts, not values from files: tests keep them free of links, braces and HTML.
              const texts = ruleText(lang, entry.id);
              const helpUri = `${options.documentation}#${ruleAnchor(entry.id)}`;
              return {
                id: entry.id,
                name: entry.id,
                shortDescription: { text: texts.title },
                fullDescription: { text: texts.summary },
                help: ruleHelp(lang, entry, helpUri),
                helpUri,
                defaultConfiguration: { level: entry.severity },
                properties: { tags: ['kwp', entry.scope] },
              };
            }),
          },
        },
        language: lang,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SRCROOT]: { description: { text: t(lang, 'validate.sarif.srcroot') } } },
        results: report.diagnostics.map((d, i) => ({
          ruleId: d.rule,
          ruleIndex: ruleIndex.get(d.rule),
          level: d.severity,
          message: { text: sarifText(formatMessage(lang, d.message)) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uri(repositoryPath(prefix, d.file)), uriBaseId: SRCROOT },
                // The locator keeps a problem's length within its first line.
                region: {
                  startLine: d.line,
                  startColumn: d.column,
                  endLine: d.line,
                  endColumn: d.column + Math.max(1, d.length),
                },
              },
            },
          ],
          partialFingerprints: { 'kwp/v1': prints[i]! },
          ...(d.fixedLine === undefined ? {} : { fixes: [lineFix(lang, prefix, d)] }),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A proposed fix (SARIF 2.1.0 §3.55): the problem's line replaced by the line as it should read.
 * The whole line is deleted up to the start of the next, so the replacement keeps the line break.
 */
function lineFix(lang: Lang, prefix: string, d: Diagnostic) {
  return {
    description: { text: sarifText(formatMessage(lang, d.message)) },
    artifactChanges: [
      {
        artifactLocation: { uri: uri(repositoryPath(prefix, d.file)), uriBaseId: SRCROOT },
        replacements: [
          {
            deletedRegion: { startLine: d.line, startColumn: 1, endLine: d.line + 1, endColumn: 1 },
            insertedContent: { text: `${d.fixedLine ?? ''}\n` },
          },
        ],
      },
    ],
  };
}

// C0 and C1 controls other than tab and line feed: shown as `\u001b`, as kwp does on a terminal.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * A message, with values from files in it, as a SARIF plain-text message string (SARIF 2.1.0 §3.11.5–3.11.6): a value from a file can
 * make no embedded link (`[text](target)`: brackets and the backslash are escaped) and no
 * placeholder (`{0}`: braces are doubled), and carries no control characters.
 */
export function sarifText(text: string): string {
  return text
    .replace(/[\\[\]]/g, (c) => `\\${c}`)
    .replace(/[{}]/g, (c) => c + c)
    .replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A relative URI reference: forward slashes, each segment percent-encoded (spaces, `%`, `#`, `:`). */
function uri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
