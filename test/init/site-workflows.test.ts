// The job `kwp init` writes to publish the public site, parsed as YAML (js-yaml, a second parser
// beside the one the other workflow tests use): GitHub Pages in a workflow of its own, GitLab Pages
// as a `pages` job in the pipeline file, in a knowledge base at the top of its repository and in a
// subfolder; and none of it with --no-site. test/init/ci-install.test.ts runs these jobs for real.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS, ciWorkflow } from '../../src/cli/init/ci-workflows.js';
import { siteWorkflow } from '../../src/cli/init/site-workflows.js';
import { fakePrompter } from '../helpers/fake-prompter.js';
import { REPO, tempDir } from '../helpers/kb.js';
import { commits, git, init, KB_FILES, listing, NPM_FILES } from './shared.js';
import type { GithubStep, GitlabJob } from './workflows.test.js';

interface SiteWorkflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: Record<string, unknown>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      environment: { name: string; url: string };
      defaults?: { run: { 'working-directory': string } };
      steps: GithubStep[];
    }
  >;
}

interface PagesJob extends Omit<GitlabJob, 'artifacts' | 'variables'> {
  variables?: unknown;
  artifacts: Record<string, unknown>;
}

const INSTALL_FLAGS = '--ignore-scripts --no-audit --no-fund';
const INSTALL = `if [ -f package-lock.json ]; then npm ci ${INSTALL_FLAGS}; else npm install ${INSTALL_FLAGS}; fi`;

const read = (path: string) => readFileSync(path, 'utf8');

describe('the GitHub Pages workflow', () => {
  it('builds the public site on every push to the main branch, and deploys it to Pages', async () => {
    const cwd = tempDir();
    expect((await init(['--name', 'X', '--no-git'], { cwd })).code).toBe(0);
    const text = read(join(cwd, '.github', 'workflows', 'kwp-site.yml'));
    const workflow = load(text) as SiteWorkflow;
    expect(workflow.name).toBe('kwp site');
    // a push to the main branch, or by hand; never a pull request, which would publish unreviewed work
    expect(workflow.on).toEqual({ push: { branches: ['main', 'master'] }, workflow_dispatch: null });
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    const [job, ...others] = Object.values(workflow.jobs);
    expect(others).toEqual([]);
    expect(job!['runs-on']).toBe('ubuntu-latest');
    expect(job!.defaults).toBeUndefined();
    // the environment Pages deploys to, with the address the deploy step reports
    expect(job!.environment).toEqual({ name: 'github-pages', url: '${{ steps.deploy.outputs.page_url }}' });
    const [checkout, setup, install, site, upload, deploy, ...more] = job!.steps;
    expect(more).toEqual([]);
    expect(checkout).toEqual({ uses: ACTIONS.checkout, with: { 'persist-credentials': false } });
    expect(setup).toEqual({
      uses: ACTIONS.setupNode,
      with: {
        'node-version': 24,
        cache: 'npm',
        'cache-dependency-path': 'package.json\npackage-lock.json\n',
      },
    });
    // installed exactly as the validation installs it
    expect(install).toEqual({ name: 'kwp installeren', run: INSTALL });
    const validate = load(read(join(cwd, '.github', 'workflows', 'kwp.yml'))) as SiteWorkflow;
    expect(Object.values(validate.jobs)[0]!.steps[2]).toEqual(install);
    expect(site).toEqual({ name: 'kwp site', run: 'node_modules/.bin/kwp site --public --out _site' });
    expect(upload).toEqual({ uses: 'actions/upload-pages-artifact@v5', with: { path: '_site' } });
    expect(deploy).toEqual({ id: 'deploy', uses: 'actions/deploy-pages@v5' });
    // the one-time setting, said where a person reads the file
    expect(text).toContain('Settings → Pages → Source: "GitHub Actions"');
    expect(text).not.toMatch(/npx|kwp@|node-version: 20/);
  });

  it('runs in a knowledge base in a subfolder, and uploads the site from there', () => {
    const job = Object.values(
      (load(siteWorkflow('github', { kbPath: 'docs/mijn kb' })) as SiteWorkflow).jobs,
    )[0]!;
    expect(job.defaults).toEqual({ run: { 'working-directory': 'docs/mijn kb' } });
    expect(job.steps[1]!.with!['cache-dependency-path']).toBe(
      'docs/mijn kb/package.json\ndocs/mijn kb/package-lock.json\n',
    );
    expect(job.steps[3]!.run).toBe('node_modules/.bin/kwp site --public --out _site');
    expect(job.steps[4]!.with).toEqual({ path: 'docs/mijn kb/_site' });

    // the artifact's path is a folder name, not a glob: an odd name stays exactly itself
    const odd = Object.values(
      (load(siteWorkflow('github', { kbPath: "a*b/it's: #1" })) as SiteWorkflow).jobs,
    )[0]!;
    expect(odd.defaults).toEqual({ run: { 'working-directory': "a*b/it's: #1" } });
    expect(odd.steps[1]!.with!['cache-dependency-path']).toBe('**/package.json\n**/package-lock.json\n');
    expect(odd.steps[4]!.with).toEqual({ path: "a*b/it's: #1/_site" });
  });
});

