// `kwp new aanbod`: from flags (every value, the school's spelling and level from the register,
// --json, --dry-run, --commit), every bad input refused with its message, exit 2 and nothing written,
// and as a conversation answered by the fake prompter (a real terminal: pty.test.ts beside this one).
import { describe, expect, it } from 'vitest';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kwp } from '../helpers/kb.js';
import { changes, exampleKb, expectValid, git, readBack, snapshot, useGitIdentity } from '../new/helpers.js';

const A = 'knowledge/aanbod';
const MINOR = [
  '--title',
  'Minor Stadslab 2027',
  '--institution',
  'Hogeschool Rivelde',
  '--period',
  '2027-02-01..2027-06-30,2026-12-15,20,2,blok 3',
];

const newOffer = (root: string, flags: string[]) => kwp(['new', 'aanbod', '--kb', root, ...flags]);

describe('kwp new aanbod from flags', () => {
  useGitIdentity();

  it('writes every value given, the periods in order, status open; the file is valid', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stdout, stderr } = await newOffer(root, [
      ...MINOR,
      '--level',
      'hbo',
      '--discipline',
      'Social Work',
      '--form',
      'minor',
      '--csl',
      'midden',
      '--theme',
      'armoede',
      '--theme',
      'eenzaamheid',
      '--area',
      'Rivierenwijk',
      '--area',
      'Oosterpark',
      '--period',
      '2027-09-01..2028-01-28',
      '--contact',
      'Eva Bos <e.bos@example.org>',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const path = `${A}/minor-stadslab-2027.md`;
    expect(stdout).toBe(`${path}\n`);
    expect(changes(before, snapshot(root))).toEqual({ added: [path], removed: [], changed: [] });
    expect(readBack(root, path).data).toEqual({
      id: 'minor-stadslab-2027',
      titel: 'Minor Stadslab 2027',
      instelling: 'Hogeschool Rivelde',
      niveau: 'hbo',
      opleiding: 'Social Work',
      vorm: 'minor',
      csl_niveau: 'midden',
      thema: ['armoede', 'eenzaamheid'],
      gebied: ['Rivierenwijk', 'Oosterpark'],
      periodes: [
        {
          naam: 'blok 3',
          start: '2027-02-01',
          einde: '2027-06-30',
          intake_tot: '2026-12-15',
          studenten: 20,
          vragen: 2,
        },
        { start: '2027-09-01', einde: '2028-01-28' },
      ],
      contactpersoon: { naam: 'Eva Bos', email: 'e.bos@example.org' },
      status: 'open',
    });
    await expectValid(root);
    // kwp itself reads it back as an offer with its periods.
    const shown = await kwp(['show', '--kb', root, 'minor-stadslab-2027', '--json']);
    expect(JSON.parse(shown.stdout).bezetting).toHaveLength(2);
  });

  it("takes the school's spelling and level from the register; a name may hold commas", async () => {
    const root = exampleKb();
    const { code, stdout } = await newOffer(root, [
      '--title',
      'Stage Zorg',
      '--institution',
      'roc rivelde',
      '--period',
      '2026-09-01..2027-01-29,,,,najaar, eerste helft',
    ]);
    expect(code).toBe(0);
    const { data } = readBack(root, stdout.trim());
    expect(data).toMatchObject({
      instelling: 'ROC Rivelde',
      niveau: 'mbo',
      periodes: [{ naam: 'najaar, eerste helft', start: '2026-09-01', einde: '2027-01-29' }],
    });
    await expectValid(root);
  });

  it('--json says id and path; --dry-run shows the file and writes nothing', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const dry = await newOffer(root, [...MINOR, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('knowledge/aanbod/minor-stadslab-2027.md');
    expect(dry.stdout).toContain('instelling: Hogeschool Rivelde');
    expect(snapshot(root)).toEqual(before);
    const json = await newOffer(root, [...MINOR, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      id: 'minor-stadslab-2027',
      path: 'knowledge/aanbod/minor-stadslab-2027.md',
    });
    // The same title again gets the next free id.
    const again = await newOffer(root, [...MINOR, '--json']);
    expect(JSON.parse(again.stdout).id).toBe('minor-stadslab-2027-2');
  });

  it('--commit commits only the new offer', async () => {
    const root = exampleKb();
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'begin');
    const { code } = await newOffer(root, [...MINOR, '--commit']);
    expect(code).toBe(0);
    expect(git(root, 'log', '-1', '--format=%s').trim()).toBe('kwp new aanbod: minor-stadslab-2027');
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(`${A}/minor-stadslab-2027.md`);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});

describe('kwp new aanbod: bad input is refused, exit 2, nothing written', () => {
  const cases: [string, string[], string[]][] = [
    [
      'an institution that is a company',
      ['--title', 'X', '--institution', 'Datalinde', '--level', 'hbo', '--period', '2027-02-01..2027-06-30'],
      ['"Datalinde" staat in het partnerregister met groep ondernemers, niet onderwijs'],
    ],
    [
      'an institution not in the register (with the closest school)',
      ['--title', 'X', '--institution', 'Hogeschool Rivelden', '--period', '2027-02-01..2027-06-30'],
      [
        '"Hogeschool Rivelden" staat niet in het partnerregister. Bedoel je "Hogeschool Rivelde"?',
        'kwp new partner --name "Hogeschool Rivelden" --group onderwijs',
      ],
    ],
    [
      'a period that ends before it starts',
      ['--title', 'X', '--institution', 'Hogeschool Rivelde', '--period', '2027-06-01..2027-02-26'],
      ['Periode 1: het einde 2027-02-26 ligt voor de start 2027-06-01.'],
    ],
    [
      'an intake after the start',
      [
        ...['--title', 'X', '--institution', 'Hogeschool Rivelde'],
        ...['--period', '2026-09-01..2027-01-29', '--period', '2027-02-01..2027-06-30,2027-02-15,,,blok 3'],
      ],
      ['Periode 2 (blok 3): aanmelden tot 2027-02-15 ligt na de start 2027-02-01.'],
    ],
    [
      'an impossible date',
      ['--title', 'X', '--institution', 'Hogeschool Rivelde', '--period', '2027-02-30..2027-06-30'],
      ['--period "2027-02-30" is geen bestaande datum'],
    ],
    [
      'a date written the Dutch way',
      ['--title', 'X', '--institution', 'Hogeschool Rivelde', '--period', '2027-02-01..30-6-2027'],
      ['--period "30-6-2027": schrijf JJJJ-MM-DD: bedoel je 2027-06-30?'],
    ],
    [
      'a negative number of students',
      ['--title', 'X', '--institution', 'Hogeschool Rivelde', '--period', '2027-02-01..2027-06-30,,-3'],
      ['studenten moet een heel getal van 0 of meer zijn, niet "-3"'],
    ],
    [
      'a capacity of no questions',
      ['--title', 'X', '--institution', 'Hogeschool Rivelde', '--period', '2027-02-01..2027-06-30,,5,0'],
      ['vragen moet een heel getal van 1 of meer zijn, niet "0"'],
    ],
    [
      'a period without its two dates',
      ['--title', 'X', '--institution', 'Hogeschool Rivelde', '--period', '2027-02-01'],
      ['--period "2027-02-01": schrijf start..einde[,intake_tot][,studenten][,vragen][,naam]'],
    ],
    [
      'a form, level, intensity, theme and area that are not allowed',
      [
        ...MINOR,
        ...['--form', 'cursus', '--level', 'havo', '--csl', 'hoog', '--theme', 'armoe', '--area', 'Maan'],
      ],
      [
        'Onbekende waarde "cursus" voor --form',
        'Onbekende waarde "havo" voor --level',
        'Onbekende waarde "hoog" voor --csl',
        'Onbekende waarde "armoe" voor --theme',
        'Bedoel je "armoede"?',
        'Onbekende waarde "Maan" voor --area',
      ],
    ],
    ['a contact that is not "Naam <email>"', [...MINOR, '--contact', 'Eva <geen-adres>'], ['--contact']],
    ['nothing at all', ['--yes'], ['Er ontbreken gegevens: --title, --institution, --level, --period.']],
  ];
  for (const [name, flags, said] of cases) {
    it(name, async () => {
      const root = exampleKb();
      const before = snapshot(root);
      const { code, stdout, stderr } = await newOffer(root, flags);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      for (const text of said) expect(stderr).toContain(text);
      expect(snapshot(root)).toEqual(before);
    });
  }

  it('says it in English too', async () => {
    const root = exampleKb();
    const { code, stderr } = await newOffer(root, [
      ...['--lang', 'en', '--title', 'X', '--institution', 'Datalinde', '--level', 'hbo'],
      ...['--period', '2027-06-01..2027-02-26'],
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('"Datalinde" is in the partner register with group ondernemers, not onderwijs');
    expect(stderr).toContain('Period 1: the end 2027-02-26 is before the start 2027-06-01.');
  });
});

const INTERVIEW: Answer[] = [
  'Minor Stadslab 2027', // titel
  { choose: 'Hogeschool Rivelde' }, // school
  { keep: true }, // niveau: that of the school
  'Social Work', // opleiding
  { choose: 'minor' }, // vorm
  { choose: 'midden' }, // csl
  { chooseAll: ['armoede'] }, // thema's
  { chooseAll: ['Rivierenwijk', 'Binnenstad'] }, // gebieden
  'blok 3', // periode 1: naam
  { retry: ['2027-02-30', '2027-02-01'] }, // start: an impossible date is refused
  { retry: ['2027-01-15', '2027-06-30'] }, // einde: before the start is refused
  { retry: ['2027-03-01', '2026-12-15'] }, // intake: after the start is refused
  { retry: ['-2', '20'] }, // studenten
  { retry: ['0', '2'] }, // vragen
  true, // nog een periode?
  '', // periode 2: naam
  '2027-09-01',
  '2028-01-28',
  '', // intake: the default
  '',
  '',
  false, // nog een periode?
  'Eva Bos <e.bos@example.org>', // contactpersoon
  true, // opslaan?
];

describe('kwp new aanbod, interactive', () => {
  it('asks in order, offers only the schools, refuses wrong answers as typed, writes what was answered', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const prompter = fakePrompter(INTERVIEW);
    const { code, stdout, stderr } = await kwp(['new', 'aanbod', '--kb', root], { prompter });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompter.asked[1]!.choices).toEqual([
      'Groen College Hooilanden (mbo)',
      'Hogeschool Rivelde (hbo)',
      'ROC Rivelde (mbo)',
      'Stroomdal College (vmbo)',
      'Universiteit Oostland (wo)',
    ]);
    expect(prompter.asked[2]).toMatchObject({ message: 'Op welk niveau?', default: 'hbo' });
    expect(prompter.validated.filter((v) => v.result !== true).map((v) => v.result)).toEqual([
      'Dat is geen bestaande datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2026-09-01.',
      'Deze datum ligt voor 2027-02-01; kies een latere.',
      'Die datum ligt na de start (2027-02-01); een vraag moet voor de start binnen zijn.',
      'Vul een heel getal van 0 of meer in, of laat het leeg.',
      'Vul een heel getal van 1 of meer in, of laat het leeg.',
    ]);
    expect(prompter.asked.map((a) => a.message)).toContain(
      'Periode 2: tot wanneer kan een vraag nog mee? (JJJJ-MM-DD; Enter: 2027-08-31, de dag voor de start)',
    );
    expect(prompter.asked.at(-1)!.message).toBe('Opslaan?');
    expect(prompter.notes.join('\n')).toContain('instelling: Hogeschool Rivelde');
    const path = `${A}/minor-stadslab-2027.md`;
    expect(stdout).toBe(`${path}\n`);
    expect(changes(before, snapshot(root))).toEqual({ added: [path], removed: [], changed: [] });
    expect(readBack(root, path).data).toMatchObject({
      titel: 'Minor Stadslab 2027',
      instelling: 'Hogeschool Rivelde',
      niveau: 'hbo',
      opleiding: 'Social Work',
      vorm: 'minor',
      csl_niveau: 'midden',
      thema: ['armoede'],
      gebied: ['Rivierenwijk', 'Binnenstad'],
      periodes: [
        {
          naam: 'blok 3',
          start: '2027-02-01',
          einde: '2027-06-30',
          intake_tot: '2026-12-15',
          studenten: 20,
          vragen: 2,
        },
        { start: '2027-09-01', einde: '2028-01-28' },
      ],
      contactpersoon: { naam: 'Eva Bos', email: 'e.bos@example.org' },
      status: 'open',
    });
    await expectValid(root);
  });

  it('flags given are the answers offered: Enter keeps them', async () => {
    const root = exampleKb();
    const prompter = fakePrompter([
      ...[{ keep: true }, { keep: true }, { keep: true }, { keep: true }, { keep: true }, { keep: true }],
      ...[{ keep: true }, { keep: true }],
      ...[{ keep: true }, { keep: true }, { keep: true }, { keep: true }, { keep: true }, { keep: true }],
      ...[{ keep: true }, { keep: true }, true],
    ] as Answer[]);
    const { code, stdout } = await kwp(
      ['new', 'aanbod', '--kb', root, ...MINOR, '--form', 'stage', '--theme', 'IT'],
      { prompter },
    );
    expect(code).toBe(0);
    expect(readBack(root, stdout.trim()).data).toMatchObject({
      titel: 'Minor Stadslab 2027',
      instelling: 'Hogeschool Rivelde',
      niveau: 'hbo',
      vorm: 'stage',
      thema: ['IT'],
      periodes: [
        {
          naam: 'blok 3',
          start: '2027-02-01',
          einde: '2027-06-30',
          intake_tot: '2026-12-15',
          studenten: 20,
          vragen: 2,
        },
      ],
    });
  });

  it('Ctrl-C, or no to "Opslaan?", writes nothing', async () => {
    for (const answers of [
      ['Minor Stadslab 2027', { cancel: true }],
      [...INTERVIEW.slice(0, -1), false],
    ] as Answer[][]) {
      const root = exampleKb();
      const before = snapshot(root);
      const { stderr } = await kwp(['new', 'aanbod', '--kb', root], { prompter: fakePrompter(answers) });
      expect(stderr).toContain('er is niets geschreven');
      expect(snapshot(root)).toEqual(before);
    }
  });

  it('without any school in the register, says how to register one before asking anything', async () => {
    const { makeKb } = await import('../helpers/kb.js');
    const root = makeKb();
    const prompter = fakePrompter([]);
    const { code, stderr } = await kwp(['new', 'aanbod', '--kb', root], { prompter });
    expect(code).toBe(2);
    expect(stderr).toContain('kwp new partner --group onderwijs');
    expect(prompter.asked).toEqual([]);
  });
});
