// The CI workflows `kwp init` writes, parsed as YAML: run kwp validate on every pull or merge request
// and on pushes to the main branch, with the kwp version range of this package.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ciWorkflow, kwpRange } from '../../src/cli/init/ci-workflows.js';
import { REPO, tempDir } from '../helpers/kb.js';
import { init } from './shared.js';

const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const range = kwpRange(version);

interface GithubWorkflow {
  on: { pull_request: unknown; push: { branches: string[] } };
  jobs: Record<
    string,
    {
      'runs-on': string;
      steps: { uses?: string; run?: string; if?: string; with?: Record<string, unknown> }[];
    }
  >;
}

describe('the GitHub workflow', () => {
  it('runs kwp validate --format github on pull requests and pushes to main', async () => {
    const cwd = tempDir();
    expect((await init(['--name', 'X', '--no-git'], { cwd })).code).toBe(0);
    const workflow = parse(
      readFileSync(join(cwd, '.github', 'workflows', 'kwp.yml'), 'utf8'),
    ) as GithubWorkflow;
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.on.push.branches).toContain('main');
    const [job, ...others] = Object.values(workflow.jobs);
    expect(others).toEqual([]);
    expect(job!['runs-on']).toBe('ubuntu-latest');
    expect(job!.steps[0]).toMatchObject({
      uses: expect.stringMatching(/^actions\/checkout@/),
      with: { 'fetch-depth': 0 },
    });
    expect(job!.steps[1]).toMatchObject({ uses: expect.stringMatching(/^actions\/setup-node@/) });
    // pull requests: only what they change; the main branch: everything
    expect(job!.steps[2]).toMatchObject({
      if: "github.event_name == 'pull_request'",
      run: `npx --yes kwp@${range} validate --changed --format github`,
    });
    expect(job!.steps[3]).toMatchObject({
      if: "github.event_name != 'pull_request'",
      run: `npx --yes kwp@${range} validate --format github`,
    });
    // the report as an artefact, also when validation failed
    expect(job!.steps[4]).toMatchObject({
      if: 'always()',
      run: `npx --yes kwp@${range} validate --format sarif > kwp.sarif || true`,
    });
    expect(job!.steps[5]).toMatchObject({
      uses: expect.stringMatching(/^actions\/upload-artifact@/),
      with: { path: 'kwp.sarif' },
    });
  });

  it('points at a knowledge base in a subfolder with --kb, quoted for the shell', () => {
    const workflow = parse(ciWorkflow('github', { version, kbPath: "mijn 'kb'" })) as GithubWorkflow;
    expect(Object.values(workflow.jobs)[0]!.steps[3]!.run).toBe(
      `npx --yes kwp@${range} validate --kb 'mijn '\\''kb'\\''' --format github`,
    );
  });
});

describe('the GitLab pipeline', () => {
  it('runs kwp validate for merge requests and the default branch', async () => {
    const cwd = tempDir();
    expect((await init(['--name', 'X', '--no-git', '--ci', 'gitlab'], { cwd })).code).toBe(0);
    const pipeline = parse(readFileSync(join(cwd, '.gitlab-ci.yml'), 'utf8')) as Record<
      string,
      {
        image: string;
        variables: Record<string, unknown>;
        rules: { if: string }[];
        script: string[];
        artifacts: { when: string; reports: { codequality: string } };
      }
    >;
    const job = pipeline['kwp-validate']!;
    expect(job.image).toMatch(/^node:/);
    expect(job.rules.map((r) => r.if)).toEqual([
      '$CI_PIPELINE_SOURCE == "merge_request_event"',
      '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
    ]);
    expect(job.variables).toEqual({ GIT_DEPTH: 0 });
    expect(job.script).toEqual([
      'if [ "$CI_PIPELINE_SOURCE" = "merge_request_event" ]; then KWP_SCOPE=--changed; fi',
      `npx --yes kwp@${range} validate $KWP_SCOPE --format gitlab > gl-code-quality-report.json || true`,
      `npx --yes kwp@${range} validate $KWP_SCOPE`,
    ]);
    expect(job.artifacts).toEqual({
      when: 'always',
      reports: { codequality: 'gl-code-quality-report.json' },
    });
  });
});

describe('kwpRange', () => {
  it('is the major version, or the minor version below 1.0', () => {
    expect(kwpRange('0.1.0')).toBe('0.1');
    expect(kwpRange('0.12.3')).toBe('0.12');
    expect(kwpRange('2.3.4')).toBe('2');
    expect(kwpRange('1.0.0-beta.1')).toBe('1');
  });
});
