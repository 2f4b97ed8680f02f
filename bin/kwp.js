#!/usr/bin/env node
// The `kwp` launcher. `--version` is answered here without loading anything else, so it costs
// little more than starting Node; every other command loads only what it needs. Node's own modules
// are taken with process.getBuiltinModule rather than imported: an import makes Node build a module
// facade of all their exports first, a millisecond or more each at every start.
const { existsSync, readFileSync } = process.getBuiltinModule('node:fs');
const module = process.getBuiltinModule('node:module');
const { fileURLToPath } = process.getBuiltinModule('node:url');

const args = process.argv.slice(2);
// `kwp … | head` closes the pipe early: that is the reader's choice, not an error to show.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const version = () => JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

// Compiled code is kept between runs on people's own machines; not in CI, where every run starts
// afresh (and a cache could have come from elsewhere), nor with NODE_DISABLE_COMPILE_CACHE set.
const { CI, NODE_DISABLE_COMPILE_CACHE } = process.env;
const cache = !NODE_DISABLE_COMPILE_CACHE && !(CI && CI !== 'false');

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${version()}\n`);
} else if (cache && !module.enableCompileCache) {
  // Node 20 has no compile cache for ES modules: it runs the CommonJS build with a cache of our own,
  // when there is a folder to keep that in. Without one it runs the ES modules, which start faster
  // than the CommonJS build compiled afresh.
  const codeCache = await import('./code-cache.js');
  const folder = codeCache.cacheFolder(process.env);
  if (folder) {
    const bundle = new URL('../dist/kwp.cjs', import.meta.url);
    if (!existsSync(bundle)) notBuilt();
    else {
      const loaded = codeCache.loadBundle(bundle, commandWord(args), folder);
      process.exitCode = await loaded.exports.main(args, undefined, version());
      loaded.saveCache();
    }
  } else await runModules(false);
} else await runModules(cache);

/** Runs the ES modules build (dist/main.js), with Node's compile cache when `cache` (Node 22+). */
async function runModules(cache) {
  const bundle = new URL('../dist/main.js', import.meta.url);
  if (!existsSync(bundle)) return notBuilt();
  if (cache) module.enableCompileCache?.();
  const { main } = await import(bundle.href);
  process.exitCode = await main(args, undefined, version());
}

/**
 * A clone of kwp before `npm install` (or after `npm ci --ignore-scripts`) has no dist/ yet: say
 * what to run, in the language asked for, rather than Node's stack trace. These two sentences live
 * here and not in the message catalogue, because the catalogue is part of what is not built yet.
 */
function notBuilt() {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const asked = i === -1 ? undefined : args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  // As the catalogue reads a language: case ignored, region and encoding too (`EN`, `en_US.UTF-8`).
  const base = (value) =>
    value
      ?.trim()
      .toLowerCase()
      .split(/[-_.@]/)[0];
  const lang = (asked === undefined ? base(process.env.KWP_LANG) : base(asked)) === 'en' ? 'en' : 'nl';
  const dir = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
  const text =
    lang === 'en'
      ? `kwp: kwp is not built yet (${dir}/dist is missing). Run \`npm install\` in ${dir}; it builds kwp (or \`npm run build\` when the packages are installed already).`
      : `kwp: kwp is nog niet gebouwd (${dir}/dist ontbreekt). Draai \`npm install\` in ${dir}; dat bouwt kwp (of \`npm run build\` als de pakketten al geïnstalleerd zijn).`;
  process.stderr.write(`${text}\n`);
  process.exitCode = 2;
}

/** The command's name (`validate`, `new`, …) as far as it can be told without parsing: it names a cache. */
function commandWord(argv) {
  const word = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--kb' && argv[i - 1] !== '--lang');
  return word && /^[a-z][a-z-]{0,19}$/.test(word) ? word : '-';
}
