// What a rule gets: one file's data and a way to report. Rules never throw and never print.
import type { MessageArgs, MessageId } from '../../messages/catalogue.js';
import type { Data } from '../data.js';
import type { Anchor, KeyPath, PendingDiagnostic, RuleName, Severity } from '../diagnostics.js';
import type { ParsedFile } from '../read-file.js';

export interface Reporter {
  (rule: RuleName, anchor: Anchor, id: MessageId, args?: MessageArgs, severity?: Severity): void;
}

export interface FileContext {
  file: ParsedFile;
  data: Data;
  report: Reporter;
}

export function reporterFor(file: string, out: PendingDiagnostic[]): Reporter {
  return (rule, anchor, id, args = {}, severity = 'error') =>
    out.push({ file, anchor, severity, rule, message: { id, args } });
}

export const key = (...path: KeyPath): Anchor => ({ kind: 'key', path });
export const value = (...path: KeyPath): Anchor => ({ kind: 'value', path });
