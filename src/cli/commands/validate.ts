// `kwp validate [paths…]`: check the knowledge base and report every problem in one run.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { type Diagnostic, type PendingDiagnostic, sortDiagnostics } from '../../core/diagnostics.js';
import { checkFilesTogether } from '../../core/validate.js';
import { loadForValidation } from '../../store/validate-load.js';
import { EXIT, KwpError } from '../../errors.js';
import { counts, type ValidationReport } from '../../render/diagnostics-summary.js';
import { kbRelative, readTextAgain } from '../../store/read-kb.js';
import { chooseLang, type GlobalOptions, kbRoot } from '../context.js';
import { colourFor, type Io } from '../io.js';

export const VALIDATE_FORMATS = ['pretty', 'json', 'github'] as const;

export interface ValidateOptions extends GlobalOptions {
  format: string;
  strict?: boolean;
}

export async function validateCommand(io: Io, paths: string[], options: ValidateOptions): Promise<number> {
  if (!(VALIDATE_FORMATS as readonly string[]).includes(options.format)) {
    throw new KwpError('cli.unknown-option-value', {
      value: options.format,
      option: '--format',
      allowed: [...VALIDATE_FORMATS],
    });
  }
  const root = kbRoot(io, options);
  const files = await loadForValidation(root);
  const lang = chooseLang(
    io,
    options,
    files.find((f) => f.kind === 'werkplaats'),
  );
  const pending: PendingDiagnostic[] = [];
  for (const file of files) for (const d of file.problems) pending.push(d);
  const inScope = scopeFilter(io, root, paths);
  for (const d of checkFilesTogether(files).pending) pending.push(d);
  const mine = pending.filter((d) => inScope(d.file));

  let diagnostics: Diagnostic[] = [];
  let lineText: (file: string, line: number) => string = () => '';
  if (mine.length > 0) {
    const { Locator } = await import('../../core/locate.js');
    const locator = new Locator(new Map(files.map((f) => [f.path, f])), (path) => readTextAgain(root, path));
    diagnostics = sortDiagnostics(mine.map((d) => locator.locate(d)));
    lineText = (file, line) => locator.lineText(file, line);
  }
  if (options.strict) {
    // Under --strict a key the format does not know is an error, as format.md says.
    diagnostics = diagnostics.map((d) => (d.rule === 'unknown-key' ? { ...d, severity: 'error' } : d));
  }
  const report: ValidationReport = {
    files: files.filter((f) => inScope(f.path)).length,
    diagnostics,
    strict: Boolean(options.strict),
  };

  if (options.format === 'json') {
    const { renderValidateJson } = await import('../../render/validate-json.js');
    io.out(renderValidateJson(report, lang));
  } else if (options.format === 'github') {
    const { renderValidateGithub } = await import('../../render/validate-github.js');
    io.out(renderValidateGithub(report, lang));
  } else {
    const { renderValidatePretty } = await import('../../render/validate-pretty.js');
    io.out(renderValidatePretty(report, lang, { lineText }, colourFor(io)));
  }
  return counts(report).ok ? EXIT.ok : EXIT.problems;
}

/** Which kb-relative paths the given arguments cover; all of them without arguments. */
function scopeFilter(io: Io, root: string, paths: string[]): (file: string) => boolean {
  if (paths.length === 0) return () => true;
  const prefixes = paths.map((p) => {
    const absolute = isAbsolute(p) ? p : resolve(io.cwd, p);
    if (!existsSync(absolute)) throw new KwpError('cli.path-not-found', { path: p });
    if (absolute !== root && !absolute.startsWith(root + sep))
      throw new KwpError('cli.path-outside', { path: p, root });
    return kbRelative(root, absolute);
  });
  return (file) => prefixes.some((p) => p === '' || file === p || file.startsWith(`${p}/`));
}
