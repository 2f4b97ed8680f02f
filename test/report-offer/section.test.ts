// The report's "Vraag en aanbod" (issue 15) through `kwp report`: the json shape of cli.md, the
// Markdown a terminal shows, Dutch and English, the section within a period, a knowledge base without
// offers, and --public leaving the offers' contact persons out of every format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KB, kwp, makeKb, project, REPO } from '../helpers/kb.js';

const OFFER_CONTACTS = [
  'Femke de Vries',
  'Lotte Jansen',
  'Wim Brouwer',
  'Pieter van Dijk',
  'Yusuf Demir',
  'Ellen Postma',
  'Hanneke Smits',
];

async function section(args: string[] = []) {
  const { code, stdout } = await kwp(['report', '--kb', EXAMPLE_KB, '--format', 'json', ...args]);
  expect(code).toBe(0);
  return JSON.parse(stdout).vraag_en_aanbod;
}

/** The part of a Markdown report from `## heading` to the next `## `. */
function part(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = md.indexOf('\n## ', start + 3);
  return md.slice(start, end === -1 ? undefined : end);
}

describe('vraag_en_aanbod in the json report, on the example', () => {
  it('has the shape of cli.md: op and per_uitkomst, then the questions, capacity, waiting and unplaced', async () => {
    const s = await section();
    expect(Object.keys(s)).toEqual([
      'op',
      'per_uitkomst',
      'vragen',
      'capaciteit',
      'capaciteit_totaal',
      'wachten',
      'niet_tot_stand',
    ]);
    // The report's day is the reference date (the tests' clock: 3 December 2026).
    expect(s.op).toBe('2026-12-03');
    expect(s.per_uitkomst).toEqual({ past: 2, vol: 1, te_laat: 1, geen_aanbod: 1 });
  });

  it('gives every open question its outcome, best (or nearest) offer and period, in outcome order', async () => {
    const s = await section();
    expect(
      s.vragen.map((q: { vraag: string; uitkomst: string; aanbod: string | null }) => [
        q.vraag,
        q.uitkomst,
        q.aanbod,
      ]),
    ).toEqual([
      ['aansprakelijkheid-vrijwilligers-schoolplein', 'past', 'rechtswinkel-in-de-wijk-2026-2027'],
      ['jonge-mantelzorgers-hooilanden', 'past', 'project-maatschappelijke-zorg-2026-2027'],
      ['hittestress-sensordata-binnenstad', 'vol', 'masteronderzoek-stedelijke-transities-2026-2027'],
      ['hitte-in-portiekflats-molenbeek', 'te_laat', 'afstuderen-built-environment-2026-2027'],
      ['geldzorgen-signalen-delen', 'geen_aanbod', null],
    ]);
    const first = s.vragen[0];
    expect(first.tekst).toMatch(/^Wie is aansprakelijk/);
    expect(first.periode).toEqual({
      naam: 'blok 3',
      start: '2027-02-01',
      einde: '2027-04-09',
      intake_tot: '2027-01-08',
    });
    expect(first.passend).toBe(2);
    expect(first.uitleg).toMatch(/^Past bij 2 periodes/);
    expect(s.vragen[4]).toMatchObject({ aanbod_titel: null, periode: null, passend: 0 });
  });

  it('lists the question too late for its intake as waiting, with the period it missed', async () => {
    const s = await section();
    expect(s.wachten).toEqual([
      {
        vraag: 'hitte-in-portiekflats-molenbeek',
        tekst: expect.stringMatching(/portiekflats/),
        aanbod: 'afstuderen-built-environment-2026-2027',
        aanbod_titel: 'Afstuderen Built Environment 2026-2027',
        periode: {
          naam: 'afstudeerronde voorjaar',
          start: '2027-02-08',
          einde: '2027-06-25',
          intake_tot: '2026-12-01',
        },
        uitleg: expect.stringMatching(/^Te laat voor Afstuderen Built Environment.*2026-12-01/),
      },
    ]);
  });

  it('lists the question no offer can take as not coming about, with the tests that ruled the offers out', async () => {
    const s = await section();
    expect(s.niet_tot_stand).toEqual([
      {
        vraag: 'geldzorgen-signalen-delen',
        tekst: expect.stringMatching(/geldzorgen/),
        uitgesloten: { level: 7, form: 6, theme: 4, area: 1 },
        uitleg: expect.stringContaining('Het niveau sluit 7 aanbod uit.'),
      },
    ]);
  });

  it('gives the capacity per offer and period: what it takes, who occupies it, what is left', async () => {
    const s = await section();
    expect(s.capaciteit).toHaveLength(8);
    const master = s.capaciteit.find(
      (o: { aanbod: string }) => o.aanbod === 'masteronderzoek-stedelijke-transities-2026-2027',
    );
    expect(master).toMatchObject({
      titel: 'Masteronderzoek Stedelijke Transities 2026-2027',
      instelling: 'Universiteit Oostland',
      niveau: 'wo',
      vorm: 'onderzoek',
      status: 'open',
      contactpersoon: 'Pieter van Dijk',
    });
    expect(master.periodes).toEqual([
      {
        periode: 1,
        naam: 'scriptieronde 2027',
        start: '2027-02-01',
        einde: '2027-07-30',
        intake_tot: '2027-01-15',
        studenten: 4,
        vragen: 1,
        projecten: ['2027-koele-routes-rivierenwijk'],
        vrij: 0,
        bezet: 1,
      },
    ]);
    expect(s.capaciteit_totaal).toEqual({ vragen: 25, bezet: 5, vrij: 20 });
  });

  it('explains in English with --lang en, keeping the values (outcomes, ids) as they are', async () => {
    const s = await section(['--lang', 'en']);
    expect(s.per_uitkomst).toEqual({ past: 2, vol: 1, te_laat: 1, geen_aanbod: 1 });
    expect(s.wachten[0].uitleg).toMatch(/^Too late for Afstuderen Built Environment/);
  });

  it('lists within a period only the offer periods in it; the questions stay the whole register', async () => {
    const s = await section(['--since', '2027-03-01', '--until', '2027-03-31']);
    expect(s.per_uitkomst).toEqual({ past: 2, vol: 1, te_laat: 1, geen_aanbod: 1 });
    const periods = s.capaciteit.flatMap((o: { aanbod: string; periodes: { naam: string }[] }) =>
      o.periodes.map((p) => `${o.aanbod}: ${p.naam}`),
    );
    expect(periods).toContain('groene-ruimte-buitenpraktijk-2026-2027: voorjaar');
    expect(periods).not.toContain('groene-ruimte-buitenpraktijk-2026-2027: najaar');
    expect(periods).not.toContain('buitenschools-leren-stroomdal-2026-2027: periode 2');
  });
});

