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
    pending.push(...file.problems);
    if (!file.data) continue;
    pending.push(...checkSchema(file.path, file.kind, file.data));
    checkFile({ file, data: file.data, report: reporterFor(file.path, pending) });
  }
  const kb = new KnowledgeBase(files);
  pending.push(...checkAcrossFiles(kb));
  return { kb, pending };
}
