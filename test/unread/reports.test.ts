// `kwp report` with a file it cannot read: the werkplaats summary and one project's summary, in all
// four formats, name the file on stderr and in the report itself (a printed copy says it too); the
// summary without a readable werkplaats.md, and a project's summary of an unreadable project, stop.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp, kwpProcess, makeKb, project } from '../helpers/kb.js';
import { requireBuild } from '../bad-input/shared.js';
import {
  BROKEN_PROJECT,
  expectNamed,
  expectStopped,
  kbWithBrokenProject,
  kbWithBrokenWerkplaats,
  PROJECT_AT,
  REASON_NL,
  REASON_NL_MD,
  REASON_NL_MD_PATTERN,
  REASON_NL_PATTERN,
  WERKPLAATS_AT,
  WERKPLAATS_PATH,
  watch,
} from './shared.js';

const ITEM = (file: string, line: number, column: number) => `${file}, regel ${line}, kolom ${column}: `;

describe('the werkplaats summary with a project kwp cannot read', () => {
  const root = kbWithBrokenProject();

  it('md: exit 0, named on stderr, and in a section under the title', async () => {
    const result = await kwp(['report', '--kb', root]);
    expectNamed(result, PROJECT_AT);
    const md = result.stdout;
    const section = md.indexOf('## Niet gelezen bestanden');
    expect(section).toBeGreaterThan(0);
    expect(section).toBeLessThan(md.indexOf('## Kerncijfers')); // near the top, before any figure
    expect(md).toContain(`- ${ITEM(BROKEN_PROJECT, 3, 8)}${REASON_NL_MD}`);
    expect(md).toContain('kwp kon 1 bestand niet lezen.');
    // The two readable projects are counted; the broken one is not among them.
    expect(md).toContain('| Projecten | 2 van 5 (doel) |');
  });

  it('html: a visible section before the contents, and kept in print', async () => {
    const result = await kwp(['report', '--kb', root, '--format', 'html']);
    expectNamed(result, PROJECT_AT);
    const html = result.stdout;
    const notice = html.indexOf('<section class="unread" aria-labelledby="niet-gelezen">');
    expect(notice).toBeGreaterThan(html.indexOf('</header>'));
    expect(notice).toBeLessThan(html.indexOf('<nav class="toc"'));
    expect(html).toContain(`<li><code>${BROKEN_PROJECT}</code>, regel 3, kolom 8: ${REASON_NL}`);
    // Printing hides the table of contents; the notice stays.
    const print = html.slice(html.indexOf('@media print'));
    expect(print).not.toMatch(/section\.unread[^}]*display:\s*none/);
    expect(print).toContain('section.unread { break-inside: avoid;');
  });

  it('json: niet_gelezen names the file, line, column, rule and reason; stdout is only JSON', async () => {
    const result = await kwp(['report', '--kb', root, '--format', 'json']);
    expectNamed(result, PROJECT_AT);
    const json = JSON.parse(result.stdout) as { niet_gelezen: unknown; projecten: { totaal: number } };
    expect(json.niet_gelezen).toEqual([
      {
        bestand: BROKEN_PROJECT,
        regel: 3,
        kolom: 8,
        code: 'yaml-syntax',
        reden: expect.stringMatching(new RegExp(`^${REASON_NL_PATTERN}[^\\n]*$`)),
      },
    ]);
    expect(json.projecten.totaal).toBe(2);
  });

  it('csv: the unread project has a row of its own, in id order, with the reason in a column after the first 15', async () => {
    const result = await kwp(['report', '--kb', root, '--format', 'csv']);
    expectNamed(result, PROJECT_AT);
    const lines = result.stdout.replace(/^\ufeff/, '').split('\r\n');
    const header = lines[0]!.split(';');
    // The 15 columns, Niet gelezen, then the columns issue 12 added at the end.
    expect(header).toHaveLength(20);
    expect(header[15]).toBe('Niet gelezen');
    expect(header.slice(16)).toEqual([
      'stand per',
      'commit',
      'niet vastgelegde wijzigingen',
      'projectleider',
    ]);
    expect(lines.slice(1, 4).map((l) => l.split(';')[0])).toEqual([
      '2026-goed',
      '2026-kapot',
      '2026-vervolg',
    ]);
    const row = lines[2]!.split(';');
    expect(row).toHaveLength(20);
    expect(row.slice(1, 15).every((f) => f === '')).toBe(true); // nothing made up for it
    expect(row[15]).toBe(`${ITEM(BROKEN_PROJECT, 3, 8)}${REASON_NL} Zet een ] aan het eind: titel: [Kapot]`);
    expect(lines[1]!.split(';')).toHaveLength(20);
    expect(lines[1]!.split(';')[15]).toBe('');
  });

  it('in English, with --lang en', async () => {
    const result = await kwp(['report', '--kb', root, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^kwp: could not read 1 file; what they hold is left out/);
    expect(result.stdout).toContain('## Files not read');
    expect(result.stdout).toContain(
      `- ${BROKEN_PROJECT}, line 3, column 8: The list that starts here with \\[ is not closed with \\].`,
    );
  });

  it('with a period and a programme the unread file is still named: kwp cannot tell whether it counts', async () => {
    const result = await kwp([
      'report',
      '--kb',
      root,
      '--format',
      'json',
      '--since',
      '2030-01-01',
      '--programme',
      'CDKM Test',
    ]);
    expectNamed(result, PROJECT_AT);
    expect((JSON.parse(result.stdout) as { niet_gelezen: unknown[] }).niet_gelezen).toHaveLength(1);
  });

  it('a csv of a knowledge base without unread projects keeps its 15 columns, then the 4 of issue 12', async () => {
    const clean = makeKb({ 'knowledge/projecten/2026-goed.md': project('2026-goed') });
    const result = await kwp(['report', '--kb', clean, '--format', 'csv']);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\r\n')[0]!.split(';')).toHaveLength(19);
  });
});

