// `kwp new vraag` and `kwp new partner` as conversations, answered by the fake prompter: the
// questions in order, the choices offered, answers checked as typed, a summary and confirmation,
// and Ctrl-C at any point writing nothing.
import { describe, expect, it } from 'vitest';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kwp, makeKb } from '../helpers/kb.js';
import { changes, exampleKb, expectValid, R, readBack, snapshot, V } from './helpers.js';

const run = async (kind: 'vraag' | 'partner', answers: Answer[], root = exampleKb()) => {
  const before = snapshot(root);
  const prompter = fakePrompter(answers);
  const result = await kwp(['new', kind, '--kb', root], { prompter });
  return { root, before, prompter, ...result };
};

const VRAAG: Answer[] = [
  'Hoe houden ouderen het koel in hun woning?', // de vraag
  { choose: 'tijdens een project' }, // bron
  { choose: 'hittekaart' }, // in welk project
  'Stichting Welzijn Rivelde', // vraageigenaar
  { chooseAll: ['duurzaamheid', 'positieve gezondheid'] }, // thema's
  { choose: 'Rivierenwijk' }, // gebied
  false, // wensen voor het onderwijs?
  true, // opslaan?
];

describe('kwp new vraag, interactive', () => {
  it('asks in order, offers the lists and the projects, and writes what was answered', async () => {
    const { root, before, prompter, code, stdout, stderr } = await run('vraag', VRAAG);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompter.asked.map((a) => a.kind)).toEqual([
      'input',
      'select',
      'search',
      'input',
      'checkbox',
      'select',
      'confirm',
      'confirm',
    ]);
    expect(prompter.asked[0]!.message).toContain('kennisvraag');
    expect(prompter.asked[1]!.choices).toEqual([
      'Intake (van buiten, bijvoorbeeld de gemeente of bewoners)',
      'Ontstaan tijdens een project (fase 3b)',
      'Uit de evaluatie van een project (fase 4)',
    ]);
    expect(prompter.asked[2]!.choices).toHaveLength(13);
    expect(prompter.asked[4]!.choices).toContain('laaggeletterdheid');
    expect(prompter.asked[5]!.choices?.[0]).toBe('(geen)');
    expect(prompter.asked[6]!.message).toBe(
      'Wensen voor het onderwijs opgeven? (niveau, vorm, aantal studenten, wanneer)',
    );
    expect(prompter.asked[7]!.message).toBe('Opslaan?');
    expect(prompter.notes.join('\n')).toContain('vraag: Hoe houden ouderen het koel in hun woning?');
    const path = stdout.trim();
    expect(path).toBe(`${V}/hoe-houden-ouderen-het-koel-in-hun-woning.md`);
    expect(changes(before, snapshot(root))).toEqual({ added: [path], removed: [], changed: [] });
    expect(readBack(root, path).data).toMatchObject({
      vraag: 'Hoe houden ouderen het koel in hun woning?',
      status: 'open',
      bron: 'tijdens-project',
      project: '2024-hittekaart-rivierenwijk',
      vraageigenaar: 'Stichting Welzijn Rivelde',
      thema: ['duurzaamheid', 'positieve gezondheid'],
      gebied: 'Rivierenwijk',
    });
    await expectValid(root);
  });

  it('an intake skips the project; an owner "Naam <email>" is a person; optional answers can be skipped', async () => {
    const { root, prompter, code, stdout } = await run('vraag', [
      ...['Wat kost een groen dak?', { choose: 'Intake' }, 'Jan Smit <j.smit@example.org>'],
      ...[{ chooseAll: [] }, { choose: '(geen)' }, false, true],
    ]);
    expect(code).toBe(0);
    expect(prompter.asked.map((a) => a.kind)).not.toContain('search');
    const { data } = readBack(root, stdout.trim());
    expect(data).toMatchObject({
      vraag: 'Wat kost een groen dak?',
      bron: 'intake',
      vraageigenaar: { naam: 'Jan Smit', email: 'j.smit@example.org' },
    });
    expect(data['project'] ?? null).toBeNull();
    await expectValid(root);
  });

  it('an empty question is refused as it is typed', async () => {
    const answers = [...VRAAG];
    answers[0] = { retry: ['', '   ', 'Toch een vraag?'] };
    const { prompter, code } = await run('vraag', answers);
    expect(code).toBe(0);
    expect(prompter.validated.map((v) => v.result === true)).toEqual([false, false, true]);
  });

  it('without any project in the knowledge base, only an intake is offered', async () => {
    const { prompter, code } = await run(
      'vraag',
      ['Een vraag?', { choose: 'Intake' }, '', { chooseAll: [] }, { choose: '(geen)' }, false, true],
      makeKb(),
    );
    expect(code).toBe(0);
    expect(prompter.asked[1]!.choices).toEqual(['Intake (van buiten, bijvoorbeeld de gemeente of bewoners)']);
  });

  it('yes to the wishes opens four questions: levels, forms, students, when; wrong answers refused as typed', async () => {
    const { root, prompter, code, stdout } = await run('vraag', [
      ...VRAAG.slice(0, -2),
      true, // wensen voor het onderwijs?
      { chooseAll: ['mbo', 'hbo'] },
      { chooseAll: ['project', 'stage'] },
      { retry: ['0', 'acht', '8'] },
      { retry: ['2027-02-30', '2027-02-01'] },
      { retry: ['2027-01-31', '2027-06-30'] },
      true, // opslaan?
    ]);
    expect(code).toBe(0);
    expect(prompter.asked.slice(7, 12).map((a) => a.message)).toEqual([
      'Welke niveaus kunnen eraan werken? (spatie om te kiezen; niets gekozen: elk niveau)',
      'Welke vormen van onderwijs passen? (spatie om te kiezen; niets gekozen: elke vorm)',
      'Hoeveel studenten heeft de vraag ongeveer nodig? (Enter als onbekend)',
      'Niet beginnen voor (JJJJ-MM-DD, Enter als het niet uitmaakt):',
      'Klaar op (JJJJ-MM-DD, Enter als het niet uitmaakt):',
    ]);
    expect(prompter.validated.filter((v) => v.result !== true).map((v) => v.result)).toEqual([
      'Vul een heel getal van 1 of meer in, of laat het leeg.',
      'Vul een heel getal van 1 of meer in, of laat het leeg.',
      'Dat is geen bestaande datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2026-09-01.',
      'Deze datum ligt voor 2027-02-01; kies een latere.',
    ]);
    expect(readBack(root, stdout.trim()).data).toMatchObject({
      niveau: ['mbo', 'hbo'],
      vorm: ['project', 'stage'],
      studenten: 8,
      gewenst: { van: '2027-02-01', tot: '2027-06-30' },
    });
    await expectValid(root);
  });

  it('declining the confirmation writes nothing, exit 0', async () => {
    const { root, before, code, stdout, stderr } = await run('vraag', [...VRAAG.slice(0, -1), false]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('er is niets geschreven');
    expect(snapshot(root)).toEqual(before);
  });

  it.each([0, 1, 2, 4, 6])('Ctrl-C at question %i writes nothing: exit 2, a short message', async (at) => {
    const { root, before, code, stderr } = await run('vraag', [...VRAAG.slice(0, at), { cancel: true }]);
    expect(code).toBe(2);
    expect(stderr).toBe('Afgebroken: er is niets geschreven.\n');
    expect(snapshot(root)).toEqual(before);
  });
});

