// Builds dist/: the CLI bundled with its dependencies by esbuild, twice.
// - dist/main.js and dist/chunks/: ES modules, one chunk per lazily loaded part. One bundle loads about
//   50 ms faster than ~100 separate modules (zod alone is ~60 files), and every kwp command pays that
//   at start. Node 22+ runs this, with its compile cache (bin/kwp.js).
// - dist/kwp.cjs: the same code as one CommonJS script, for Node 20, which has no compile cache for ES
//   modules: bin/code-cache.js runs it through vm.Script with a V8 code cache of its own. Its last line
//   carries a hash of its content, which keys that cache. The large packages only some commands use
//   are not in it but beside it, in dist/vendor/, loaded when needed: V8 would otherwise parse them
//   at every start without a cache, and read them from every cache.
// Type checking is tsc's job (npm run typecheck), not this one's.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  logLevel: 'warning',
};

const esm = await build({
  ...common,
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // commander and js-yaml are CommonJS: give the bundle a `require` for Node's own modules.
  banner: {
    js: "import { createRequire as __kwpRequire } from 'node:module'; const require = __kwpRequire(import.meta.url);",
  },
  metafile: true,
});
warnAboutZodLocales(esm.metafile);

/** Packages the CommonJS script loads from dist/vendor/ (a file each) rather than holding them. */
const VENDOR = { '@inquirer/prompts': 'inquirer-prompts', 'simple-git': 'simple-git', yaml: 'yaml' };
for (const [name, file] of Object.entries(VENDOR)) {
  await build({
    ...common,
    entryPoints: undefined,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root },
    outfile: `dist/vendor/${file}.cjs`,
    format: 'cjs',
  });
}

const cjs = 'dist/kwp.cjs';
await build({
  ...common,
  outfile: cjs,
  format: 'cjs',
  // ES modules are strict; this script is too. `import.meta.url` is the script's own file URL.
  banner: { js: '"use strict";const __kwpImportMetaUrl=require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__kwpImportMetaUrl' },
  plugins: [
    {
      name: 'vendor',
      setup(b) {
        const filter = new RegExp(`^(${Object.keys(VENDOR).join('|').replace(/[/.]/g, '\\$&')})$`);
        b.onResolve({ filter }, ({ path }) => ({ path: `./vendor/${VENDOR[path]}.cjs`, external: true }));
      },
    },
  ],
});
const text = readFileSync(`${root}${cjs}`, 'utf8');
// The script runs without a loader for ES modules behind it: an import() left in it would fail at run time.
if (/[^\w$.]import\(/.test(text)) throw new Error(`${cjs} contains an import(): bundle that module instead`);
appendFileSync(
  `${root}${cjs}`,
  `\n//# kwp-bundle ${createHash('sha256').update(text).digest('hex').slice(0, 20)}\n`,
);

// The site's search runtime (src/web/search.ts), for browsers: one classic script with no import,
// eval or WebAssembly, so a page can load it from disk under `script-src 'self'`.
await build({
  absWorkingDir: root,
  entryPoints: ['src/web/search.ts'],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  outfile: 'dist/web/kwp-search.js',
});
// The overview's facets on the site (src/web/site.ts), the same way.
await build({
  absWorkingDir: root,
  entryPoints: ['src/web/site.ts'],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  outfile: 'dist/web/kwp-site.js',
});

/**
 * zod's 40 locales (300 KB) stay out of the bundle only when every module that uses zod imports it as
 * a namespace (`import * as z from 'zod'`): `import { z } from 'zod'` keeps all of `z`, locales too,
 * and every validation pays ~15 ms to load them.
 */
function warnAboutZodLocales(metafile) {
  const bundled = Object.values(metafile.outputs).some((output) =>
    Object.entries(output.inputs).some(
      ([p, i]) => i.bytesInOutput > 0 && /zod\/v4\/locales\/(?!en\.js)/.test(p),
    ),
  );
  if (!bundled) return;
  const named = Object.keys(metafile.inputs).filter(
    (p) =>
      p.startsWith('src/') &&
      /import\s*\{\s*z\s*\}\s*from\s*'zod(\/mini)?'/.test(readFileSync(`${root}${p}`, 'utf8')),
  );
  process.stderr.write(
    `build: zod's locales are in the bundle; import zod as a namespace (import * as z from 'zod') in ${named.join(', ') || 'the modules that use it'}\n`,
  );
}
