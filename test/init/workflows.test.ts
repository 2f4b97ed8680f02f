// The CI files `kwp init` writes, parsed as YAML: a package.json that pins this kwp, and a workflow
// that installs it in a step of its own and then runs one kwp validate on every pull or merge request
// and on pushes to the main branch. test/init/ci-install.test.ts runs these files for real.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ciWorkflow } from '../../src/cli/init/ci-workflows.js';
import { REPO, tempDir } from '../helpers/kb.js';
import { init } from './shared.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };

export interface GithubStep {
  uses?: string;
  run?: string;
  if?: string;
  id?: string;
  name?: string;
  with?: Record<string, unknown>;
}

export interface GithubWorkflow {
  on: { pull_request: unknown; push: { branches: string[] } };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    { 'runs-on': string; defaults?: { run: { 'working-directory': string } }; steps: GithubStep[] }
  >;
}

export interface GitlabJob {
  image: string;
  variables: Record<string, unknown>;
  rules: { if: string }[];
  cache: { key: { files: string[] }; paths: string[] };
  before_script: string[];
  script: string[];
  artifacts: { when: string; reports: { codequality: string } };
}

const INSTALL_FLAGS = '--ignore-scripts --no-audit --no-fund';

describe('the package.json of a new werkplaats', () => {
  it('pins exactly this kwp, by the name it is published under, as a private devDependency', async () => {
    const cwd = tempDir();
    expect((await init(['--name', 'Kenniswerkplaats Zuid', '--no-git'], { cwd })).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ private: true, devDependencies: { [pkg.name]: pkg.version } });
    expect(Object.keys(manifest).sort()).toEqual(['description', 'devDependencies', 'private']);
    expect(manifest['description']).toContain('Kenniswerkplaats Zuid');
    // the werkplaats README names the same package, and how to run the pinned kwp
    const readme = readFileSync(join(cwd, 'README.md'), 'utf8');
    expect(readme).toContain(`npm install -g ${pkg.name}\n`);
    expect(readme).toContain('`npx kwp validate`');
    expect(readme).not.toContain('{{');
    expect(readFileSync(join(cwd, '.gitignore'), 'utf8').split('\n')).toEqual(
      expect.arrayContaining([
        'node_modules/',
        '.npm/',
        'kwp.sarif',
        'gl-code-quality-report.json',
        '.kwp-journal.json',
      ]),
    );
  });
});

