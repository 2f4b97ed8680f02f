// The report's git history: created and last changed per project, what happened in a period, and
// saying so once when there is no git or only a shallow clone.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { kwp, makeKb, project, tempDir } from '../helpers/kb.js';

function repository(): string {
  const root = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a') });
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-qm', 'eerste'], '2026-01-10');
  writeFileSync(join(root, 'knowledge', 'projecten', '2026-b.md'), project('2026-b'));
  git(root, ['add', '-A']);
  git(root, ['commit', '-qm', 'tweede'], '2026-03-05');
  writeFileSync(join(root, 'knowledge', 'projecten', '2026-a.md'), project('2026-a', 'gebied: Binnenstad\n'));
  git(root, ['commit', '-qam', 'derde'], '2026-04-01');
  return root;
}

describe('kwp report and git history', () => {
  it('gives each project its creation and last change, and what changed in the period', async () => {
    const root = repository();
    const r = JSON.parse(
      (
        await kwp([
          'report',
          '--kb',
          root,
          '--format',
          'json',
          '--since',
          '2026-02-01',
          '--until',
          '2026-12-31',
        ])
      ).stdout,
    );
    expect(r.geschiedenis.per_project).toEqual({
      '2026-a': { aangemaakt: '2026-01-10', gewijzigd: '2026-04-01' },
      '2026-b': { aangemaakt: '2026-03-05', gewijzigd: '2026-03-05' },
    });
    expect(r.geschiedenis.in_periode).toBeUndefined();
    expect(r.geschiedenis_reden).toBeNull();
    // What changed in the period comes from the dates in the files, not from git: both projects
    // start on 2026-02-02 (planning.start), though 2026-a was committed on 2026-01-10.
    expect(r.in_periode).toEqual({
      bron: 'datums-in-bestanden',
      nieuwe_projecten: ['2026-a', '2026-b'],
      nieuwe_evaluaties: [],
      nieuwe_vragen: [],
    });
    const run = await kwp(['report', '--kb', root, '--since', '2026-02-01']);
    expect(run.stderr).toBe('');
    const md = run.stdout;
    expect(md).toContain('- Nieuwe projecten: 2026-a, 2026-b');
    expect(md).toContain('Bron: de datums in de bestanden zelf');
  });

  it('says once that there is no git, and carries on', async () => {
    const root = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a') });
    const r = await kwp(['report', '--kb', root]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/Geen git-geschiedenis/g)).toHaveLength(1);
    expect(JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout)).toMatchObject({
      geschiedenis: null,
      geschiedenis_reden: 'no-git',
    });
  });

  it('says once that a shallow clone has no full history, and carries on', async () => {
    const origin = repository();
    const clone = join(tempDir(), 'clone');
    git(tempDir(), ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    const r = await kwp(['report', '--kb', clone]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/ondiepe kloon/g)).toHaveLength(1);
  });
});
