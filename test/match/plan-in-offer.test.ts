// `kwp new project --from-question <q> --aanbod <a>` on a copy of the example (kwp's clock: 3 December
// 2026): the project planned in the first period of the offer that fits, with the school, level,
// students, csl_niveau and planning from the offer, valid; every bad input named, exit 2, nothing written.
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import { changes, exampleKb, expectValid, P, readBack, snapshot, V } from '../new/helpers.js';

const project = (root: string, question: string, offer: string | undefined, extra: string[] = []) => [
  'new',
  'project',
  '--kb',
  root,
  '--from-question',
  question,
  ...(offer !== undefined ? ['--aanbod', offer] : []),
  '--title',
  'Gepland in het aanbod',
  '--programme',
  'Leren met de Stad',
  '--contact',
  'Annemarie Kok <a.kok@example.org>',
  '--yes',
  ...extra,
];
const PATH = `${P}/2027-gepland-in-het-aanbod.md`;

describe('kwp new project --from-question --aanbod', () => {
  it('plans the project in the first period that fits, with the school, level, students and planning', async () => {
    const root = exampleKb();
    const r = await kwp(
      project(root, 'jonge-mantelzorgers-hooilanden', 'project-maatschappelijke-zorg-2026-2027'),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { data } = readBack(root, PATH);
    // Blok 2 (intake closed on 1 October) does not fit; blok 3 is the first that does.
    expect(data).toMatchObject({
      kennisvragen: ['jonge-mantelzorgers-hooilanden'],
      thema: ['eenzaamheid', 'positieve gezondheid'],
      csl_niveau: 'midden',
      partners: [
        {
          naam: 'ROC Rivelde',
          groep: 'onderwijs',
          niveau: 'mbo',
          opleiding: 'Maatschappelijke Zorg',
          studenten: 14,
        },
      ],
      planning: { start: '2027-02-01', einde: '2027-04-16' },
      aanbod: ['project-maatschappelijke-zorg-2026-2027'],
    });
    expect(readBack(root, `${V}/jonge-mantelzorgers-hooilanden.md`).data['status']).toBe('opgepakt');
    await expectValid(root);
    // It now occupies blok 3, which takes one question: full for the next one.
    const show = JSON.parse(
      (await kwp(['show', 'project-maatschappelijke-zorg-2026-2027', '--kb', root, '--json'])).stdout,
    );
    expect(show.bezetting[1]).toMatchObject({
      naam: 'blok 3',
      projecten: ['2027-gepland-in-het-aanbod'],
      vrij: 0,
    });
  });

  it('with --start, the fitting period that start falls in', async () => {
    const root = exampleKb();
    const r = await kwp(
      project(root, 'jonge-mantelzorgers-hooilanden', 'project-maatschappelijke-zorg-2026-2027', [
        '--start',
        '2027-05-03',
      ]),
    );
    expect(r.code).toBe(0);
    expect(readBack(root, PATH).data['planning']).toEqual({
      start: '2027-05-03',
      tussentijds: null,
      einde: '2027-07-02',
    });
    await expectValid(root);
  });

  it('a werkplaats template without {{aanbod}} does not lose the offer: the key is added', async () => {
    const root = exampleKb();
    const template = readFileSync(join(import.meta.dirname, '../../templates/project.md'), 'utf8').replace(
      'aanbod: {{aanbod}}\n',
      '',
    );
    mkdirSync(join(root, 'templates'), { recursive: true });
    writeFileSync(join(root, 'templates', 'project.md'), template);
    const r = await kwp(
      project(root, 'jonge-mantelzorgers-hooilanden', 'project-maatschappelijke-zorg-2026-2027'),
    );
    expect(r.code).toBe(0);
    expect(readBack(root, PATH).data['aanbod']).toEqual(['project-maatschappelijke-zorg-2026-2027']);
    await expectValid(root);
  });
});

describe('kwp new project --aanbod: bad input, exit 2, nothing written', () => {
  it('no period of the offer fits: each period with why, and what would fit instead', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const r = await kwp(
      project(root, 'hitte-in-portiekflats-molenbeek', 'afstuderen-built-environment-2026-2027'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'kwp: --aanbod: geen periode van "Afstuderen Built Environment 2026-2027" past op 2026-12-03 bij vraag hitte-in-portiekflats-molenbeek. Er is niets geschreven.',
      'kwp: afstudeerronde najaar: 2026-09-01 – 2027-01-29 past niet: aanmelden kon tot en met 2026-06-30; de periode begint op 2026-09-01, vóór de gewenste start 2027-02-01.',
      'kwp: afstudeerronde voorjaar: 2027-02-08 – 2027-06-25 past niet: aanmelden kon tot en met 2026-12-01.',
      'kwp: Geen van de 2 periodes van aanbod "Afstuderen Built Environment 2026-2027" past bij deze vraag.',
      'kwp: Ander aanbod past nu ook niet (kwp match <vraag> zegt waarom).',
      '',
    ]);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('no period fits, but another offer does: it is named', async () => {
    const root = exampleKb();
    const r = await kwp(
      project(root, 'jonge-mantelzorgers-hooilanden', 'buitenschools-leren-stroomdal-2026-2027'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'periode 4: 2027-03-08 – 2027-04-16 past niet: niveau vmbo is niet gevraagd (gevraagd: mbo, hbo); het aanbod werkt niet in Hooilanden (wel in Zandveld, Oosterpark).',
    );
    expect(r.stderr).toMatch(
      /Wat wel past: project-maatschappelijke-zorg-2026-2027 \(blok 3: 2027-02-01 – 2027-04-16\)/,
    );
  });

  it.each([
    [
      'a start outside every fitting period',
      [
        'jonge-mantelzorgers-hooilanden',
        'project-maatschappelijke-zorg-2026-2027',
        ['--start', '2026-12-01'],
      ],
      '--start 2026-12-01 valt in geen periode van "Praktijkproject Maatschappelijke Zorg 2026-2027" die bij de vraag past',
    ],
    [
      'an offer that does not exist',
      ['jonge-mantelzorgers-hooilanden', 'minor-sociale', []],
      '--aanbod: er is geen onderwijsaanbod "minor-sociale". Bedoel je "minor-sociale-innovatie-2026-2027"?',
    ],
    [
      'a partner as the offer',
      ['jonge-mantelzorgers-hooilanden', 'roc-rivelde', []],
      '--aanbod: "roc-rivelde" is een partner, geen onderwijsaanbod.',
    ],
  ] as const)('%s', async (_, [question, offer, extra], message) => {
    const root = exampleKb();
    const before = snapshot(root);
    const r = await kwp(project(root, question, offer, [...extra]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('--aanbod without --from-question', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const r = await kwp([
      'new',
      'project',
      '--kb',
      root,
      '--aanbod',
      'project-maatschappelijke-zorg-2026-2027',
      '--title',
      'Zonder vraag',
      '--yes',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--aanbod plant een project in onderwijsaanbod vanuit een kennisvraag: geef ook --from-question',
    );
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });
});
