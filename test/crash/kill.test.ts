// Crash safety: the real `kwp` process, killed with SIGKILL at random moments while it writes, leaves
// every file either as it was or as the complete new version, never a partial one. Each command runs
// once to the end first (its duration and the files it writes are the reference); then it is started
// again and again on a fresh copy, killed after a random delay between 0 and a little more than that
// duration, half of them near its end (a fixed seed, so the same delays each run), and each time the
// knowledge base is checked: by bytes, by kwp's own reader and by `kwp validate`.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kind } from '../../src/core/kinds.js';
import { readSourceFile } from '../../src/core/read-file.js';
import { readYamlFull } from '../../src/core/yaml-full.js';
import { BIN, REPO, tempDir, validateJson } from '../helpers/kb.js';
import { random } from '../helpers/random.js';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';

const KILLS = Number(process.env['KWP_CRASH_KILLS'] ?? 25);
/** A temporary file of src/store/write-file.ts: `.<name>.<pid>.<hex>.tmp`. */
const TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
/** The journal of a multi-file write (src/store/journal.ts), left by a kill: the next kwp deals with it. */
const JOURNAL = '.kwp-journal.json';
const READ_RULES = new Set(['yaml-syntax', 'unclosed-frontmatter', 'missing-frontmatter']);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

/** Runs the binary; with `killAfterMs`, sends SIGKILL after that many milliseconds. */
function run(args: string[], cwd: string, killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now(); // timing-ok: spreads the kills below, never asserted
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env['PATH'], GIT_CONFIG_NOSYSTEM: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs ?? PROCESS_GUARD_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (killAfterMs === undefined && code !== 0) reject(new Error(`kwp ${args.join(' ')}: ${stderr}`));
      resolve({ code, signal, ms: performance.now() - started }); // timing-ok: as above
    });
  });
}

/** Every file below `root` (but .git), relative path → bytes. */
function files(root: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (dir: string, rel: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (name === '.git') continue;
      const abs = join(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      if (lstatSync(abs).isDirectory()) walk(abs, path);
      else found.set(path, readFileSync(abs));
    }
  };
  walk(root, '');
  return found;
}

const kindOf = (path: string): Kind =>
  path.includes('/projecten/') ? 'project' : path.includes('/kennisvragen/') ? 'vraag' : 'partner';

interface Case {
  name: string;
  /** A fresh place to run in: returns the cwd and the kb root (init makes the kb inside the cwd). */
  prepare: () => { cwd: string; root: string };
  args: (root: string) => string[];
  seed: number;
  /** Writes only new files and is finished by running it again (kwp init): not journaled, so not put back. */
  resumable?: true;
}

const freshExample = () => {
  const root = tempDir('kwp-crash-');
  cpSync(join(REPO, 'knowledge'), join(root, 'knowledge'), { recursive: true });
  return { cwd: root, root };
};

const CASES: Case[] = [
  {
    name: 'new project',
    prepare: freshExample,
    args: (root) => [
      'new',
      'project',
      '--kb',
      root,
      '--yes',
      '--title',
      'Gedood tijdens het schrijven',
      '--programme',
      'CDKM Rivelde',
      '--question',
      'Overleeft het bestand een kill?',
      '--contact',
      'Ahmed Yilmaz <a.yilmaz@example.org>',
      '--start',
      '2026-03-01',
    ],
    seed: 1,
  },
  {
    name: 'evaluate',
    prepare: freshExample,
    args: (root) => [
      'evaluate',
      '2026-energiecoaches-molenbeek',
      '--kb',
      root,
      '--yes',
      '--date',
      '2027-03-31',
      '--conclusion',
      'Energiecoaches bereiken huishoudens die anders niemand bereikt',
      '--lesson',
      'Begin bij de buurtkamer',
      '--improvement',
      'Eerder met de corporatie praten',
      '--new-question',
      'Hoe houden we energiecoaches vast?',
      '--new-question',
      'Wat levert een bezoek op de energierekening op?',
    ],
    seed: 2,
  },
  {
    name: 'link',
    prepare: freshExample,
    args: (root) => [
      'link',
      '2026-energiecoaches-molenbeek',
      '--follows',
      '2024-hittekaart-rivierenwijk',
      '--kb',
      root,
    ],
    seed: 3,
  },
  {
    name: 'rename',
    prepare: freshExample,
    args: (root) => ['rename', '2024-hittekaart-rivierenwijk', '2024-hittekaart', '--kb', root],
    seed: 5,
  },
  {
    name: 'init',
    prepare: () => {
      const cwd = tempDir('kwp-crash-init-');
      return { cwd, root: join(cwd, 'kb') };
    },
    args: () => [
      'init',
      'kb',
      '--yes',
      '--no-git',
      '--name',
      'Kenniswerkplaats Kill',
      '--programme',
      'Leren met de Stad',
      '--theme',
      'duurzaamheid',
      '--area',
      'Centrum',
    ],
    seed: 4,
    resumable: true,
  },
];

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist', 'main.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
});

