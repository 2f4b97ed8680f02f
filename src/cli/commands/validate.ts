// `kwp validate [paths…]`: check the knowledge base and report every problem in one run.
import { existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { checkInScope } from '../../core/affected.js';
import { type Diagnostic, sortDiagnostics } from '../../core/diagnostics.js';
import { loadForValidation } from '../../store/validate-load.js';
import { EXIT, KwpError } from '../../errors.js';
import { counts, type ValidationReport } from '../../render/diagnostics-summary.js';
import { kbRelative, readTextAgain } from '../../store/read-kb.js';
import { chooseLang, type GlobalOptions, kbRoot } from '../context.js';
import { colourFor, type Io, printable } from '../io.js';
import { type Lang, t } from '../../messages/catalogue.js';

export const VALIDATE_FORMATS = ['pretty', 'json', 'github', 'gitlab', 'sarif'] as const;

export interface ValidateOptions extends GlobalOptions {
  format: string;
  strict?: boolean;
  /** Only the files changed against the base, and those the changes affect (`--base` implies it). */
  changed?: boolean;
  base?: string;
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
  // Git is asked first; the files are read while it answers (see loadForChanged).
  const changes =
    options.changed || options.base !== undefined
      ? (await import('../../store/changed.js')).changedKnowledgeFiles(root, {
          base: options.base,
          env: io.env,
        })
      : undefined;
  const files = changes
    ? await (await import('../../store/changed-load.js')).loadForChanged(root, changes)
    : await loadForValidation(root);
  const changedPaths = changes && (await changes);
  const lang = chooseLang(
    io,
    options,
    files.find((f) => f.kind === 'werkplaats'),
  );
  const inPaths = scopeFilter(io, root, paths);
  const checked = checkInScope(files, changedPaths);
  const inScope = (file: string) => inPaths(file) && checked.inScope(file);
  const mine = checked.pending.filter((d) => inPaths(d.file));

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
  } else if (options.format === 'github' || options.format === 'gitlab' || options.format === 'sarif') {
    // CI formats: paths relative to the repository root, where the CI system looks for the files.
    const { repositoryPrefix } = await import('../../store/repository-prefix.js');
    const prefix = await repositoryPrefix(root);
    if (options.format === 'gitlab') {
      const { renderValidateGitlab } = await import('../../render/validate-gitlab.js');
      io.out(renderValidateGitlab(report, lang, prefix));
    } else if (options.format === 'sarif') {
      const { renderValidateSarif } = await import('../../render/validate-sarif.js');
      const { kwpVersion } = await import('../../store/repository-prefix.js');
      const { kwpDocumentationUrl } = await import('../../store/kwp-package.js');
      io.out(
        renderValidateSarif(report, lang, {
          prefix,
          version: kwpVersion(),
          documentation: kwpDocumentationUrl(),
        }),
      );
    } else {
      const { renderValidateGithub } = await import('../../render/validate-github.js');
      io.out(renderValidateGithub(report, lang, prefix));
      await appendJobSummary(io, report, lang, prefix);
    }
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

/** With GITHUB_STEP_SUMMARY set (GitHub Actions), appends the Markdown job summary to that file. */
async function appendJobSummary(io: Io, report: ValidationReport, lang: Lang, prefix: string): Promise<void> {
  const target = io.env['GITHUB_STEP_SUMMARY'];
  if (!target) return;
  const { renderValidateSummary } = await import('../../render/validate-summary.js');
  const path = resolve(io.cwd, target);
  try {
    await appendFile(path, renderValidateSummary(report, lang, prefix), 'utf8');
  } catch (e) {
    // The annotations and the exit code already say everything; a summary that cannot be written
    // is reported, but does not change the outcome.
    const detail = String((e as Error)?.message ?? e).split('\n')[0] ?? '';
    io.err(`kwp: ${printable(t(lang, 'validate.summary-failed', { path, detail }))}\n`);
  }
}
