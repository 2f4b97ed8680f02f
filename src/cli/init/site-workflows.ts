// The job that publishes a new knowledge base's website: `kwp site --public` on every push to the
// main branch, to GitHub Pages (a workflow of its own, .github/workflows/kwp-site.yml) or to GitLab
// Pages (a job named `pages` in the same .gitlab-ci.yml as the validation). Public by default: a
// site can be read by anyone even when the repository cannot, so it names no person (--public).
//
// It installs kwp the way the validation does (installCommand) and runs node_modules/.bin/kwp.
// Written out as text, the way a person writes YAML, with Dutch comments like the validation's.
import { yamlString } from '../../core/scaffold/yaml-value.js';
import {
  ACTIONS,
  CI_NODE,
  type CiKind,
  comment,
  githubRunIn,
  gitlabCd,
  gitlabNpmCache,
  globList,
  installCommand,
  type WorkflowOptions,
} from './ci-workflows.js';

/** Where the GitHub workflow lives; GitLab's job goes into .gitlab-ci.yml (ciPath). */
export const GITHUB_SITE_PATH = '.github/workflows/kwp-site.yml';

/** The folder the site is built into: the one each Pages service publishes from by default. */
export const SITE_OUT = { github: '_site', gitlab: 'public' } as const;

/** The one site build of a run, in the folder of package.json, into `out`. */
export function siteCommand(out: string): string {
  return `node_modules/.bin/kwp site --public --out ${out}`;
}

export function siteWorkflow(kind: Exclude<CiKind, 'none'>, options: WorkflowOptions): string {
  return kind === 'github' ? githubSiteWorkflow(options) : gitlabPagesJob(options);
}

function githubSiteWorkflow({ kbPath }: WorkflowOptions): string {
  const inKb = githubRunIn(kbPath);
  // upload-pages-artifact reads its path as a folder name, not as a glob: the folder, as it is.
  const artifact = yamlString(kbPath === '' ? SITE_OUT.github : `${kbPath}/${SITE_OUT.github}`);
  return `# Publiceert de website van de kennisbank op GitHub Pages, bij elke push naar de hoofdtak (en met de
# hand: Actions → kwp site → Run workflow). Gemaakt door kwp init; aanpassen mag.
#
# Eén keer instellen, anders faalt de laatste stap: Settings → Pages → Source: "GitHub Actions".
#
# De website is openbaar, ook als de repository dat niet is: daarom kwp site --public, dat geen enkele
# persoon noemt. Een website met namen alleen voor de eigen organisatie: zie "Publishing the site" in
# de handleiding van kwp.
name: kwp site

on:
  push:
    # De hoofdtak heet main, of master in een repository die git init met oudere instellingen maakte.
    branches: [main, master]
  workflow_dispatch:

# Lezen wat er in de repository staat, en publiceren op GitHub Pages (id-token: bewijst Pages dat de
# website uit deze workflow komt).
permissions:
  contents: read
  pages: write
  id-token: write

# Eén publicatie tegelijk; een publicatie die al bezig is, wordt afgemaakt.
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  site:
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deploy.outputs.page_url }}
${inKb}    steps:
      - uses: ${ACTIONS.checkout}
        with:
          persist-credentials: false
${comment(`Node ${CI_NODE}, een LTS-versie die nog lang onderhouden wordt. De npm-cache maakt het installeren sneller.`, '      ')}
      - uses: ${ACTIONS.setupNode}
        with:
          node-version: ${CI_NODE}
          cache: npm
          cache-dependency-path: ${globList(kbPath, ['package.json', 'package-lock.json'], '            ')}
      # Installeert de versie van kwp die package.json vastlegt, zoals de controle dat doet.
      - name: kwp installeren
        run: ${installCommand()}
      # De openbare website, zonder namen van personen, in de map ${SITE_OUT.github}.
      - name: kwp site
        run: ${siteCommand(SITE_OUT.github)}
      - uses: ${ACTIONS.uploadPagesArtifact}
        with:
          path: ${artifact}
      - id: deploy
        uses: ${ACTIONS.deployPages}
`;
}

/**
 * GitLab publishes what a job named `pages` leaves in the folder `public` at the top of the project:
 * a knowledge base in a subfolder builds its site there, not in its own folder.
 */
function gitlabPagesJob({ kbPath }: WorkflowOptions): string {
  const cd = gitlabCd(kbPath);
  const out = kbPath === '' ? SITE_OUT.gitlab : `"$CI_PROJECT_DIR/${SITE_OUT.gitlab}"`;
  return `# Publiceert de website van de kennisbank op GitLab Pages, bij elke push naar de hoofdtak: GitLab
# publiceert wat de job met de naam pages in de map public zet. De website is openbaar, ook als het
# project dat niet is: daarom kwp site --public, dat geen enkele persoon noemt. Een website met namen
# alleen voor de eigen organisatie: zie "Publishing the site" in de handleiding van kwp.
pages:
  image: node:${CI_NODE}
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
  # De npm-cache tussen pipelines, dezelfde als die van de controle.
${gitlabNpmCache(kbPath)}  before_script:
${cd}    # Installeert de versie van kwp die package.json vastlegt, zoals de controle dat doet.
    - ${installCommand(' --cache .npm --prefer-offline')}
  script:
    # De openbare website, zonder namen van personen.
    - ${siteCommand(out)}
  artifacts:
    paths:
      - ${SITE_OUT.gitlab}
`;
}
