// Temporary files left by a killed kwp are removed by the next write in that folder, once they are
// old enough that no kwp can still be writing them; a fresh one is left alone.
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFile } from '../../src/store/write-file.js';
import { tempDir } from '../helpers/kb.js';

describe('stale temporary files', () => {
  it('are swept by the next write; fresh ones and other dotfiles stay', () => {
    const dir = tempDir();
    const stale = join(dir, '.2026-a.md.4242.0badc0de.tmp');
    const fresh = join(dir, '.2026-b.md.4343.00c0ffee.tmp');
    const other = join(dir, '.gitkeep');
    for (const path of [stale, fresh, other]) writeFileSync(path, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    utimesSync(other, twoHoursAgo, twoHoursAgo);
    createFile(join(dir, '2026-c.md'), '---\nid: 2026-c\n---\n');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['.2026-b.md.4343.00c0ffee.tmp', '.gitkeep', '2026-c.md']);
  });
});
