// A date written the Dutch way (3-2-2026) or without leading zeros is not "not an existing date": kwp
// says how to write it and which day it takes it to mean (kwp issue 12). In `kwp new project` and
// `kwp evaluate` flags, in the date questions of the prompts, and in `kwp report --since`. A day
// that does not exist (2026-02-30) still says so.
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, kwp } from '../helpers/kb.js';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { assertBuilt, exampleKb, newProject, snapshot } from './helpers.js';
import { FULL, run } from './project-answers.js';
import { KEY, scriptCommand, Terminal } from './terminal.js';

const RUNNING = '2026-geldzaken-en-taal-zandveld';

describe('dates given as flags', () => {
  it.each([
    ['3-2-2026', '2026-02-03'],
    ['3/2/2026', '2026-02-03'],
    ['03-02-2026', '2026-02-03'],
    ['2026-2-3', '2026-02-03'],
    ['31.12.2026', '2026-12-31'],
  ])('kwp new project --start %s: exit 2, "bedoel je %s?", nothing written', async (written, iso) => {
    const root = exampleKb();
    const before = snapshot(root);
    const nl = await kwp(newProject(root, 'Datum', ['--start', written, '--yes']));
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain(`--start "${written}": schrijf JJJJ-MM-DD: bedoel je ${iso}?`);
    expect(nl.stderr).not.toContain('geen bestaande datum');
    const en = await kwp(newProject(root, 'Datum', ['--end', written, '--yes', '--lang', 'en']));
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`--end "${written}": write YYYY-MM-DD: do you mean ${iso}?`);
    expect(snapshot(root)).toEqual(before);
  });

  it('a day that does not exist, written either way, is still not an existing date', async () => {
    const root = exampleKb();
    for (const written of ['2026-02-30', '30-2-2026']) {
      const { code, stderr } = await kwp(newProject(root, 'Datum', ['--start', written, '--yes']));
      expect(code).toBe(2);
      expect(stderr).toContain(`--start "${written}" is geen bestaande datum`);
      expect(stderr).not.toContain('bedoel je');
    }
  });

  it('kwp evaluate --date 20-11-2026: "bedoel je 2026-11-20?"', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const flags = ['evaluate', '--kb', root, RUNNING, '--conclusion', 'Het werkte.', '--yes'];
    const nl = await kwp([...flags, '--date', '20-11-2026']);
    expect(nl.code).toBe(2);
    expect(nl.stderr).toContain('--date "20-11-2026": schrijf JJJJ-MM-DD: bedoel je 2026-11-20?');
    const en = await kwp([...flags, '--date', '2026/11/20', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--date "2026/11/20": write YYYY-MM-DD: do you mean 2026-11-20?');
    expect(snapshot(root)).toEqual(before);
  });

  it('kwp report --since 1-1-2026: "bedoel je 2026-01-01?"', async () => {
    const { code, stderr } = await kwp(['report', '--kb', exampleKb(), '--since', '1-1-2026']);
    expect(code).toBe(2);
    expect(stderr).toContain('--since "1-1-2026": schrijf JJJJ-MM-DD: bedoel je 2026-01-01?');
  });
});

describe('the date questions of the prompts', () => {
  it('kwp new project: "1-9-2026" is asked again with the day it seems to mean', async () => {
    const answers = [...FULL];
    answers[FULL.indexOf('2026-09-01')] = { retry: ['1-9-2026', '2026-02-30', '2026-09-01'] };
    const { prompter, code } = await run(answers);
    expect(code).toBe(0);
    const start = prompter.validated.filter((v) => ['1-9-2026', '2026-02-30'].includes(v.value));
    expect(start.map((v) => v.result)).toEqual([
      'Schrijf JJJJ-MM-DD: bedoel je 2026-09-01?',
      expect.stringContaining('geen bestaande datum'),
    ]);
  });

  it('kwp evaluate: the same, in English with --lang en', async () => {
    const answers: Answer[] = ['Het werkte.', '', '', '', '', { retry: ['20/11/2026', '2026-11-20'] }];
    // The question the project took up: answered now (yes), then saved.
    const prompter = fakePrompter([...answers, { choose: 'Finished' }, true, true]);
    const { code } = await kwp(['evaluate', '--kb', exampleKb(), RUNNING, '--lang', 'en'], { prompter });
    expect(code).toBe(0);
    const date = prompter.validated.find((v) => v.value === '20/11/2026');
    expect(date?.result).toBe('Write YYYY-MM-DD: do you mean 2026-11-20?');
  });
});

const script = scriptCommand();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

describe.skipIf(!script)('the date question in a real terminal', () => {
  it('kwp evaluate: 3-2-2027 shows "bedoel je 2027-02-03?" on the spot and asks again', async () => {
    assertBuilt();
    const root = exampleKb();
    const t = new Terminal([process.execPath, BIN, 'evaluate', '--kb', root, RUNNING], { NO_COLOR: '1' });
    open.push(t);
    await t.answer('Belangrijkste conclusie', `Het werkte.${KEY.enter}`);
    await t.answer('Nog een conclusie', KEY.enter);
    await t.answer('Leerpunt', KEY.enter);
    await t.answer('Verbeterpunt', KEY.enter);
    await t.answer('Nieuwe kennisvraag', KEY.enter);
    await t.answer('Datum van de evaluatie', `${KEY.ctrlU}3-2-2027${KEY.enter}`);
    await t.answer('Schrijf JJJJ-MM-DD: bedoel je 2027-02-03?', `${KEY.ctrlU}2027-02-03${KEY.enter}`);
    await t.waitFor('Hoe is het project');
    t.type(KEY.ctrlC);
    expect(await t.ended()).toBe(2);
  });
});
