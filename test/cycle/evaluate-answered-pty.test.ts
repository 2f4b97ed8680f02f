// `kwp evaluate` in a real pseudo-terminal (util-linux `script`): the question the project took up
// is shown with its text and, answered yes, is marked beantwoord together with the evaluation;
// every other byte of the question file stays, and the knowledge base stays valid.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/kb.js';
import { assertBuilt } from '../new/helpers.js';
import { KEY, scriptCommand, Terminal } from '../new/terminal.js';
import { expectValid, kbWith, projectPath, questionPath, readBack, replaced, text } from './helpers.js';

const script = scriptCommand();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

const RUNNING = '2026-geldzaken-en-taal-zandveld';
const QUESTION = 'taal-en-geldzaken';

describe.skipIf(!script)('kwp evaluate closes a question, in a real terminal', () => {
  beforeAll(() => assertBuilt());

  it('asks whether the question taken up is answered; yes marks it beantwoord in the same step', async () => {
    const root = kbWith();
    const before = text(root, questionPath(QUESTION));
    const t = new Terminal([process.execPath, BIN, 'evaluate', RUNNING, '--kb', root], { NO_COLOR: '1' });
    open.push(t);
    await t.answer('Belangrijkste conclusie', `Taal en geldzaken horen in één spreekuur.${KEY.enter}`);
    await t.answer('Nog een conclusie?', KEY.enter);
    await t.answer('Leerpunt', KEY.enter);
    await t.answer('Verbeterpunt', KEY.enter);
    await t.answer('Nieuwe kennisvraag', KEY.enter);
    await t.answer('Datum van de evaluatie', `${KEY.ctrlU}2026-11-20${KEY.enter}`);
    await t.answer(/Hoe is het project geëindigd\?[\s\S]*❯ Afgerond/, KEY.enter);
    await t.answer(
      'Is deze kennisvraag nu beantwoord? Hoe bereiken we bewoners van Zandveld die moeite hebben met lezen én met geldzaken? (taal-en-geldzaken)',
      `j${KEY.enter}`,
    );
    await t.waitFor(`kennisvragen die nu beantwoord zijn:\n  - ${QUESTION}`);
    await t.answer('Opslaan?', KEY.enter);
    await t.waitFor(questionPath(QUESTION));
    expect(await t.ended()).toBe(0);
    expect(readBack(root, projectPath(RUNNING)).data).toMatchObject({ status: 'afgerond' });
    expect(text(root, questionPath(QUESTION))).toBe(
      replaced(before, '\nstatus: opgepakt\n', '\nstatus: beantwoord\n'),
    );
    await expectValid(root);
  });

  it('no leaves the question as it was; the evaluation is still written', async () => {
    const root = kbWith();
    const before = text(root, questionPath(QUESTION));
    const t = new Terminal([process.execPath, BIN, 'evaluate', RUNNING, '--kb', root], { NO_COLOR: '1' });
    open.push(t);
    await t.answer('Belangrijkste conclusie', `Nog niet beantwoord.${KEY.enter}`);
    for (const prompt of ['Nog een conclusie?', 'Leerpunt', 'Verbeterpunt', 'Nieuwe kennisvraag'])
      await t.answer(prompt, KEY.enter);
    await t.answer('Datum van de evaluatie', `${KEY.ctrlU}2026-11-20${KEY.enter}`);
    await t.answer(/Hoe is het project geëindigd\?[\s\S]*❯ Afgerond/, KEY.enter);
    await t.answer(`(${QUESTION})`, `n${KEY.enter}`);
    await t.waitFor('kennisvragen die nu beantwoord zijn:\n  (geen)');
    await t.answer('Opslaan?', KEY.enter);
    await t.waitFor(projectPath(RUNNING));
    expect(await t.ended()).toBe(0);
    expect(t.screen).not.toContain(`${questionPath(QUESTION)}\n`);
    expect(readBack(root, projectPath(RUNNING)).data).toMatchObject({ status: 'afgerond' });
    expect(text(root, questionPath(QUESTION))).toBe(before);
  });
});