describe("one project's summary (kwp report <id>)", () => {
  const root = kbWithBrokenProject();

  it.each(['md', 'html', 'json'])('%s: another project unread is named in the report', async (format) => {
    const result = await kwp(['report', '2026-goed', '--kb', root, '--format', format]);
    expectNamed(result, PROJECT_AT);
    if (format === 'json')
      expect((JSON.parse(result.stdout) as { niet_gelezen: { bestand: string }[] }).niet_gelezen).toEqual([
        expect.objectContaining({ bestand: BROKEN_PROJECT, regel: 3, kolom: 8, code: 'yaml-syntax' }),
      ]);
    else {
      expect(result.stdout).toContain(format === 'md' ? '## Niet gelezen bestanden' : 'class="unread"');
      expect(result.stdout).toMatch(
        new RegExp(
          `${BROKEN_PROJECT}(</code>)?, regel 3, kolom 8: ${format === 'md' ? REASON_NL_MD_PATTERN : REASON_NL_PATTERN}`,
        ),
      );
    }
  });

  it('csv: the project itself was read, so its row is as always; stderr names the other file', async () => {
    const result = await kwp(['report', '2026-goed', '--kb', root, '--format', 'csv']);
    expectNamed(result, PROJECT_AT);
    expect(result.stdout.split('\r\n')[0]!.split(';')).toHaveLength(19);
  });

  it.each(['md', 'html', 'json', 'csv'])(
    '%s: the summary of the unreadable project itself stops with exit 2, and --out writes nothing',
    async (format) => {
      const files = watch(root);
      const out = join(root, 'uit');
      const result = await kwp(['report', '2026-kapot', '--kb', root, '--format', format, '--out', out]);
      expectStopped(result, PROJECT_AT);
      files.unchanged();
      expect(existsSync(out)).toBe(false);
    },
  );
});

