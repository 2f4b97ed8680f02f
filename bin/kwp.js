#!/usr/bin/env node
// The `kwp` launcher. `--version` is answered here without loading anything else, so it costs
// little more than starting Node; every other command loads only what it needs.
import { readFileSync } from 'node:fs';
import module from 'node:module';

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
  // Node 20 has no compile cache for ES modules: it runs the CommonJS build with a cache of our own.
  const { loadBundle } = await import('./code-cache.js');
  const bundle = loadBundle(new URL('../dist/kwp.cjs', import.meta.url), commandWord(args));
  process.exitCode = await bundle.exports.main(args, undefined, version());
  bundle.saveCache();
} else {
  // Node 22+ keeps compiled code between runs in its own compile cache.
  if (cache) module.enableCompileCache?.();
  const { main } = await import('../dist/main.js');
  process.exitCode = await main(args, undefined, version());
}

/** The command's name (`validate`, `new`, …) as far as it can be told without parsing: it names a cache. */
function commandWord(argv) {
  const word = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--kb' && argv[i - 1] !== '--lang');
  return word && /^[a-z][a-z-]{0,19}$/.test(word) ? word : '-';
}
