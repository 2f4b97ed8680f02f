// The README that `kwp init` writes for a new werkplaats names every command kwp has, each with one
// line of what it is for, and links to kwp's own documentation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandNames } from '../../src/cli/main.js';
import { documentationUrl, kwpPackage } from '../../src/store/kwp-package.js';
import { kwp, quietIo, tempDir } from '../helpers/kb.js';

const io = quietIo();

describe('the README of a new werkplaats', () => {
  it('knows every command kwp registers, the daily ones among them', () => {
    const names = commandNames(io);
    for (const daily of ['new project', 'validate', 'list', 'show', 'evaluate', 'link', 'report', 'schema'])
      expect(names).toContain(daily);
  });

  it('names every command, each on a line of its own with what it is for, and links to the manual', async () => {
    const root = join(tempDir(), 'werkplaats');
    const init = await kwp([
      'init',
      root,
      '--name',
      'Kenniswerkplaats Noord',
      '--no-git',
      '--ci',
      'none',
      '--yes',
    ]);
    expect(init.code, init.stderr).toBe(0);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| ') && line.includes('`kwp '));
    for (const name of commandNames(io)) {
      const row = rows.find((r) => new RegExp('`kwp ' + name + '(`| )').test(r));
      expect(row, `kwp ${name}`).toBeDefined();
      // What it is for comes first, in words, before the command.
      expect(row!.split('|')[1]!.trim().length, `kwp ${name}`).toBeGreaterThan(10);
    }
    expect(readme).toContain(documentationUrl(kwpPackage()));
    expect(readme).not.toMatch(/\{\{\w+\}\}/);
  });
});
