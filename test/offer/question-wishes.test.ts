// A question's wishes for the education (niveau, vorm, studenten, gewenst): set by `kwp new vraag`
// from flags, changed by `kwp edit` from flags and in its questions; every bad value refused with its
// message, exit 2, nothing written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kwp } from '../helpers/kb.js';
import { exampleKb, expectValid, readBack, snapshot, V } from '../new/helpers.js';

const Q = 'aansprakelijkheid-vrijwilligers-schoolplein';
const Q_PATH = `${V}/${Q}.md`;
const newVraag = (root: string, flags: string[]) =>
  kwp(['new', 'vraag', '--kb', root, '--question', 'Hoe maken we de markt toegankelijk?', ...flags]);

describe('kwp new vraag with wishes for the education', () => {
  it('writes levels, forms, students and the wanted window; the question is valid', async () => {
    const root = exampleKb();
    const { code, stdout, stderr } = await newVraag(root, [
      ...['--level', 'hbo', '--level', 'mbo', '--form', 'stage', '--form', 'project'],
      ...['--students', '6', '--wanted-from', '2027-02-01', '--wanted-until', '2027-06-30'],
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const text = readFileSync(join(root, stdout.trim()), 'utf8');
    expect(text).toContain(
      'niveau: [hbo, mbo]\nvorm: [stage, project]\nstudenten: 6\ngewenst: {van: 2027-02-01, tot: 2027-06-30}\n',
    );
    await expectValid(root);
  });

  it('one side of the window is enough; without wishes the keys stay empty', async () => {
    const root = exampleKb();
    const only = await newVraag(root, ['--wanted-until', '2027-06-30']);
    expect(readBack(root, only.stdout.trim()).data['gewenst']).toEqual({ tot: '2027-06-30' });
    const none = await kwp(['new', 'vraag', '--kb', root, '--question', 'Wie maait het gras?']);
    const { data } = readBack(root, none.stdout.trim());
    for (const key of ['niveau', 'vorm', 'studenten', 'gewenst']) expect(data[key] ?? null).toBeNull();
    await expectValid(root);
  });

  const bad: [string, string[], string][] = [
    [
      'wanted from after wanted until',
      ['--wanted-from', '2027-06-30', '--wanted-until', '2027-02-01'],
      'Gewenst van 2027-06-30 tot 2027-02-01: het einde ligt voor het begin.',
    ],
    [
      'an impossible date',
      ['--wanted-until', '2027-02-29'],
      '--wanted-until "2027-02-29" is geen bestaande datum',
    ],
    ['a level that does not exist', ['--level', 'havo'], 'Onbekende waarde "havo" voor --level'],
    ['a form that does not exist', ['--form', 'cursus'], 'Onbekende waarde "cursus" voor --form'],
    ['no students', ['--students', '0'], '--students "0": schrijf een heel getal van 1 of meer.'],
    ['students in words', ['--students', 'zes'], '--students "zes": schrijf een heel getal van 1 of meer.'],
  ];
  for (const [name, flags, said] of bad) {
    it(`refuses ${name}: exit 2, nothing written`, async () => {
      const root = exampleKb();
      const before = snapshot(root);
      const { code, stdout, stderr } = await newVraag(root, flags);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(said);
      expect(snapshot(root)).toEqual(before);
    });
  }
});

describe('kwp edit <vraag>: the wishes', () => {
  it('flags change only their keys: a level added and removed, a form added, the window moved', async () => {
    const root = exampleKb();
    const before = readFileSync(join(root, Q_PATH), 'utf8');
    const { code, stdout, stderr } = await kwp([
      ...['edit', '--kb', root, Q, '--add-level', 'wo', '--add-form', 'challenge', '--remove-form', 'vak'],
      ...['--students', '4', '--wanted-from', '2027-02-01'],
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('gewijzigd: niveau, vorm, studenten, gewenst.van');
    const after = readFileSync(join(root, Q_PATH), 'utf8');
    expect(after).toBe(
      before
        .replace('niveau: [hbo]', 'niveau: [hbo, wo]')
        .replace('vorm: [vak, project]', 'vorm: [project, challenge]')
        .replace('studenten: 2', 'studenten: 4')
        .replace('gewenst: {tot: 2027-06-30}', 'gewenst: {tot: 2027-06-30, van: 2027-02-01}'),
    );
    await expectValid(root);
  });

  it('empty values remove the keys; both sides of the window gone, gewenst goes', async () => {
    const root = exampleKb();
    const { code } = await kwp([
      ...['edit', '--kb', root, Q, '--remove-level', 'hbo', '--students', ''],
      ...['--wanted-until', ''],
    ]);
    expect(code).toBe(0);
    const after = readFileSync(join(root, Q_PATH), 'utf8');
    expect(after).not.toMatch(/^(niveau|studenten|gewenst):/m);
    expect(after).toContain('vorm: [vak, project]');
    await expectValid(root);
  });

  const bad: [string, string[], string][] = [
    [
      'a window that ends before it begins',
      ['--wanted-from', '2027-09-01'],
      '"gewenst.tot" (2027-06-30) ligt voor "gewenst.van" (2027-09-01)',
    ],
    ['a level that does not exist', ['--add-level', 'havo'], 'Onbekende waarde "havo" voor --add-level'],
    ['a form that does not exist', ['--form', 'cursus'], 'Onbekende waarde "cursus" voor --form'],
    ['a level the question does not list', ['--remove-level', 'wo'], '--remove-level'],
    ['no students', ['--students', '0'], '--students "0": schrijf een heel getal van 1 of meer.'],
    ['an impossible date', ['--wanted-from', '2027-13-01'], '--wanted-from'],
    ['a wish flag on a partner', [], '--students hoort niet bij'],
  ];
  for (const [name, flags, said] of bad) {
    it(`refuses ${name}: exit 2, nothing written`, async () => {
      const root = exampleKb();
      const before = snapshot(root);
      const args =
        flags.length > 0
          ? ['edit', '--kb', root, Q, ...flags]
          : ['edit', '--kb', root, 'roc-rivelde', '--students', '3'];
      const { code, stderr } = await kwp(args);
      expect(code).toBe(2);
      expect(stderr).toContain(said);
      expect(snapshot(root)).toEqual(before);
    });
  }

  it('in its questions: the wishes come filled in, and an answer changes its key only', async () => {
    const root = exampleKb();
    const before = readFileSync(join(root, Q_PATH), 'utf8');
    const keep = { keep: true } as const;
    const prompter = fakePrompter([
      ...[keep, keep, keep, keep, keep, keep], // vraag, bron, project, eigenaar, thema's, gebied
      keep, // wensen? (yes: the question has them)
      { chooseAll: ['mbo', 'hbo'] },
      keep, // vormen
      keep, // studenten
      '2027-03-01', // niet beginnen voor
      keep, // klaar op
      keep, // status
      true, // opslaan?
    ] as Answer[]);
    const { code, stderr } = await kwp(['edit', '--kb', root, Q], { tty: true, prompter });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const asked = (start: string) => prompter.asked.find((a) => a.message.startsWith(start));
    expect(asked('Wensen voor het onderwijs')?.default).toBe(true);
    expect(asked('Hoeveel studenten')?.default).toBe('2');
    expect(asked('Klaar op')?.default).toBe('2027-06-30');
    expect(readFileSync(join(root, Q_PATH), 'utf8')).toBe(
      before
        .replace('niveau: [hbo]', 'niveau: [mbo, hbo]')
        .replace('gewenst: {tot: 2027-06-30}', 'gewenst: {tot: 2027-06-30, van: 2027-03-01}'),
    );
    await expectValid(root);
  });
});
