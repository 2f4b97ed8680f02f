// `npm run backtest`: the back-test of the matcher (issue 15, src/core/report/backtest.ts). For each
// project carried out in an education offer, the matcher runs as of the day the project's question
// was submitted (without that project); is the offer the project used among the first three offers
// it shows? Prints the figure, every case and the misses with why, as Markdown (the README's table),
// or with --json the data. `--kb <dir>` (default: this repository's example), `--lang nl|en` (default en).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const kb = option('--kb', root);
const lang = option('--lang', 'en');
const json = args.includes('--json');

// The core is TypeScript: bundled for this run, as the CLI is for dist/.
const bundled = await build({
  stdin: {
    contents: [
      "export { loadKnowledgeBase } from './src/store/read-kb.js';",
      "export { KnowledgeBase } from './src/core/knowledge-base.js';",
      "export { matchModelOf } from './src/core/match/match.js';",
      "export { backtest } from './src/core/report/backtest.js';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __kwpRequire } from 'node:module'; const require = __kwpRequire(import.meta.url);",
  },
});
const dir = mkdtempSync(join(tmpdir(), 'kwp-backtest-'));
const file = join(dir, 'backtest.mjs');
writeFileSync(file, bundled.outputFiles[0].text);
let core;
try {
  core = await import(pathToFileURL(file).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const loaded = await core.loadKnowledgeBase(kb);
const result = core.backtest(core.matchModelOf(new core.KnowledgeBase(loaded.files)), lang);

if (json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const pct = result.totaal === 0 ? 0 : Math.round((100 * result.treffers) / result.totaal);
  const lines = [
    `**${result.treffers} of ${result.totaal}** (${pct}%): the offer a project used was among the first ${result.top} offers the matcher showed on the day its question was submitted.`,
    '',
    '| project | question (submitted) | offer used | outcome then | offers shown first | among them |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.gevallen.map(
      (c) =>
        `| ${c.project} | ${c.vraag} (${c.op}) | ${c.aanbod} | ${c.uitkomst} | ${c.getoond.join(', ') || '—'} | ${c.treffer ? 'yes' : 'no'} |`,
    ),
  ];
  const misses = result.gevallen.filter((c) => !c.treffer);
  if (misses.length > 0) {
    lines.push('', 'Misses:', '');
    for (const c of misses) lines.push(`- ${c.project}, ${c.aanbod}: ${c.redenen.join(' / ')}`);
  }
  if (result.overgeslagen.length > 0) {
    lines.push('', 'Not tested:', '');
    for (const s of result.overgeslagen)
      lines.push(
        `- ${s.project}, ${s.aanbod}: ${s.reden === 'geen-vraag' ? 'no question in kennisvragen' : 'its question has no ingediend date'}`,
      );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
