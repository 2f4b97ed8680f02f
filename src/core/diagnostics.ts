// Diagnostics are data: rules collect them, renderers turn them into text, JSON or annotations.
import type { MessageArgs, MessageId } from '../messages/catalogue.js';

export type Severity = 'error' | 'warning';

/** A path into the frontmatter, e.g. ['partners', 2, 'naam']. */
export type KeyPath = readonly (string | number)[];

/**
 * Where a problem sits. Rules say it in terms of the frontmatter (`path` + whether the key or the
 * value is meant); the locator turns that into a line and column later, so valid files never pay for it.
 */
export type Anchor =
  | { kind: 'key'; path: KeyPath }
  | { kind: 'value'; path: KeyPath }
  | { kind: 'offset'; offset: number }
  | { kind: 'line'; line: number; column: number };

export interface PendingDiagnostic {
  file: string;
  anchor: Anchor;
  severity: Severity;
  rule: RuleName;
  message: { id: MessageId; args: MessageArgs };
  /** The line of the problem as it should read, when kwp knows the fix (text to put in quotes). */
  fixedLine?: string;
}

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** Length of the marked source (for the caret line); 1 when unknown. */
  length: number;
  severity: Severity;
  rule: RuleName;
  message: { id: MessageId; args: MessageArgs };
  /** The line `line` as it should read, when kwp knows the fix; renderers show it beside the message. */
  fixedLine?: string;
}

/** Every rule name is public: CI filters and the README use them. Keep them stable. */
export const RULES = [
  // reading a file
  'invalid-encoding',
  'file-too-large',
  'unexpected-file',
  'symlink-outside',
  'unreadable-file',
  'missing-frontmatter',
  'unclosed-frontmatter',
  'frontmatter-language',
  'yaml-syntax',
  'yaml-tabs',
  'yaml-duplicate-key',
  'yaml-complex-key',
  'yaml-anchor',
  'yaml-tag',
  'yaml-too-deep',
  'not-a-mapping',
  // one file against its schema
  'missing-key',
  'invalid-type',
  'invalid-value',
  'invalid-date',
  'invalid-id',
  'invalid-email',
  'invalid-url',
  'invalid-number',
  'unknown-key',
  // one file, rules between its fields
  'id-mismatch',
  'required-for-status',
  'evaluation-required',
  'date-order',
  'evaluation-before-start',
  'missing-inhoud',
  'budget-shortfall',
  'students-not-education',
  'question-project-required',
  'email-in-name',
  // across files
  'duplicate-id',
  'unknown-reference',
  'self-reference',
  'cycle',
  'unknown-vocabulary',
  'taken-up-unlisted',
  'unregistered-partner',
  'unknown-funder',
  'offer-not-education',
  'offer-period-missed',
  'offer-overbooked',
] as const;

export type RuleName = (typeof RULES)[number];

export function sortDiagnostics<T extends { file: string; line: number; column: number }>(list: T[]): T[] {
  return list.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
}
