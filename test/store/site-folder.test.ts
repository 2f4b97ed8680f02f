// The site's writer: a worker thread writes a large site's files while the pages are made. What it
// leaves must be what writing on the main thread leaves, and a file it cannot write must fail the
// build as one written on the main thread does, with the old site left in place. The worker is the
// built one (dist/site-write-worker.js, from `npm run build`), as kwp runs it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteWriter } from '../../src/store/site-folder.js';
import { tempDir } from '../helpers/kb.js';

const built = join(import.meta.dirname, '..', '..', 'dist', 'site-write-worker.js');
if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);
const workerFile = pathToFileURL(built);

/** Every file under `dir`, by its path inside it, with its text. */
function tree(dir: string, under = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [p, t] of tree(dir, path)) out.set(p, t);
    else out.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return out;
}

/** Files enough for several batches: folders at several depths, texts of every size, non-ASCII. */
function files(): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < 1500; i++) {
    const folder = ['', 'projecten/', 'zoeken/d/', 'zoeken/s/'][i % 4]!;
    out.push([`${folder}${i}.html`, `<p>Stand — ${i} € ${'x'.repeat((i * 7919) % 5000)}</p>\n`]);
  }
  return out;
}

describe('the site writer', () => {
  it('leaves the same files whether a worker writes them or the main thread does', async () => {
    const dir = tempDir();
    for (const [name, workerFrom] of [
      ['main', Infinity],
      ['worker', 0],
      ['both', 700],
    ] as const) {
      const writer = siteWriter(join(dir, name), { workerFrom, workerFile });
      for (const [path, text] of files()) await writer.write(path, text);
      await writer.finish();
    }
    const main = tree(join(dir, 'main'));
    expect(main.size).toBe(1500);
    expect(main.get('projecten/1.html')).toBe(files()[1]![1]);
    expect(tree(join(dir, 'worker'))).toEqual(main);
    expect(tree(join(dir, 'both'))).toEqual(main);
    expect(readdirSync(dir).sort()).toEqual(['both', 'main', 'worker']);
  });

  it('writes every file on the main thread when there is no worker file (running from the sources)', async () => {
    const dir = tempDir();
    const writer = siteWriter(join(dir, 'site'), { workerFrom: 0, workerFile: null });
    for (const [path, text] of files()) await writer.write(path, text);
    await writer.finish();
    expect(tree(join(dir, 'site')).size).toBe(1500);
  });

  it('fails the build on a file it cannot write, as the main thread does, and keeps the old site', async () => {
    const errors: NodeJS.ErrnoException[] = [];
    for (const workerFrom of [Infinity, 0]) {
      const dir = tempDir();
      const target = join(dir, 'site');
      mkdirSync(target);
      writeFileSync(join(target, 'index.html'), 'oud');
      const writer = siteWriter(target, { workerFrom, workerFile });
      try {
        for (const [path, text] of files()) await writer.write(path, text);
        // A file where the next files' folder has to be: that folder cannot be made.
        await writer.write('blok/x', 'een bestand');
        for (let i = 0; i < 600; i++) await writer.write(`blok/x/${i}.html`, 'x'.repeat(1000));
        await writer.finish();
      } catch (e) {
        const error = e as NodeJS.ErrnoException;
        errors.push(Object.assign(error, { message: error.message.replace(dir, '<dir>') }));
        await writer.abandon();
      }
      expect(tree(target)).toEqual(new Map([['index.html', 'oud']]));
      expect(readdirSync(dir)).toEqual(['site']);
    }
    expect(errors).toHaveLength(2);
    expect(errors[0]!.code).toMatch(/^E[A-Z]+$/);
    expect(errors[1]).toBeInstanceOf(Error);
    expect([errors[1]!.code, errors[1]!.message]).toEqual([errors[0]!.code, errors[0]!.message]);
  });

  it('removes what it wrote when abandoned midway', async () => {
    const dir = tempDir();
    const writer = siteWriter(join(dir, 'site'), { workerFrom: 10, workerFile });
    for (const [path, text] of files().slice(0, 800)) await writer.write(path, text);
    await writer.abandon();
    expect(readdirSync(dir)).toEqual([]);
  });
});