const PARTNER: Answer[] = [
  'Vakschool Noord', // naam
  { choose: 'onderwijs' }, // groep
  { choose: 'mbo' }, // niveau
  'Jan Smit <j.smit@example.org>', // aanspreekpunt
  'https://vakschool-noord.example.org', // website
  true, // opslaan?
];

describe('kwp new partner, interactive', () => {
  it('asks in order, offers the groups and levels, and writes what was answered', async () => {
    const { root, before, prompter, code, stdout, stderr } = await run('partner', PARTNER);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompter.asked.map((a) => a.kind)).toEqual([
      'input',
      'select',
      'select',
      'input',
      'input',
      'confirm',
    ]);
    expect(prompter.asked[1]!.choices).toEqual([
      'ondernemers',
      'onderwijs',
      'bewoners',
      'overheid',
      'overig',
    ]);
    expect(prompter.asked[2]!.choices).toEqual(['vmbo', 'mbo', 'hbo', 'wo']);
    expect(prompter.asked[2]!.message).toContain('Vakschool Noord');
    expect(prompter.notes.join('\n')).toContain('naam: Vakschool Noord');
    expect(stdout).toBe(`${R}/vakschool-noord.md\n`);
    expect(changes(before, snapshot(root)).added).toEqual([`${R}/vakschool-noord.md`]);
    expect(readBack(root, `${R}/vakschool-noord.md`).data).toMatchObject({
      id: 'vakschool-noord',
      naam: 'Vakschool Noord',
      groep: 'onderwijs',
      niveau: 'mbo',
      aanspreekpunt: { naam: 'Jan Smit', email: 'j.smit@example.org' },
      website: 'https://vakschool-noord.example.org',
    });
    await expectValid(root);
  });

  it('no level for a group that is not onderwijs; contact and website can be skipped', async () => {
    const { root, prompter, code, stdout } = await run('partner', [
      'Bakkerij Rond',
      { choose: 'ondernemers' },
      '',
      '',
      true,
    ]);
    expect(code).toBe(0);
    expect(prompter.asked.map((a) => a.kind)).toEqual(['input', 'select', 'input', 'input', 'confirm']);
    expect(readBack(root, stdout.trim()).data).toMatchObject({ naam: 'Bakkerij Rond', groep: 'ondernemers' });
    await expectValid(root);
  });

  it('refuses, as it is typed, a name already in the register and a contact that is not a person', async () => {
    const answers = [...PARTNER];
    answers[0] = { retry: ['', 'roc rivelde', 'ROC Noord'] };
    answers[3] = { retry: ['Jan <geen-adres>', 'Jan <jan@example.org>'] };
    const { prompter, code, stdout } = await run('partner', answers);
    expect(code).toBe(0);
    const refused = prompter.validated.filter((v) => v.result !== true);
    expect(refused.map((v) => v.value)).toEqual(['', 'roc rivelde', 'Jan <geen-adres>']);
    expect(refused[1]!.result).toContain('staat al in het register');
    expect(stdout).toBe(`${R}/roc-noord.md\n`);
  });

  it('declining the confirmation writes nothing, exit 0', async () => {
    const { root, before, code, stdout } = await run('partner', [...PARTNER.slice(0, -1), false]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(snapshot(root)).toEqual(before);
  });

  it.each([0, 1, 2, 3, 5])('Ctrl-C at question %i writes nothing: exit 2, a short message', async (at) => {
    const { root, before, code, stderr } = await run('partner', [...PARTNER.slice(0, at), { cancel: true }]);
    expect(code).toBe(2);
    expect(stderr).toBe('Afgebroken: er is niets geschreven.\n');
    expect(snapshot(root)).toEqual(before);
  });
});
