// A werkplaats made with `kwp init` gets a CI that installs a pinned kwp and passes: the workflow and
// the pipeline it writes are run for real (their shell steps, with the variables the CI services
// set), with a tarball packed from this repository served by a registry on 127.0.0.1 in place of
// npm's. And when that registry refuses, the install step fails and the validation never runs.
// Needs `npm run build` first (npm test does it). Nothing goes beyond 127.0.0.1.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGithubWorkflow, runGitlabJob, shell, type StepResult } from '../helpers/ci-run.js';
import { project, tempDir } from '../helpers/kb.js';
import {
  npmEnv,
  packThisKwp,
  type RegistryMode,
  startRegistry,
  type TestRegistry,
} from '../helpers/registry.js';
import { git, init } from './shared.js';

let registry: TestRegistry;
let tarball: Buffer;

beforeAll(async () => {
  tarball = packThisKwp();
  registry = await startRegistry(tarball);
});
afterAll(() => registry?.close());

/** A werkplaats made by `kwp init` (with its first commit), in a folder of its own. */
async function werkplaats(args: string[] = []): Promise<string> {
  const cwd = tempDir('kwp-werkplaats-');
  const result = await init(['--name', 'Kenniswerkplaats Zuid', ...VOCABULARY, '--yes', ...args], { cwd });
  expect(result.code, result.stderr).toBe(0);
  return cwd;
}

function commit(dir: string, files: Record<string, string>, message: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', message]);
}

/** A project of the werkplaats init made: valid, or with an error (an area not in its list). */
const projectOf = (id: string, extra = '') => project(id, extra);

const VOCABULARY = ['--programme', 'CDKM Test', '--theme', 'duurzaamheid', '--area', 'Centrum'];

/** A fresh runner: an empty home and npm cache, the registry in `mode`. */
function runner(mode: RegistryMode = 'ok'): NodeJS.ProcessEnv {
  registry.mode = mode;
  registry.requests.length = 0;
  return npmEnv(registry, tempDir('kwp-runner-'));
}

const byName = (results: StepResult[], name: string) => results.find((r) => r.name.startsWith(name))!;

