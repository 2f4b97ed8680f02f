// The site's search index built on a worker thread (src/store/site-index.ts) gives the same site, byte
// for byte, as building it in-process. The built kwp (a copy of bin/ and dist/, so its worker file can
// be swapped) writes a generated knowledge base's site both ways, on both bundles (the CommonJS one
// with its code cache, as Node 20 runs it, and the ES modules); a wrapper around the real worker
// leaves a mark, so the test knows the worker built it. A worker file that throws leaves the main
// thread to build the index, with the same site.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';
import { REPO, tempDir } from '../helpers/kb.js';

type Generate = (root: string, projects: number, seed?: number) => void;

let kb: string;

beforeAll(async () => {
  kb = join(tempDir('kwp-site-index-'), 'kb');
  const { generate } = (await import(join(REPO, 'bench', 'generate.mjs'))) as { generate: Generate };
  generate(kb, 120, 7);
});

/** A copy of the built kwp (bin/, dist/, templates/, package.json), whose files a test may change. */
function copyOfKwp(): string {
  const root = tempDir('kwp-site-index-bin-');
  for (const part of ['bin', 'dist', 'templates', 'package.json'])
    cpSync(join(REPO, part), join(root, part), { recursive: true });
  return root;
}

/** Every file under `dir`, by its path inside it, with its bytes as text. */
function tree(dir: string, under = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [p, t] of tree(dir, path)) out.set(p, t);
    else out.set(path, readFileSync(join(dir, path), 'latin1'));
  }
  return out;
}

function site(bin: string, out: string, env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, [join(bin, 'bin', 'kwp.js'), 'site', '--kb', kb, '--out', out], {
    env: { PATH: process.env['PATH'], NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: PROCESS_GUARD_MS,
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

const BUNDLES = (): [string, NodeJS.ProcessEnv][] => {
  const cache = join(tempDir(), 'cache');
  mkdirSync(cache);
  return [
    ['with the code cache', { XDG_CACHE_HOME: cache }],
    ['ES modules, no cache', { NODE_DISABLE_COMPILE_CACHE: '1' }],
  ];
};

const HERE = { KWP_SITE_INDEX_WORKER_FROM: '999999999' };
const WORKER = { KWP_SITE_INDEX_WORKER_FROM: '0' };

describe('the search index on a worker thread', () => {
  it('gives the same site as building it in-process, on both bundles, and the worker built it', () => {
    const bin = copyOfKwp();
    const marks = join(tempDir(), 'marks');
    for (const [ext, wrapper] of [
      [
        'js',
        `import { appendFileSync } from 'node:fs';\nappendFileSync(process.env.KWP_TEST_MARKS, 'js\\n');\nawait import('./site-index-worker-real.js');\n`,
      ],
      [
        'cjs',
        `require('node:fs').appendFileSync(process.env.KWP_TEST_MARKS, 'cjs\\n');\nrequire('./site-index-worker-real.cjs');\n`,
      ],
    ] as const) {
      renameSync(
        join(bin, 'dist', `site-index-worker.${ext}`),
        join(bin, 'dist', `site-index-worker-real.${ext}`),
      );
      writeFileSync(join(bin, 'dist', `site-index-worker.${ext}`), wrapper);
    }
    const out = tempDir();
    site(bin, join(out, 'here'), { ...HERE, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(existsSync(marks)).toBe(false);
    const here = tree(join(out, 'here'));
    expect([...here.keys()].filter((p) => p.startsWith('zoeken/d/')).length).toBeGreaterThan(120);
    BUNDLES().forEach(([, env], i) => {
      site(bin, join(out, `w${i}`), { ...env, ...WORKER, KWP_TEST_MARKS: marks });
      expect(tree(join(out, `w${i}`))).toEqual(here);
    });
    expect(readFileSync(marks, 'utf8').split('\n').filter(Boolean).sort()).toEqual(['cjs', 'js']);
  });

  it('builds the index itself when the worker fails, with the same site', () => {
    const bin = copyOfKwp();
    for (const ext of ['js', 'cjs'])
      writeFileSync(join(bin, 'dist', `site-index-worker.${ext}`), 'throw new Error("kapot");\n');
    const out = tempDir();
    site(bin, join(out, 'here'), { ...HERE, NODE_DISABLE_COMPILE_CACHE: '1' });
    const here = tree(join(out, 'here'));
    BUNDLES().forEach(([, env], i) => {
      site(bin, join(out, `w${i}`), { ...env, ...WORKER });
      expect(tree(join(out, `w${i}`))).toEqual(here);
    });
  });
});