describe('a werkplaats.md kwp cannot read', () => {
  const root = kbWithBrokenWerkplaats();

  it.each(['md', 'html', 'json', 'csv'])(
    '%s: the summary needs its name and targets: exit 2, the file and line, nothing written',
    async (format) => {
      const files = watch(root);
      const result = await kwp(['report', '--kb', root, '--format', format, '--out', join(root, 'r')]);
      expectStopped(result, WERKPLAATS_AT);
      files.unchanged();
    },
  );

  it("one project's summary does not need it: made, and it names werkplaats.md in itself", async () => {
    const result = await kwp(['report', '2026-goed', '--kb', root, '--format', 'json']);
    expectNamed(result, WERKPLAATS_AT);
    expect((JSON.parse(result.stdout) as { niet_gelezen: unknown[] }).niet_gelezen).toEqual([
      expect.objectContaining({ bestand: WERKPLAATS_PATH, regel: 3, kolom: 9, code: 'yaml-syntax' }),
    ]);
  });

  it('the real binary: exit 2, the reason on stderr, no report file', () => {
    requireBuild();
    const out = join(root, 'overzicht.html');
    const result = kwpProcess(['report', '--format', 'html', '--out', out], { cwd: root });
    expectStopped(result, WERKPLAATS_AT);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the real binary with a project it cannot read', () => {
  it('writes the html report with the notice in it, and says so on stderr', () => {
    requireBuild();
    const root = kbWithBrokenProject();
    const result = kwpProcess(['report', '--format', 'html', '--out', 'r.html'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`  ${PROJECT_AT}: ${REASON_NL}`);
    expect(readFileSync(join(root, 'r.html'), 'utf8')).toContain(
      `<code>${BROKEN_PROJECT}</code>, regel 3, kolom 8`,
    );
  });
});

describe('a project that is read but breaks the format is counted, not unread, and crashes nothing', () => {
  // Every value of the wrong type where the report looks: kwp validate reports them; the report
  // counts the project with what it can use, in every format, and does not call it unread.
  const odd = project(
    '2026-raar',
    [
      'thema: {a: 1}',
      'gebied: [x, y]',
      'partners: "Gemeente"',
      'begroting: [1, 2]',
      'evaluatie: "goed gegaan"',
      'vervolg_op: 2026-goed',
      'kennisvragen: 7',
      'leerdoelen: {wie: x}',
      'team: null',
      '',
    ].join('\n'),
  )
    .replace('titel: Project 2026-raar', 'titel: [Een, lijst]')
    .replace('status: lopend', 'status: 42')
    .replace('planning: {start: 2026-02-02, einde: 2026-06-26}', 'planning: morgen');
  const root = makeKb({
    'knowledge/projecten/2026-goed.md': project('2026-goed'),
    'knowledge/projecten/2026-raar.md': odd,
  });

  it.each(['md', 'html', 'json', 'csv'])('%s, summary and the project itself', async (format) => {
    for (const args of [[], ['2026-raar']]) {
      const result = await kwp(['report', ...args, '--kb', root, '--format', format]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('2026-raar');
      expect(result.stdout).not.toMatch(/Niet gelezen|niet_gelezen": \[\s*\{/);
    }
    const json = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout) as {
      projecten: { totaal: number };
      niet_gelezen: unknown[];
    };
    expect(json.projecten.totaal).toBe(2);
    expect(json.niet_gelezen).toEqual([]);
  });
});

describe('in a terminal, with the progress note on standard error', () => {
  it('the note is erased before the list of unread files, which starts on a line of its own', async () => {
    const result = await kwp(['report', '--kb', kbWithBrokenProject(), '--format', 'json'], {
      stderrTty: true,
    });
    expect(result.code).toBe(0);
    // Every line of the list begins at the start of a line: no progress text before "kwp:".
    expect(result.stderr).toContain('\r\u001b[Kkwp: 1 bestand niet te lezen');
    for (const before of result.stderr.split('kwp:').slice(0, -1))
      expect(before === '' || before.endsWith('\n') || before.endsWith('\r\u001b[K')).toBe(true);
  });

  it('a stop is printed on a clean line too', async () => {
    const result = await kwp(['report', '--kb', kbWithBrokenWerkplaats()], { stderrTty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('\r\u001b[Kkwp: Kan knowledge/werkplaats.md:3:9 niet lezen');
    expect(result.stderr.split('kwp: Kan')[0]!.endsWith('\r\u001b[K')).toBe(true);
  });
});

describe('--public needs every file: the people to leave out are found in all of them', () => {
  it.each(['md', 'html', 'json', 'csv'])(
    '%s: a project it cannot read may name someone: exit 2, nothing written',
    async (format) => {
      const root = kbWithBrokenProject();
      const files = watch(root);
      const out = join(root, 'openbaar');
      for (const id of [[], ['2026-goed']]) {
        const result = await kwp([
          'report',
          ...id,
          '--public',
          '--kb',
          root,
          '--format',
          format,
          '--out',
          out,
        ]);
        expectStopped(result, PROJECT_AT);
      }
      expect(existsSync(out)).toBe(false);
      files.unchanged();
    },
  );

  it("one project's public summary with an unreadable werkplaats.md (it lists roles): exit 2", async () => {
    expectStopped(
      await kwp(['report', '2026-goed', '--public', '--kb', kbWithBrokenWerkplaats()]),
      WERKPLAATS_AT,
    );
  });
});
