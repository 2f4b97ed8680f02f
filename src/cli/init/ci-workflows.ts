// The CI workflow a new knowledge base gets: `kwp validate` on every pull (merge) request and on
// pushes to the main branch. Written out as text, the way a person writes YAML, so it reads well.
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
 * The version range CI installs: the major version of this kwp, or for 0.x the minor version, since
 * semver lets every 0.x minor release break things.
 */
export function kwpRange(version: string): string {
  const [major = '0', minor = '0'] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

export interface WorkflowOptions {
  /** The version of kwp writing the workflow. */
  version: string;
  /** The knowledge base relative to the repository root, with forward slashes; '' when it is the root. */
  kbPath: string;
}

const WHY_NPX = (
  range: string,
) => `npx haalt kwp van npm, dus deze repository heeft geen package.json of node_modules nodig.
"kwp@${range}" legt vast welke versies controleren: een nieuwe versie die het bestandsformaat
verandert, breekt de controle niet onaangekondigd. Verhoog het nummer bewust.`;

function validateCommand(options: WorkflowOptions, extra: string): string {
  const kb = options.kbPath === '' ? '' : ` --kb ${shellWord(options.kbPath)}`;
  return `npx --yes kwp@${kwpRange(options.version)} validate${kb}${extra}`;
}

function comment(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => `${indent}# ${line}`)
    .join('\n');
}

export function ciWorkflow(kind: Exclude<CiKind, 'none'>, options: WorkflowOptions): string {
  const why = WHY_NPX(kwpRange(options.version));
  if (kind === 'github') {
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
    steps:
      - uses: actions/checkout@v4
        with:
          # --changed vergelijkt met de doeltak van de pull request: daarvoor is de hele geschiedenis nodig.
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
${comment(why, '      ')}
      # --format github zet elke melding als aantekening bij de regel in de pull request, met een
      # samenvatting op de pagina van de run.
      - name: kwp validate (wat de pull request verandert)
        if: github.event_name == 'pull_request'
        run: ${yamlString(validateCommand(options, ' --changed --format github'))}
      - name: kwp validate (alles)
        if: github.event_name != 'pull_request'
        run: ${yamlString(validateCommand(options, ' --format github'))}
      # Het volledige rapport als SARIF-bestand, te downloaden bij de run (of voor code scanning).
      - name: kwp-rapport (SARIF)
        if: always()
        run: ${yamlString(`${validateCommand(options, ' --format sarif')} > kwp.sarif || true`)}
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: kwp-rapport
          path: kwp.sarif
`;
  }
  return `# Controleert de kennisbank met kwp validate: bij een merge request alleen wat die verandert (en wat
# daardoor geraakt wordt), op de hoofdtak alles. De meldingen staan in de merge request bij de regels
# (Code Quality). Gemaakt door kwp init; aanpassen mag.
kwp-validate:
  image: node:20
  variables:
    # --changed vergelijkt met de doeltak van de merge request: daarvoor is de hele geschiedenis nodig.
    GIT_DEPTH: 0
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  script:
${comment(why, '    ')}
    - if [ "$CI_PIPELINE_SOURCE" = "merge_request_event" ]; then KWP_SCOPE=--changed; fi
    - ${yamlString(`${validateCommand(options, ' $KWP_SCOPE --format gitlab')} > gl-code-quality-report.json || true`)}
    - ${yamlString(validateCommand(options, ' $KWP_SCOPE'))}
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
`;
}

/** A path as one shell word: plain when it is only safe characters, else single-quoted. */
function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