describe.each(CASES)('kwp $name, killed at random moments', (c) => {
  it(`leaves every file old or complete-new, over ${KILLS} kills`, async () => {
    // The reference: one run to the end, its duration and every file as it was and as it became.
    const ref = c.prepare();
    const before = files(ref.root);
    const durations: number[] = [];
    const first = await run(c.args(ref.root), ref.cwd);
    durations.push(first.ms);
    const after = files(ref.root);
    const changed = [...after.keys()].filter((p) => !before.get(p)?.equals(after.get(p)!));
    expect(changed.length).toBeGreaterThan(0);
    // Two more runs on fresh copies for a steadier typical duration.
    for (let i = 0; i < 2; i++) {
      const again = c.prepare();
      durations.push((await run(c.args(again.root), again.cwd)).ms);
    }
    // The slowest of three, so that enough kills land after the write too.
    const typical = Math.max(...durations);

    const rnd = random(c.seed);
    const outcomes = { old: 0, partlyNew: 0, new: 0 };
    const leftovers: string[] = [];
    for (let k = 0; k < KILLS; k++) {
      const place = c.prepare();
      // Half the kills anywhere in the run, half near its end, where the files are written. The
      // first kill comes before Node has started and the last never comes, so that both outcomes
      // occur however fast or slow the machine is today; the ones between land where they land.
      const delay =
        k === 0
          ? 0
          : k === KILLS - 1
            ? PROCESS_GUARD_MS
            : typical * (k % 2 === 0 ? rnd() * 1.2 : 0.6 + rnd() * 0.5);
      const result = await run(c.args(place.root), place.cwd, delay);
      const now = files(place.root);

      let fresh = 0;
      for (const [path, bytes] of now) {
        const name = path.split('/').pop()!;
        if (path === JOURNAL) continue;
        if (TEMP.test(name)) {
          leftovers.push(path);
          continue;
        }
        // Each file is byte for byte what it was, or what a complete run writes: never cut short.
        const old = before.get(path);
        const done = after.get(path);
        const isOld = old?.equals(bytes) ?? false;
        const isNew = done?.equals(bytes) ?? false;
        if (!isOld && !isNew)
          expect.fail(`${c.name}, kill ${k} after ${delay.toFixed(0)} ms: ${path} is neither old nor new`);
        if (isNew && !isOld) fresh++;
        if (path.startsWith('knowledge/') && path.endsWith('.md') && !path.endsWith('werkplaats.md')) {
          const file = readSourceFile(path, kindOf(path), bytes, readYamlFull);
          expect(file?.problems ?? ['unreadable'], path).toEqual([]);
        }
      }
      // Nothing a complete run does not write, and nothing lost that it keeps.
      for (const path of now.keys())
        if (!TEMP.test(path.split('/').pop()!) && path !== JOURNAL)
          expect(before.has(path) || after.has(path), path).toBe(true);
      for (const path of before.keys()) if (after.has(path)) expect(now.has(path), path).toBe(true);
      outcomes[fresh === 0 ? 'old' : fresh === changed.length ? 'new' : 'partlyNew']++;
      if (fresh === changed.length && result.signal === null) expect(result.code).toBe(0);

      // kwp itself reads what is left: no file unreadable, and no temporary file as a record.
      if (existsSync(join(place.root, 'knowledge', 'werkplaats.md'))) {
        const { json } = await validateJson(place.root);
        const read = json.diagnostics.filter((d) => READ_RULES.has(d.rule));
        expect(read).toEqual([]);
        for (const d of json.diagnostics) expect(d.file.split('/').pop()).not.toMatch(TEMP);
        // validate, the next kwp, finished or put back a write the kill cut in two: all old or all new.
        const healed = files(place.root);
        expect(healed.has(JOURNAL)).toBe(false);
        const same = (a: Buffer | undefined, b: Buffer | undefined) => (a && b ? a.equals(b) : a === b);
        const allOld = changed.every((p) => same(healed.get(p), before.get(p)));
        const allNew = changed.every((p) => same(healed.get(p), after.get(p)));
        if (!c.resumable) expect(allOld || allNew, `${c.name}, kill ${k}: a write left half done`).toBe(true);
        expect(json.files).toBe(
          [...healed.keys()].filter(
            (p) => /^knowledge\/.*[^/]*\.md$/.test(p) && !TEMP.test(p.split('/').pop()!),
          ).length,
        );
      }
    }
    console.log(
      `kwp ${c.name}: typical ${typical.toFixed(0)} ms; ${KILLS} kills → ${outcomes.old} old, ${outcomes.partlyNew} partly new, ${outcomes.new} new; ${leftovers.length} temporary files left`,
      leftovers.length ? leftovers.slice(0, 3) : '',
    );
    // The delays spread over the run: some kills land before the write, some after it.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new + outcomes.partlyNew).toBeGreaterThan(0);
  });
});
