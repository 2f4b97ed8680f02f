// `kwp init [dir]`: a new knowledge base — werkplaats.md, the record folders, a README and, with CI,
// the workflow, the job that publishes the public site (unless --no-site) and a package.json that
// pins this kwp — and, unless --no-git, a repository with one commit of exactly the files written.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { EXIT, KwpError } from '../../errors.js';
import { type Lang, parseLang, t } from '../../messages/catalogue.js';
import type { WritePlan } from '../../core/write-plan.js';
import { assertIdentity } from '../../store/git.js';
import { applyPlan } from '../../store/transaction.js';
import { kwpPackage } from '../../store/kwp-package.js';
import { readTemplate } from '../../store/templates.js';
import { chooseLang, type GlobalOptions } from '../context.js';
import { askInitValues } from '../init/ask.js';
import { CI_KINDS, ciPath, isCiKind } from '../init/ci-workflows.js';
import { listsKwp } from '../init/npm-files.js';
import { GITHUB_SITE_PATH } from '../init/site-workflows.js';
import { cleanList, type InitPlace, type InitValues, planInit } from '../init/plan.js';
import { unfinishedInit } from '../init/resume.js';
import { printable } from '../../render/printable.js';
import { interactivePrompter, type Io } from '../io.js';

export interface InitOptions extends GlobalOptions {
  name?: string;
  programme?: string[];
  theme?: string[];
  area?: string[];
  ci: string;
  /** false with --no-git. */
  git?: boolean;
  /** false with --no-site. */
  site?: boolean;
  yes?: boolean;
}

