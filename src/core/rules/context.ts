// What a rule's check gets: one file's data, or the knowledge base, and a way to report. A reporter
// is bound to one rule and one file: a rule reports under its own id, at its default severity.
// Rules never throw and never print.
import type { MessageArgs, MessageId } from '../../messages/catalogue.js';
import type { Data } from '../data.js';
import type { Anchor, KeyPath, PendingDiagnostic, RuleName, Severity } from '../diagnostics.js';
import type { ParsedFile } from '../read-file.js';

export interface Reporter {
  (anchor: Anchor, id: MessageId, args?: MessageArgs): void;
}

export interface FileContext {
  file: ParsedFile;
  data: Data;
  report: Reporter;
}

/** A reporter for `rule`'s diagnostics in `file`, collected in `out`. */
export function reporterFor(
  rule: { id: RuleName; severity: Severity },
  file: string,
  out: PendingDiagnostic[],
): Reporter {
  const { id: name, severity } = rule;
  return (anchor, id, args = {}) => out.push({ file, anchor, severity, rule: name, message: { id, args } });
}

export const key = (...path: KeyPath): Anchor => ({ kind: 'key', path });
export const value = (...path: KeyPath): Anchor => ({ kind: 'value', path });
