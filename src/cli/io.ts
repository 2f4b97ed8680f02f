// The terminal as an adapter: where output goes, whether it is a terminal, whether to colour.
import { printable } from '../render/printable.js';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../messages/catalogue.js';
import type { Prompter } from './prompt/prompter.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdoutIsTty: boolean;
  stdinIsTty: boolean;
  /** Progress goes to standard error, and only when that is a terminal. */
  stderrIsTty?: boolean;
  /** The width of the terminal standard output goes to, when it is one and says so. */
  columns?: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Answers for prompts in tests; without it, a terminal gets the real prompts. */
  prompter?: Prompter;
  /** The clock, as an adapter: what "today" and "as of" mean. Tests pass a fixed moment. */
  now(): Date;
}

export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdoutIsTty: Boolean(process.stdout.isTTY),
    stdinIsTty: Boolean(process.stdin.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** NO_COLOR wins, then FORCE_COLOR, then: colour only on a terminal. */
export function colourFor(io: Io): ChalkInstance {
  const { NO_COLOR, FORCE_COLOR } = io.env;
  let level: 0 | 1 | 2 | 3 = io.stdoutIsTty ? 1 : 0;
  if (FORCE_COLOR !== undefined)
    level =
      FORCE_COLOR === '0' || FORCE_COLOR === 'false'
        ? 0
        : FORCE_COLOR === ''
          ? 1
          : (Math.min(3, Math.max(1, Number(FORCE_COLOR) || 1)) as 1 | 2 | 3);
  if (NO_COLOR !== undefined && NO_COLOR !== '') level = 0;
  return new Chalk({ level });
}

/**
 * The prompter for an interactive run, or undefined when there must be no questions: not both
 * standard input and output a terminal, or `--yes`. Then missing values are an error, never a wait.
 */
export async function interactivePrompter(
  io: Io,
  yes: boolean | undefined,
  lang: Lang,
): Promise<Prompter | undefined> {
  if (yes) return undefined;
  if (io.prompter) return io.prompter;
  if (!io.stdinIsTty || !io.stdoutIsTty) return undefined;
  const { inquirerPrompter } = await import('./prompt/inquirer.js');
  return inquirerPrompter((text) => io.out(text), lang);
}

/**
 * A one-line progress note on standard error, for long work in a terminal: shown, then erased,
 * so nothing extra reaches standard output or a log. Its `io` erases the note before anything else
 * is written to standard error, so a message never lands on the end of the note's line.
 */
export function progress(io: Io): { show(text: string): void; done(): void; io: Io } {
  let shown = false;
  const done = () => {
    if (shown) io.err('\r\u001b[K');
    shown = false;
  };
  return {
    show(text) {
      if (!io.stderrIsTty) return;
      io.err(`\r\u001b[K${printable(text)}`);
      shown = true;
    },
    done,
    io: {
      ...io,
      err: (text) => {
        done();
        io.err(text);
      },
    },
  };
}
