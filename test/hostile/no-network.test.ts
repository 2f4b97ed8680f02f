// kwp never opens a network connection and never starts a program other than git: no module under
// src/ imports a network or process module. Git is started by simple-git, in src/store/, and by
// src/store/git-run.ts, which starts the program `git` and nothing else (for `validate --changed`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/kb.js';

const FORBIDDEN = [
  'http',
  'https',
  'http2',
  'net',
  'dgram',
  'tls',
  'dns',
  'child_process',
  'cluster',
  'worker_threads',
  'vm',
  'inspector',
  'undici',
  'node-fetch',
  'axios',
  'ws',
];

/** Where simple-git, which starts `git`, may be imported. */
const GIT_ALLOWED = /^src\/store\//;

/** The one module that starts git itself (with child_process): see the test of what it starts. */
const GIT_RUN = 'src/store/git-run.ts';

/**
 * Where worker threads may be used: reading a large knowledge base (and looking at its unchanged files
 * for --changed), building the site's search index and writing the site's files start kwp's own
 * worker files, built beside the bundle, never code from a string; and the workers' own side.
 */
const WORKERS_ALLOWED =
  /^src\/store\/(?:(?:read|scan)-(?:parallel|worker|share)|site-index(?:-worker)?|site-folder|site-write-worker)\.ts$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.[cm]?[jt]s$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Every module a file names: static and dynamic imports, re-exports, require, and Node's own modules
 * taken with process.getBuiltinModule (as bin/ and the build do, to start faster).
 */
function specifiers(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\bgetBuiltinModule\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const p of patterns) for (const m of text.matchAll(p)) found.push(m[1]!);
  return found;
}

describe('no network, no programs', () => {
  const files = sources(join(REPO, 'src'));

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('no module under src/ imports a network or process module', () => {
    const offending: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const path = relative(REPO, file).replace(/\\/g, '/');
      for (const spec of specifiers(text)) {
        const name = spec.replace(/^node:/, '').split('/')[0]!;
        if (
          FORBIDDEN.includes(name) &&
          !(name === 'worker_threads' && WORKERS_ALLOWED.test(path)) &&
          !(name === 'child_process' && path === GIT_RUN)
        )
          offending.push(`${path}: ${spec}`);
        if (name === 'simple-git' && !GIT_ALLOWED.test(path)) offending.push(`${path}: ${spec}`);
      }
      // A dynamic import or require of a computed name could hide any of the above.
      if (
        /\bimport\s*\(\s*[^'"`\s)]/.test(text) ||
        /\brequire\s*\(/.test(text) ||
        /\bgetBuiltinModule\s*\(\s*[^'"`\s)]/.test(text)
      )
        offending.push(`${path}: computed import or require`);
      if (/\b(?:eval|Function)\s*\(|new\s+Function\b|\bfetch\s*\(/.test(text))
        offending.push(`${path}: eval, Function or fetch`);
      // A worker made from a string of code (`new Worker(code, { eval: true })`).
      if (text.includes('worker_threads') && /\beval\s*:/.test(text))
        offending.push(`${path}: a worker from code`);
    }
    expect(offending).toEqual([]);
  });

  it('the module that starts git itself starts only the program git, without a shell', () => {
    const text = readFileSync(join(REPO, GIT_RUN), 'utf8');
    const code = text.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    // child_process is taken for spawn alone, and spawn is called once, with the literal 'git'.
    expect(
      [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'node:child_process'/g)].map((m) => m[1]!.trim()),
    ).toEqual(['spawn']);
    expect([...code.matchAll(/\bspawn\s*\(\s*([^,]*),/g)].map((m) => m[1])).toEqual(["'git'"]);
    expect(code).not.toMatch(/\bshell\s*:/);
    expect(code).not.toMatch(/\b(?:exec|execSync|execFile|execFileSync|spawnSync|fork)\b/);
  });
});