describe('the GitLab Pages job', () => {
  it('is a job named pages beside the validation: on the default branch, publishing public/', async () => {
    const cwd = tempDir();
    expect((await init(['--name', 'X', '--no-git', '--ci', 'gitlab'], { cwd })).code).toBe(0);
    const text = read(join(cwd, '.gitlab-ci.yml'));
    const pipeline = load(text) as Record<string, PagesJob>;
    expect(Object.keys(pipeline)).toEqual(['kwp-validate', 'pages']);
    const validate = pipeline['kwp-validate']!;
    const pages = pipeline['pages']!;
    expect(pages.image).toBe('node:24');
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pages.variables).toBeUndefined();
    // the same npm cache and the same install as the validation
    expect(pages.cache).toEqual(validate.cache);
    expect(pages.before_script).toEqual(validate.before_script);
    expect(pages.script).toEqual(['node_modules/.bin/kwp site --public --out public']);
    expect(pages.artifacts).toEqual({ paths: ['public'] });
    // the validation is the job --no-site writes, unchanged, with the pages job after it
    const cwd2 = tempDir();
    expect((await init(['--name', 'X', '--no-git', '--ci', 'gitlab', '--no-site'], { cwd: cwd2 })).code).toBe(
      0,
    );
    const alone = read(join(cwd2, '.gitlab-ci.yml'));
    expect(text.startsWith(`${alone}\n`)).toBe(true);
    expect(alone).toBe(ciWorkflow('gitlab', { kbPath: '' }));
  });

  it('in a subfolder: installs there, and builds into public/ at the top of the project', () => {
    const text = `${ciWorkflow('gitlab', { kbPath: "docs/it's kb" })}\n${siteWorkflow('gitlab', { kbPath: "docs/it's kb" })}`;
    const pipeline = load(text) as Record<string, PagesJob>;
    const pages = pipeline['pages']!;
    expect(pages.before_script[0]).toBe(`cd 'docs/it'\\''s kb'`);
    expect(pages.cache).toEqual(pipeline['kwp-validate']!.cache);
    // GitLab publishes the folder public at the top of the project, whatever the job's folder
    expect(pages.script).toEqual(['node_modules/.bin/kwp site --public --out "$CI_PROJECT_DIR/public"']);
    expect(pages.artifacts).toEqual({ paths: ['public'] });
  });
});

describe('kwp init --no-site', () => {
  it('writes the validation only, the same as with the site', async () => {
    const withSite = tempDir();
    const without = tempDir();
    expect((await init(['--name', 'X'], { cwd: withSite })).code).toBe(0);
    const made = await init(['--name', 'X', '--no-site'], { cwd: without });
    expect(made.code, made.stderr).toBe(0);
    expect(existsSync(join(without, '.github', 'workflows', 'kwp-site.yml'))).toBe(false);
    expect(commits(without)[0]!.files).toEqual(
      [...KB_FILES, ...NPM_FILES, '.github/workflows/kwp.yml'].sort(),
    );
    expect(read(join(without, '.github', 'workflows', 'kwp.yml'))).toBe(
      read(join(withSite, '.github', 'workflows', 'kwp.yml')),
    );
    // only the werkplaats that publishes is told about the one-time setting
    expect(made.stdout).not.toContain('Settings → Pages');
    const gitlab = tempDir();
    expect((await init(['--name', 'X', '--ci', 'gitlab', '--no-site'], { cwd: gitlab })).code).toBe(0);
    expect(Object.keys(load(read(join(gitlab, '.gitlab-ci.yml'))) as object)).toEqual(['kwp-validate']);
  });

  it('says the one-time GitHub setting after writing the workflow, in the next steps', async () => {
    const cwd = tempDir();
    const made = await init(['--name', 'X'], { cwd });
    expect(made.stdout).toContain('Zet op GitHub één keer Settings → Pages → Source op "GitHub Actions"');
    const en = await init(['--lang', 'en', 'kb', '--name', 'X'], { cwd: tempDir() });
    expect(en.stdout).toContain('On GitHub, set Settings → Pages → Source to "GitHub Actions" once');
    const gitlab = await init(['--name', 'X', '--ci', 'gitlab'], { cwd: tempDir() });
    expect(gitlab.stdout).not.toContain('Settings → Pages');
  });

  it('is in kwp init --help, in both languages', async () => {
    const nl = await init(['--help'], { cwd: tempDir() });
    expect(nl.stdout).toMatch(/--no-site\s+geen job die de openbare website/);
    const en = await init(['--help', '--lang', 'en'], { cwd: tempDir() });
    expect(en.stdout).toMatch(/--no-site\s+no job that publishes the public website/);
  });
});

