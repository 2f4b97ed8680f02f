// `kwp new project` as a conversation, answered by the fake prompter: answers checked as they are
// typed (an impossible date asks again), the confirmation, Ctrl-C at any point writing nothing,
// and flags as the answers' defaults.
import { describe, expect, it } from 'vitest';
import { readBack, snapshot } from './helpers.js';
import { FULL, run } from './project-answers.js';

describe('kwp new project, interactive: checks, confirmation and Ctrl-C', () => {
  it('refuses an impossible date as it is typed, and asks again', async () => {
    const answers = [...FULL];
    answers[FULL.indexOf('2026-09-01')] = { retry: ['2026-02-30', '1-9-2026', '2026-02-28'] };
    answers[FULL.indexOf('2027-01-29')] = { retry: ['2026-02-01', '2027-02-29', '2027-02-28'] };
    const { root, prompter, code, stdout } = await run(answers);
    expect(code).toBe(0);
    const dates = prompter.validated.filter((v) => v.message.includes('JJJJ-MM-DD'));
    expect(dates.map((d) => [d.value, d.result === true])).toEqual([
      ['2026-02-30', false],
      ['1-9-2026', false],
      ['2026-02-28', true],
      ['', true], // tussentijds skipped
      ['2026-02-01', false], // before the start
      ['2027-02-29', false],
      ['2027-02-28', true],
    ]);
    expect(dates[0]!.result).toContain('geen bestaande datum');
    expect(dates[4]!.result).toContain('voor 2026-02-28');
    expect(readBack(root, stdout.trim().split('\n')[0]!).data['planning']).toMatchObject({
      start: '2026-02-28',
      einde: '2027-02-28',
    });
  });

  it('refuses a person that is not "Naam <email>", an amount that is not one, and a non-number of students', async () => {
    const answers = [...FULL];
    answers[FULL.indexOf('Femke de Vries <f.devries@example.org>')] = {
      retry: ['Femke <geen-adres>', 'Femke <f@example.org>'],
    };
    answers[FULL.indexOf('8')] = { retry: ['acht', '8'] };
    answers[FULL.indexOf('4500')] = { retry: ['4.500,00 euro', '4500'] };
    const { prompter, code } = await run(answers);
    expect(code).toBe(0);
    expect(prompter.validated.filter((v) => v.result !== true).map((v) => v.value)).toEqual([
      'Femke <geen-adres>',
      'acht',
      '4.500,00 euro',
    ]);
  });

  it('declining the confirmation writes nothing, exit 0', async () => {
    const { root, before, code, stdout, stderr } = await run([...FULL.slice(0, -1), false]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('er is niets geschreven');
    expect(snapshot(root)).toEqual(before);
  });

  it.each([
    ['the title', 0],
    ['the programme', 2],
    ['the search for an earlier project', 5],
    ['the themes', 8],
    ['a partner', 12],
    ['the number of students', 14],
    ['a date', FULL.indexOf('2026-09-01')],
    ['the confirmation', FULL.length - 1],
  ])('Ctrl-C at %s writes nothing: exit 2, a short message, no stack trace', async (_, at) => {
    const { root, before, code, stdout, stderr } = await run([...FULL.slice(0, at), { cancel: true }]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('Afgebroken: er is niets geschreven.\n');
    expect(snapshot(root)).toEqual(before);
  });

  it('takes flags as given values and still asks the rest; --yes asks nothing', async () => {
    const yes = await run([], ['--yes', '--title', 'Met yes']);
    expect(yes.code).toBe(2);
    expect(yes.prompter.asked).toEqual([]);
    const { code, prompter } = await run(FULL, [
      '--title',
      'Uit een optie',
      '--status',
      'lopend',
      '--area',
      'Zandveld',
    ]);
    expect(code).toBe(0);
    expect(prompter.asked[0]).toMatchObject({
      message: expect.stringContaining('Titel'),
      default: 'Uit een optie',
    });
    expect(prompter.asked[1]).toMatchObject({
      message: expect.stringContaining('Waar staat'),
      default: 'lopend',
    });
    expect(prompter.asked.find((a) => a.message.includes('gebied'))?.default).toBe('Zandveld');
  });
});
