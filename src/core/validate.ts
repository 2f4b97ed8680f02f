// Validation in two steps: each file alone (right after it is read), then all files together.
// Pure: parsed files in, diagnostics (still anchored to keys) out.
import type { PendingDiagnostic } from './diagnostics.js';
import { KnowledgeBase } from './knowledge-base.js';
import type { ParsedFile } from './read-file.js';
import { type Reporter, reporterFor } from './rules/context.js';
import { fileRulesOf, FILES_RULES } from './rules/index.js';
import type { FileRule } from './rules/rule.js';
import { checkSchema } from './schema-check.js';
import { slimData } from './slim.js';

export interface ValidationResult {
  kb: KnowledgeBase;
  pending: PendingDiagnostic[];
}

/** Everything that can be said of one file by itself: reading problems, schema, rules between fields. */
export function checkFileAlone(file: ParsedFile): PendingDiagnostic[] {
  // Loops, not push(...list): a file with a 100,000-item list can have as many diagnostics, more
  // than a spread passes as arguments before the stack overflows.
  const pending: PendingDiagnostic[] = [];
  for (const d of file.problems) pending.push(d);
  if (!file.data) return pending;
  for (const d of checkSchema(file.path, file.kind, file.data)) pending.push(d);
  // The rules of the index that read this kind of file, each reporting under its own id. One
  // context for them all (10,000 files, ten rules each): its reporter tells the rule now checking.
  let rule: FileRule | undefined;
  const report: Reporter = (anchor, id, args = {}) =>
    pending.push({
      file: file.path,
      anchor,
      severity: rule!.severity,
      rule: rule!.id,
      message: { id, args },
    });
  const ctx = { file, data: file.data, report };
  for (rule of fileRulesOf(file.kind)) rule.check(ctx);
  return pending;
}

export function checkFilesTogether(files: readonly ParsedFile[]): ValidationResult {
  const kb = new KnowledgeBase(files);
  return { kb, pending: checkAcrossFiles(kb) };
}

/** The rules of the index across files, on the whole knowledge base, in the index's order. */
export function checkAcrossFiles(kb: KnowledgeBase): PendingDiagnostic[] {
  const pending: PendingDiagnostic[] = [];
  for (const rule of FILES_RULES) {
    rule.checkAll({ kb, report: (path) => reporterFor(rule, path, pending) });
  }
  return pending;
}

/**
 * Validation's step for each file, while it is fresh: its own diagnostics become its `problems`,
 * its data shrinks to what the rules across files read, and its text is let go when there is
 * nothing to show from it (the store can read it again if a rule across files needs it).
 */
export function checkAndSlim(file: ParsedFile): void {
  file.problems = checkFileAlone(file);
  if (file.data) file.data = slimData(file.kind, file.data);
  if (file.text !== null && file.problems.length === 0) {
    file.text = null;
    file.body = '';
    file.doc = null;
    file.textDropped = true;
  }
}
