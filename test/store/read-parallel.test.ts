// Reading a large knowledge base on worker threads (src/store/read-parallel.ts) changes nothing kwp
// prints. The built kwp (a copy of bin/ and dist/, so its worker file can be swapped) runs on a
// generated knowledge base with files of every awkward sort, once on one thread and then with the
// threshold forced down, on both bundles (the CommonJS one with its code cache, as Node 20 runs it,
// and the ES modules); the output must be the same byte for byte. A wrapper around the real worker
// counts the files the workers sent back, so the test knows they did the reading. A worker file that
// is missing, throws, dies after taking chunks, or sends something else leaves the main thread to
// read everything, with the same output.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';
import { git } from '../helpers/git.js';
import { REPO, tempDir } from '../helpers/kb.js';

type Generate = (root: string, projects: number, seed?: number) => void;

let kb: string;
let generate: Generate;
/** At least as many as the files kwp reads in the knowledge base: werkplaats.md and every name in a folder. */
let listed: number;

beforeAll(async () => {
  kb = join(tempDir('kwp-par-'), 'kb');
  ({ generate } = (await import(join(REPO, 'bench', 'generate.mjs'))) as { generate: Generate });
  generate(kb, 150, 11);
  const projects = join(kb, 'knowledge', 'projecten');
  // The hostile corpus: code in YAML tags, an alias bomb, a `__proto__` key, invalid UTF-8, …
  const corpus = join(REPO, 'test', 'hostile', 'corpus', 'knowledge', 'projecten');
  for (const name of readdirSync(corpus)) cpSync(join(corpus, name), join(projects, name));
  const some = readdirSync(projects).find((n) => n.startsWith('p0'))!;
  const text = readFileSync(join(projects, some), 'utf8');
  const write = (name: string, content: string | Uint8Array) => writeFileSync(join(projects, name), content);
  // YAML only the full reader reads: an anchor (fine) and broken syntax (a diagnostic with its line).
  write('2026-anker.md', text.replace(/^id: .*$/m, 'id: 2026-anker\nx-basis: &b waarde\nx-ook: *b'));
  write('2026-kapot.md', '---\nid: 2026-kapot\ntitel: [Kapot\nstatus: lopend\n---\n\nTekst.\n');
  write('2026-tab.md', '---\nid: 2026-tab\n\ttitel: tab\n---\n');
  write('2026-bom-crlf.md', `\uFEFF${text.replace(/^id: .*$/m, 'id: 2026-bom-crlf').replace(/\n/g, '\r\n')}`);
  write('2026-binair.md', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0]));
  write('2026-leeg.md', '');
  write('2026-groot.md', `${text}${'Een regel tekst in de beschrijving.\n'.repeat(40_000)}`);
  write('notities.txt', 'geen record\n');
  mkdirSync(join(projects, 'map.md'));
  // Symlinks: to a record inside (its id is not its name), out of the knowledge base, and to nothing.
  symlinkSync(join(projects, some), join(projects, '2026-link.md'));
  const outside = join(tempDir(), 'buiten.md');
  writeFileSync(outside, text);
  symlinkSync(outside, join(projects, '2026-naar-buiten.md'));
  symlinkSync(join(projects, 'bestaat-niet.md'), join(projects, '2026-weg.md'));
  spawnSync('mkfifo', [join(projects, '2026-pijp.md')]);
  listed =
    1 +
    readdirSync(join(kb, 'knowledge'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .reduce((n, d) => n + readdirSync(join(kb, 'knowledge', d.name)).length, 0);
});

/** A copy of the built kwp (bin/, dist/, package.json), whose files a test may change. */
function copyOfKwp(): string {
  const root = tempDir('kwp-par-bin-');
  for (const part of ['bin', 'dist', 'package.json'])
    cpSync(join(REPO, part), join(root, part), { recursive: true });
  return root;
}

