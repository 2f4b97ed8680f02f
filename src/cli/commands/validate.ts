// `kwp validate [paths…]`: check the knowledge base and report every problem in one run. One run
// can write several reports: `--format` to stdout, and each `--output <format>=<file>` to a file,
// so CI gets its annotations, summary and SARIF (or Code Quality) file from a single validation.
import { existsSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { appendFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { type ChangedPath, checkInScope } from '../../core/affected.js';
import { type Diagnostic, type PendingDiagnostic, sortDiagnostics } from '../../core/diagnostics.js';
import type { ParsedFile } from '../../core/read-file.js';
import { loadForValidation } from '../../store/validate-load.js';
import { EXIT, KwpError } from '../../errors.js';
import { counts, type ValidationReport } from '../../render/diagnostics-summary.js';
import { kbRelative, readTextAgain } from '../../store/read-kb.js';
import { chooseLang, type GlobalOptions, kbRoot } from '../context.js';
import { finishInterrupted, tellInterrupted } from '../open-kb.js';
import { Chalk, type ChalkInstance } from 'chalk';
import { printable } from '../../render/printable.js';
import { colourFor, type Io } from '../io.js';
import { type Lang, t } from '../../messages/catalogue.js';

export const VALIDATE_FORMATS = ['pretty', 'json', 'github', 'gitlab', 'sarif'] as const;
type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/**
 * What the `--output` files report on: `checked`, what this run checks (the whole knowledge base, the
 * paths given, or what `--changed` covers), or `all`, the whole knowledge base whatever the run checks.
 */
export const OUTPUT_SCOPES = ['checked', 'all'] as const;

export interface ValidateOptions extends GlobalOptions {
  format: string;
  strict?: boolean;
  /** Only the files changed against the base, and those the changes affect (`--base` implies it). */
  changed?: boolean;
  base?: string;
  /** `--output <format>=<file>`, repeatable. */
  output?: string[];
  /** `--output-scope checked|all`. */
  outputScope?: string;
}

interface Output {
  format: ValidateFormat;
  /** As given, for messages. */
  file: string;
  path: string;
}

export async function validateCommand(io: Io, paths: string[], options: ValidateOptions): Promise<number> {
  const format = oneOf(options.format, VALIDATE_FORMATS, '--format');
  const outputScope = oneOf(options.outputScope ?? 'checked', OUTPUT_SCOPES, '--output-scope');
  const outputs = (options.output ?? []).map((value) => parseOutput(io, value));
  const root = kbRoot(io, options);
  const interrupted = finishInterrupted(root, false);
  const narrowed = options.changed || options.base !== undefined;
  // Files that report on everything need every file parsed, not only those the changes reach.
  const everything = outputScope === 'all' && outputs.length > 0;
  // In CI every run starts from a fresh clone: no scan cache is written only to be lost (the same
  // test as bin/kwp.js's for its code cache). The files are listed, and the worker threads that
  // look at the unchanged ones (CI) or the scan cache (elsewhere) set going, before git is asked
  // (store/changed-start.ts).
  const ci = Boolean(io.env['CI'] && io.env['CI'] !== 'false');
  const scoped = narrowed && !everything;
  // --changed's modules are asked for at once: loading one waits on reading its file.
  const changedCode = narrowed ? import('../../store/changed.js') : undefined;
  const startCode = scoped ? import('../../store/changed-start.js') : undefined;
  const loadCode = scoped ? import('../../store/changed-load.js') : undefined;
  for (const code of [changedCode, startCode, loadCode]) code?.catch(() => {}); // awaited below
  const start = startCode ? (await startCode).startChanged(root, ci) : undefined;
  let files: ParsedFile[];
  let changedPaths: readonly ChangedPath[] | undefined;
  try {
    // Git is asked first; the files are read while it answers (see loadForChanged).
    const changes = changedCode
      ? (await changedCode).changedKnowledgeFiles(root, { base: options.base, env: io.env })
      : undefined;
    // Awaited below; a failure of git while the rest of --changed's code loads is not unhandled.
    changes?.catch(() => {});
    files =
      changes && loadCode
        ? await (await loadCode).loadForChanged(root, changes, { cache: !ci, start })
        : await loadForValidation(root);
    changedPaths = changes && (await changes);
  } finally {
    start?.pool?.close(); // stopped when it was not used, too: a live worker would keep kwp running
  }
  const lang = chooseLang(
    io,
    options,
    files.find((f) => f.kind === 'werkplaats'),
  );
  tellInterrupted(io, lang, interrupted);
  const inPaths = scopeFilter(io, root, paths);
  const checked = checkInScope(files, changedPaths);
  const inScope = (file: string) => inPaths(file) && checked.inScope(file);

  const located = await locate(
    root,
    files,
    everything ? checked.all : checked.pending.filter((d) => inPaths(d.file)),
  );
  const diagnostics = located.diagnostics.map((d) =>
    // Under --strict a key the format does not know is an error, as format.md says.
    options.strict && d.rule === 'unknown-key' ? { ...d, severity: 'error' as const } : d,
  );
  const strict = Boolean(options.strict);
  const report: ValidationReport = {
    files: files.filter((f) => inScope(f.path)).length,
    diagnostics: everything ? diagnostics.filter((d) => inScope(d.file)) : diagnostics,
    strict,
  };
  const whole: ValidationReport = everything ? { files: files.length, diagnostics, strict } : report;

  const prefix = [format, ...outputs.map((o) => o.format)].some((f) => f !== 'pretty' && f !== 'json')
    ? await (await import('../../store/repository-prefix.js')).repositoryPrefix(root)
    : '';
  const render = (f: ValidateFormat, r: ValidationReport, toStdout: boolean) =>
    renderReport(f, r, lang, {
      prefix,
      lineText: located.lineText,
      // Colour only on stdout, as the terminal allows; a file gets plain text.
      colour: toStdout ? colourFor(io) : new Chalk({ level: 0 }),
    });
  // The files first: a file that cannot be written stops kwp (exit 2) before it reports a verdict.
  if (outputs.length > 0) {
    const { replaceFile } = await import('../../store/write-file.js');
    for (const output of outputs) {
      const text = await render(output.format, whole, false);
      try {
        replaceFile(output.path, text);
      } catch (e) {
        const reason = (e as NodeJS.ErrnoException).code ?? String((e as Error).message);
        throw new KwpError('write.failed', { path: output.file, reason });
      }
    }
  }
  io.out(await render(format, report, true));
  if (format === 'github') await appendJobSummary(io, report, lang, prefix);
  return counts(report).ok ? EXIT.ok : EXIT.problems;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new KwpError('cli.unknown-option-value', { value, option, allowed: [...allowed] });
}

/** `<format>=<file>`, the file relative to where kwp was started. */
function parseOutput(io: Io, value: string): Output {
  const at = value.indexOf('=');
  const format = value.slice(0, at);
  const file = value.slice(at + 1);
  if (at < 0 || file === '' || !(VALIDATE_FORMATS as readonly string[]).includes(format))
    throw new KwpError('validate.output-invalid', { value, allowed: [...VALIDATE_FORMATS] });
  return { format: format as ValidateFormat, file, path: resolve(io.cwd, file) };
}

/** Lines and columns for the diagnostics, sorted; the locator loads only when there are any. */
async function locate(
  root: string,
  files: readonly ParsedFile[],
  pending: readonly PendingDiagnostic[],
): Promise<{ diagnostics: Diagnostic[]; lineText: (file: string, line: number) => string }> {
  if (pending.length === 0) return { diagnostics: [], lineText: () => '' };
  const { Locator } = await import('../../core/locate.js');
  const locator = new Locator(new Map(files.map((f) => [f.path, f])), (path) => readTextAgain(root, path));
  return {
    diagnostics: sortDiagnostics(pending.map((d) => locator.locate(d))),
    lineText: (file, line) => locator.lineText(file, line),
  };
}

interface RenderContext {
  /** The knowledge base's folder inside its repository: CI formats give paths from the repository root. */
  prefix: string;
  lineText: (file: string, line: number) => string;
  colour: ChalkInstance;
}

async function renderReport(
  format: ValidateFormat,
  report: ValidationReport,
  lang: Lang,
  context: RenderContext,
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../../render/validate-json.js')).renderValidateJson(report, lang);
    case 'gitlab':
      return (await import('../../render/validate-gitlab.js')).renderValidateGitlab(
        report,
        lang,
        context.prefix,
      );
    case 'sarif': {
      const { renderValidateSarif } = await import('../../render/validate-sarif.js');
      const { kwpDocumentationUrl, kwpVersion } = await import('../../store/kwp-package.js');
      return renderValidateSarif(report, lang, {
        prefix: context.prefix,
        version: kwpVersion(),
        documentation: kwpDocumentationUrl(),
      });
    }
    case 'github':
      return (await import('../../render/validate-github.js')).renderValidateGithub(
        report,
        lang,
        context.prefix,
      );
    case 'pretty': {
      const { renderValidatePretty } = await import('../../render/validate-pretty.js');
      return renderValidatePretty(report, lang, { lineText: context.lineText }, context.colour);
    }
  }
}

/** Which kb-relative paths the given arguments cover; all of them without arguments. */
function scopeFilter(io: Io, root: string, paths: string[]): (file: string) => boolean {
  if (paths.length === 0) return () => true;
  const prefixes = paths.map((p) => {
    const absolute = isAbsolute(p) ? p : resolve(io.cwd, p);
    if (!existsSync(absolute)) throw new KwpError('cli.path-not-found', { path: p });
    if (absolute !== root && !absolute.startsWith(root + sep))
      throw new KwpError('cli.path-outside', { path: p, root });
    const relative = kbRelative(root, absolute);
    // Inside the root but not in knowledge/ (README.md, templates/): nothing kwp checks, and saying
    // "0 files checked: no problems" would read as a pass.
    if (relative !== '' && relative !== 'knowledge' && !relative.startsWith('knowledge/'))
      throw new KwpError('validate.path-not-in-knowledge', { path: p, folder: 'knowledge/' });
    return relative;
  });
  return (file) => prefixes.some((p) => p === '' || file === p || file.startsWith(`${p}/`));
}

/**
 * With GITHUB_STEP_SUMMARY set (GitHub Actions), appends the Markdown job summary to that file, in
 * what is left of GitHub's 1 MiB for the step (an earlier command of the same step may have written).
 */
async function appendJobSummary(io: Io, report: ValidationReport, lang: Lang, prefix: string): Promise<void> {
  const target = io.env['GITHUB_STEP_SUMMARY'];
  if (!target) return;
  const { renderValidateSummary, SUMMARY_MAX_BYTES } = await import('../../render/validate-summary.js');
  const path = resolve(io.cwd, target);
  try {
    const written = await stat(path).then(
      (s) => s.size,
      () => 0,
    );
    const text = renderValidateSummary(report, lang, prefix, SUMMARY_MAX_BYTES - written);
    if (written + Buffer.byteLength(text) > SUMMARY_MAX_BYTES)
      throw new Error(t(lang, 'validate.summary-full', { bytes: written }));
    await appendFile(path, text, 'utf8');
  } catch (e) {
    // The annotations and the exit code already say everything; a summary that cannot be written
    // is reported, but does not change the outcome.
    const detail = String((e as Error)?.message ?? e).split('\n')[0] ?? '';
    io.err(`kwp: ${printable(t(lang, 'validate.summary-failed', { path, detail }))}\n`);
  }
}
