// Builds dist/: the CLI bundled with its dependencies by esbuild, twice.
// - dist/main.js and dist/chunks/: ES modules, one chunk per lazily loaded part. One bundle loads about
//   50 ms faster than ~100 separate modules (zod alone is ~60 files), and every kwp command pays that
//   at start. Node 22+ runs this, with its compile cache (bin/kwp.js).
// - dist/kwp.cjs: the same code as one CommonJS script, for Node 20, which has no compile cache for ES
//   modules: bin/code-cache.js runs it through vm.Script with a V8 code cache of its own. Its last line
//   carries a hash of its content, which keys that cache. The large packages only some commands use
//   are not in it but beside it, in dist/vendor/, loaded when needed: V8 would otherwise parse them
//   at every start without a cache, and read them from every cache.
// - dist/read-worker.js (sharing the ES module chunks) and dist/read-worker.cjs: the worker thread
//   that reads part of a large knowledge base (src/store/read-parallel.ts), beside each bundle.
// Type checking is tsc's job (npm run typecheck), not this one's.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
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

/**
 * Node's own modules (`node:fs` and the others), taken with `process.getBuiltinModule` (Node 20.16+)
 * rather than imported. An ES module's `import … from 'node:fs'` makes Node build a module facade of
 * every export, about a millisecond for each module at every start. Two that `kwp validate` never
 * calls are taken only on first use: child_process (commander requires it at load, for subcommands
 * that are programs of their own, which kwp has none of) and crypto (temporary file names, only
 * when writing). Their exports are listed at build time; Node 20's are a subset of later ones.
 * `all`: every builtin (the ES modules); otherwise only the lazy ones (the CommonJS script, where
 * `require` builds no facade).
 */
const LAZY = ['child_process', 'crypto'];
const builtins = (all) => ({
  name: 'builtins',
  setup(b) {
    const names = new Set(builtinModules);
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, ({ path }) => {
      const name = path.replace(/^node:/, '');
      if (!names.has(name) || !(all || LAZY.includes(name))) return undefined;
      return { path: name, namespace: 'builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => {
      const get = `process.getBuiltinModule(${JSON.stringify(`node:${path}`)})`;
      if (!LAZY.includes(path)) return { contents: `module.exports = ${get};`, loader: 'js' };
      const keys = Object.keys(process.getBuiltinModule(`node:${path}`)).filter((k) =>
        /^[A-Za-z_$][\w$]*$/.test(k),
      );
      return {
        contents: `let m; const load = () => (m ??= ${get}); module.exports = {${keys.map((k) => `get ${k}() { return load().${k}; }`).join(', ')}};`,
        loader: 'js',
      };
    });
  },
});

const esm = await build({
  ...common,
  entryPoints: [
    'src/cli/main.ts',
    'src/store/read-worker.ts',
    'src/store/site-index-worker.ts',
    'src/store/site-write-worker.ts',
  ],
  entryNames: '[name]',
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // commander and js-yaml are CommonJS: give the bundle a `require` (it takes only Node's own modules).
  banner: {
    js: 'const require = process.getBuiltinModule("node:module").createRequire(import.meta.url);',
  },
  plugins: [builtins(true)],
  metafile: true,
});
warnAboutZodLocales(esm.metafile);

/**
 * Packages the CommonJS script loads from dist/vendor/ (a file per group) rather than holding them:
 * only some commands use them. Graphviz (compiled to WebAssembly, 1.5 MB of text) and the markdown
 * processor are the site's alone; without them in dist/kwp.cjs, Node 20 reads and parses half a
 * megabyte less at every start.
 */
const VENDOR = {
  'inquirer-prompts': ['@inquirer/prompts'],
  'simple-git': ['simple-git'],
  yaml: ['yaml'],
  viz: ['@viz-js/viz'],
  markdown: ['unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-sanitize', 'rehype-stringify'],
};
const vendorFile = Object.fromEntries(
  Object.entries(VENDOR).flatMap(([file, names]) => names.map((name) => [name, file])),
);
for (const [file, names] of Object.entries(VENDOR)) {
  await build({
    ...common,
    entryPoints: undefined,
    stdin: {
      contents: `module.exports = {${names.map((n) => `${JSON.stringify(n)}: require(${JSON.stringify(n)})`).join(', ')}};`,
      resolveDir: root,
    },
    outfile: `dist/vendor/${file}.cjs`,
    format: 'cjs',
  });
}

const cjs = 'dist/kwp.cjs';
const cjsOptions = {
  ...common,
  format: 'cjs',
  // ES modules are strict; this script is too. `import.meta.url` is the script's own file URL.
  banner: { js: '"use strict";const __kwpImportMetaUrl=require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__kwpImportMetaUrl' },
  plugins: [
    builtins(false),
    {
      // `import … from '<package>'` becomes two small modules that take the package from its vendor
      // file when the importing module first runs (esbuild runs lazily imported modules lazily): an
      // ES module that passes on its exports, default included, and a CommonJS one that loads it.
      // kwp's sources are ES modules in a `"type": "module"` package, where esbuild gives a default
      // import of a CommonJS module all of `module.exports`, as Node does; the first module is not,
      // so its default import is the package's own default export.
      name: 'vendor',
      setup(b) {
        const filter = new RegExp(`^(${Object.keys(vendorFile).join('|').replace(/[/.]/g, '\\$&')})$`);
        b.onResolve({ filter }, ({ path }) => ({ path, namespace: 'vendor' }));
        b.onLoad({ filter: /.*/, namespace: 'vendor' }, ({ path }) => ({
          contents: `export * from ${JSON.stringify(`vendor-load:${path}`)}; export { default } from ${JSON.stringify(`vendor-load:${path}`)};`,
          loader: 'js',
        }));
        b.onResolve({ filter: /^vendor-load:/ }, ({ path }) => ({
          path: path.slice('vendor-load:'.length),
          namespace: 'vendor-load',
        }));
        b.onLoad({ filter: /.*/, namespace: 'vendor-load' }, ({ path }) => ({
          contents: `module.exports = require(${JSON.stringify(`./vendor/${vendorFile[path]}.cjs`)})[${JSON.stringify(path)}];`,
          loader: 'js',
        }));
        b.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendor-load' }, ({ path }) => ({
          path,
          external: true,
        }));
      },
    },
  ],
};
await build({ ...cjsOptions, outfile: cjs });
await build({ ...cjsOptions, entryPoints: ['src/store/read-worker.ts'], outfile: 'dist/read-worker.cjs' });
await build({
  ...cjsOptions,
  entryPoints: ['src/store/site-index-worker.ts'],
  outfile: 'dist/site-index-worker.cjs',
});
await build({
  ...cjsOptions,
  entryPoints: ['src/store/site-write-worker.ts'],
  outfile: 'dist/site-write-worker.cjs',
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
