// Real temporary knowledge bases for tests: a folder on disk with the files a test names, and
// kwp run against it, either in-process (fast) or as the real `bin/kwp.js` process.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import type { Prompter } from '../../src/cli/prompt/prompter.js';
import { PROCESS_GUARD_MS } from './hang-guard.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE_KB = REPO;
export const BIN = join(REPO, 'bin', 'kwp.js');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'kwp-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** An Io that prints nothing, for tests that only build kwp's command tree. */
export function quietIo(): Io {
  return {
    out: () => {},
    err: () => {},
    stdoutIsTty: false,
    stdinIsTty: false,
    env: {},
    cwd: REPO,
    now: () => FIXED_NOW,
  };
}

/** A minimal valid werkplaats.md, with vocabularies, for knowledge bases built from scratch. */
export const WERKPLAATS = `---
naam: Kenniswerkplaats Test
programmas: [Leren met de Stad, CDKM Test]
themas: [duurzaamheid, armoede, IT]
gebieden: [Binnenstad, Rivierenwijk]
doelen: {studenten: 100, gebieden: 2, projecten: 5}
---

De werkplaats voor tests.
`;

/** A valid project in status lopend; `extra` lines are added to its frontmatter. */
export function project(
  id: string,
  extra = '',
  body = '## Inhoud\n\nStudenten werken aan de vraag.\n',
): string {
  return `---
id: ${id}
titel: Project ${id}
status: lopend
programma: CDKM Test
kennisvraag: Wat werkt in de wijk?
projectleider: {naam: Femke de Vries, email: f.devries@example.org}
contactpersoon: {naam: Ahmed Yilmaz, email: a.yilmaz@example.org}
planning: {start: 2026-02-02, einde: 2026-06-26}
${extra}---

${body}`;
}

/**
 * Writes a knowledge base: `files` maps paths relative to the root to their text (or bytes).
 * `werkplaats.md` is added unless given; `example: true` starts from a copy of knowledge/.
 */
export function makeKb(
  files: Record<string, string | Uint8Array> = {},
  options: { example?: boolean } = {},
): string {
  const root = tempDir();
  if (options.example) cpSync(join(REPO, 'knowledge'), join(root, 'knowledge'), { recursive: true });
  else {
    mkdirSync(join(root, 'knowledge'), { recursive: true });
    writeFileSync(join(root, 'knowledge', 'werkplaats.md'), WERKPLAATS);
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** The moment in-process runs of kwp see as now: 3 December 2026, mid-morning. */
export const FIXED_NOW = new Date(2026, 11, 3, 10, 30);

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs kwp in this process with captured output: the same code path as the binary, minus Node start. */
export async function kwp(
  args: string[],
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    tty?: boolean;
    stderrTty?: boolean;
    /** The terminal's width, as a terminal reports it (only read when `tty` is true). */
    columns?: number;
    prompter?: Prompter;
    /** The clock kwp sees; a fixed moment unless a test gives another (no test reads the real clock). */
    now?: Date;
  } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    stdoutIsTty: options.tty ?? false,
    stderrIsTty: options.stderrTty ?? false,
    stdinIsTty: options.tty ?? false,
    env: { ...options.env },
    cwd: options.cwd ?? REPO,
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
    now: () => new Date(options.now ?? FIXED_NOW),
    ...(options.prompter ? { prompter: options.prompter } : {}),
  };
  const code = await main(args, io, 'test');
  return { code, stdout, stderr };
}

/** Runs the real `bin/kwp.js` as a child process (needs `npm run build` first; `npm test` does it). */
export function kwpProcess(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env['PATH'], ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: PROCESS_GUARD_MS,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `kwp validate --format json` on a knowledge base, parsed. */
export async function validateJson(root: string, extra: string[] = []) {
  const result = await kwp(['validate', '--kb', root, '--format', 'json', ...extra]);
  return { ...result, json: JSON.parse(result.stdout) as ValidateJson };
}

export interface ValidateJson {
  ok: boolean;
  files: number;
  errors: number;
  warnings: number;
  diagnostics: {
    file: string;
    line: number;
    column: number;
    severity: string;
    rule: string;
    message: string;
  }[];
}
