// `npm run bench`: times kwp against baselines measured in the same run on the same files, alternating
// the commands so that a busy machine slows both alike. Prints one table: each budget of issue 7, the
// ratio (the median of the ratios within each round), peak memory, and whether the budget is met.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.mjs';
import { generateDense } from './generate-dense.mjs';

const here = new URL('.', import.meta.url).pathname;
const kwp = join(here, '..', 'bin', 'kwp.js');
const bare = join(here, 'bare-loop.mjs');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const seed = 42;
const hasTime = existsSync('/usr/bin/time');

function once(args, cwd, env) {
  const cmd = hasTime ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd[0], cmd[1], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssKb = hasTime ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { ms, rssMb: rssKb / 1024, status: result.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs each named command `runs` times, interleaved; returns median ms and max RSS per name. A command
 * is its arguments to node, or `{ args, cwd, env }`.
 */
function measure(commands) {
  const names = Object.keys(commands);
  const times = Object.fromEntries(names.map((k) => [k, []]));
  const rss = Object.fromEntries(names.map((k) => [k, 0]));
  // One round unmeasured first: what a command keeps between runs (Node 20's code cache, made after
  // a command's first run) is then there, as on a machine where kwp has run before.
  for (const command of Object.values(commands)) {
    const { args, cwd, env } = Array.isArray(command) ? { args: command } : command;
    once(args, cwd, env);
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, command] of Object.entries(commands)) {
      const { args, cwd, env } = Array.isArray(command) ? { args: command } : command;
      const r = once(args, cwd, env);
      if (r.status === null || r.status > 1) throw new Error(`${name} failed (status ${r.status})`);
      times[name].push(r.ms);
      rss[name] = Math.max(rss[name], r.rssMb);
    }
  }
  return Object.fromEntries(names.map((k) => [k, { ms: median(times[k]), all: times[k], rssMb: rss[k] }]));
}

/**
 * The 10,000-project kb as a git repository: one commit on `main`, and a branch `change` checked out
 * with one project file changed. Committing 13,000 files takes a while, so a folder built from the
 * same seed and size is reused.
 */
function gitKb(root, projects, shape) {
  const stamp = join(root, '.git', 'kwp-bench');
  const want = `${shape.name}: seed ${seed}, ${projects} projects and their offers, one changed file\n`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return root;
  rmSync(root, { recursive: true, force: true });
  shape.generate(root, projects, seed);
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
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'bench: generated knowledge base');
  git('checkout', '-q', '-b', 'change');
  const file = join(root, 'knowledge', 'projecten', shape.changedFile);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^titel: .*$/m, 'titel: Een gewijzigde titel'));
  git('commit', '-q', '-a', '-m', 'bench: one project changed');
  writeFileSync(stamp, want);
  return root;
}

const rows = [];
/**
 * The ratio is the median of the ratios within each round (the two commands ran one after the
 * other), so a burst of load on this shared machine slows both sides of one ratio, not one median.
 */
const row = (what, value, base, budget) =>
  rows.push({
    what,
    ms: value.ms,
    base: base.ms,
    ratio: median(value.all.map((ms, i) => ms / base.all[i])),
    budget,
    rssMb: value.rssMb,
  });

const tmp = process.env.BENCH_DIR ?? '/tmp/kwp-bench';
// kwp's code cache on Node 20 (bin/code-cache.js) in a folder of the bench's own: one that other
// builds of kwp on the same machine share could lose this build's cache to theirs halfway.
const codeCache = join(tmp, 'code-cache');
rmSync(codeCache, { recursive: true, force: true });
mkdirSync(codeCache, { recursive: true, mode: 0o700 });
process.env.XDG_CACHE_HOME = codeCache;
/**
 * Two shapes of knowledge base, so that kwp is not fast only on the one it was tuned to: the
 * example's files with few links (`generate.mjs`), and a dense one (`generate-dense.mjs`): as many
 * questions as projects, 4–8 taken up and 1–3 raised by each project, 2–4 `vervolg_op` links each,
 * 6–12 partners, long bodies and evaluations.
 */
const shapes = [
  { name: 'example-shaped', suffix: '', generate, changedFile: 'p000500.md' },
  { name: 'dense', suffix: '-dense', generate: generateDense, changedFile: 'd000500.md' },
];
const only = process.env.BENCH_SHAPE;

process.stderr.write(`measuring, ${runs} runs each…\n`);
const start = measure({
  node: ['-e', '0'],
  version: [kwp, '--version'],
  example: [kwp, 'validate', '--kb', join(here, '..')],
  // As in CI, or a first run: no compiled code kept from an earlier run (see bin/code-cache.js).
  exampleCold: {
    args: [kwp, 'validate', '--kb', join(here, '..')],
    env: { NODE_DISABLE_COMPILE_CACHE: '1' },
  },
});
row('`kwp --version` vs `node -e 0`', start.version, start.node, 1.3);
row('`kwp validate` on the example vs `node -e 0`', start.example, start.node, 2.5);
row(
  'the same without a code cache (CI, a first run), for information',
  start.exampleCold,
  start.node,
  undefined,
);

