// What `kwp init` writes, decided before anything is written: the werkplaats, the folders, the
// README, and with CI the workflow, the job that publishes the site (unless --no-site) and the
// package.json that pins kwp, each as a path and its text.
// Pure: templates and kwp's package name and version are handed in.
import { join } from 'node:path';
import type { Persoon } from '../../core/scaffold/person.js';
import { renderTemplate } from '../../core/scaffold/template.js';
import type { Lang } from '../../messages/catalogue.js';
import { type CiKind, ciPath, ciWorkflow } from './ci-workflows.js';
import { FOLDER_KINDS, KINDS } from '../../core/model/kinds.js';
import { documentationUrl, type KwpPackage } from '../../store/kwp-package.js';
import { WERKPLAATS_GITIGNORE, werkplaatsPackageJson } from './npm-files.js';
import { GITHUB_SITE_PATH, siteWorkflow } from './site-workflows.js';

export interface InitValues {
  naam: string;
  taal: Lang;
  programmas: string[];
  themas: string[];
  gebieden: string[];
  manager?: Persoon;
  doelen: { studenten?: number; gebieden?: number; projecten?: number };
  ci: CiKind;
  /** Whether CI also publishes the site (false with --no-site; nothing to publish with --ci none). */
  site: boolean;
}

export interface PlannedFile {
  /** Absolute path. */
  path: string;
  content: string;
  /** An existing file here is kept as it is (a README someone wrote), not an error, and not committed. */
  keepExisting?: boolean;
  /** A CI file: when it exists already, init refuses and the message suggests --ci none. */
  workflow?: boolean;
  /** The site workflow of its own (GitHub): when it exists already, the message suggests --no-site. */
  site?: boolean;
  /** The package.json: one that exists already is kept when it lists kwp, else init refuses. */
  npmManifest?: boolean;
}

export interface InitPlace {
  /** The knowledge base root. */
  root: string;
  /** The repository root the CI service reads its workflow from: the kb root unless it is inside a repository. */
  repoTop: string;
  /** The kb root relative to repoTop, with forward slashes ('' when they are the same). */
  kbPath: string;
}

export function planInit(
  values: InitValues,
  place: InitPlace,
  templates: { werkplaats: string; readme: string },
  kwp: KwpPackage,
): PlannedFile[] {
  const files: PlannedFile[] = [
    {
      path: join(place.root, ...KINDS.werkplaats.file!.split('/')),
      content: renderTemplate(templates.werkplaats, werkplaatsValues(values)),
    },
    // Git keeps no empty folders; a .gitkeep keeps the record folders in the first commit.
    ...FOLDER_KINDS.map(({ folder }) => ({
      path: join(place.root, 'knowledge', folder!, '.gitkeep'),
      content: '',
      keepExisting: true,
    })),
    {
      path: join(place.root, 'README.md'),
      content: renderTemplate(templates.readme, {
        naam: values.naam,
        kwp_pakket: kwp.name,
        kwp_handleiding: documentationUrl(kwp),
      }),
      keepExisting: true,
    },
  ];
  const workflow = ciPath(values.ci);
  if (workflow && values.ci !== 'none') {
    const options = { kbPath: place.kbPath };
    // CI installs kwp from the package.json beside knowledge/, and runs there.
    files.push(
      {
        path: join(place.root, 'package.json'),
        content: werkplaatsPackageJson(values.naam, kwp),
        npmManifest: true,
      },
      { path: join(place.root, '.gitignore'), content: WERKPLAATS_GITIGNORE, keepExisting: true },
      {
        path: join(place.repoTop, ...workflow.split('/')),
        // GitLab has one pipeline file: the pages job goes below the validation's.
        content:
          values.site && values.ci === 'gitlab'
            ? `${ciWorkflow('gitlab', options)}\n${siteWorkflow('gitlab', options)}`
            : ciWorkflow(values.ci, options),
        workflow: true,
      },
    );
    if (values.site && values.ci === 'github')
      files.push({
        path: join(place.repoTop, ...GITHUB_SITE_PATH.split('/')),
        content: siteWorkflow('github', options),
        workflow: true,
        site: true,
      });
  }
  return files;
}

/** The werkplaats template's placeholders; what is not known stays blank (blank optional keys are valid). */
function werkplaatsValues(values: InitValues) {
  const list = (items: string[]) => (items.length > 0 ? items : undefined);
  return {
    naam: values.naam,
    taal: values.taal,
    programmas: list(values.programmas),
    themas: list(values.themas),
    gebieden: list(values.gebieden),
    manager: values.manager ? { ...values.manager } : undefined,
    doel_studenten: values.doelen.studenten,
    doel_gebieden: values.doelen.gebieden,
    doel_projecten: values.doelen.projecten,
  };
}

/** Values from repeated flags or a comma-separated answer: trimmed, without blanks or repeats. */
export function cleanList(items: readonly string[]): string[] {
  return [...new Set(items.map((item) => item.trim().replace(/\s+/g, ' ')).filter((item) => item !== ''))];
}

/**
 * A target as a person types it: a whole number ≥ 0, with thousands written 1200, 1.200 or 1 200.
 * Undefined for an empty answer; null when it is not a whole number.
 */
export function parseTarget(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const digits = /^\d{1,3}(?:[. ]\d{3})+$/.test(trimmed) ? trimmed.replace(/[. ]/g, '') : trimmed;
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}
