// The CI workflow a new knowledge base gets: `kwp validate` on every pull (merge) request and on
// pushes to the main branch. Written out as text, the way a person writes YAML, so it reads well.
//
// kwp comes from the werkplaats' own package.json (see npm-files.ts), which pins one version: the
// workflow installs it in a step of its own (npm ci with a lockfile, npm install without), so a
// failed install shows as that and never as a failed check, and runs node_modules/.bin/kwp, never a
// name looked up in the registry at run time. One `kwp validate` per run writes every report.
import { yamlString } from '../../core/scaffold/yaml-value.js';

export const CI_KINDS = ['github', 'gitlab', 'none'] as const;
export type CiKind = (typeof CI_KINDS)[number];

export function isCiKind(value: string): value is CiKind {
  return (CI_KINDS as readonly string[]).includes(value);
}

/** Where the workflow lives, relative to the repository root: the place the CI service looks. */
export function ciPath(kind: CiKind): string | undefined {
  if (kind === 'github') return '.github/workflows/kwp.yml';
  if (kind === 'gitlab') return '.gitlab-ci.yml';
  return undefined;
}

/**
 * The Node.js major version CI runs on: an LTS line in maintenance for a long while yet (Node 24 is
 * supported until April 2028; Node 20 reached its end in April 2026).
 */
export const CI_NODE = 24;

/**
 * The major versions of the GitHub actions the workflows use (current as of December 2026). The two
 * Pages actions, for the site workflow (site-workflows.ts): upload-pages-artifact v5 packs the folder
 * and uploads it with upload-artifact v7; deploy-pages v5 runs on Node 24.
 */
export const ACTIONS = {
  checkout: 'actions/checkout@v7',
  setupNode: 'actions/setup-node@v7',
  uploadArtifact: 'actions/upload-artifact@v7',
  uploadPagesArtifact: 'actions/upload-pages-artifact@v5',
  deployPages: 'actions/deploy-pages@v5',
} as const;

/** The report files the workflows write (also in the .gitignore init writes). */
export const SARIF_FILE = 'kwp.sarif';
export const CODE_QUALITY_FILE = 'gl-code-quality-report.json';

export interface WorkflowOptions {
  /** The knowledge base relative to the repository root, with forward slashes; '' when it is the root. */
  kbPath: string;
}

/** The install command, run in the folder of package.json: exactly the pinned version, no scripts. */
export function installCommand(extra = ''): string {
  const flags = `--ignore-scripts --no-audit --no-fund${extra}`;
  return `if [ -f package-lock.json ]; then npm ci ${flags}; else npm install ${flags}; fi`;
}

/** The one validation of a run, in the folder of package.json; `$scope` is `--changed` on a request. */
export function validateCommand(kind: Exclude<CiKind, 'none'>, scope: string): string {
  const reports =
    kind === 'github'
      ? `--format github --output sarif=${SARIF_FILE}`
      : `--output gitlab=${CODE_QUALITY_FILE}`;
  return `node_modules/.bin/kwp validate ${scope} ${reports} --output-scope all`;
}

/** Comment lines: each line of `text` after `indent` and `# `. */
export function comment(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => `${indent}# ${line}`)
    .join('\n');
}

export function ciWorkflow(kind: Exclude<CiKind, 'none'>, options: WorkflowOptions): string {
  return kind === 'github' ? githubWorkflow(options) : gitlabPipeline(options);
}

/** A GitHub job's `defaults:` that runs its steps in the knowledge base's folder; '' at the root. */
export function githubRunIn(kbPath: string): string {
  return kbPath === ''
    ? ''
    : `    defaults:\n      run:\n        # De kennisbank, met package.json, staat in deze map.\n        working-directory: ${yamlString(kbPath)}\n`;
}

