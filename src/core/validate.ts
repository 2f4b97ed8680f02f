// Validation as one pure function: parsed files in, diagnostics (still anchored to keys) out.
import type { PendingDiagnostic } from './diagnostics.js';
import { KnowledgeBase } from './knowledge-base.js';
import type { ParsedFile } from './read-file.js';
import { reporterFor } from './rules/context.js';
import { checkAcrossFiles } from './rules/cross-rules.js';
import { checkFile } from './rules/file-rules.js';
import { checkSchema } from './schema-check.js';

export interface ValidationResult {
  kb: KnowledgeBase;
  pending: PendingDiagnostic[];
}

export function validateFiles(files: readonly ParsedFile[]): ValidationResult {
  const pending: PendingDiagnostic[] = [];
  for (const file of files) {
    // Loops, not push(...list): a file with a 100,000-item list can have as many diagnostics, more
    // than a spread passes as arguments before the stack overflows.
    for (const d of file.problems) pending.push(d);
    if (!file.data) continue;
    for (const d of checkSchema(file.path, file.kind, file.data)) pending.push(d);
    checkFile({ file, data: file.data, report: reporterFor(file.path, pending) });
  }
  const kb = new KnowledgeBase(files);
  for (const d of checkAcrossFiles(kb)) pending.push(d);
  return { kb, pending };
}