for (const shape of shapes) {
  if (only && only !== shape.name) continue;
  const kb1k = join(tmp, `kb-1000${shape.suffix}`);
  const kb10k = join(tmp, `kb-10000${shape.suffix}`);
  process.stderr.write(`${shape.name}: generating knowledge bases (fixed seed)…\n`);
  shape.generate(kb1k, 1000, seed);
  shape.generate(kb10k, 10000, seed);
  process.stderr.write(`${shape.name}: the 10,000-project git repository (reused when it exists)…\n`);
  const repo10k = gitKb(join(tmp, `kb-10000${shape.suffix}-git`), 10000, shape);
  const tag = shapes.length > 1 ? ` (${shape.name})` : '';
  process.stderr.write(`${shape.name}: measuring…\n`);
  const big = measure({
    bare10k: [bare, kb10k],
    validate10k: [kwp, 'validate', '--kb', kb10k],
    report10k: [kwp, 'report', '--format', 'json', '--kb', kb10k],
    validate1k: [kwp, 'validate', '--kb', kb1k],
    // Issue 15: every open question against 1,000 offers, on a fixed date so every run does the same.
    match10k: [kwp, 'match', '--json', '--on', '2026-12-06', '--kb', kb10k],
  });
  row(`\`kwp validate\`, 10,000 projects, vs the bare loop${tag}`, big.validate10k, big.bare10k, 1.5);
  rows.push({
    what: `peak memory, \`kwp validate\` on 10,000 projects${tag}`,
    memory: true,
    rssMb: big.validate10k.rssMb,
    budget: 250,
  });
  row(`\`kwp report --format json\`, 10,000 projects, vs the bare loop${tag}`, big.report10k, big.bare10k, 2);
  row(`\`kwp validate\`, 10,000 vs 1,000 projects${tag}`, big.validate10k, big.validate1k, 11);
  row(
    `\`kwp match --json\`, 10,000 projects and 1,000 offers, vs \`kwp validate\`${tag}`,
    big.match10k,
    big.validate10k,
    1.5,
  );

  // `--changed` keeps what it found in unchanged files in the repository's git folder (the scan
  // cache): measured with it (every run after the first on one's own machine), and as in CI
  // (`CI=true`: no scan cache and no code cache), against a full validation run the same way.
  const changedArgs = [kwp, 'validate', '--changed', '--base', 'main', '--kb', repo10k];
  rmSync(join(repo10k, '.git', 'kwp'), { recursive: true, force: true });
  once(changedArgs, repo10k, {}); // the first run, which writes the cache
  const ci = { CI: 'true' };
  const changed = measure({
    full: { args: [kwp, 'validate', '--kb', repo10k], cwd: repo10k },
    changed: { args: changedArgs, cwd: repo10k },
    fullCi: { args: [kwp, 'validate', '--kb', repo10k], cwd: repo10k, env: ci },
    changedCi: { args: changedArgs, cwd: repo10k, env: ci },
  });
  row(
    `\`kwp validate --changed\`, 1 of 10,000 changed, vs full validation${tag}`,
    changed.changed,
    changed.full,
    0.35,
  );
  row(`the same in CI (no scan cache, no code cache)${tag}`, changed.changedCi, changed.fullCi, 0.35);
}

// Hostile files: the example with three files added that once could make a reader hang or blow up
// (a 3 MB body, 3 MB of frontmatter in one list, an alias bomb), against the example alone. Tests
// check what kwp says about them; how long that takes is measured here.
const hostile = join(tmp, 'kb-hostile');
rmSync(hostile, { recursive: true, force: true });
cpSync(join(here, '..', 'knowledge'), join(hostile, 'knowledge'), { recursive: true });
const projectFile = (id, frontmatter, body) =>
  writeFileSync(
    join(hostile, 'knowledge', 'projecten', `${id}.md`),
    `---\nid: ${id}\ntitel: Vijandig bestand\nstatus: voorbereiding\nprogramma: Leren met de Stad\nkennisvraag: Wat als?\ncontactpersoon: {naam: Test}\n${frontmatter}---\n\n${body}`,
  );
projectFile('2026-groot', '', 'Een regel tekst in de beschrijving.\n'.repeat(85_000));
projectFile('2026-lange-lijst', `thema:\n${'  - duurzaamheid\n'.repeat(200_000)}`, '');
const bomb = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
for (let i = 1; i <= 10; i++)
  bomb.push(
    `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(', ')}]`,
  );
projectFile('2026-alias-bom', `${bomb.join('\n')}\n`, '');
const hostileRun = measure({
  example: [kwp, 'validate', '--kb', join(here, '..')],
  hostile: [kwp, 'validate', '--kb', hostile],
});
row(
  '`kwp validate`, the example with 3 hostile files (6 MB, an alias bomb), vs the example',
  hostileRun.hostile,
  hostileRun.example,
  5,
);

const model = cpus()[0]?.model?.trim() || 'cpu';
console.log(
  `\nkwp bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${model}, median of ${runs} runs\n`,
);
console.log('| measure | kwp ms | baseline ms | ratio | budget | peak MB | |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const r of rows) {
  if (r.memory) {
    const met = r.rssMb <= r.budget ? 'met' : 'over';
    console.log(`| ${r.what} | | | | ≤ ${r.budget} MB | ${r.rssMb.toFixed(0)} | ${met} |`);
    continue;
  }
  const met = r.budget === undefined ? '' : r.ratio <= r.budget ? 'met' : 'over';
  const budget = r.budget === undefined ? '' : `≤ ${r.budget}×`;
  console.log(
    `| ${r.what} | ${r.ms.toFixed(0)} | ${r.base.toFixed(0)} | ${r.ratio.toFixed(2)}× | ${budget} | ${r.rssMb.toFixed(0)} | ${met} |`,
  );
}
