// `kwp report --format csv --table vragen|capaciteit`: the report's "Vraag en aanbod" as tables for
// a spreadsheet, with the list of projects (the default table) byte for byte as before; every bad
// use of --table named, exit 2, nothing written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KB, kwp, makeKb, tempDir } from '../helpers/kb.js';
import { BOM, parseCsv } from '../helpers/csv.js';

async function csv(args: string[]): Promise<string[][]> {
  const { code, stdout, stderr } = await kwp(['report', '--kb', EXAMPLE_KB, '--format', 'csv', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return parseCsv(stdout);
}

describe('--table', () => {
  it('leaves the list of projects as it was: without --table and with --table projecten, byte for byte', async () => {
    const plain = await kwp(['report', '--kb', EXAMPLE_KB, '--format', 'csv']);
    const projecten = await kwp(['report', '--kb', EXAMPLE_KB, '--format', 'csv', '--table', 'projecten']);
    expect(projecten.stdout).toBe(plain.stdout);
    expect(plain.stdout.split('\r\n')[0]).toBe(
      `${BOM}id;titel;status;programma;thema's;gebied;start;einde;studenten;niveaus;partners;kosten (EUR);dekking (EUR);tekort (EUR);evaluatiedatum;stand per;commit;niet vastgelegde wijzigingen;projectleider`,
    );
  });

  it('vragen: one row per open question with its outcome, offer, period and why', async () => {
    const rows = await csv(['--table', 'vragen']);
    expect(rows[0]).toEqual([
      'vraag',
      'kennisvraag',
      'uitkomst',
      'aanbod',
      'aanbod (titel)',
      'periode',
      'start',
      'einde',
      'aanmelden tot en met',
      'passende periodes',
      'toelichting',
      'stand per',
      'commit',
      'niet vastgelegde wijzigingen',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['aansprakelijkheid-vrijwilligers-schoolplein', 'past'],
      ['jonge-mantelzorgers-hooilanden', 'past'],
      ['hittestress-sensordata-binnenstad', 'vol'],
      ['hitte-in-portiekflats-molenbeek', 'te_laat'],
      ['geldzorgen-signalen-delen', 'geen_aanbod'],
    ]);
    const late = rows[4]!;
    expect(late.slice(3, 10)).toEqual([
      'afstuderen-built-environment-2026-2027',
      'Afstuderen Built Environment 2026-2027',
      'afstudeerronde voorjaar',
      '2027-02-08',
      '2027-06-25',
      '2026-12-01',
      '0',
    ]);
    expect(late[10]).toMatch(/^Te laat voor /);
    // No offer: the offer's fields are empty, the explanation says why.
    expect(rows[5]!.slice(3, 10)).toEqual(['', '', '', '', '', '', '0']);
    expect(rows[5]![10]).toMatch(/^Geen aanbod past/);
    expect(rows[1]![11]).toBe('2026-12-03');
  });

  it('capaciteit: one row per offer and period, with what it takes, what is taken and what is left', async () => {
    const rows = await csv(['--table', 'capaciteit']);
    expect(rows[0]).toEqual([
      'aanbod',
      'titel',
      'instelling',
      'niveau',
      'vorm',
      'status',
      'periode (nummer)',
      'periode',
      'start',
      'einde',
      'aanmelden tot en met',
      'studenten',
      'plaatsen',
      'bezet',
      'vrij',
      'projecten',
      'stand per',
      'commit',
      'niet vastgelegde wijzigingen',
      'contactpersoon',
    ]);
    expect(rows).toHaveLength(1 + 17);
    const master = rows.find((r) => r[0] === 'masteronderzoek-stedelijke-transities-2026-2027')!;
    expect(master.slice(2, 16)).toEqual([
      'Universiteit Oostland',
      'wo',
      'onderzoek',
      'open',
      '1',
      'scriptieronde 2027',
      '2027-02-01',
      '2027-07-30',
      '2027-01-15',
      '4',
      '1',
      '1',
      '0',
      '2027-koele-routes-rivierenwijk',
    ]);
    expect(master[19]).toBe('Pieter van Dijk');
  });

  it('speaks the reader’s language in the header only', async () => {
    const nl = await csv(['--table', 'capaciteit']);
    const en = await csv(['--table', 'capaciteit', '--lang', 'en']);
    expect(en[0]!.slice(11, 16)).toEqual(['students', 'places', 'taken', 'free', 'projects']);
    expect(en.slice(1)).toEqual(nl.slice(1));
    const questions = await csv(['--table', 'vragen', '--lang', 'en']);
    expect(questions[0]!.slice(0, 3)).toEqual(['question', 'knowledge question', 'outcome']);
    expect(questions[4]![2]).toBe('te_laat');
    expect(questions[4]![10]).toMatch(/^Too late for /);
  });

  it('leaves the contact column out of a --public capacity table', async () => {
    const rows = await csv(['--table', 'capaciteit', '--public']);
    expect(rows[0]).not.toContain('contactpersoon');
    for (const row of rows) expect(row).toHaveLength(19);
  });

  it('neutralises a question or offer that would start a formula', async () => {
    const root = makeKb({
      'knowledge/kennisvragen/formule.md':
        '---\nid: formule\nvraag: \'=HYPERLINK("http://x")\'\nstatus: open\nbron: intake\n---\n',
      'knowledge/partners/school.md': '---\nid: school\nnaam: School\ngroep: onderwijs\n---\n',
      'knowledge/aanbod/aanbod-x.md':
        "---\nid: aanbod-x\ntitel: '+1+1'\ninstelling: School\nniveau: hbo\nperiodes:\n  - {naam: '@blok', start: 2027-02-01, einde: 2027-06-30}\n---\n",
    });
    for (const table of ['vragen', 'capaciteit']) {
      const { code, stdout } = await kwp(['report', '--kb', root, '--format', 'csv', '--table', table]);
      expect(code).toBe(0);
      const rows = parseCsv(stdout);
      for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
      expect(stdout).toContain(table === 'vragen' ? `'=HYPERLINK` : `'+1+1`);
    }
  });
});

describe('--table used wrongly: exit 2, the reason, nothing written', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'an unknown table',
      ['--format', 'csv', '--table', 'aanbod'],
      /Onbekende waarde "aanbod" voor --table\. Toegestaan: projecten, vragen, capaciteit\./,
    ],
    [
      'a format other than csv',
      ['--format', 'html', '--table', 'vragen'],
      /--table kiest een tabel van de CSV-uitvoer.*niet met html\./,
    ],
    ['the markdown default', ['--table', 'vragen'], /niet met md\./],
    [
      'one project’s report',
      ['2026-samen-online-oosterpark', '--format', 'csv', '--table', 'vragen'],
      /niet voor het verslag van één project \(2026-samen-online-oosterpark\)/,
    ],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const out = join(tempDir(), 'uit', 'verslag.csv');
    // With --format csv the report would go to a file: it must not be made.
    const withOut = args.includes('csv') ? [...args, '--out', out] : args;
    const { code, stdout, stderr } = await kwp(['report', '--kb', EXAMPLE_KB, ...withOut]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('a file name that says another format than csv', async () => {
    const out = join(tempDir(), 'verslag.html');
    const { code, stderr } = await kwp(['report', '--kb', EXAMPLE_KB, '--out', out, '--table', 'vragen']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/niet met html\./);
    expect(existsSync(out)).toBe(false);
  });

  it('says so in English with --lang en', async () => {
    const { code, stderr } = await kwp(['report', '--kb', EXAMPLE_KB, '--table', 'vragen', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--table chooses a table of the CSV output.*not with md\./);
  });
});