describe('Vraag en aanbod in the Markdown report (the terminal)', () => {
  it('has the section after the questions: outcomes, questions, capacity, waiting, not coming about', async () => {
    const { stdout } = await kwp(['report', '--kb', EXAMPLE_KB]);
    const md = part(stdout, 'Vraag en aanbod');
    expect(stdout.indexOf('## Vraag en aanbod')).toBeGreaterThan(stdout.indexOf('## Kennisvragen'));
    expect(md).toContain('5 open vragen op 2026-12-03: 2 passen, 1 vol, 1 te laat, 1 zonder aanbod.');
    expect(md).toContain('| te laat | 1 |');
    expect(md).toContain('### Open kennisvragen en het aanbod dat past');
    expect(md).toMatch(
      /\| Wie is aansprakelijk [^|]*\(aansprakelijkheid-vrijwilligers-schoolplein\) \| past \| Rechtswinkel in de wijk 2026-2027 \| blok 3: 2027-02-01 – 2027-04-09 \|/,
    );
    expect(md).toContain('### Capaciteit per aanbod en periode');
    expect(md).toContain(
      '| Masteronderzoek Stedelijke Transities 2026-2027 | Universiteit Oostland | scriptieronde 2027: 2027-02-01 – 2027-07-30 | 2027-01-15 | 1 | 1 | 0 | 2027-koele-routes-rivierenwijk | Pieter van Dijk |',
    );
    expect(md).toContain('In totaal 25 plaatsen voor vragen, 5 bezet, 20 vrij.');
    expect(md).toContain('### Wachten op een volgende periode');
    expect(md).toContain(
      '(hitte-in-portiekflats-molenbeek): Afstuderen Built Environment 2026-2027, afstudeerronde voorjaar: 2027-02-08 – 2027-06-25: aanmelden kon tot en met 2026-12-01.',
    );
    expect(md).toContain('### Niet tot stand: geen aanbod dat past');
    expect(md).toContain('(geldzorgen-signalen-delen): Geen aanbod past bij deze vraag');
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await kwp(['report', '--kb', EXAMPLE_KB, '--lang', 'en']);
    const md = part(stdout, 'Questions and education offer');
    expect(md).toContain('5 open questions on 2026-12-03: 2 fit, 1 full, 1 too late, 1 without an offer.');
    expect(md).toContain('### Capacity per offer and period');
    expect(md).toContain('### Not coming about: no offer that fits');
    expect(md).toContain('the intake was open until 2026-12-01.');
  });

  it('marks an over-booked period and an offer that is not open', async () => {
    const root = makeKb({
      'knowledge/partners/hogeschool-x.md':
        '---\nid: hogeschool-x\nnaam: Hogeschool X\ngroep: onderwijs\n---\n',
      'knowledge/aanbod/minor-x.md':
        '---\nid: minor-x\ntitel: Minor X\ninstelling: Hogeschool X\nniveau: hbo\nstatus: vol\n' +
        'periodes:\n  - {naam: blok 1, start: 2026-09-01, einde: 2027-01-29, vragen: 1}\n---\n',
      'knowledge/projecten/2026-a.md': inMinor('2026-a'),
      'knowledge/projecten/2026-b.md': inMinor('2026-b'),
    });
    const { stdout } = await kwp(['report', '--kb', root]);
    const md = part(stdout, 'Vraag en aanbod');
    expect(md).toContain(
      '| Minor X (aanbod vol) | Hogeschool X | blok 1: 2026-09-01 – 2027-01-29 | 2026-08-31 | 1 | 2 (overboekt) | 0 | 2026-a, 2026-b |',
    );
    expect(md).toContain('Er zijn geen open kennisvragen.');
    // No questions: nothing waits and nothing fails to come about, so those parts are left out.
    expect(md).not.toContain('### Wachten');
  });
});