function githubWorkflow({ kbPath }: WorkflowOptions): string {
  const inKb = githubRunIn(kbPath);
  return `# Controleert de kennisbank met kwp validate: bij een pull request alleen wat die verandert (en wat
# daardoor geraakt wordt), bij een push naar de hoofdtak alles. Gemaakt door kwp init; aanpassen mag.
name: kwp validate

on:
  pull_request:
  push:
    # De hoofdtak heet main, of master in een repository die git init met oudere instellingen maakte.
    branches: [main, master]

permissions:
  contents: read

jobs:
  validate:
    runs-on: ubuntu-latest
${inKb}    steps:
      - uses: ${ACTIONS.checkout}
        with:
          # --changed vergelijkt met de doeltak van de pull request: daarvoor is de hele geschiedenis nodig.
          fetch-depth: 0
          persist-credentials: false
${comment(`Node ${CI_NODE}, een LTS-versie die nog lang onderhouden wordt. De npm-cache maakt het installeren sneller.`, '      ')}
      - uses: ${ACTIONS.setupNode}
        with:
          node-version: ${CI_NODE}
          cache: npm
          cache-dependency-path: ${globList(kbPath, ['package.json', 'package-lock.json'], '            ')}
${comment(
  `Installeert de versie van kwp die package.json vastlegt (package-lock.json, als die er is). Lukt dat
niet, dan faalt deze stap en draait de controle niet: een fout hier zegt niets over de bestanden.`,
  '      ',
)}
      - name: kwp installeren
        run: ${installCommand()}
${comment(
  `Eén controle die alles schrijft: elke melding als aantekening bij de regel in de pull request, een
samenvatting op de pagina van de run, en het rapport over de hele kennisbank als SARIF-bestand.`,
  '      ',
)}
      - name: kwp validate
        id: validate
        run: |
          if [ "$GITHUB_EVENT_NAME" = pull_request ]; then scope=--changed; fi
          ${validateCommand('github', '$scope')}
      # Het rapport bij de run, te downloaden, ook als de controle fouten vond.
      - uses: ${ACTIONS.uploadArtifact}
        if: success() || steps.validate.outcome == 'failure'
        with:
          name: kwp-rapport
          path: ${globList(kbPath, [SARIF_FILE], '            ')}
          if-no-files-found: ignore
`;
}

/** A GitLab job's npm cache between pipelines, keyed on the knowledge base's package files. */
export function gitlabNpmCache(kbPath: string): string {
  const inKb = (file: string) => (kbPath === '' ? file : `${kbPath}/${file}`);
  return `  cache:
    key:
      files:
        - ${yamlString(inKb('package.json'))}
        - ${yamlString(inKb('package-lock.json'))}
    paths:
      - ${globList(kbPath, ['.npm/'], '')}
`;
}

/** A GitLab job's first script line going into the knowledge base's folder; '' at the root. */
export function gitlabCd(kbPath: string): string {
  return kbPath === ''
    ? ''
    : `    # De kennisbank, met package.json, staat in deze map.\n    - cd ${shellWord(kbPath)}\n`;
}

function gitlabPipeline({ kbPath }: WorkflowOptions): string {
  const cd = gitlabCd(kbPath);
  return `# Controleert de kennisbank met kwp validate: bij een merge request alleen wat die verandert (en wat
# daardoor geraakt wordt), op de hoofdtak alles. De meldingen staan in de merge request bij de regels
# (Code Quality). Gemaakt door kwp init; aanpassen mag.
kwp-validate:
  # Node ${CI_NODE}, een LTS-versie die nog lang onderhouden wordt; het image heeft ook git, voor --changed.
  image: node:${CI_NODE}
  variables:
    # --changed vergelijkt met de doeltak van de merge request: daarvoor is de hele geschiedenis nodig.
    GIT_DEPTH: 0
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  # De npm-cache tussen pipelines, zodat het installeren sneller gaat.
${gitlabNpmCache(kbPath)}  before_script:
${cd}    # Installeert de versie van kwp die package.json vastlegt (package-lock.json, als die er is). Lukt
    # dat niet, dan faalt de job hier, voordat de controle begint.
    - ${installCommand(' --cache .npm --prefer-offline')}
  script:
    # Eén controle: de uitslag in de log, en het Code Quality-rapport over de hele kennisbank, zoals op
    # de hoofdtak, zodat GitLab meldingen in bestanden die de merge request niet raakt niet "opgelost" noemt.
    - if [ "$CI_PIPELINE_SOURCE" = "merge_request_event" ]; then KWP_SCOPE=--changed; fi
    - ${validateCommand('gitlab', '$KWP_SCOPE')}
  artifacts:
    when: always
    reports:
      codequality: ${globList(kbPath, [CODE_QUALITY_FILE], '')}
`;
}

/**
 * Paths in the knowledge base's folder for a setting that reads them as glob patterns (GitHub's
 * cache-dependency-path and artifact path, GitLab's cache and artifact paths): one per line as a
 * literal block, or a single path. A folder name with characters a glob reads as syntax is matched
 * with `**` instead, so that it cannot mean something else.
 */
export function globList(kbPath: string, files: string[], indent: string): string {
  // `*?[]{}!` are glob syntax, `\` escapes, `#` starts a comment in GitHub's pattern lists.
  const safe =
    kbPath === '' ||
    // eslint-disable-next-line no-control-regex
    (!/[*?[\]{}!\\#\u0000-\u001f\u007f]/.test(kbPath) && kbPath === kbPath.trim());
  const paths = files.map((file) => (kbPath === '' ? file : safe ? `${kbPath}/${file}` : `**/${file}`));
  if (paths.length === 1) return yamlString(paths[0]!);
  return `|\n${paths.map((p) => `${indent}${p}`).join('\n')}`;
}

/** A path as one shell word: plain when it is only safe characters, else single-quoted. */
export function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