export async function initCommand(io: Io, dir: string, options: InitOptions): Promise<number> {
  const lang = chooseLang(io, options);
  const ci = options.ci;
  if (!isCiKind(ci))
    throw new KwpError('cli.unknown-option-value', { value: ci, option: '--ci', allowed: [...CI_KINDS] });
  const root = resolve(io.cwd, dir);
  const shown = (path: string) => shownPath(io.cwd, path);
  const where = shown(root);
  if (existsSync(root) && !statSync(root).isDirectory())
    throw new KwpError('init.not-a-folder', { dir: where });

  // A kb inside an existing repository commits there, and its workflow goes where CI looks: the top.
  const existingTop = repositoryTop(root);
  const place: InitPlace = { root, repoTop: existingTop ?? root, kbPath: '' };
  place.kbPath = relative(place.repoTop, root).split(sep).join('/');
  const useGit = options.git !== false;
  // Git must know who commits before a question is asked or a file written: else the commit fails
  // at the end with "Author identity unknown".
  if (useGit) await identityKnown(existingFolder(root));
  const templates = { werkplaats: readTemplate('werkplaats').text, readme: readTemplate('kb-readme').text };
  const kwp = kwpPackage();

  if (existsSync(join(root, 'knowledge', 'werkplaats.md'))) {
    const unfinished = useGit && existingTop ? await unfinishedInit(place, templates, kwp) : undefined;
    if (!unfinished) throw new KwpError('init.kb-exists', { dir: where });
    // Nothing to write: the files are there; the commit takes them as they are.
    const message = initCommitMessage(unfinished.naam);
    await applyPlan(
      { ops: [], commit: { message, include: unfinished.files } },
      { root },
      {
        check: false,
        keepOnFailure: true,
        failure: (e) => initCommitFailure(lang, root, existingTop, where, e),
      },
    );
    const count = unfinished.files.length;
    io.out(
      `${t(lang, 'init.resumed', { path: printable(root), count })}\n${t(lang, 'init.next')}\n  kwp new project\n`,
    );
    return EXIT.ok;
  }

  const given = {
    naam: options.name?.trim() || undefined,
    taal: (parseLang(options.lang) === 'en' ? 'en' : 'nl') as Lang,
    programmas: cleanList(options.programme ?? []),
    themas: cleanList(options.theme ?? []),
    gebieden: cleanList(options.area ?? []),
    doelen: {},
    ci,
    site: options.site !== false,
  };
  const prompter = await interactivePrompter(io, options.yes, lang);
  let values: InitValues;
  if (prompter) {
    values = await askInitValues(prompter, lang, given, {
      dir: where,
      ciShown: (kind) => {
        const path = ciPath(kind);
        return path === undefined ? undefined : shown(join(place.repoTop, path));
      },
      siteShown: (kind) => shown(join(place.repoTop, kind === 'github' ? GITHUB_SITE_PATH : ciPath(kind)!)),
      git: !useGit
        ? t(lang, 'init.summary.git-none')
        : existingTop
          ? t(lang, 'init.summary.git-existing', { top: shown(existingTop) })
          : t(lang, 'init.summary.git-new'),
    });
  } else if (given.naam === undefined) {
    throw new KwpError('init.missing-name');
  } else {
    values = { ...given, naam: given.naam };
  }

  const planned = planInit(values, place, templates, kwp);
  // Refuse before writing anything: a clash found halfway would otherwise undo the files before it.
  for (const file of planned) {
    if (file.keepExisting || !existsSync(file.path)) continue;
    if (file.npmManifest) {
      if (listsKwp(readFileSync(file.path, 'utf8'), kwp.name)) continue;
      throw new KwpError('init.package-json-exists', {
        path: shown(file.path),
        command: `npm install --save-dev --save-exact ${kwp.name}@${kwp.version}`,
      });
    }
    throw new KwpError(file.site ? 'init.site-exists' : file.workflow ? 'init.ci-exists' : 'write.exists', {
      path: shown(file.path),
    });
  }
  // A package.json that lists kwp already is the werkplaats' own: it stays as it is.
  const files = planned.filter((f) => !(f.npmManifest && existsSync(f.path)));
  // One transaction: the files (undone when one cannot be written) and, with git, their commit. When
  // git refuses the commit the files stay, staged: running kwp init again finishes it (resume.ts).
  const plan: WritePlan = {
    ops: files.map((f) => ({
      op: 'create' as const,
      path: f.path,
      content: f.content,
      ...(f.keepExisting ? { keepExisting: true } : {}),
    })),
    ...(useGit ? { commit: { message: initCommitMessage(values.naam) } } : {}),
  };
  const { kept } = await applyPlan(
    plan,
    {
      root,
      shown,
      // As init always said it: the system's own code (EACCES), not a sentence about folders.
      failure: (path, e) =>
        new KwpError('write.failed', {
          path,
          reason: (e as NodeJS.ErrnoException).code ?? String((e as Error).message),
        }),
    },
    {
      check: false,
      newRepository: !existingTop,
      keepOnFailure: true,
      failure: (e) => initCommitFailure(lang, root, existingTop, where, e),
    },
  );

  const lines = [t(lang, 'init.done', { path: printable(root) })];
  if (kept.includes(join(root, 'README.md'))) lines.push(t(lang, 'init.readme-kept'));
  lines.push(t(lang, 'init.next'));
  if (root !== resolve(io.cwd)) lines.push(`  cd ${printable(shellWord(dir))}`);
  const npm = planned.some((f) => f.npmManifest);
  if (npm) lines.push(`  npm install    # ${t(lang, 'init.next-install')}`);
  lines.push('  kwp new project');
  if (npm) lines.push(t(lang, 'init.lockfile', { kwp: `${kwp.name}@${kwp.version}` }));
  // GitHub publishes with the workflow only once Pages is told to take it from there.
  if (planned.some((f) => f.site)) lines.push(t(lang, 'init.pages-setting'));
  io.out(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

function initCommitMessage(naam: string): string {
  return `kwp init: ${naam.replace(/\s+/g, ' ')}`;
}

/** A commit that failed, said for kwp init: the files are written, and what to do about git. */
function initCommitFailure(
  lang: Lang,
  root: string,
  existingTop: string | undefined,
  dir: string,
  e: unknown,
): unknown {
  if (!(e instanceof KwpError)) return e;
  const detail = String(e.args['detail'] ?? '');
  const notRepo = e.messageId === 'git.not-a-repository';
  if (/\bENOENT\b/.test(detail) || (notRepo && !gitOnPath()))
    return new KwpError('init.git-missing', { dir });
  if (notRepo) return new KwpError('init.git-unrecognised', { top: existingTop ?? root, dir });
  return new KwpError('init.git-failed', { detail: detail || t(lang, e.messageId, e.args), dir });
}

/** The nearest folder at or above `dir` with a `.git` (a folder, or a file in worktrees and submodules). */
function repositoryTop(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** Git's identity checked; a missing git is told after writing, as before (init.git-missing). */
async function identityKnown(dir: string): Promise<void> {
  try {
    await assertIdentity(dir);
  } catch (e) {
    if (!(e instanceof KwpError && e.messageId === 'git.missing')) throw e;
  }
}

/** `dir`, or the nearest folder above it that exists: where git can be asked before `dir` is made. */
function existingFolder(dir: string): string {
  let d = dir;
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}

/** Whether a git program is on the PATH that simple-git starts it from. */
function gitOnPath(): boolean {
  const names = process.platform === 'win32' ? ['git.exe', 'git.cmd'] : ['git'];
  return (process.env['PATH'] ?? '')
    .split(delimiter)
    .some((d) => d !== '' && names.some((n) => existsSync(join(d, n))));
}

/** A path for messages: relative to where kwp was started when it lies below, else absolute. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

function shellWord(text: string): string {
  return /^[\w./:@-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
