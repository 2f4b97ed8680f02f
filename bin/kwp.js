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

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${version()}\n`);
} else {
  // Node 22+ keeps compiled code between runs; Node 20 has no such cache and simply skips this.
  module.enableCompileCache?.();
  const { main } = await import('../dist/main.js');
  process.exitCode = await main(args, undefined, version());
}
