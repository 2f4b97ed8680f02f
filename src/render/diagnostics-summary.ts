// Counts shared by every diagnostics format.
import type { Diagnostic } from '../core/diagnostics.js';

export interface ValidationReport {
  files: number;
  diagnostics: Diagnostic[];
  strict: boolean;
}

export function counts(report: ValidationReport): { errors: number; warnings: number; ok: boolean } {
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  return { errors, warnings, ok: errors === 0 && (!report.strict || warnings === 0) };
}
