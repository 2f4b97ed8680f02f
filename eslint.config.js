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
  // the command line as adapters around them. Inner layers never reach outward.
  {
    files: ['src/core/**', 'src/messages/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: LAYERS.core, allowTypeImports: true })),
          patterns: [
            { group: ['**/store/**', '**/cli/**', '**/render/**', '**/errors.js'], message: LAYERS.core },
          ],
        },
      ],
    },
  },
  {
    files: ['src/render/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: IO_MODULES.map((name) => ({ name, message: LAYERS.render, allowTypeImports: true })),
          patterns: [{ group: ['**/store/**', '**/cli/**'], message: LAYERS.render }],
        },
      ],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**', '**/render/**'], message: LAYERS.store }] },
      ],
    },
  },
);
