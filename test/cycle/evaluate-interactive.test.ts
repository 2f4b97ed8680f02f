// `kwp evaluate` as a conversation, answered by the fake prompter: fase 4 evaluates against the
// project description, so the central question is shown before the conclusions and the learning
// goals before the lessons; earlier answers are shown and kept or let go; Ctrl-C and "no" write nothing.
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kbWith, projectPath, questionPath, readBack, watch } from './helpers.js';

const RUNNING = '2026-geldzaken-en-taal-zandveld';
const DONE = '2024-taalcafe-zandveld';

async function run(id: string, answers: Answer[], root = kbWith()) {
  const prompter = fakePrompter(answers);
  const files = watch(root);
  const result = await kwp(['evaluate', '--kb', root, id], { prompter });
  return { root, prompter, files, ...result };
}

/** A first evaluation: two conclusions, a lesson, no improvement, one new question, date, status, yes. */
const FIRST: Answer[] = [
  'Het spreekuur werkt.',
  'Brieven herschrijven helpt.',
  '',
  'Privacy eerst.',
  '',
  '',
  'Wie neemt het over?',
  '',
  '2026-11-20',
  { choose: 'Afgerond' },
  true, // taal-en-geldzaken, the question the project took up, is answered now
  true,
];

describe('kwp evaluate, interactive', () => {
  it('shows the central question before the conclusions and the learning goals before the lessons', async () => {
    const { root, prompter, code, stdout } = await run(RUNNING, FIRST);
    expect(code).toBe(0);
    const kennisvraag =
      'Hoe helpen we bewoners van Zandveld die moeite hebben met lezen en met geldzaken, op een plek die ze al kennen?';
    const questionNote = prompter.notes.findIndex((n) =>
      n.includes(`De centrale kennisvraag was: ${kennisvraag}`),
    );
    const goalsNote = prompter.notes.findIndex(
      (n) =>
        n.includes('Wat de stakeholders wilden leren:') &&
        n.includes('bibliotheek: hoe het Taalhuis en de geldzakenhulp één loket kunnen worden') &&
        n.includes('buurtvereniging: hoe vrijwilligers doorverwijzen zonder zelf hulpverlener te worden'),
    );
    expect(questionNote).toBe(0);
    expect(goalsNote).toBe(1);
    expect(prompter.asked.map((a) => a.message)).toEqual([
      expect.stringContaining('Belangrijkste conclusie'),
      expect.stringContaining('Nog een conclusie'),
      expect.stringContaining('Nog een conclusie'),
      expect.stringContaining('Leerpunt'),
      expect.stringContaining('Nog een leerpunt'),
      expect.stringContaining('Verbeterpunt'),
      expect.stringContaining('Nieuwe kennisvraag'),
      expect.stringContaining('Nog een nieuwe kennisvraag'),
      expect.stringContaining('Datum van de evaluatie'),
      'Hoe is het project geëindigd?',
      'Is deze kennisvraag nu beantwoord? Hoe bereiken we bewoners van Zandveld die moeite hebben met lezen én met geldzaken? (taal-en-geldzaken)',
      'Opslaan?',
    ]);
    expect(stdout).toBe(
      `${projectPath(RUNNING)}\n${questionPath('wie-neemt-het-over')}\n${questionPath('taal-en-geldzaken')}\n`,
    );
    expect(readBack(root, questionPath('taal-en-geldzaken')).data).toMatchObject({ status: 'beantwoord' });
    expect(readBack(root, projectPath(RUNNING)).data).toMatchObject({
      status: 'afgerond',
      evaluatie: {
        datum: '2026-11-20',
        conclusies: ['Het spreekuur werkt.', 'Brieven herschrijven helpt.'],
        leerpunten: ['Privacy eerst.'],
        nieuwe_kennisvragen: ['wie-neemt-het-over'],
      },
    });
  });

  it('the notes come at the right moment: the question before the conclusions, the goals before the lessons', async () => {
    const prompter = fakePrompter(FIRST);
    const timeline: string[] = [];
    const note = prompter.note.bind(prompter);
    const input = prompter.input.bind(prompter);
    prompter.note = (t) => (timeline.push(`note: ${t.split('\n')[0]}`), note(t));
    prompter.input = (o) => (timeline.push(`ask: ${o.message}`), input(o));
    expect((await kwp(['evaluate', '--kb', kbWith(), RUNNING], { prompter })).code).toBe(0);
    const at = (prefix: string) => timeline.findIndex((l) => l.startsWith(prefix));
    expect(at('note: Evaluatie (fase 4)')).toBeLessThan(at('ask: Belangrijkste conclusie'));
    expect(at('ask: Nog een conclusie')).toBeLessThan(at('note: Wat de stakeholders wilden leren'));
    expect(at('note: Wat de stakeholders wilden leren')).toBe(at('ask: Leerpunt') - 1);
  });

  it('evaluating again shows the earlier answers; kept when confirmed, with the new ones after', async () => {
    const answers: Answer[] = [
      true,
      'Nog een conclusie.',
      '',
      false,
      'Nieuw leerpunt.',
      '',
      true,
      '',
      '',
      '2026-11-20',
      { choose: 'Afgerond' },
      true,
    ];
    const { root, prompter, code } = await run(DONE, answers);
    expect(code).toBe(0);
    const earlierNotes = prompter.notes.filter((n) => n.startsWith('Eerder vastgelegd:'));
    expect(earlierNotes).toHaveLength(3);
    expect(earlierNotes[0]).toContain('Het taalcafé trok 23 deelnemers');
    expect(earlierNotes[1]).toContain('begin bij de brief');
    expect(earlierNotes[2]).toContain('werk samen met schuldhulp');
    expect(prompter.asked.filter((a) => a.kind === 'confirm').map((a) => a.message)).toEqual([
      'Deze punten houden?',
      'Deze punten houden?',
      'Deze punten houden?',
      'Opslaan?',
    ]);
    expect(readBack(root, projectPath(DONE)).data['evaluatie']).toEqual({
      datum: '2026-11-20',
      conclusies: [
        'Het taalcafé trok 23 deelnemers, van wie 17 nooit in de bibliotheek waren geweest.',
        'Nog een conclusie.',
      ],
      // Not confirmed: the earlier lesson is let go, the new one takes its place.
      leerpunten: ['Nieuw leerpunt.'],
      verbeterpunten: ['Taal en geldzaken horen bij elkaar; werk samen met schuldhulp en de voedselbank.'],
      nieuwe_kennisvragen: ['taal-en-geldzaken'],
    });
  });

  it('offers only gestopt for a project in voorbereiding (no status question)', async () => {
    const root = kbWith();
    const id = '2027-koele-routes-rivierenwijk';
    // The question it took up is asked about, and not answered by default (the project stopped).
    const answers: Answer[] = ['Niet doorgegaan.', '', '', '', '', '2027-03-01', false, true];
    const { code, prompter } = await run(id, answers, root);
    expect(code).toBe(0);
    expect(prompter.asked.some((a) => a.kind === 'select')).toBe(false);
    expect(readBack(root, projectPath(id)).data).toMatchObject({ status: 'gestopt' });
  });

  it('refuses a date before the start as it is typed, and asks again', async () => {
    const answers = [...FIRST];
    answers[FIRST.indexOf('2026-11-20')] = { retry: ['2026-01-01', '2026-02-30', '2026-11-20'] };
    const { code, prompter } = await run(RUNNING, answers);
    expect(code).toBe(0);
    const dates = prompter.validated.filter((v) => v.message.startsWith('Datum'));
    expect(dates.map((v) => [v.value, v.result === true])).toEqual([
      ['2026-01-01', false],
      ['2026-02-30', false],
      ['2026-11-20', true],
    ]);
  });

  it('asks for a conclusion until there is one, instead of refusing after the interview (issue 12)', async () => {
    const answers = [...FIRST];
    answers[0] = { retry: ['', 'Het spreekuur werkt.'] };
    const { code, prompter } = await run(RUNNING, answers);
    expect(code).toBe(0);
    expect(prompter.validated.slice(0, 2).map((v) => v.result)).toEqual(['Dit is nodig; vul iets in.', true]);
  });

  it('declining the confirmation writes nothing (exit 0, says so)', async () => {
    const { files, code, stdout, stderr } = await run(RUNNING, [...FIRST.slice(0, -1), false]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('niets geschreven');
    files.unchanged();
  });

  it.each([
    ['the first conclusion', 0],
    ['a new question', 6],
    ['the date', 8],
    ['the status', 9],
    ['the question taken up', 10],
    ['the confirmation', 11],
  ])('Ctrl-C at %s writes nothing', async (_, at) => {
    const answers: Answer[] = [...FIRST.slice(0, at), { cancel: true }];
    const { files, code, stdout } = await run(RUNNING, answers);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    files.unchanged();
  });

  it('Ctrl-C while deciding to keep earlier answers writes nothing', async () => {
    const { files, code } = await run(DONE, [{ cancel: true }]);
    expect(code).toBe(2);
    files.unchanged();
  });
});
