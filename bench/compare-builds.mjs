// `node bench/compare-builds.mjs <old-checkout> <new-checkout>`: two builds of kwp timed in turns on
// the bench's 10,000-project knowledge bases (made by `npm run bench`, in BENCH_DIR or /tmp/kwp-bench;
// only read here). Each round runs the bare loop, then `validate`, `report --format json` and
// `match --json` of the old build and of the new; every ratio is the median of the ratios within a
// round, so a burst of load on a shared machine slows both sides of it. BENCH_RUNS rounds (5).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [oldDir, newDir] = process.argv.slice(2).map((d) => resolve(d));
if (!oldDir || !newDir) {
  process.stderr.write('usage: node bench/compare-builds.mjs <old-checkout> <new-checkout>\n');
  process.exit(2);
}
const runs = Number(process.env.BENCH_RUNS ?? 5);
const dir = process.env.BENCH_DIR ?? '/tmp/kwp-bench';
const bare = new URL('bare-loop.mjs', import.meta.url).pathname;
// A code cache folder of this run's own (see bin/code-cache.js), kept for every round.
const cache = mkdtempSync(join(tmpdir(), 'kwp-compare-'));
const env = { ...process.env, XDG_CACHE_HOME: cache };

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const shape of ['kb-10000', 'kb-10000-dense']) {
  const kb = join(dir, shape);
  const commands = { bare: [bare, kb] };
  for (const [build, root] of [
    ['old', oldDir],
    ['new', newDir],
  ]) {
    const kwp = join(root, 'bin', 'kwp.js');
    commands[`validate-${build}`] = [kwp, 'validate', '--kb', kb];
    commands[`report-${build}`] = [kwp, 'report', '--format', 'json', '--kb', kb];
    commands[`match-${build}`] = [kwp, 'match', '--json', '--on', '2026-12-06', '--kb', kb];
  }
  for (const args of Object.values(commands)) once(args); // unmeasured: the code cache is made
  const ms = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, args] of Object.entries(commands)) ms[name].push(once(args));
  const ratio = (a, b) => median(ms[a].map((x, i) => x / ms[b][i])).toFixed(2);
  console.log(`${shape}, ${runs} rounds, median ms:`);
  console.log(
    `  ${Object.entries(ms)
      .map(([name, xs]) => `${name} ${median(xs).toFixed(0)}`)
      .join(', ')}`,
  );
  for (const build of ['old', 'new'])
    console.log(
      `  ${build}: report vs the bare loop ${ratio(`report-${build}`, 'bare')}×, match vs validate ${ratio(`match-${build}`, `validate-${build}`)}×, validate vs the bare loop ${ratio(`validate-${build}`, 'bare')}×`,
    );
  console.log(
    `  new vs old: report ${ratio('report-new', 'report-old')}×, match ${ratio('match-new', 'match-old')}×, validate ${ratio('validate-new', 'validate-old')}×`,
  );
}
rmSync(cache, { recursive: true, force: true });
