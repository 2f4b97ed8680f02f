// Issue 12, "reports a steering group can hand around": every report says when it was made and from
// which commit; the status light, money, themes, evaluations, targets, what changed, who leads each
// project, and where --out writes. In Dutch and in English, against real folders and real git.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { kwp, makeKb, project, REPO, tempDir } from '../helpers/kb.js';

const SCHOOL = '2025-groene-schoolpleinen-rivierenwijk';

/** A project with its status and budget changed. */
function withStatus(id: string, status: string, extra: string): string {
  return project(id, extra).replace('status: lopend', `status: ${status}`);
}

const EVALUATED = 'evaluatie: {datum: 2026-07-01, conclusies: [Het werkte.]}\n';
const SHORT = 'begroting: {kosten: [{post: x, bedrag: 1000}], dekking: [{partner: P, bedrag: 400}]}\n';
const COVERED = 'begroting: {kosten: [{post: x, bedrag: 1000}], dekking: [{partner: P, bedrag: 1000}]}\n';

function committedKb(): string {
  const root = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a') });
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-qm', 'eerste'], '2026-01-10');
  return root;
}

describe('every report says when it was made, and from which commit', () => {
  it('outside git: the date from the clock kwp is given, in every format, nl and en', async () => {
    const root = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a') });
    const md = await kwp(['report', '--kb', root]);
    expect(md.stdout).toContain('_Stand per 3 december 2026_');
    expect((await kwp(['report', '--kb', root, '--lang', 'en'])).stdout).toContain('_As of 3 December 2026_');
    const json = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout);
    expect(json.stand).toEqual({ datum: '2026-12-03', commit: null, gewijzigd: null });
    const html = (await kwp(['report', '--kb', root, '--format', 'html'])).stdout;
    expect(html).toContain('<p class="meta stand">Stand per 3 december 2026</p>');
    const csv = (await kwp(['report', '--kb', root, '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toMatch(/;evaluatiedatum;stand per;commit;niet vastgelegde wijzigingen;projectleider$/);
    expect(csv[1]).toMatch(/;2026-12-03;;;Femke de Vries$/);
    // Another day on the clock, another date: it is the clock, not a constant.
    const later = await kwp(['report', '2026-a', '--kb', root], { now: new Date(2027, 0, 15, 9) });
    expect(later.stdout).toContain('_Stand per 15 januari 2027_');
    const one = JSON.parse((await kwp(['report', '2026-a', '--kb', root, '--format', 'json'])).stdout);
    expect(one.stand).toEqual({ datum: '2026-12-03', commit: null, gewijzigd: null });
  });

  it('in git: the short commit, and whether the files have changes not yet committed', async () => {
    const root = committedKb();
    const head = git(root, ['rev-parse', '--short', 'HEAD']).trim();
    const clean = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout);
    expect(clean.stand).toEqual({ datum: '2026-12-03', commit: head, gewijzigd: false });
    expect((await kwp(['report', '--kb', root])).stdout).toContain(
      `_Stand per 3 december 2026, commit ${head}_`,
    );
    const en = await kwp(['report', '2026-a', '--kb', root, '--lang', 'en']);
    expect(en.stdout).toContain(`_As of 3 December 2026, commit ${head}_`);

    writeFileSync(join(root, 'knowledge', 'projecten', '2026-b.md'), project('2026-b'));
    const changed = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout);
    expect(changed.stand).toEqual({ datum: '2026-12-03', commit: head, gewijzigd: true });
    expect((await kwp(['report', '--kb', root])).stdout).toContain(
      `_Stand per 3 december 2026, commit ${head}, met wijzigingen die nog niet zijn vastgelegd_`,
    );
    expect((await kwp(['report', '--kb', root, '--lang', 'en', '--format', 'html'])).stdout).toContain(
      `As of 3 December 2026, commit ${head}, with changes not yet committed`,
    );
    const csv = (await kwp(['report', '2026-a', '--kb', root, '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[1]).toMatch(new RegExp(`;2026-12-03;${head};ja;Femke de Vries$`));
  });
});

describe('the status light', () => {
  it('gives a finished or stopped project whose budget is not covered "aandacht", with the reason', async () => {
    const root = makeKb({
      'knowledge/projecten/2026-af.md': withStatus('2026-af', 'afgerond', EVALUATED + SHORT),
      'knowledge/projecten/2026-st.md': withStatus('2026-st', 'gestopt', EVALUATED + SHORT),
      'knowledge/projecten/2026-ok.md': withStatus('2026-ok', 'afgerond', EVALUATED + COVERED),
    });
    const json = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout);
    const light = (id: string) => json.statuslicht.find((s: { project: string }) => s.project === id);
    expect(light('2026-af')).toMatchObject({ licht: 'aandacht', redenen: ['tekort'] });
    expect(light('2026-st')).toMatchObject({ licht: 'aandacht', redenen: ['tekort'] });
    expect(light('2026-ok')).toMatchObject({ licht: 'klaar', redenen: [] });
    const md = (await kwp(['report', '--kb', root])).stdout;
    expect(md).toContain(
      '| Project 2026-af (2026-af) | afgerond | ▲ aandacht nodig | begroting niet gedekt |',
    );
    expect(md).toContain('| Project 2026-ok (2026-ok) | afgerond | ✓ klaar |  |');
    const en = (await kwp(['report', '--kb', root, '--lang', 'en', '--format', 'html'])).stdout;
    expect(en).toContain('also when the project is completed or stopped');
  });
});

describe('money, written one way in every format', () => {
  it('Dutch € 49.050, English €49,050, in md and html alike', async () => {
    for (const format of ['md', 'html']) {
      const nl = (await kwp(['report', '--kb', REPO, '--format', format])).stdout;
      expect(nl).toContain('€ 49.050');
      expect(nl).not.toContain('49.050,00');
      const en = (await kwp(['report', '--kb', REPO, '--format', format, '--lang', 'en'])).stdout;
      expect(en).toContain('€49,050');
      expect(en).not.toMatch(/49\.050|€ 49/);
    }
  });
});

describe('kwp report <id> --format csv', () => {
  it('fills the themes, the area and the project leader', async () => {
    const rows = (await kwp(['report', SCHOOL, '--kb', REPO, '--format', 'csv'])).stdout.split('\r\n');
    const header = rows[0]!.replace('\ufeff', '').split(';');
    const row = rows[1]!.split(';');
    const at = (name: string) => row[header.indexOf(name)];
    expect(at("thema's")).toBe('duurzaamheid, ruimtelijke ontwikkeling');
    expect(at('gebied')).toBe('Rivierenwijk');
    expect(at('projectleider')).toBe('Femke de Vries');
  });
});

describe('evaluations per theme', () => {
  it('lists each evaluation once, with all its themes (nl and en)', async () => {
    const md = (await kwp(['report', '--kb', REPO])).stdout;
    const start = md.indexOf('## Wat de evaluaties opleverden');
    const part = md.slice(start, md.indexOf('\n## ', start + 3));
    expect(part.split('**Groene schoolpleinen in de Rivierenwijk**')).toHaveLength(2);
    expect(part).toContain("Thema's: duurzaamheid, ruimtelijke ontwikkeling");
    const en = (await kwp(['report', '--kb', REPO, '--lang', 'en'])).stdout;
    expect(en.split('**Groene schoolpleinen in de Rivierenwijk**')).toHaveLength(2);
    expect(en).toContain('Themes: duurzaamheid, ruimtelijke ontwikkeling');
  });
});

describe('targets in a report for a period', () => {
  it('are the whole werkplaats’ targets, not prorated, and the report says so', async () => {
    const period = ['--since', '2026-01-01', '--until', '2026-06-30'];
    for (const format of ['md', 'html']) {
      const nl = (await kwp(['report', '--kb', REPO, '--format', format, ...period])).stdout;
      expect(nl).toContain('De doelen gelden voor de hele werkplaats, niet voor deze periode');
      const en = (await kwp(['report', '--kb', REPO, '--format', format, '--lang', 'en', ...period])).stdout;
      expect(en).toContain(
        'The targets are for the whole werkplaats, not for this period: they are not prorated.',
      );
      const all = (await kwp(['report', '--kb', REPO, '--format', format])).stdout;
      expect(all).not.toContain('De doelen gelden voor de hele werkplaats');
    }
    const json = JSON.parse((await kwp(['report', '--kb', REPO, '--format', 'json', ...period])).stdout);
    expect(json.studenten.doel).toBe(400);
  });
});

describe('what changed in the period', () => {
  it('comes from the dates in the files, with or without git, and says so', async () => {
    const root = makeKb({
      'knowledge/projecten/2026-a.md': project('2026-a'), // starts 2026-02-02
      'knowledge/projecten/2025-b.md': withStatus('2025-b', 'afgerond', EVALUATED).replace(
        'planning: {start: 2026-02-02, einde: 2026-06-26}',
        'planning: {start: 2025-02-02, einde: 2025-06-26}',
      ),
      'knowledge/kennisvragen/v-in.md':
        '---\nid: v-in\nvraag: Wat?\nstatus: open\nbron: intake\ningediend: 2026-03-01\n---\n',
      'knowledge/kennisvragen/v-uit.md':
        '---\nid: v-uit\nvraag: Wie?\nstatus: open\nbron: intake\ningediend: 2025-03-01\n---\n',
    });
    const args = ['report', '--kb', root, '--since', '2026-01-01', '--until', '2026-12-31'];
    const json = JSON.parse((await kwp([...args, '--format', 'json'])).stdout);
    expect(json.geschiedenis).toBeNull(); // no git
    expect(json.in_periode).toEqual({
      bron: 'datums-in-bestanden',
      nieuwe_projecten: ['2026-a'],
      nieuwe_evaluaties: ['2025-b'],
      nieuwe_vragen: ['v-in'],
    });
    const md = (await kwp(args)).stdout;
    expect(md).toContain('## Wat er in deze periode veranderde');
    expect(md).not.toContain('(uit git)\n\nBron');
    expect(md).toContain('Bron: de datums in de bestanden zelf');
    const en = (await kwp([...args, '--lang', 'en', '--format', 'html'])).stdout;
    expect(en).toContain('Source: the dates in the files themselves');
    expect(
      JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout).in_periode,
    ).toBeNull();
  });
});

describe('who leads each project', () => {
  it('is in the report, and not in a --public one', async () => {
    const md = (await kwp(['report', '--kb', REPO])).stdout;
    expect(md).toContain('| id | titel | status | Projectleider | start |');
    expect(md).toMatch(/\| 2025-groene-schoolpleinen-rivierenwijk \| .* \| afgerond \| Femke de Vries \|/);
    const en = (await kwp(['report', SCHOOL, '--kb', REPO, '--lang', 'en'])).stdout;
    expect(en).toContain('Project leader: Femke de Vries');
    const json = JSON.parse((await kwp(['report', '--kb', REPO, '--format', 'json'])).stdout);
    expect(json.projectlijst.find((p: { id: string }) => p.id === SCHOOL).projectleider).toBe(
      'Femke de Vries',
    );
    for (const format of ['md', 'html', 'csv']) {
      const open = (await kwp(['report', '--kb', REPO, '--format', format])).stdout;
      const shown = (await kwp(['report', '--kb', REPO, '--format', format, '--public'])).stdout;
      expect(open.toLowerCase()).toContain('projectleider');
      expect(shown.toLowerCase()).not.toContain('projectleider');
      expect(shown).not.toContain('Femke de Vries');
    }
    const one = (await kwp(['report', SCHOOL, '--kb', REPO, '--public'])).stdout;
    expect(one).not.toContain('Projectleider');
  });
});

describe('--out', () => {
  it('takes the format from the extension when --format is not given', async () => {
    const dir = tempDir();
    const cases: [string, (text: string) => void][] = [
      ['r.html', (t) => expect(t.startsWith('<!doctype html>')).toBe(true)],
      ['r.HTM', (t) => expect(t.startsWith('<!doctype html>')).toBe(true)],
      ['r.json', (t) => expect(JSON.parse(t).stand.datum).toBe('2026-12-03')],
      ['r.csv', (t) => expect(t.startsWith('\ufeffid;')).toBe(true)],
      ['r.md', (t) => expect(t.startsWith('# Werkplaatsoverzicht')).toBe(true)],
      ['r.markdown', (t) => expect(t.startsWith('# Werkplaatsoverzicht')).toBe(true)],
      ['r.txt', (t) => expect(t.startsWith('# Werkplaatsoverzicht')).toBe(true)],
    ];
    for (const [file, check] of cases) {
      const r = await kwp(['report', '--kb', REPO, '--out', join(dir, file)]);
      expect(r.code, file).toBe(0);
      check(readFileSync(join(dir, file), 'utf8'));
    }
    // A matching --format is fine.
    expect((await kwp(['report', '--kb', REPO, '--out', join(dir, 'm.html'), '--format', 'html'])).code).toBe(
      0,
    );
  });

  it('refuses a mismatch or an extension it cannot write, with exit 2 and a clear message (nl, en)', async () => {
    const dir = tempDir();
    const pdf = await kwp(['report', '--kb', REPO, '--out', join(dir, 'r.pdf'), '--format', 'html']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('een .pdf-bestand kan kwp niet maken');
    expect(pdf.stderr).toContain('druk die af vanuit de browser');
    const bare = await kwp(['report', '--kb', REPO, '--out', join(dir, 'r.pdf'), '--lang', 'en']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('kwp cannot make a .pdf file');
    const mismatch = await kwp(['report', '--kb', REPO, '--out', 'r.json', '--format', 'csv'], { cwd: dir });
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain(
      '--out r.json en --format csv passen niet bij elkaar: .json hoort bij json. Noem het bestand r.csv, of laat --format weg.',
    );
    const en = await kwp(['report', '--kb', REPO, '--out', 'r.json', '--format', 'csv', '--lang', 'en'], {
      cwd: dir,
    });
    expect(en.stderr).toContain('--out r.json and --format csv do not match');
    for (const r of [pdf, bare, mismatch, en]) {
      expect(r.stderr).not.toMatch(/onverwachts|unexpected|Bedoel je|Did you mean/i);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'r.pdf')) || existsSync(join(dir, 'r.json'))).toBe(false);
  });

  it('makes a folder that does not exist yet, and refuses a folder as the file', async () => {
    const dir = tempDir();
    const r = await kwp(['report', '--kb', REPO, '--out', 'verslagen/2026/stuurgroep.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'verslagen', '2026', 'stuurgroep.html'), 'utf8')).toContain(
      '<!doctype html>',
    );
    mkdirSync(join(dir, 'map'));
    const folder = await kwp(['report', '--kb', REPO, '--out', 'map'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('--out map is een map');
    // A file where a folder should be: a clear message, not a crash.
    writeFileSync(join(dir, 'bestand'), 'x');
    const blocked = await kwp(['report', '--kb', REPO, '--out', 'bestand/r.md'], { cwd: dir });
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain('Kan bestand/r.md niet schrijven');
    expect(blocked.stderr).not.toMatch(/onverwachts/);
  });
});