describe('kwp init and an existing site workflow', () => {
  it('refuses, writing nothing and suggesting --no-site; with --no-site it leaves the file alone', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(cwd, '.github', 'workflows', 'kwp-site.yml'), 'name: onze eigen\n');
    const before = listing(cwd);
    const refused = await init(['--name', 'X'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('.github/workflows/kwp-site.yml bestaat al');
    expect(refused.stderr).toContain('--no-site');
    expect(listing(cwd)).toEqual(before);

    const made = await init(['--name', 'X', '--no-site'], { cwd });
    expect(made.code, made.stderr).toBe(0);
    expect(read(join(cwd, '.github', 'workflows', 'kwp-site.yml'))).toBe('name: onze eigen\n');
    expect(commits(cwd)[0]!.files).not.toContain('.github/workflows/kwp-site.yml');
    expect(git(cwd, ['status', '--porcelain'])).toBe('?? .github/workflows/kwp-site.yml\n');
  });
});

describe('kwp init, interactive, shows the site job in its summary', () => {
  it.each([
    [
      'GitHub',
      [],
      'website:     openbaar en zonder namen op GitHub Pages, bij elke push naar de hoofdtak (zuid/.github/workflows/kwp-site.yml)',
    ],
    [
      'GitLab',
      [],
      'website:     openbaar en zonder namen op GitLab Pages, bij elke push naar de hoofdtak (job pages in zuid/.gitlab-ci.yml)',
    ],
    ['GitHub', ['--no-site'], 'website:     geen (--no-site)'],
    ['Ergens anders', [], 'website:     geen\n'],
  ])('%s %j', async (choice, flags, line) => {
    const cwd = tempDir();
    const prompter = fakePrompter(['Zuid', '', '', '', '', '', '', '', { choose: choice }, true]);
    const made = await init(['zuid', ...flags], { cwd, prompter });
    expect(made.code, made.stderr).toBe(0);
    const summary = prompter.notes.find((n) => n.includes('Dit wordt aangemaakt'))!;
    expect(`${summary}\n`).toContain(line);
    const written = Object.keys(listing(join(cwd, 'zuid')));
    expect(written.includes('.github/workflows/kwp-site.yml')).toBe(
      choice === 'GitHub' && flags.length === 0,
    );
  });

  it('in English', async () => {
    const prompter = fakePrompter(['Zuid', '', '', '', '', '', '', '', { choose: 'GitHub' }, true]);
    const made = await init(['--lang', 'en', 'zuid'], { cwd: tempDir(), prompter });
    expect(made.code, made.stderr).toBe(0);
    const summary = prompter.notes.find((n) => n.includes('This will be created'))!;
    expect(summary).toContain(
      'website:     public and without names on GitHub Pages, on every push to the main branch (zuid/.github/workflows/kwp-site.yml)',
    );
  });
});

describe('the .gitignore of a new werkplaats', () => {
  it('leaves out the site folders kwp builds here, and no other folder of that name', async () => {
    const cwd = tempDir();
    expect((await init(['--name', 'X'], { cwd })).code).toBe(0);
    const ignored = (path: string) =>
      spawnSync('git', ['check-ignore', '-q', '--no-index', path], { cwd }).status === 0;
    expect(ignored('site/index.html')).toBe(true);
    expect(ignored('_site/index.html')).toBe(true);
    expect(ignored('knowledge/bijlagen/site/plattegrond.pdf')).toBe(false);
    // a GitLab repository may keep files of its own in public/: that folder stays in git
    expect(ignored('public/index.html')).toBe(false);
  });
});

describe('the README', () => {
  it('shows, for repositories made before, the very jobs kwp init writes (without the comments)', () => {
    const readme = read(join(REPO, 'README.md'));
    const section = readme.slice(readme.indexOf('### Publishing the site'));
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const github = blocks.find((b) => b.startsWith('name: kwp site\n'));
    const gitlab = blocks.find((b) => b.startsWith('pages:\n'));
    expect(load(github!)).toEqual(load(siteWorkflow('github', { kbPath: '' })));
    expect(load(gitlab!)).toEqual(load(siteWorkflow('gitlab', { kbPath: '' })));
  });
});
