// Times `kwp site` (issue 16) on a generated knowledge base of 10,000 projects against the bare parse
// loop of `npm run bench`, alternating the two so that a busy machine slows both alike, and reports
// the pieces kwp measures itself (KWP_SITE_TIMINGS=1): reading, the records' views, the search index,
// the record pages, the lists, the report page, the chains' diagrams, and putting the new folder in
// place. The knowledge base is committed to git first, as a werkplaats' is: the site counts its
// report and vraag en aanbod on the commit's date, and without a commit has neither. Each run
// writes into a fresh folder (the old one is removed before the clock starts). Not part of
// `npm run bench`; run it on its own (after `npm run build`):
//   node bench/site.mjs [projects] [runs]        (default: 10000 3)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.mjs';

const here = new URL('.', import.meta.url).pathname;
const kwp = join(here, '..', 'bin', 'kwp.js');
const bare = join(here, 'bare-loop.mjs');
const projects = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 3);
const tmp = process.env.BENCH_DIR ?? '/tmp/kwp-bench';
// A folder of its own: it is committed to git, which the other benches' plain copies must not be.
const kb = join(tmp, `kb-${projects}-site`);
const out = join(tmp, `site-${projects}`);
const hasTime = existsSync('/usr/bin/time');

function once(args, env = {}) {
  const cmd = hasTime ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd[1], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const lines = r.stderr.trim().split('\n');
  const rssMb = hasTime ? Number(lines.at(-1)) / 1024 : NaN;
  const timings = /(?:tijden|timings) \(ms\): (.*)$/m.exec(r.stderr)?.[1];
  const pieces = timings
    ? Object.fromEntries(timings.split(', ').map((p) => [p.split(' ')[0], Number(p.split(' ')[1])]))
    : {};
  return { ms, rssMb, pieces };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

process.stderr.write(`generating ${projects} projects (fixed seed)…\n`);
generate(kb, projects, 42);
const git = (...args) =>
  execFileSync(
    'git',
    [
      '-c',
      'user.name=kwp bench',
      '-c',
      'user.email=bench@example.org',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    {
      cwd: kb,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-12-01T12:00:00Z',
        GIT_COMMITTER_DATE: '2026-12-01T12:00:00Z',
      },
    },
  );
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'bench: generated knowledge base');
const rows = { bare: [], site: [], public: [] };
for (let i = 0; i < runs; i++) {
  process.stderr.write(`run ${i + 1} of ${runs}…\n`);
  rows.bare.push(once([bare, kb]));
  for (const [name, extra] of [
    ['site', []],
    ['public', ['--public']],
  ]) {
    rmSync(out, { recursive: true, force: true });
    rows[name].push(once([kwp, 'site', '--kb', kb, '--out', out, ...extra], { KWP_SITE_TIMINGS: '1' }));
  }
}
rmSync(out, { recursive: true, force: true });

const model = cpus()[0]?.model?.trim() || 'cpu';
console.log(
  `\nkwp site bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${model}, ${projects} projects, median of ${runs} runs\n`,
);
console.log('| measure | ms | ratio to the bare loop | peak MB |');
console.log('|---|---:|---:|---:|');
const bareMs = median(rows.bare.map((r) => r.ms));
console.log(
  `| the bare parse loop | ${bareMs.toFixed(0)} | 1× | ${Math.max(...rows.bare.map((r) => r.rssMb)).toFixed(0)} |`,
);
for (const name of ['site', 'public']) {
  const ratio = median(rows[name].map((r, i) => r.ms / rows.bare[i].ms));
  const label = name === 'site' ? '`kwp site`' : '`kwp site --public`';
  console.log(
    `| ${label} | ${median(rows[name].map((r) => r.ms)).toFixed(0)} | ${ratio.toFixed(1)}× | ${Math.max(...rows[name].map((r) => r.rssMb)).toFixed(0)} |`,
  );
}
console.log('\nThe pieces (median ms), as kwp measures them:\n');
const names = Object.keys(rows.site[0].pieces);
console.log(`| | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---:').join('|')}|`);
for (const name of ['site', 'public'])
  console.log(
    `| ${name} | ${names.map((n) => median(rows[name].map((r) => r.pieces[n] ?? 0))).join(' | ')} |`,
  );