describe('the GitHub workflow', () => {
  it('installs kwp in a step of its own, then runs one kwp validate that writes every report', async () => {
    const cwd = tempDir();
    expect((await init(['--name', 'X', '--no-git'], { cwd })).code).toBe(0);
    const text = readFileSync(join(cwd, '.github', 'workflows', 'kwp.yml'), 'utf8');
    const workflow = parse(text) as GithubWorkflow;
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.on.push.branches).toContain('main');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const [job, ...others] = Object.values(workflow.jobs);
    expect(others).toEqual([]);
    expect(job!['runs-on']).toBe('ubuntu-latest');
    expect(job!.defaults).toBeUndefined();
    const [checkout, setup, install, validate, upload, ...more] = job!.steps;
    expect(more).toEqual([]);
    // the current major versions of the actions (December 2026), on a maintained Node LTS
    expect(checkout).toEqual({
      uses: 'actions/checkout@v7',
      with: { 'fetch-depth': 0, 'persist-credentials': false },
    });
    expect(setup).toEqual({
      uses: 'actions/setup-node@v7',
      with: {
        'node-version': 24,
        cache: 'npm',
        'cache-dependency-path': 'package.json\npackage-lock.json\n',
      },
    });
    // the install: the lockfile when there is one; no install scripts
    expect(install).toEqual({
      name: 'kwp installeren',
      run: `if [ -f package-lock.json ]; then npm ci ${INSTALL_FLAGS}; else npm install ${INSTALL_FLAGS}; fi`,
    });
    // one validation: runs only when the install worked (no `if`), the installed kwp, never npx
    expect(validate).toEqual({
      name: 'kwp validate',
      id: 'validate',
      run:
        'if [ "$GITHUB_EVENT_NAME" = pull_request ]; then scope=--changed; fi\n' +
        'node_modules/.bin/kwp validate $scope --format github --output sarif=kwp.sarif --output-scope all\n',
    });
    // the report as an artefact, when the validation ran (passed or failed), not after a failed install
    expect(upload).toEqual({
      uses: 'actions/upload-artifact@v7',
      if: "success() || steps.validate.outcome == 'failure'",
      with: { name: 'kwp-rapport', path: 'kwp.sarif', 'if-no-files-found': 'ignore' },
    });
    expect(text).not.toMatch(/npx|kwp@|node-version: 20/);
  });

  it('runs in a knowledge base in a subfolder, its paths quoted where YAML or a glob needs it', () => {
    const plain = parse(ciWorkflow('github', { kbPath: 'docs/mijn kb' })) as GithubWorkflow;
    const job = Object.values(plain.jobs)[0]!;
    expect(job.defaults).toEqual({ run: { 'working-directory': 'docs/mijn kb' } });
    expect(job.steps[1]!.with!['cache-dependency-path']).toBe(
      'docs/mijn kb/package.json\ndocs/mijn kb/package-lock.json\n',
    );
    expect(job.steps[4]!.with!['path']).toBe('docs/mijn kb/kwp.sarif');

    const odd = parse(ciWorkflow('github', { kbPath: "a*b/it's: #1" })) as GithubWorkflow;
    const oddJob = Object.values(odd.jobs)[0]!;
    expect(oddJob.defaults).toEqual({ run: { 'working-directory': "a*b/it's: #1" } });
    // a glob would read `*` as a wildcard: the files are found by name instead
    expect(oddJob.steps[1]!.with!['cache-dependency-path']).toBe('**/package.json\n**/package-lock.json\n');
    expect(oddJob.steps[4]!.with!['path']).toBe('**/kwp.sarif');
  });
});

describe('the GitLab pipeline', () => {
  it('installs kwp before the script, and reports Code Quality over the whole knowledge base', async () => {
    const cwd = tempDir();
    expect((await init(['--name', 'X', '--no-git', '--ci', 'gitlab'], { cwd })).code).toBe(0);
    const text = readFileSync(join(cwd, '.gitlab-ci.yml'), 'utf8');
    const pipeline = parse(text) as Record<string, GitlabJob>;
    // and the pages job after it, which site-workflows.test.ts looks at
    expect(Object.keys(pipeline)).toEqual(['kwp-validate', 'pages']);
    const job = pipeline['kwp-validate']!;
    expect(job.image).toBe('node:24');
    expect(job.rules.map((r) => r.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
      '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    ]);
    expect(job.variables).toEqual({ GIT_DEPTH: 0 });
    expect(job.cache).toEqual({ key: { files: ['package.json', 'package-lock.json'] }, paths: ['.npm/'] });
    const flags = `${INSTALL_FLAGS} --cache .npm --prefer-offline`;
    expect(job.before_script).toEqual([
      `if [ -f package-lock.json ]; then npm ci ${flags}; else npm install ${flags}; fi`,
    ]);
    expect(job.script).toEqual([
      'if [ "$CI_PIPELINE_SOURCE" = "merge_request_event" ]; then KWP_SCOPE=--changed; fi',
      'node_modules/.bin/kwp validate $KWP_SCOPE --output gitlab=gl-code-quality-report.json --output-scope all',
    ]);
    expect(job.artifacts).toEqual({
      when: 'always',
      reports: { codequality: 'gl-code-quality-report.json' },
    });
    expect(text).not.toMatch(/npx|kwp@|node:20/);
  });

  it('goes into a knowledge base in a subfolder first', () => {
    const job = (parse(ciWorkflow('gitlab', { kbPath: "docs/it's kb" })) as Record<string, GitlabJob>)[
      'kwp-validate'
    ]!;
    expect(job.before_script[0]).toBe(`cd 'docs/it'\\''s kb'`);
    expect(job.cache).toEqual({
      key: { files: ["docs/it's kb/package.json", "docs/it's kb/package-lock.json"] },
      paths: ["docs/it's kb/.npm/"],
    });
    expect(job.artifacts.reports.codequality).toBe("docs/it's kb/gl-code-quality-report.json");
  });
});
