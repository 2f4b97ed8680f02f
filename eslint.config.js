// Lint without type information: fast enough to run with every `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules that reach the world outside the process: only the store and the command line use them. */
const IO_MODULES = [
  'fs',
  'fs/promises',
  'child_process',
  'os',
  'net',
  'http',
  'https',
  'worker_threads',
  'process',
  'readline',
  'tty',
]
  .flatMap((name) => [name, `node:${name}`])
  .concat(['simple-git', '@inquirer/prompts', 'chalk']);

const LAYERS = {
  core: 'src/core (and the message catalogue) is pure: no files, git, terminal or process here, and nothing from src/store, src/cli or src/render. Pass values in; let an adapter do the I/O.',
  render:
    'src/render turns data into text: nothing from src/store or src/cli, and no I/O. Shared pieces (escaping, money, dates) live in src/core or src/render.',
  store: 'src/store reads and writes files and git: nothing from src/cli or src/render.',
};

/**
 * The read model (issue 13): records are read through the typed views of src/core/model/views.ts,
 * not through string paths. Only the modules that must read the raw document (the validation rules,
 * which point at keys and see broken values; the --changed scope; redaction and editing) and the
 * modules still to be moved may use the string-path readers of core/data.ts.
 */
const STRING_PATHS = {
  group: ['**/data.js'],
  importNames: ['str', 'num', 'list', 'stringsAt', 'valueAt'],
  message:
    'Read records through their typed view (entry.view, or projectView() and the others in src/core/model/views.ts), not through string paths. Validation rules read the raw document; they live in src/core/rules.',
};

/** Where the string-path readers are still allowed. */
const RAW_READERS = [
  'src/core/model/**',
  'src/core/rules/**',
  'src/core/schema-check.ts',
  'src/core/slim.ts',
  'src/core/affected.ts',
  'src/core/privacy/**',
  'src/core/edit/**',
  // The two that make the entries: a record's declared id is read before any view of it exists.
  'src/core/knowledge-base.ts',
  'src/store/changed-load.ts',
];

/** The restricted-imports rule of a layer, with the string-path readers forbidden or not. */
function restricted(layer, rawReader) {
  const patterns = [...(layer.patterns ?? []), ...(rawReader ? [] : [STRING_PATHS])];
  return {
    '@typescript-eslint/no-restricted-imports': ['error', { paths: layer.paths ?? [], patterns }],
  };
}

/** The RAW_READERS among a layer's files (a layer's folder is `src/<name>/**`). */
function rawReadersIn(layer) {
  const folders = layer.files.filter((f) => f.endsWith('/**')).map((f) => f.slice(0, -2));
  return RAW_READERS.filter((glob) => folders.some((folder) => glob.startsWith(folder)));
}

/** Each layer: its files and what they may not import. */
const LAYER_RULES = [
  {
    files: ['src/core/**', 'src/messages/**'],
    paths: IO_MODULES.map((name) => ({ name, message: LAYERS.core, allowTypeImports: true })),
    patterns: [{ group: ['**/store/**', '**/cli/**', '**/render/**', '**/errors.js'], message: LAYERS.core }],
  },
  {
    files: ['src/render/**'],
    paths: IO_MODULES.map((name) => ({ name, message: LAYERS.render, allowTypeImports: true })),
    patterns: [{ group: ['**/store/**', '**/cli/**'], message: LAYERS.render }],
  },
  { files: ['src/store/**'], patterns: [{ group: ['**/cli/**', '**/render/**'], message: LAYERS.store }] },
  { files: ['src/cli/**', 'src/*.ts'] },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/cli/**', 'bin/**', 'bench/**', 'test/**'], rules: { 'no-console': 'off' } },
  // The layering: a pure core; renderers that turn its data into text; the store (files, git) and
  // the command line as adapters around them. Inner layers never reach outward. And everywhere in
  // src, records are read through the read model (except in RAW_READERS).
  ...LAYER_RULES.map((layer) => ({ files: layer.files, rules: restricted(layer, false) })),
  // The same layering, without the read-model rule, where the raw document may be read.
  ...LAYER_RULES.map((layer) => ({ files: rawReadersIn(layer), rules: restricted(layer, true) })).filter(
    (block) => block.files.length > 0,
  ),
);
