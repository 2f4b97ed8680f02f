// Node 20 runs the CommonJS build with a V8 code cache of kwp's own (bin/code-cache.js): the same
// answers as the ES modules Node 22+ runs, a cache only in kwp/ of an existing cache folder or in a
// folder of the user's own in the temporary folder, and a damaged or unwritable cache costs only time.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRoot, NOBODY } from '../helpers/users.js';
import { BIN, kwpProcess, makeKb, project, REPO, tempDir } from '../helpers/kb.js';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';

const node20 = !(module as { enableCompileCache?: unknown }).enableCompileCache;
const xdg = process.platform !== 'win32' && process.platform !== 'darwin';

const withCache = (cache: string) => ({ env: { XDG_CACHE_HOME: cache } });
const esm = { env: { NODE_DISABLE_COMPILE_CACHE: '1' } };
const files = (dir: string) => readdirSync(dir).sort();
const header = (path: string) => readFileSync(path).subarray(0, 200).toString('latin1').split('\n')[0];

describe.skipIf(!node20 || !xdg)('the code cache on Node 20', () => {
  it('gives the same output, exit code and errors as the ES modules', () => {
    const cache = tempDir('kwp-cache-');
    const broken = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a', 'vervolg_op: [2026-b]\n') });
    const runs: [string[], string?][] = [
      [['validate', '--format', 'json'], broken],
      [['validate'], broken],
      [['validate', '--kb', REPO]],
      [['--help']],
      [['validate', '--help']],
      [['schema', 'project']],
      [['valdate']],
      [['list', '--kb', join(REPO, 'nowhere')]],
    ];
    for (const [args, cwd] of runs) {
      const expected = kwpProcess(args, { ...esm, cwd: cwd ?? REPO });
      for (let i = 0; i < 2; i++) {
        // the first run makes the cache, the second uses it
        expect(kwpProcess(args, { ...withCache(cache), cwd: cwd ?? REPO })).toEqual(expected);
      }
    }
  });

  it('builds the same website, with the packages it takes from dist/vendor/ (Graphviz, markdown)', () => {
    const cache = tempDir('kwp-cache-');
    const out = tempDir('kwp-site-');
    const built = (dir: string) =>
      Object.fromEntries(
        (readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => {
          const path = join(dir, f);
          return [f, statSync(path).isDirectory() ? 'folder' : readFileSync(path, 'utf8')];
        }),
      );
    const site = (env: { env: NodeJS.ProcessEnv }, dir: string) =>
      kwpProcess(['site', '--kb', REPO, '--out', join(out, dir)], env);
    expect(site(esm, 'esm').code).toBe(0);
    for (const run of ['first', 'cached']) expect(site(withCache(cache), run).code).toBe(0);
    const expected = built(join(out, 'esm'));
    // the example's chains are drawn, and its bodies rendered from markdown
    expect(expected['ketens.html']).toContain('<svg');
    expect(expected['ketens.html']).toContain('<g class="node">');
    expect(built(join(out, 'first'))).toEqual(expected);
    expect(built(join(out, 'cached'))).toEqual(expected);
  });

  it('is written once per command, inside kwp/ of the cache folder, and used after', () => {
    const cache = tempDir('kwp-cache-');
    expect(kwpProcess(['validate', '--kb', REPO], withCache(cache)).code).toBe(0);
    const [name] = files(join(cache, 'kwp'));
    expect(files(cache)).toEqual(['kwp']);
    expect(name).toMatch(/^v8-\w+-v[\d.]+-\w+\.bin$/);
    const path = join(cache, 'kwp', name!);
    expect(header(path)).toMatch(/^kwp-v8-cache 1 \d+ validate$/);
    const written = statSync(path).mtimeMs;
    expect(kwpProcess(['validate', '--kb', REPO], withCache(cache)).code).toBe(0);
    expect(statSync(path).mtimeMs).toBe(written);
    expect(kwpProcess(['list', '--kb', REPO], withCache(cache)).code).toBe(0);
    expect(header(path)).toMatch(/^kwp-v8-cache 1 \d+ validate,list$/);
    expect(files(join(cache, 'kwp'))).toEqual([name]);
  });

  it('keeps the folder small: the newest few caches, no old ones, no stale temporary files', () => {
    const cache = tempDir('kwp-cache-');
    const dir = join(cache, 'kwp');
    mkdirSync(dir);
    const made = (name: string, daysOld: number) => {
      writeFileSync(join(dir, name), 'x');
      const when = new Date(Date.now() - daysOld * 24 * 60 * 60 * 1000);
      utimesSync(join(dir, name), when, when);
    };
    made('v8-a-v20.0.0-x64.bin', 1);
    made('v8-b-v20.0.0-x64.bin', 2);
    made('v8-c-v20.0.0-x64.bin', 3);
    made('v8-d-v20.0.0-x64.bin', 4);
    made('v8-e-v20.0.0-x64.bin', 40);
    made('v8-f-v20.0.0-x64.bin.123.tmp', 1);
    made('v8-g-v20.0.0-x64.bin.456.tmp', 0.001);
    made('other.txt', 100);
    expect(kwpProcess(['validate', '--kb', REPO], withCache(cache)).code).toBe(0);
    const left = files(dir);
    expect(left.filter((n) => !n.startsWith('v8-a-') && n.endsWith('.bin')).length).toBe(3);
    expect(left).toEqual(
      expect.arrayContaining(['v8-a-v20.0.0-x64.bin', 'v8-b-v20.0.0-x64.bin', 'v8-c-v20.0.0-x64.bin']),
    );
    expect(left).toContain('v8-g-v20.0.0-x64.bin.456.tmp');
    expect(left).toContain('other.txt');
    expect(left).not.toContain('v8-d-v20.0.0-x64.bin');
    expect(left).not.toContain('v8-e-v20.0.0-x64.bin');
    expect(left).not.toContain('v8-f-v20.0.0-x64.bin.123.tmp');
  });

  it('replaces a damaged cache, and still answers right', () => {
    const cache = tempDir('kwp-cache-');
    const expected = kwpProcess(['validate', '--kb', REPO], esm);
    kwpProcess(['validate', '--kb', REPO], withCache(cache));
    const path = join(cache, 'kwp', files(join(cache, 'kwp'))[0]!);
    const bytes = readFileSync(path);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(path, bytes);
    expect(kwpProcess(['validate', '--kb', REPO], withCache(cache))).toEqual(expected);
    expect(readFileSync(path).equals(bytes)).toBe(false);
    expect(kwpProcess(['validate', '--kb', REPO], withCache(cache))).toEqual(expected);
  });

  it('without a cache folder, keeps it in a folder of its own in the temporary folder', () => {
    const home = tempDir('kwp-home-');
    const tmp = tempDir('kwp-tmp-');
    const env = { XDG_CACHE_HOME: join(home, 'no-cache-here'), TMPDIR: tmp };
    const expected = kwpProcess(['validate', '--kb', REPO], esm);
    expect(kwpProcess(['validate', '--kb', REPO], { env })).toEqual(expected);
    expect(files(home)).toEqual([]);
    const own = join(tmp, `kwp-cache-${process.getuid!()}`);
    expect(files(tmp)).toEqual([`kwp-cache-${process.getuid!()}`]);
    expect(statSync(own).mode & 0o777).toBe(0o700);
    const [name] = files(own);
    expect(header(join(own, name!))).toMatch(/^kwp-v8-cache 1 \d+ validate$/);
    expect(kwpProcess(['validate', '--kb', REPO], { env })).toEqual(expected);

    // someone else's folder (or a link) of that name in the temporary folder is not used
    const other = tempDir('kwp-tmp-');
    const elsewhere = tempDir('kwp-elsewhere-');
    symlinkSync(elsewhere, join(other, `kwp-cache-${process.getuid!()}`));
    expect(kwpProcess(['validate', '--kb', REPO], { env: { ...env, TMPDIR: other } })).toEqual(expected);
    expect(files(elsewhere)).toEqual([]);
  });

  it('writes nothing without a folder to keep it in, in a read-only or shared one, when turned off or in CI', () => {
    const home = tempDir('kwp-home-');
    const missing = join(home, 'no-cache-here');
    const result = kwpProcess(['validate', '--kb', REPO], {
      env: { XDG_CACHE_HOME: missing, TMPDIR: join(home, 'no-tmp-here') },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('geen problemen');
    expect(files(home)).toEqual([]);

    // Root writes into a 0o555 folder all the same: as root, kwp runs as nobody, for whom the
    // folder (root's, 0o755) is read-only just the same.
    const readOnly = tempDir('kwp-cache-');
    mkdirSync(join(readOnly, 'kwp'));
    chmodSync(join(readOnly, 'kwp'), isRoot ? 0o755 : 0o555);
    try {
      const result = spawnSync(process.execPath, [BIN, 'validate', '--kb', REPO], {
        ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
        env: { PATH: process.env['PATH'], XDG_CACHE_HOME: readOnly },
        encoding: 'utf8',
        timeout: PROCESS_GUARD_MS,
      });
      expect(result.stdout).toContain('geen problemen');
      expect(result.status).toBe(0);
      expect(files(join(readOnly, 'kwp'))).toEqual([]);
    } finally {
      chmodSync(join(readOnly, 'kwp'), 0o755);
    }

    // a folder others may write to: its cache could be anyone's code
    const shared = tempDir('kwp-cache-');
    mkdirSync(join(shared, 'kwp'));
    chmodSync(join(shared, 'kwp'), 0o777);
    expect(kwpProcess(['validate', '--kb', REPO], withCache(shared)).code).toBe(0);
    expect(files(join(shared, 'kwp'))).toEqual([]);

    for (const off of [{ NODE_DISABLE_COMPILE_CACHE: '1' }, { CI: 'true' }]) {
      const folder = tempDir('kwp-cache-');
      expect(kwpProcess(['validate', '--kb', REPO], { env: { XDG_CACHE_HOME: folder, ...off } }).code).toBe(
        0,
      );
      expect(files(folder)).toEqual([]);
    }
  });
});
