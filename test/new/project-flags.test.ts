// `kwp new project` from flags: where the file lands, what is printed, --dry-run, the values read
// back, a file that validates at once, and the id (year, slug, bounded, unique across all kinds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW, kwp, makeKb } from '../helpers/kb.js';
import {
  changes,
  exampleKb,
  expectValid,
  ls,
  newProject,
  P,
  readBack,
  REQUIRED,
  snapshot,
} from './helpers.js';

// The in-process kwp sees the helper's fixed clock.
const YEAR = String(FIXED_NOW.getFullYear());

describe('kwp new project --yes (flags)', () => {
  it('writes a project with only the required values, status voorbereiding, that validates at once', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stdout, stderr } = await kwp(newProject(root, 'Koele schoolroutes'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const path = `${P}/${YEAR}-koele-schoolroutes.md`;
    expect(stdout).toBe(`${path}\n`);
    expect(changes(before, snapshot(root))).toEqual({ added: [path], removed: [], changed: [] });
    const { data, body } = readBack(root, path);
    expect(data).toMatchObject({
      id: `${YEAR}-koele-schoolroutes`,
      titel: 'Koele schoolroutes',
      status: 'voorbereiding',
      programma: 'CDKM Rivelde',
      kennisvraag: 'Hoe houden we de wijk koel?',
      contactpersoon: { naam: 'Ahmed Yilmaz', email: 'a.yilmaz@example.org' },
    });
    expect(data['projectleider'] ?? null).toBeNull();
    expect(body).toContain('## Inhoud');
    await expectValid(root);
  });

  it('writes a lopend project with every flag, each value read back as given', async () => {
    const root = exampleKb();
    const { code, stdout, stderr } = await kwp(
      newProject(root, 'Groene daken: Binnenstad', [
        '--status',
        'lopend',
        '--lead',
        'Femke de Vries <f.devries@example.org>',
        '--start',
        '2027-02-01',
        '--end',
        '2027-06-30',
        '--content',
        'Studenten ontwerpen groene daken met ondernemers.',
        '--theme',
        'duurzaamheid',
        '--theme',
        'ruimtelijke ontwikkeling',
        '--theme',
        'duurzaamheid',
        '--area',
        'Binnenstad',
        '--follows',
        '2024-hittekaart-rivierenwijk',
        '--follows',
        '2025-groene-schoolpleinen-rivierenwijk',
        '--json',
      ]),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const id = '2027-groene-daken-binnenstad';
    expect(JSON.parse(stdout)).toEqual({ id, path: `${P}/${id}.md` });
    const { data, body } = readBack(root, `${P}/${id}.md`);
    expect(data).toMatchObject({
      id,
      titel: 'Groene daken: Binnenstad',
      status: 'lopend',
      programma: 'CDKM Rivelde',
      kennisvraag: 'Hoe houden we de wijk koel?',
      vervolg_op: ['2024-hittekaart-rivierenwijk', '2025-groene-schoolpleinen-rivierenwijk'],
      thema: ['duurzaamheid', 'ruimtelijke ontwikkeling'],
      gebied: 'Binnenstad',
      projectleider: { naam: 'Femke de Vries', email: 'f.devries@example.org' },
      contactpersoon: { naam: 'Ahmed Yilmaz', email: 'a.yilmaz@example.org' },
      planning: { start: '2027-02-01', einde: '2027-06-30' },
    });
    expect(body).toMatch(/## Inhoud\n\nStudenten ontwerpen groene daken met ondernemers\./);
    await expectValid(root);
    // The project it follows now lists it as followed by, derived, never written there.
    const shown = await kwp(['show', '2024-hittekaart-rivierenwijk', '--kb', root, '--json']);
    expect(JSON.parse(shown.stdout).vervolgd_door).toContain(id);
  });

  it('--json prints exactly {"id","path"} and nothing else on stdout', async () => {
    const root = exampleKb();
    const { code, stdout } = await kwp(newProject(root, 'Taal op het werk', ['--json']));
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as Record<string, string>;
    expect(Object.keys(parsed).sort()).toEqual(['id', 'path']);
    expect(readFileSync(join(root, parsed['path']!), 'utf8')).toContain(`id: ${parsed['id']}\n`);
  });

  it('--dry-run prints the path and the content and writes nothing', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const listing = ls(join(root, P));
    const { code, stdout } = await kwp(newProject(root, 'Proefrit', ['--dry-run', '--start', '2026-09-01']));
    expect(code).toBe(0);
    expect(stdout).toContain(`${P}/2026-proefrit.md`);
    expect(stdout).toContain('id: 2026-proefrit\ntitel: Proefrit\nstatus: voorbereiding\n');
    expect(stdout).toContain('  start: 2026-09-01\n');
    expect(ls(join(root, P))).toEqual(listing);
    expect(snapshot(root)).toEqual(before);
    const json = await kwp(newProject(root, 'Proefrit', ['--dry-run', '--json']));
    expect(JSON.parse(json.stdout)).toMatchObject({
      id: `${YEAR}-proefrit`,
      path: `${P}/${YEAR}-proefrit.md`,
    });
    expect(snapshot(root)).toEqual(before);
  });

  it('names the missing flag in English with --lang en', async () => {
    const root = exampleKb();
    const { code, stderr } = await kwp([...newProject(root, ''), '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--title/);
    expect(stderr).toMatch(/missing/i);
  });
});

describe('the id of a new project', () => {
  const idOf = async (root: string, title: string, extra: string[] = [], note = '') => {
    const { code, stdout, stderr } = await kwp(newProject(root, title, [...extra, '--json']));
    expect(stderr).toBe(note);
    expect(code).toBe(0);
    return (JSON.parse(stdout) as { id: string }).id;
  };

  it('is the start year plus a slug of the title, else the current year', async () => {
    const root = exampleKb();
    expect(await idOf(root, 'Groene daken', ['--start', '2028-03-01'])).toBe('2028-groene-daken');
    expect(await idOf(root, 'Blauwe daken')).toBe(`${YEAR}-blauwe-daken`);
  });

  it('transliterates accents and drops what is not a letter or digit', async () => {
    const root = exampleKb();
    expect(await idOf(root, 'Coöperatie in ’t Zand', ['--start', '2026-01-05'])).toBe(
      '2026-cooperatie-in-t-zand',
    );
    expect(await idOf(root, 'Café Élan & Straße – één', ['--start', '2026-01-05'])).toBe(
      '2026-cafe-elan-strasse-een',
    );
  });

  it('is of bounded length and a valid id, however long the title', async () => {
    const root = exampleKb();
    const id = await idOf(root, `${'Lange titel '.repeat(40)}einde`);
    expect(id.length).toBeLessThanOrEqual(80);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    await expectValid(root);
  });

  it('gets -2 for a second project with the same title, and the first stays as it was', async () => {
    const root = exampleKb();
    expect(await idOf(root, 'Dubbel', ['--start', '2026-02-02'])).toBe('2026-dubbel');
    const first = readFileSync(join(root, P, '2026-dubbel.md'), 'utf8');
    // Not silently: the note names the project that has the title already (issue 12).
    const note = (text: string) =>
      `Let op: ${P}/2026-dubbel.md heeft dezelfde tekst ("${text}"). Het nieuwe bestand is toch geschreven; is het dubbel, verwijder het dan.\n`;
    expect(await idOf(root, 'Dubbel', ['--start', '2026-03-03'], note('Dubbel'))).toBe('2026-dubbel-2');
    // Case, accents and spacing do not make a title new.
    expect(await idOf(root, '  dúbbel ', ['--start', '2026-04-04'], note('Dubbel'))).toBe('2026-dubbel-3');
    expect(readFileSync(join(root, P, '2026-dubbel.md'), 'utf8')).toBe(first);
    expect(readBack(root, `${P}/2026-dubbel-2.md`).data['planning']).toEqual({
      start: '2026-03-03',
      tussentijds: null,
      einde: null,
    });
    await expectValid(root);
  });

  it('does not reuse an id taken by a question or a partner', async () => {
    const root = makeKb(
      {
        'knowledge/kennisvragen/2026-groene-daken.md':
          '---\nid: 2026-groene-daken\nvraag: Hoe maken we daken groen?\nstatus: open\n---\n',
        'knowledge/partners/2026-groene-daken-2.md':
          '---\nid: 2026-groene-daken-2\nnaam: Groene Daken BV\ngroep: ondernemers\n---\n',
      },
      { example: true },
    );
    expect(await idOf(root, 'Groene daken', ['--start', '2026-05-01'])).toBe('2026-groene-daken-3');
    await expectValid(root);
  });

  it('works the same with the flags in any order, and without a knowledge base it exits 2', async () => {
    const root = exampleKb();
    const args = ['new', 'project', ...REQUIRED.slice(2), '--title', 'Volgorde', ...REQUIRED.slice(0, 2)];
    expect((await kwp([...args, '--kb', root])).code).toBe(0);
    const none = await kwp(args, { cwd: join(root, '..') });
    expect(none.code).toBe(2);
    expect(none.stderr).not.toMatch(/\n\s+at /);
  });
});
