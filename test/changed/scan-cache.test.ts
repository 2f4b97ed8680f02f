// The scan cache of `validate --changed` (store/scan-cache): what it found in unchanged files, kept in
// the git folder so the next run need not read them. A record may only be used while git says the
// file is unchanged since; a cache that is stale, damaged or from another version must give the
// same result as no cache at all. Each case compares `--changed` with a full validation, scoped the
// same way, on the example knowledge base in a real git repository.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInScope } from '../../src/core/affected.js';
import { loadForChanged } from '../../src/store/changed-load.js';
import { changedKnowledgeFiles } from '../../src/store/changed.js';
import { openScanCache } from '../../src/store/scan-cache.js';
import { git } from '../helpers/git.js';
import { EXAMPLE_KB, kwp, tempDir, type ValidateJson, validateJson } from '../helpers/kb.js';

const P = 'knowledge/projecten';
/** Followed by 2026-geldzaken-en-taal-zandveld; mentioned by no other file. */
const A = `${P}/2024-taalcafe-zandveld.md`;
/** Mentions no project of the chain above. */
const C = `${P}/2026-jongeren-en-werk-havenkwartier.md`;

/** The example in a git repository, on a branch `feature` of `main`; with `folder`, in that folder of it. */
function repository(folder?: string): string {
  const top = join(tempDir('kwp-scan-cache-'), 'repo');
  const root = folder ? join(top, folder) : top;
  cpSync(join(EXAMPLE_KB, 'knowledge'), join(root, 'knowledge'), { recursive: true });
  git(top, ['init', '-q', '-b', 'main']);
  git(top, ['add', '-A']);
  git(top, ['commit', '-qm', 'basis']);
  git(top, ['checkout', '-q', '-b', 'feature']);
  return root;
}

const gitFolder = (root: string) => git(root, ['rev-parse', '--absolute-git-dir']).trim();
const cacheFolder = (root: string) => join(gitFolder(root), 'kwp');
const cacheFile = (root: string) => {
  const names = existsSync(cacheFolder(root)) ? readdirSync(cacheFolder(root)) : [];
  return names.length === 1 ? join(cacheFolder(root), names[0]!) : undefined;
};

