// Runs the CI files `kwp init` writes the way GitHub Actions and GitLab CI run them, as far as a test
// can: the `run:` scripts with bash as the runner starts it, in the working directory and with the
// variables the runner sets, each step only when its condition holds. The actions (checkout,
// setup-node, upload-artifact, upload-pages-artifact, deploy-pages) are not run: their inputs are
// checked against the workspace instead.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'yaml';

export interface StepResult {
  name: string;
  ran: boolean;
  code: number;
  stdout: string;
  stderr: string;
}

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

interface Job {
  defaults?: { run?: { 'working-directory'?: string } };
  steps: Step[];
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * GitHub's default shell for `run:` on Linux: `bash --noprofile --norc -eo pipefail {0}`. Started
 * asynchronously: the test registry answers npm from this same process.
 */
export function shell(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((done, fail) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * The conditions the workflow uses, with GitHub's meaning: `success()`, `failure()`, `always()`,
 * `cancelled()`, `steps.<id>.outcome == '…'` and `!=`, joined by `||` and `&&` (no parentheses).
 */
function condition(expression: string, failed: boolean, outcomes: Map<string, string>): boolean {
  const term = (text: string): boolean => {
    const t = text.trim();
    if (t === 'success()') return !failed;
    if (t === 'failure()') return failed;
    if (t === 'always()') return true;
    if (t === 'cancelled()') return false;
    if (t === '!cancelled()') return true;
    const compare = /^steps\.([\w-]+)\.(outcome|conclusion) (==|!=) '([a-z]+)'$/.exec(t);
    if (compare) {
      const value = outcomes.get(compare[1]!) ?? '';
      return compare[3] === '==' ? value === compare[4] : value !== compare[4];
    }
    throw new Error(`condition not understood by the test runner: ${t}`);
  };
  const inner = /^\$\{\{(.*)\}\}$/s.exec(expression.trim())?.[1] ?? expression;
  return inner.split('||').some((alternative) => alternative.split('&&').every(term));
}

/**
 * Runs the one job of the GitHub workflow `file` (in .github/workflows) in `workspace` (the
 * repository, checked out), for `event` (`push`, `pull_request` or `workflow_dispatch`), with `env`
 * for npm and kwp. Returns each step's result.
 */
export async function runGithubWorkflow(
  workspace: string,
  event: { name: 'push' | 'pull_request' | 'workflow_dispatch'; baseRef?: string },
  env: NodeJS.ProcessEnv,
  file = 'kwp.yml',
): Promise<StepResult[]> {
  const workflow = parse(readFileSync(join(workspace, '.github', 'workflows', file), 'utf8')) as {
    jobs: Record<string, Job>;
  };
  const [job] = Object.values(workflow.jobs);
  const cwd = join(workspace, job!.defaults?.run?.['working-directory'] ?? '');
  const runnerEnv = {
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_BASE_REF: event.baseRef ?? '',
    GITHUB_STEP_SUMMARY: join(env['HOME']!, 'step-summary.md'),
  };
  const results: StepResult[] = [];
  const outcomes = new Map<string, string>();
  let failed = false;
  for (const step of job!.steps) {
    const name = step.name ?? step.uses ?? step.run ?? '';
    const runs = step.if === undefined ? !failed : condition(step.if, failed, outcomes);
    if (!runs) {
      results.push({ name, ran: false, code: -1, stdout: '', stderr: '' });
      if (step.id) outcomes.set(step.id, 'skipped');
      continue;
    }
    const result =
      step.run !== undefined ? await shell(step.run, cwd, runnerEnv) : checkAction(step, workspace);
    results.push({ name, ran: true, ...result });
    if (step.id) outcomes.set(step.id, result.code === 0 ? 'success' : 'failure');
    if (result.code !== 0) failed = true;
  }
  return results;
}

/**
 * What the actions would find: setup-node fails when no file of `cache-dependency-path` exists;
 * upload-artifact, with `if-no-files-found: ignore`, uploads what exists (reported on stdout);
 * upload-pages-artifact packs the folder `path` (tar --directory: a folder, not a pattern) and fails
 * when there is none, reporting the files it would pack but not the hidden ones it leaves out.
 */
function checkAction(step: Step, workspace: string): Ran {
  const lines = (value: unknown) =>
    String(value ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
  if (step.uses?.startsWith('actions/setup-node@')) {
    const paths = lines(step.with?.['cache-dependency-path']);
    const found = paths.filter((p) => existsSync(join(workspace, p)));
    return found.length > 0
      ? { code: 0, stdout: `cache key from ${found.join(', ')}`, stderr: '' }
      : {
          code: 1,
          stdout: '',
          stderr: 'Some specified paths were not resolved, unable to cache dependencies.',
        };
  }
  if (step.uses?.startsWith('actions/upload-artifact@')) {
    const found = lines(step.with?.['path']).filter((p) => existsSync(join(workspace, p)));
    return { code: 0, stdout: found.join('\n'), stderr: '' };
  }
  if (step.uses?.startsWith('actions/upload-pages-artifact@')) {
    const folder = join(workspace, String(step.with?.['path'] ?? '_site/'));
    if (!existsSync(folder) || !statSync(folder).isDirectory())
      return { code: 2, stdout: '', stderr: `tar: ${folder}: Cannot open: No such file or directory` };
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .map((p) => p.split(sep).join('/'))
      .filter((p) => !p.split('/').some((part) => part.startsWith('.')))
      .filter((p) => statSync(join(folder, p)).isFile())
      .sort();
    return { code: 0, stdout: files.join('\n'), stderr: '' };
  }
  return { code: 0, stdout: '', stderr: '' };
}

export interface GitlabResult {
  /** before_script and script ran in one shell, as GitLab runs them; whether the script began. */
  scriptStarted: boolean;
  code: number;
  stdout: string;
  stderr: string;
  /** The Code Quality report the job left, where `artifacts:reports:codequality` says. */
  codeQuality: string | undefined;
}

const SCRIPT_STARTS = '__kwp_test_script_starts__';

/** Runs the job `name` of `.gitlab-ci.yml` in `project` (CI_PROJECT_DIR) with `variables`. */
export async function runGitlabJob(
  project: string,
  variables: NodeJS.ProcessEnv,
  env: NodeJS.ProcessEnv,
  name = 'kwp-validate',
): Promise<GitlabResult> {
  const pipeline = parse(readFileSync(join(project, '.gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { before_script: string[]; script: string[]; artifacts: { reports?: { codequality: string } } }
  >;
  const job = pipeline[name]!;
  const script = [...job.before_script, `echo ${SCRIPT_STARTS}`, ...job.script].join('\n');
  const result = await shell(script, project, {
    ...env,
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PROJECT_DIR: project,
    ...variables,
  });
  const report = job.artifacts.reports && join(project, job.artifacts.reports.codequality);
  return {
    scriptStarted: result.stdout.includes(SCRIPT_STARTS),
    code: result.code,
    stdout: result.stdout.replace(`${SCRIPT_STARTS}\n`, ''),
    stderr: result.stderr,
    codeQuality: report && existsSync(report) ? readFileSync(report, 'utf8') : undefined,
  };
}