/** The two ways bin/kwp.js runs: the CommonJS bundle with its code cache (Node 20), and ES modules. */
function paths(): [string, NodeJS.ProcessEnv][] {
  const cache = join(tempDir(), 'cache');
  mkdirSync(cache);
  return [
    ['with the code cache', { XDG_CACHE_HOME: cache }],
    ['ES modules, no cache', { NODE_DISABLE_COMPILE_CACHE: '1' }],
  ];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv, at = kb): Run {
  const result = spawnSync(process.execPath, [join(bin, 'bin', 'kwp.js'), ...args, '--kb', at], {
    env: { PATH: process.env['PATH'], NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: PROCESS_GUARD_MS,
    maxBuffer: 1 << 26,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ONE_THREAD = { KWP_READ_WORKERS: '0' };
const WORKERS_ONLY = { KWP_READ_WORKERS: '2', KWP_READ_WORKERS_FROM: '1', KWP_READ_WORKERS_ONLY: '1' };
const SHARED = { KWP_READ_WORKERS: '2', KWP_READ_WORKERS_FROM: '1' };

/**
 * Runs `args` on one thread and with `env`, and expects the same output. The report says what day it
 * is: when the day changed between the two runs, they run again.
 */
function expectSame(
  bin: string,
  args: string[],
  base: NodeJS.ProcessEnv,
  env: NodeJS.ProcessEnv,
  at = kb,
): void {
  for (;;) {
    const day = new Date().toDateString();
    const one = run(bin, args, { ...base, ...ONE_THREAD }, at);
    const more = run(bin, args, { ...base, ...env }, at);
    if (new Date().toDateString() !== day) continue;
    expect(one.stdout.length).toBeGreaterThan(0);
    expect(more).toEqual(one);
    return;
  }
}

const COMMANDS = [
  ['validate'],
  ['validate', '--format', 'json'],
  ['report', '--format', 'json'],
  ['list', '--json'],
  ['list', 'vragen', '--json'],
];

/**
 * A copy of the built kwp whose worker is the real one behind a wrapper that counts the files each
 * worker sends back (parsed, or with `--changed` in CI looked at, store/scan-share.ts);
 * `sent` gives the counts since it was last asked.
 */
function countingKwp(): { bin: string; counted: string; sent: () => number[] } {
  const bin = copyOfKwp();
  const counted = join(tempDir(), 'counted');
  const count =
    "if (m.files || m.parse) appendFileSync(process.env.KWP_TEST_COUNTED, (m.parse ? m.looked : m.files.length) + '\\n')";
  for (const [ext, wrapper] of [
    [
      'js',
      `import { appendFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (m) => { ${count}; post(m); };
await import('./read-worker-real.js');
`,
    ],
    [
      'cjs',
      `const { appendFileSync } = require('node:fs');
const { parentPort } = require('node:worker_threads');
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (m) => { ${count}; post(m); };
require('./read-worker-real.cjs');
`,
    ],
  ] as const) {
    renameSync(join(bin, 'dist', `read-worker.${ext}`), join(bin, 'dist', `read-worker-real.${ext}`));
    writeFileSync(join(bin, 'dist', `read-worker.${ext}`), wrapper);
  }
  const sent = () => {
    const counts = existsSync(counted) ? readFileSync(counted, 'utf8').trim().split('\n').map(Number) : [];
    rmSync(counted, { force: true });
    return counts;
  };
  return { bin, counted, sent };
}

/**
 * A git repository of a generated knowledge base on branch `change`, where against `main` a cycle
 * was made, a file added whose id is another's (a duplicate, not its name) and a project deleted.
 */
function changedRepo(): string {
  const repo = join(tempDir('kwp-par-git-'), 'kb');
  generate(repo, 200, 12);
  git(repo, ['init', '-q', '-b', 'main']);
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'kb']);
  git(repo, ['checkout', '-q', '-b', 'change']);
  const projects = join(repo, 'knowledge', 'projecten');
  const names = readdirSync(projects).sort();
  const textOf = (name: string) => readFileSync(join(projects, name), 'utf8');
  // A cycle: a project that follows another is followed by it in turn.
  const follower = names.find((n) => /^vervolg_op: \[[a-z0-9-]+\]$/m.test(textOf(n)))!;
  const followed = /^vervolg_op: \[([a-z0-9-]+)\]$/m.exec(textOf(follower))![1]!;
  const followedName = names.find((n) => new RegExp(`^id: ${followed}$`, 'm').test(textOf(n)))!;
  writeFileSync(
    join(projects, followedName),
    textOf(followedName).replace(
      /^vervolg_op: .*$/m,
      `vervolg_op: [${/^id: (.*)$/m.exec(textOf(follower))![1]}]`,
    ),
  );
  // A file whose id is another's (a duplicate, and not its name), and a deleted project.
  writeFileSync(join(projects, 'zz-kopie.md'), textOf(names[3]!));
  rmSync(join(projects, names[7]!));
  git(repo, ['add', '-A']);
  return repo;
}

describe('reading on worker threads', () => {
  it('prints exactly what one thread prints, on both bundles, and the workers did the reading', () => {
    const { bin, counted, sent } = countingKwp();
    for (const [, base] of paths()) {
      for (const args of COMMANDS) {
        const env = { ...base, KWP_TEST_COUNTED: counted };
        expectSame(bin, args, env, WORKERS_ONLY);
        // The workers sent every file that was read, chunk by chunk (the main thread read none).
        const counts = sent();
        expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(150);
        expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(listed);
        expectSame(bin, args, env, SHARED);
        sent();
      }
    }
  });

  it('validate --changed in CI (no scan cache) prints what one thread prints, the workers looking', () => {
    const { bin, counted, sent } = countingKwp();
    const repo = changedRepo();
    for (const [, base] of paths()) {
      const env = { ...base, CI: 'true', KWP_TEST_COUNTED: counted };
      for (const args of [
        ['validate', '--changed', '--base', 'main'],
        ['validate', '--changed', '--base', 'main', '--format', 'json'],
      ]) {
        expectSame(bin, args, env, WORKERS_ONLY, repo);
        // The workers looked at every unchanged file (the main thread at none).
        expect(sent().reduce((a, b) => a + b, 0)).toBeGreaterThan(200);
        expectSame(bin, args, env, SHARED, repo);
        sent();
      }
      expect(run(bin, ['validate', '--changed', '--base', 'main'], env, repo).code).toBe(1);
    }
  });

  it('validate --changed in CI: a worker that takes chunks of a round and dies leaves them to the main thread', () => {
    const repo = changedRepo();
    const bin = copyOfKwp();
    const dies = (imports: string) =>
      `${imports}\nparentPort.on('message', (look) => { Atomics.add(new Int32Array(look.next), 0, 2); process.exit(3); });\n`;
    writeFileSync(
      join(bin, 'dist', 'read-worker.js'),
      dies("import { parentPort } from 'node:worker_threads';"),
    );
    writeFileSync(
      join(bin, 'dist', 'read-worker.cjs'),
      dies("const { parentPort } = require('node:worker_threads');"),
    );
    for (const [, base] of paths()) {
      const env = { ...base, CI: 'true' };
      const args = ['validate', '--changed', '--base', 'main', '--format', 'json'];
      expectSame(bin, args, env, WORKERS_ONLY, repo);
      expectSame(bin, args, env, SHARED, repo);
      expect(run(bin, args, env, repo).code).toBe(1);
    }
  });

  it('stays on one thread below the threshold, and on the example', () => {
    const bin = copyOfKwp();
    const ran = join(tempDir(), 'ran');
    for (const ext of ['js', 'cjs'])
      writeFileSync(
        join(bin, 'dist', `read-worker.${ext}`),
        `${ext === 'js' ? "import { writeFileSync } from 'node:fs';" : "const { writeFileSync } = require('node:fs');"}\nwriteFileSync(process.env.KWP_TEST_RAN, 'ran');\n`,
      );
    for (const [, base] of paths()) {
      const env = { ...base, KWP_TEST_RAN: ran };
      expect(run(bin, ['validate'], { ...env, KWP_READ_WORKERS_FROM: String(listed + 1) }).code).toBe(1);
      const example = spawnSync(process.execPath, [join(bin, 'bin', 'kwp.js'), 'validate', '--kb', REPO], {
        env: { PATH: process.env['PATH'], ...env },
        encoding: 'utf8',
      });
      expect(example.status).toBe(0);
      expect(existsSync(ran)).toBe(false);
      // The same worker file does run when the threshold is met: the check above can fail.
      run(bin, ['validate'], { ...env, KWP_READ_WORKERS: '1', KWP_READ_WORKERS_FROM: '1' });
      expect(existsSync(ran)).toBe(true);
      rmSync(ran);
    }
  });

  const FAILING: [string, string, string][] = [
    ['is missing', '', ''],
    ['throws as it starts', "throw new Error('kapot');", "throw new Error('kapot');"],
    [
      'takes chunks and dies',
      "import { workerData } from 'node:worker_threads';\nAtomics.add(new Int32Array(workerData.next), 0, 2);\nprocess.exit(3);",
      "const { workerData } = require('node:worker_threads');\nAtomics.add(new Int32Array(workerData.next), 0, 2);\nprocess.exit(3);",
    ],
    [
      'sends something else',
      "import { parentPort, workerData } from 'node:worker_threads';\nAtomics.add(new Int32Array(workerData.next), 0, 1);\nparentPort.postMessage({ chunks: 'alle' });",
      "const { parentPort, workerData } = require('node:worker_threads');\nAtomics.add(new Int32Array(workerData.next), 0, 1);\nparentPort.postMessage({ chunks: 'alle' });",
    ],
  ];
  it.each(FAILING)(
    'a worker that %s leaves the reading to the main thread, and the output the same',
    (_, js, cjs) => {
      const bin = copyOfKwp();
      for (const [ext, code] of [
        ['js', js],
        ['cjs', cjs],
      ] as const) {
        const file = join(bin, 'dist', `read-worker.${ext}`);
        if (code === '') rmSync(file);
        else writeFileSync(file, `${code}\n`);
      }
      for (const [, base] of paths())
        for (const args of [
          ['validate', '--format', 'json'],
          ['report', '--format', 'json'],
        ])
          expectSame(bin, args, base, WORKERS_ONLY);
    },
  );
});
