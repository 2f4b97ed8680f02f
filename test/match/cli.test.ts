// `kwp match` on the example knowledge base and on small ones: text and JSON, one question, an offer
// the other way round, a question against one offer, the reference date, and every bad input named
// (a clear message, exit 2).
import { describe, expect, it } from 'vitest';
import { TOETSEN } from '../../src/core/match/match.js';
import { kwp, makeKb } from '../helpers/kb.js';

const ON = ['--on', '2026-12-06'];

describe('kwp match on the example', () => {
  it('--json: every open question with its outcome, pairs with a reason for every test', async () => {
    const r = await kwp(['match', ...ON, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Written a question at a time, it is still the JSON one stringify would give.
    const json = JSON.parse(r.stdout);
    expect(r.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(json.op).toBe('2026-12-06');
    expect(json.uitkomsten).toEqual({ past: 2, vol: 1, te_laat: 1, geen_aanbod: 1 });
    const outcomes = Object.fromEntries(
      json.vragen.map((v: { vraag: string; uitkomst: string }) => [v.vraag, v.uitkomst]),
    );
    expect(outcomes).toEqual({
      'aansprakelijkheid-vrijwilligers-schoolplein': 'past',
      'geldzorgen-signalen-delen': 'geen_aanbod',
      'hitte-in-portiekflats-molenbeek': 'te_laat',
      'hittestress-sensordata-binnenstad': 'vol',
      'jonge-mantelzorgers-hooilanden': 'past',
    });
    for (const v of json.vragen) {
      expect(typeof v.uitleg).toBe('string');
      expect(v.matches.length).toBeLessThanOrEqual(3);
      for (const m of v.matches) {
        expect(Object.keys(m.periode)).toEqual(
          expect.arrayContaining(['naam', 'start', 'einde', 'intake_tot']),
        );
        expect(m.redenen.map((x: { toets: string }) => x.toets)).toEqual([...TOETSEN]);
        for (const x of m.redenen) expect(x.uitleg).not.toMatch(/[{}]/);
      }
    }
    const late = json.vragen.find((v: { vraag: string }) => v.vraag === 'hitte-in-portiekflats-molenbeek');
    expect(late.uitleg).toMatch(
      /^Te laat voor Afstuderen Built Environment 2026-2027 \(afstudeerronde voorjaar/,
    );
    expect(late.uitleg).toContain('aanmelden kon tot en met 2026-12-01');
  });

  it('as text: a count line, each question with its outcome, why, and its pairs test by test', async () => {
    const r = await kwp(['match', ...ON]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(
      /^Vraag en aanbod op 2026-12-06: 5 open vragen\. Past: 2, vol: 1, te laat: 1, geen aanbod: 1\.\n/,
    );
    expect(out).toContain('hittestress-sensordata-binnenstad — vol');
    expect(out).toContain('is bezet door 2027-koele-routes-rivierenwijk');
    expect(out).toContain('✗ ruimte: vol: 1 vraag, bezet door 2027-koele-routes-rivierenwijk');
    expect(out).toContain('geldzorgen-signalen-delen — geen aanbod');
    expect(out).toContain('Het niveau sluit 7 aanbod uit.');
    expect(out).toContain('De beste 3 van 6 (meer met --top):');
  });

  it('--lang en: the same in English', async () => {
    const r = await kwp(['match', ...ON, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Vraag and aanbod on 2026-12-06: 5 open questions\. Fits: 2, full: 1, too late: 1, no offer: 1\./,
    );
    expect(r.stdout).toContain('hitte-in-portiekflats-molenbeek — too late');
    expect(r.stdout).toContain('✗ intake: intake closed on 2026-12-01');
    const json = JSON.parse((await kwp(['match', ...ON, '--json', '--lang', 'en'])).stdout);
    const none = json.vragen.find((v: { vraag: string }) => v.vraag === 'geldzorgen-signalen-delen');
    expect(none.uitleg).toBe(
      'No offer fits this question (8 open offers looked at). The level rules out 7 offers. The form rules out 6 offers. The theme rules out 4 offers. The area rules out 1 offer.',
    );
    expect(none.uitgesloten).toEqual({ level: 7, form: 6, theme: 4, area: 1 });
  });

  it('one question; --top widens what is shown', async () => {
    const r = await kwp(['match', 'jonge-mantelzorgers-hooilanden', ...ON, '--json', '--top', '10']);
    expect(r.code).toBe(0);
    const [v] = JSON.parse(r.stdout).vragen;
    expect(v.uitkomst).toBe('past');
    expect(v.passend).toBe(6);
    expect(v.matches).toHaveLength(6);
    // Best first: the points never rise down the list.
    const scores = v.matches.map((m: { score: number }) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const text = await kwp(['match', 'jonge-mantelzorgers-hooilanden', ...ON]);
    expect(text.stdout).toMatch(
      /^Vraag en aanbod op 2026-12-06\.\n\njonge-mantelzorgers-hooilanden — past\n/,
    );
  });

  it('without --on: today', async () => {
    const r = await kwp(['match', '--json']);
    expect(JSON.parse(r.stdout).op).toBe('2026-12-03');
  });

  it('a week later the spring block of Maatschappelijke Zorg has closed too: --on moves the reference date', async () => {
    const before = JSON.parse(
      (await kwp(['match', 'jonge-mantelzorgers-hooilanden', ...ON, '--json', '--top', '10'])).stdout,
    );
    const after = JSON.parse(
      (await kwp(['match', 'jonge-mantelzorgers-hooilanden', '--on', '2026-12-19', '--json', '--top', '10']))
        .stdout,
    );
    const periods = (j: { vragen: { matches: { aanbod: string; periode: { naam: string } }[] }[] }) =>
      j.vragen[0]!.matches.map((m) => `${m.aanbod} ${m.periode.naam}`);
    expect(periods(before)).toContain('project-maatschappelijke-zorg-2026-2027 blok 3');
    expect(periods(after)).not.toContain('project-maatschappelijke-zorg-2026-2027 blok 3');
  });

  it('--aanbod: the open questions that fit that offer', async () => {
    const r = await kwp(['match', '--aanbod', 'minor-sociale-innovatie-2026-2027', ...ON, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      op: '2026-12-06',
      aanbod: 'minor-sociale-innovatie-2026-2027',
      status: 'open',
    });
    expect(json.vragen.map((v: { vraag: string }) => v.vraag)).toEqual(['jonge-mantelzorgers-hooilanden']);
    const text = await kwp(['match', '--aanbod', 'minor-sociale-innovatie-2026-2027', ...ON]);
    expect(text.stdout).toMatch(
      /^Minor Sociale Innovatie in de Wijk 2026-2027 \(minor-sociale-innovatie-2026-2027\) op 2026-12-06: 1 open vraag past, de beste eerst\./,
    );
  });

  it('a question with --aanbod: each period of that offer, tested, and what fits instead', async () => {
    const r = await kwp([
      'match',
      'hitte-in-portiekflats-molenbeek',
      '--aanbod',
      'afstuderen-built-environment-2026-2027',
      ...ON,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Vraag hitte-in-portiekflats-molenbeek op 2026-12-06: 0 van de 2 periodes van dit aanbod passen\./,
    );
    expect(r.stdout).toContain('✗ tijd: de periode begint op 2026-09-01, vóór de gewenste start 2027-02-01');
    expect(r.stdout).toContain('✗ aanmelden: aanmelden kon tot en met 2026-12-01');
    expect(r.stdout).toContain(
      'Geen van de 2 periodes van aanbod "Afstuderen Built Environment 2026-2027" past bij deze vraag.',
    );
    const json = JSON.parse(
      (
        await kwp([
          'match',
          'hitte-in-portiekflats-molenbeek',
          '--aanbod',
          'afstuderen-built-environment-2026-2027',
          ...ON,
          '--json',
        ])
      ).stdout,
    );
    expect(json).toMatchObject({ vraag: 'hitte-in-portiekflats-molenbeek', past: false });
    expect(json.periodes.map((p: { periode: { periode: number } }) => p.periode.periode)).toEqual([1, 2]);
  });

  it('a question that is no longer open is matched as if it were, and kwp says so', async () => {
    const r = await kwp(['match', 'taal-en-geldzaken', ...ON]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Let op: vraag "taal-en-geldzaken" heeft status \w+, niet open\./);
  });
});

describe('kwp match: bad input, each named, exit 2', () => {
  it.each([
    [['--on', '2026-02-30'], '--on "2026-02-30" is geen bestaande datum'],
    [['--on', '6-12-2026'], '--on "6-12-2026": schrijf JJJJ-MM-DD: bedoel je 2026-12-06?'],
    [['--on', 'morgen'], '--on "morgen" is geen bestaande datum'],
    [['--top', '0'], '--top verwacht een heel getal van 1 of meer, niet "0".'],
    [['--top', 'drie'], '--top verwacht een heel getal van 1 of meer, niet "drie".'],
    [['jonge-mantelzorgers-hooiland'], 'Er is geen record met id "jonge-mantelzorgers-hooiland"'],
    [['2024-hittekaart-rivierenwijk'], '"2024-hittekaart-rivierenwijk" is geen kennisvraag maar project.'],
    [
      ['--aanbod', 'hogeschool-rivelde'],
      '--aanbod "hogeschool-rivelde" is geen onderwijsaanbod maar partner.',
    ],
    [['--aanbod', 'minor-sociale'], 'Er is geen record met id "minor-sociale"'],
  ])('kwp match %j', async (args, message) => {
    const r = await kwp(['match', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('an unknown question suggests the closest one', async () => {
    const r = await kwp(['match', 'jonge-mantelzorgers-hooiland']);
    expect(r.stderr).toContain('jonge-mantelzorgers-hooilanden');
  });
});

describe('kwp match on knowledge bases without what it needs', () => {
  it('no open questions: says so, exit 0', async () => {
    const root = makeKb();
    const r = await kwp(['match', '--kb', root, ...ON]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Er zijn geen open kennisvragen');
    const json = JSON.parse((await kwp(['match', '--kb', root, ...ON, '--json'])).stdout);
    expect(json).toEqual({
      op: '2026-12-06',
      uitkomsten: { past: 0, vol: 0, te_laat: 0, geen_aanbod: 0 },
      vragen: [],
    });
  });

  it('no offer at all: geen_aanbod, with what to do', async () => {
    const root = makeKb({
      'knowledge/kennisvragen/een-vraag.md': '---\nid: een-vraag\nvraag: Wat nu?\nstatus: open\n---\n',
    });
    const r = await kwp(['match', '--kb', root, ...ON]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('een-vraag — geen aanbod');
    expect(r.stdout).toContain('Er is geen open onderwijsaanbod. Leg het aanbod van de scholen vast');
  });
});