describe('a knowledge base without offers', () => {
  it('has no section when there are neither open questions nor offers; json still says so', async () => {
    const root = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a') });
    expect((await kwp(['report', '--kb', root])).stdout).not.toContain('Vraag en aanbod');
    expect((await kwp(['report', '--kb', root, '--format', 'html'])).stdout).not.toContain('vraag-en-aanbod');
    const json = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout);
    expect(json.vraag_en_aanbod).toEqual({
      op: '2026-12-03',
      per_uitkomst: { past: 0, vol: 0, te_laat: 0, geen_aanbod: 0 },
      vragen: [],
      capaciteit: [],
      capaciteit_totaal: { vragen: 0, bezet: 0, vrij: 0 },
      wachten: [],
      niet_tot_stand: [],
    });
  });

  it('says of each open question that no offer can take it, and why: there is no offer', async () => {
    const root = makeKb({
      'knowledge/kennisvragen/vraag-a.md':
        '---\nid: vraag-a\nvraag: Waarom?\nstatus: open\nbron: intake\n---\n',
    });
    const { stdout } = await kwp(['report', '--kb', root]);
    const md = part(stdout, 'Vraag en aanbod');
    expect(md).toContain('1 open vraag op 2026-12-03: 0 passen, 0 vol, 0 te laat, 1 zonder aanbod.');
    expect(md).toContain('Er is geen onderwijsaanbod met een periode in deze tijd.');
    expect(md).toContain('- **Waarom?** (vraag-a): Er is geen open onderwijsaanbod.');
    const s = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout).vraag_en_aanbod;
    expect(s.niet_tot_stand).toEqual([
      {
        vraag: 'vraag-a',
        tekst: 'Waarom?',
        uitgesloten: {},
        uitleg: expect.stringMatching(/^Er is geen open/),
      },
    ]);
  });
});

describe('--public and the offers’ contact persons', () => {
  it('finds the contact persons in the example’s offers (so the tests below can fail)', () => {
    const files = readAanbod();
    for (const name of OFFER_CONTACTS) expect(files).toContain(`contactpersoon: {naam: ${name}`);
  });

  it.each(['md', 'html', 'csv', 'json'])(
    'leaves them out of the %s report; the offers stay',
    async (format) => {
      const args = ['report', '--kb', EXAMPLE_KB, '--format', format, '--public'];
      for (const table of format === 'csv' ? ['projecten', 'vragen', 'capaciteit'] : [undefined]) {
        const { code, stdout } = await kwp(table ? [...args, '--table', table] : args);
        expect(code).toBe(0);
        for (const name of OFFER_CONTACTS) expect(stdout, `${table ?? format}: ${name}`).not.toContain(name);
        if (table !== 'projecten')
          expect(stdout).toContain('Masteronderzoek Stedelijke Transities 2026-2027');
      }
    },
  );

  it('leaves the contact column out, not only the names', async () => {
    const md = (await kwp(['report', '--kb', EXAMPLE_KB, '--public'])).stdout;
    expect(part(md, 'Vraag en aanbod')).not.toContain('Contactpersoon');
    const html = (await kwp(['report', '--kb', EXAMPLE_KB, '--public', '--format', 'html'])).stdout;
    expect(html).not.toContain('Contactpersoon');
    const json = JSON.parse(
      (await kwp(['report', '--kb', EXAMPLE_KB, '--public', '--format', 'json'])).stdout,
    );
    // In json the key stays, its value hidden, as for the projectleider.
    expect(json.vraag_en_aanbod.capaciteit[0].contactpersoon).toBe('[…]');
  });
});

/** A project in minor-x that starts within its first period. */
function inMinor(id: string): string {
  return project(id, 'aanbod: [minor-x]\n').replace('start: 2026-02-02', 'start: 2026-09-07');
}

function readAanbod(): string {
  const dir = `${REPO}/knowledge/aanbod`;
  return [
    'afstuderen-built-environment-2026-2027',
    'buitenschools-leren-stroomdal-2026-2027',
    'groene-ruimte-buitenpraktijk-2026-2027',
    'masteronderzoek-stedelijke-transities-2026-2027',
    'minor-sociale-innovatie-2026-2027',
    'project-maatschappelijke-zorg-2026-2027',
    'rechtswinkel-in-de-wijk-2026-2027',
    'stage-ict-support-2026-2027',
  ]
    .map((id) => readFileSync(`${dir}/${id}.md`, 'utf8'))
    .join('\n');
}
