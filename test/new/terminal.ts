// A real pseudo-terminal for tests, without native modules: util-linux `script` runs the command on
// a pty of its own and passes our keystrokes in and the screen out. A test waits for text on the
// screen before each answer (never a blind sleep), with a timeout so it can never hang.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { PROCESS_GUARD_MS, runsWith } from '../helpers/hang-guard.js';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', ctrlC: '\x03', ctrlU: '\x15' };

/**
 * `script` from util-linux, which Debian ships; null when it is not there (the tests then skip),
 * except in CI (CI set), where a missing `script` fails the tests instead of hiding them.
 */
export function scriptCommand(): string | null {
  const found = spawnSync('script', ['--version'], { encoding: 'utf8' });
  return runsWith(found.status === 0 && /util-linux/.test(found.stdout)) ? 'script' : null;
}

/** The screen as text: escape sequences (colour, cursor moves, erasing) removed, line ends as \n. */
export function stripAnsi(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\][^\x07\x1b]*(\x07|\x1b\\)/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b[@-_]/g, '')
      .replace(/\r\n/g, '\n')
      .replace(/\r/g, '')
  );
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export class Terminal {
  private raw = '';
  private seen = 0;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiters = new Set<() => void>();
  readonly exit: Promise<number | null>;

  /** Runs `argv` on a pty 200 columns wide, with `env` (plus PATH and TERM). */
  constructor(argv: string[], env: NodeJS.ProcessEnv = {}) {
    const command = `stty cols 200 rows 60 && exec ${argv.map(quote).join(' ')}`;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { PATH: process.env['PATH'], TERM: 'xterm-256color', ...env },
    });
    const take = (d: Buffer) => {
      this.raw += d.toString('utf8');
      for (const wake of this.waiters) wake();
    };
    this.child.stdout.on('data', take);
    this.child.stderr.on('data', take);
    this.exit = new Promise((resolve) =>
      this.child.on('close', (code) => {
        for (const wake of this.waiters) wake();
        resolve(code);
      }),
    );
  }

  /** Everything shown so far, as text. */
  get screen(): string {
    return stripAnsi(this.raw);
  }

  /** Waits until `pattern` shows up after what earlier waits matched; fails with the screen after `ms`. */
  waitFor(pattern: string | RegExp, ms = PROCESS_GUARD_MS): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const rest = this.screen.slice(this.seen);
        const at = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
        if (at < 0) return false;
        const length = typeof pattern === 'string' ? pattern.length : (rest.match(pattern)?.[0].length ?? 0);
        this.seen += at + length;
        return true;
      };
      if (check()) return resolve();
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(
          new Error(
            `timed out waiting for ${String(pattern)}; the screen ends with:\n${this.screen.slice(-1500)}`,
          ),
        );
      }, ms);
      const wake = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Waits for the prompt, then types the answer. */
  async answer(prompt: string | RegExp, keys: string, ms?: number): Promise<void> {
    await this.waitFor(prompt, ms);
    this.type(keys);
  }

  /** The exit code, or a failure with the screen if the command has not ended within `ms`. */
  async ended(ms = PROCESS_GUARD_MS): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.kill();
        reject(new Error(`still running after ${ms} ms; the screen ends with:\n${this.screen.slice(-1500)}`));
      }, ms);
    });
    try {
      return await Promise.race([this.exit, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
