// `npm run bench`: times kwp against baselines measured in the same run on the same files, alternating
// the commands so that a busy machine slows both alike. Prints ratios (median of the runs) and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.mjs';

const here = new URL('.', import.meta.url).pathname;
const kwp = join(here, '..', 'bin', 'kwp.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const hasTime = existsSync('/usr/bin/time');

function once(args) {
  const cmd = hasTime ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssKb = hasTime ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { ms, rssMb: rssKb / 1024, status: result.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs each named command `runs` times, interleaved; returns median ms and max RSS per name. */
function measure(commands) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const rss = Object.fromEntries(Object.keys(commands).map((k) => [k, 0]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const r = once(args);
      times[name].push(r.ms);
      rss[name] = Math.max(rss[name], r.rssMb);
    }
  }
  return Object.fromEntries(Object.keys(commands).map((k) => [k, { ms: median(times[k]), rssMb: rss[k] }]));
}

const rows = [];
const row = (what, value, base, budget) =>
  rows.push({ what, ms: value.ms, base: base.ms, ratio: value.ms / base.ms, budget, rssMb: value.rssMb });

const tmp = process.env.BENCH_DIR ?? '/tmp/kwp-bench';
const kb1k = join(tmp, 'kb-1000');
const kb10k = join(tmp, 'kb-10000');
process.stderr.write('generating knowledge bases (fixed seed)…\n');
generate(kb1k, 1000);
generate(kb10k, 10000);

process.stderr.write(`measuring, ${runs} runs each…\n`);
const start = measure({
  node: ['-e', '0'],
  version: [kwp, '--version'],
  example: [kwp, 'validate', '--kb', join(here, '..')],
});
row('kwp --version vs node -e 0', start.version, start.node, 1.3);
row('kwp validate (example) vs node -e 0', start.example, start.node, 2.5);

const big = measure({
  bare10k: [join(here, 'bare-loop.mjs'), kb10k],
  validate10k: [kwp, 'validate', '--kb', kb10k],
  bare1k: [join(here, 'bare-loop.mjs'), kb1k],
  validate1k: [kwp, 'validate', '--kb', kb1k],
});
row('kwp validate, 10,000 projects vs bare loop', big.validate10k, big.bare10k, 1.5);
row('kwp validate, 10,000 vs 1,000 projects', big.validate10k, big.validate1k, 11);

console.log(
  `\nkwp bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, median of ${runs} runs\n`,
);
console.log('| measure | kwp ms | baseline ms | ratio | budget | peak MB |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const mark = r.ratio <= r.budget ? '' : ' (over)';
  console.log(
    `| ${r.what} | ${r.ms.toFixed(0)} | ${r.base.toFixed(0)} | ${r.ratio.toFixed(2)}×${mark} | ≤ ${r.budget}× | ${r.rssMb.toFixed(0)} |`,
  );
}