const key = (d: ValidateJson['diagnostics'][number]) =>
  `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;

/** `--changed` as kwp runs it, and what a full validation says about the same files. */
async function compare(root: string): Promise<{ changed: string[]; full: string[] }> {
  const changed = (await validateJson(root, ['--changed', '--base', 'main'])).json;
  const full = (await validateJson(root)).json;
  // The scope, worked out without the cache (which the run above has just written).
  const saved = cacheFile(root) ? readFileSync(cacheFile(root)!) : undefined;
  const name = cacheFile(root);
  rmSync(cacheFolder(root), { recursive: true, force: true });
  const pending = changedKnowledgeFiles(root, { base: 'main', env: {} });
  const { inScope } = checkInScope(await loadForChanged(root, pending), await pending);
  rmSync(cacheFolder(root), { recursive: true, force: true });
  if (saved && name) {
    mkdirSync(cacheFolder(root), { recursive: true });
    writeFileSync(name, saved);
  }
  return {
    changed: changed.diagnostics.map(key).sort(),
    full: full.diagnostics
      .filter((d) => inScope(d.file))
      .map(key)
      .sort(),
  };
}

describe('the scan cache of validate --changed', () => {
  it('is written by a first run, answers the next, and both report what a full check reports', async () => {
    const root = repository();
    rmSync(join(root, A));
    const cold = await compare(root);
    expect(cold.changed.some((d) => d.includes('2026-geldzaken-en-taal-zandveld'))).toBe(true);
    expect(cold.changed).toEqual(cold.full);
    expect(cacheFile(root)).toBeDefined();
    const cache = (await openScanCache(root))!;
    expect(cache.get(C)?.nameOk).toBe(true); // unchanged: known without reading it
    expect(cache.get(A)).toBeUndefined(); // deleted
    const warm = await compare(root);
    expect(warm).toEqual(cold);
  });

  it('does not use what it found in a file that has since changed and been committed', async () => {
    const root = repository();
    rmSync(join(root, A));
    git(root, ['commit', '-qam', 'A weg']);
    await compare(root); // records C, which does not mention A
    // Main now has C mention A; merged, C is the same as on main, so not among the changes.
    git(root, ['checkout', '-q', 'main']);
    writeFileSync(
      join(root, C),
      readFileSync(join(root, C), 'utf8').replace(
        /^titel: /m,
        'vervolg_op: [2024-taalcafe-zandveld]\ntitel: ',
      ),
    );
    git(root, ['commit', '-qam', 'C volgt A']);
    git(root, ['checkout', '-q', 'feature']);
    git(root, ['merge', '-q', '--no-edit', 'main']);
    const { changed, full } = await compare(root);
    expect(changed.some((d) => d.startsWith(C))).toBe(true);
    expect(changed).toEqual(full);
  });

  it('records nothing of a file whose work tree differs from the index', async () => {
    const root = repository();
    rmSync(join(root, A));
    // Staged: C mentions A. In the work tree: C as on main again, so not among the changes.
    const original = readFileSync(join(root, C), 'utf8');
    writeFileSync(
      join(root, C),
      original.replace(/^titel: /m, 'vervolg_op: [2024-taalcafe-zandveld]\ntitel: '),
    );
    git(root, ['add', C]);
    writeFileSync(join(root, C), original);
    const first = await compare(root);
    expect(first.changed).toEqual(first.full);
    // What was read is the work tree's C, not the staged blob's: it must not be kept as that blob's.
    expect((await openScanCache(root))!.get(C)).toBeUndefined();
    writeFileSync(join(root, C), readFileSync(join(root, C), 'utf8').replace('titel: ', 'titel: Anders: '));
    git(root, ['checkout', '-q', '--', C]); // the staged C in the work tree: mentions A
    const { changed, full } = await compare(root);
    expect(changed.some((d) => d.startsWith(C))).toBe(true);
    expect(changed).toEqual(full);
  });

  it('works for a knowledge base in a folder of its repository', async () => {
    const root = repository('werkplaats');
    rmSync(join(root, A));
    const original = readFileSync(join(root, C), 'utf8');
    writeFileSync(
      join(root, C),
      original.replace(/^titel: /m, 'vervolg_op: [2024-taalcafe-zandveld]\ntitel: '),
    );
    git(root, ['add', C]);
    writeFileSync(join(root, C), original);
    const first = await compare(root);
    expect(first.changed).toEqual(first.full);
    const cache = (await openScanCache(root))!;
    expect(cache.get(C)).toBeUndefined(); // the work tree differs from the index
    expect(cache.get(`${P}/2024-hittekaart-rivierenwijk.md`)?.nameOk).toBe(true);
    git(root, ['checkout', '-q', '--', C]);
    const { changed, full } = await compare(root);
    expect(changed.some((d) => d.startsWith(C))).toBe(true);
    expect(changed).toEqual(full);
  });

  it('knows a renamed file by its new name only, whose id then differs from its name', async () => {
    const root = repository();
    await compare(root);
    git(root, ['mv', C, `${P}/hernoemd.md`]);
    rmSync(join(root, A));
    const { changed, full } = await compare(root);
    expect(changed.some((d) => d.startsWith(`${P}/hernoemd.md`))).toBe(true);
    expect(changed).toEqual(full);
    expect((await openScanCache(root))!.get(`${P}/hernoemd.md`)).toBeUndefined(); // staged: changed
  });

  it('is neither used nor written in CI, where every run starts from a fresh clone', async () => {
    const root = repository();
    rmSync(join(root, A));
    const local = await compare(root);
    rmSync(cacheFolder(root), { recursive: true, force: true });
    const args = ['validate', '--kb', root, '--format', 'json', '--changed', '--base', 'main'];
    const ci = JSON.parse((await kwp(args, { env: { CI: 'true' } })).stdout) as ValidateJson;
    expect(ci.diagnostics.map(key).sort()).toEqual(local.changed);
    expect(cacheFile(root)).toBeUndefined();
    // CI=false is no CI.
    await kwp(args, { env: { CI: 'false' } });
    expect(cacheFile(root)).toBeDefined();
  });

  it.each([
    ['empty', () => Buffer.alloc(0)],
    ['cut short', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ['one byte changed', (b: Buffer) => Buffer.from(b.map((x, i) => (i === b.length - 9 ? x ^ 1 : x)))],
    ['another version', (b: Buffer) => Buffer.concat([Buffer.from('kwp changed-scan 0'), b.subarray(18)])],
    ['not a cache at all', () => Buffer.from('{"niet": "dit"}\n')],
  ])('a damaged cache (%s) is ignored and written anew', async (_, damage) => {
    const root = repository();
    rmSync(join(root, A));
    const before = await compare(root);
    const file = cacheFile(root)!;
    const good = readFileSync(file);
    writeFileSync(file, damage(good));
    expect(await compare(root)).toEqual(before);
    expect(readFileSync(file).equals(good)).toBe(true);
  });
});