describe('the GitHub workflow of a new werkplaats', () => {
  it('installs the pinned kwp from the registry and passes on the knowledge base init made', async () => {
    const top = await werkplaats();
    const env = runner();
    const results = await runGithubWorkflow(top, { name: 'push' }, env);
    const install = byName(results, 'kwp installeren');
    expect(install.code, install.stderr).toBe(0);
    const installed = JSON.parse(
      readFileSync(join(top, 'node_modules', ...registry.name.split('/'), 'package.json'), 'utf8'),
    ) as { version: string };
    expect(installed.version).toBe(registry.version);
    const validate = byName(results, 'kwp validate');
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).not.toMatch(/^::(error|warning)/m);
    expect(results.map((r) => r.ran)).toEqual([true, true, true, true, true]);
    // the reports of that one run: the summary on the run's page and the SARIF file
    expect(readFileSync(join(env['HOME']!, 'step-summary.md'), 'utf8')).toContain('✅');
    const sarif = JSON.parse(readFileSync(join(top, 'kwp.sarif'), 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(byName(results, 'actions/upload-artifact').stdout).toBe('kwp.sarif');
    // the registry was asked for this package and its tarball, and for nothing else
    expect(new Set(registry.requests)).toEqual(
      new Set([`/${registry.name}`, `/${registry.name}/-/kwp-${registry.version}.tgz`]),
    );
  });

  it('fails in the validation step, with annotations and the report, when a file has an error', async () => {
    const top = await werkplaats();
    commit(
      top,
      { 'knowledge/projecten/2026-fout.md': projectOf('2026-fout', 'gebied: Nergensland\n') },
      'fout',
    );
    const results = await runGithubWorkflow(top, { name: 'push' }, runner());
    expect(byName(results, 'kwp installeren').code).toBe(0);
    const validate = byName(results, 'kwp validate');
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/^::error file=knowledge\/projecten\/2026-fout\.md,line=\d+,/m);
    const sarif = JSON.parse(readFileSync(join(top, 'kwp.sarif'), 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]!.results).toHaveLength(1);
    // the report is still kept with the run
    expect(byName(results, 'actions/upload-artifact')).toMatchObject({ ran: true, stdout: 'kwp.sarif' });
  });

  it('on a pull request fails only on what it changes, and reports the whole knowledge base', async () => {
    const origin = await werkplaats();
    commit(
      origin,
      { 'knowledge/projecten/2026-oud.md': projectOf('2026-oud', 'gebied: Nergensland\n') },
      'oud',
    );
    // the runner's checkout: a clone, the pull request's branch with one valid and one broken project
    const top = join(tempDir('kwp-checkout-'), 'repo');
    git(origin, ['clone', '-q', origin, top]);
    git(top, ['checkout', '-q', '-b', 'voorstel']);
    commit(
      top,
      {
        'knowledge/projecten/2026-goed.md': projectOf('2026-goed'),
        'knowledge/projecten/2026-nieuw.md': projectOf('2026-nieuw', 'vervolg_op: [2026-bestaat-niet]\n'),
      },
      'voorstel',
    );
    // the branch the request goes into: main, or master where git's default is still that
    const baseRef = git(origin, ['rev-parse', '--abbrev-ref', 'HEAD']).trim();
    const results = await runGithubWorkflow(top, { name: 'pull_request', baseRef }, runner());
    const validate = byName(results, 'kwp validate');
    expect(validate.code, validate.stderr).toBe(1);
    const annotated = [...validate.stdout.matchAll(/^::error file=([^,]+),/gm)].map((m) => m[1]);
    expect(annotated).toEqual(['knowledge/projecten/2026-nieuw.md']);
    const sarif = JSON.parse(readFileSync(join(top, 'kwp.sarif'), 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(
      sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort(),
    ).toEqual(['knowledge/projecten/2026-nieuw.md', 'knowledge/projecten/2026-oud.md']);
  });

  for (const mode of ['403', '404', '500', 'wrong-integrity'] as const) {
    it(`fails in the install step, and never validates, when the registry answers ${mode}`, async () => {
      const top = await werkplaats();
      const results = await runGithubWorkflow(top, { name: 'push' }, runner(mode));
      const install = byName(results, 'kwp installeren');
      expect(install.ran).toBe(true);
      expect(install.code).not.toBe(0);
      expect(install.stderr).toMatch(
        mode === 'wrong-integrity' ? /EINTEGRITY|integrity/ : new RegExp(`\\b${mode}\\b`),
      );
      expect(byName(results, 'kwp validate').ran).toBe(false);
      expect(byName(results, 'actions/upload-artifact').ran).toBe(false);
      expect(existsSync(join(top, 'node_modules', '.bin', 'kwp'))).toBe(false);
    });
  }

  it('with the lockfile `npm install` made: installs with npm ci, and refuses bytes the lockfile does not know', async () => {
    const top = await werkplaats();
    // what init's next steps say: npm install, then commit package-lock.json
    const made = await runGithubWorkflow(top, { name: 'push' }, runner());
    expect(byName(made, 'kwp validate').code).toBe(0);
    const lock = JSON.parse(readFileSync(join(top, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; integrity?: string }>;
    };
    expect(lock.packages[`node_modules/${registry.name}`]).toMatchObject({ version: registry.version });
    git(top, ['add', 'package-lock.json']);
    git(top, ['commit', '-qm', 'package-lock.json']);
    git(top, ['clean', '-qfdx']);

    const again = await runGithubWorkflow(top, { name: 'push' }, runner());
    expect(byName(again, 'kwp installeren').stdout + byName(again, 'kwp installeren').stderr).not.toMatch(
      /ERR/,
    );
    expect(byName(again, 'kwp validate').code).toBe(0);
    git(top, ['clean', '-qfdx']);

    // a registry that now serves other bytes for the same version, and vouches for them
    const tampered = await runGithubWorkflow(top, { name: 'push' }, runner('tampered'));
    expect(byName(tampered, 'kwp installeren').code).not.toBe(0);
    expect(byName(tampered, 'kwp installeren').stderr).toMatch(/EINTEGRITY|integrity/);
    expect(byName(tampered, 'kwp validate').ran).toBe(false);
    expect(git(top, ['status', '--porcelain'])).toBe('');
  });
});

/** Every file below `dir` with its text, by path relative to `dir`. */
function tree(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
    if (statSync(join(dir, path)).isFile())
      found.set(path.split(sep).join('/'), readFileSync(join(dir, path), 'utf8'));
  return found;
}

/** The people of the projects these tests add (test/helpers/kb.ts project()), to be named nowhere. */
const PEOPLE = ['Femke de Vries', 'f.devries@example.org', 'Ahmed Yilmaz', 'a.yilmaz@example.org'];

/** The site a Pages job built: an index, the project's page, and no person anywhere. */
function expectPublicSite(site: Map<string, string>, id: string): void {
  expect(site.get('index.html')).toMatch(/^<!doctype html>/i);
  const page = [...site.entries()].find(
    ([path, text]) => path.endsWith('.html') && path.includes(id) && text.includes(`Project ${id}`),
  );
  expect(page, `a page of ${id}`).toBeDefined();
  const all = [...site.values()].join('\n');
  for (const person of PEOPLE) expect(all).not.toContain(person);
}

describe('the Pages job of a new werkplaats', () => {
  it('on GitHub: installs the pinned kwp, builds the public site into _site and hands it to Pages', async () => {
    const top = await werkplaats();
    commit(top, { 'knowledge/projecten/2026-groene-daken.md': projectOf('2026-groene-daken') }, 'project');
    // the people are in the knowledge base: a site that is not --public names them
    expect(readFileSync(join(top, 'knowledge', 'projecten', '2026-groene-daken.md'), 'utf8')).toContain(
      PEOPLE[0],
    );
    const results = await runGithubWorkflow(top, { name: 'push' }, runner(), 'kwp-site.yml');
    expect(results.map((r) => [r.name, r.ran, r.code])).toEqual([
      ['actions/checkout@v7', true, 0],
      ['actions/setup-node@v7', true, 0],
      ['kwp installeren', true, 0],
      ['kwp site', true, 0],
      ['actions/upload-pages-artifact@v5', true, 0],
      ['actions/deploy-pages@v5', true, 0],
    ]);
    expect(byName(results, 'kwp site').stdout).toContain('_site/index.html');
    const site = tree(join(top, '_site'));
    expectPublicSite(site, '2026-groene-daken');
    // what the upload packs: every page, none of the hidden files (the .kwp-site marker)
    const packed = byName(results, 'actions/upload-pages-artifact').stdout.split('\n');
    expect(packed).toContain('index.html');
    expect(packed).toEqual([...site.keys()].filter((p) => !p.startsWith('.')).sort());
    // the site is not something to commit: the .gitignore init wrote leaves out _site/ (the lockfile
    // is what npm install makes, to commit)
    expect(git(top, ['status', '--porcelain', '--untracked-files=all'])).toBe('?? package-lock.json\n');
  });

  it('on GitLab, in a subfolder: builds the public site into public/ at the top of the project', async () => {
    const top = tempDir('kwp-gitlab-');
    git(top, ['init', '-q', '-b', 'main']);
    commit(top, { 'LEESMIJ.txt': 'Een repository met meer dan de kennisbank.\n' }, 'begin');
    const made = await init(
      ['docs/kennis', '--name', 'Kenniswerkplaats Zuid', ...VOCABULARY, '--ci', 'gitlab', '--yes'],
      { cwd: top },
    );
    expect(made.code, made.stderr).toBe(0);
    commit(
      top,
      { 'docs/kennis/knowledge/projecten/2026-groene-daken.md': projectOf('2026-groene-daken') },
      'project',
    );
    const result = await runGitlabJob(
      top,
      { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' },
      runner(),
      'pages',
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.scriptStarted).toBe(true);
    // where artifacts: paths: says, the folder GitLab Pages publishes
    const pipeline = parse(readFileSync(join(top, '.gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { artifacts: { paths: string[] } }
    >;
    expect(pipeline['pages']!.artifacts.paths).toEqual(['public']);
    expectPublicSite(tree(join(top, 'public')), '2026-groene-daken');
    expect(existsSync(join(top, 'docs', 'kennis', 'public'))).toBe(false);
  });
});

describe('a werkplaats that keeps the packed file, until kwp is on npm', () => {
  it('installs kwp from the committed file, with no registry at all, and passes', async () => {
    const top = await werkplaats();
    const file = `${registry.name.replace(/^@/, '').replace('/', '-')}-${registry.version}.tgz`;
    writeFileSync(join(top, file), tarball);
    // the README's command, run where the werkplaats is, with a registry that refuses everything
    const env = runner('403');
    const made = await shell(`npm install --save-dev --save-exact ./${file}`, top, env);
    expect(made.code, made.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(top, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(manifest.devDependencies).toEqual({ [registry.name]: `file:${file}` });
    git(top, ['add', '-A']);
    git(top, ['commit', '-qm', 'kwp uit het bestand']);
    git(top, ['clean', '-qfdx']);

    const results = await runGithubWorkflow(top, { name: 'push' }, runner('403'));
    expect(byName(results, 'kwp installeren').code, byName(results, 'kwp installeren').stderr).toBe(0);
    expect(byName(results, 'kwp validate').code).toBe(0);
    expect(registry.requests).toEqual([]);
  });
});

describe('the GitLab pipeline of a new werkplaats in a subfolder', () => {
  /** A repository whose knowledge base init made in docs/kennis, with an error on the main branch. */
  async function repository(): Promise<string> {
    const top = tempDir('kwp-gitlab-');
    git(top, ['init', '-q', '-b', 'main']);
    commit(top, { 'LEESMIJ.txt': 'Een repository met meer dan de kennisbank.\n' }, 'begin');
    const made = await init(
      ['docs/kennis', '--name', 'Kenniswerkplaats Zuid', ...VOCABULARY, '--ci', 'gitlab', '--yes'],
      {
        cwd: top,
      },
    );
    expect(made.code, made.stderr).toBe(0);
    commit(
      top,
      { 'docs/kennis/knowledge/projecten/2026-oud.md': projectOf('2026-oud', 'gebied: Nergensland\n') },
      'oud',
    );
    return top;
  }

  it('reports the same Code Quality findings on a merge request as on the main branch, and passes on the change', async () => {
    const top = await repository();
    const main = await runGitlabJob(top, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' }, runner());
    expect(main.scriptStarted, main.stderr).toBe(true);
    expect(main.code).toBe(1);
    const onMain = JSON.parse(main.codeQuality!) as { fingerprint: string; location: { path: string } }[];
    expect(onMain.map((i) => i.location.path)).toEqual(['docs/kennis/knowledge/projecten/2026-oud.md']);
    git(top, ['clean', '-qfdx']);

    const base = git(top, ['rev-parse', 'HEAD']).trim();
    git(top, ['checkout', '-q', '-b', 'voorstel']);
    commit(top, { 'docs/kennis/knowledge/projecten/2026-goed.md': projectOf('2026-goed') }, 'goed');
    const request = await runGitlabJob(
      top,
      { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base },
      runner(),
    );
    expect(request.code, request.stdout + request.stderr).toBe(0);
    // the untouched finding is in both reports with the same fingerprint: GitLab shows it as neither new nor resolved
    expect(request.codeQuality).toBe(main.codeQuality);
    // the job log says what the merge request's own files are like
    expect(request.stdout).toContain('geen problemen');
  });

  it('fails before the script when the registry refuses, with no report', async () => {
    const top = await repository();
    const result = await runGitlabJob(
      top,
      { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' },
      runner('403'),
    );
    expect(result.code).not.toBe(0);
    expect(result.scriptStarted).toBe(false);
    expect(result.stderr).toMatch(/\b403\b/);
    expect(result.codeQuality).toBeUndefined();
  });
});
