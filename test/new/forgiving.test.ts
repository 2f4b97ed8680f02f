// Issue 12, prompts that forgive, answered by the fake prompter: a title or question that exists is
// said and offered; a web address without https:// is completed, in the prompt and with flags; the
// search puts what was typed first; the funder is chosen from the project's partners; flags given are
// the prompts' defaults; an earlier project that does not exist is said and left out, not refused
// after the interview.
import { describe, expect, it } from 'vitest';
import type { Choice, Prompter } from '../../src/cli/prompt/prompter.js';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kwp } from '../helpers/kb.js';
import { kbWith, projectPath, readBack as readCycle } from '../cycle/helpers.js';
import { changes, exampleKb, expectValid, P, R, readBack, snapshot, V } from './helpers.js';
import { FULL, run } from './project-answers.js';

/** Records every search's source, so a test can type into it as a person would. */
function recordSearches(prompter: Prompter) {
  const sources = new Map<string, (term: string) => Choice<unknown>[]>();
  const search = prompter.search.bind(prompter);
  prompter.search = (o) => {
    sources.set(o.message, o.source as (term: string) => Choice<unknown>[]);
    return search(o);
  };
  const typed = (fragment: string, term: string) => {
    const source = [...sources].find(([message]) => message.includes(fragment))?.[1];
    if (!source) throw new Error(`no search "${fragment}"`);
    return source(term).map((c) => c.name);
  };
  return typed;
}

describe('a title or question that exists already', () => {
  const SAME = 'hittekaart van de  RIVIERENWIJK'; // "Hittekaart van de Rivierenwijk", typed differently

  it('interactive: said, and using the existing project writes nothing (exit 0)', async () => {
    const { root, before, prompter, code, stdout, stderr } = await run([
      SAME,
      { choose: 'Het bestaande gebruiken' },
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(prompter.notes).toContain(
      `Er is al een project met deze titel: "Hittekaart van de Rivierenwijk" (${P}/2024-hittekaart-rivierenwijk.md).`,
    );
    expect(prompter.asked[1]!.choices).toEqual([
      'Het bestaande gebruiken (niets nieuws schrijven)',
      'Iets anders typen',
      'Toch een nieuwe maken',
    ]);
    expect(stderr).toBe(
      `Er is niets geschreven; het bestaande staat in ${P}/2024-hittekaart-rivierenwijk.md.\n`,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('interactive: another title can be typed, and the interview goes on', async () => {
    const { code, stdout, prompter } = await run([SAME, { choose: 'Iets anders typen' }, ...FULL]);
    expect(code).toBe(0);
    expect(prompter.asked.filter((a) => a.message === 'Titel van het project:')).toHaveLength(2);
    expect(stdout).toContain(`${P}/2026-groene-daken-in-de-binnenstad.md`);
  });

  it('interactive: a new one anyway keeps the title', async () => {
    const { root, code, stdout } = await run([SAME, { choose: 'Toch een nieuwe maken' }, ...FULL.slice(1)]);
    expect(code).toBe(0);
    const path = stdout.trim().split('\n')[0]!;
    expect(readBack(root, path).data['titel']).toBe(SAME);
  });

  it('kwp new vraag with flags: written, with a note naming the question that exists', async () => {
    const root = exampleKb();
    const text = 'hoe bereiken we bewoners van Zandveld die moeite hebben met lezen en met geldzaken';
    const { code, stdout, stderr } = await kwp(['new', 'vraag', '--kb', root, '--question', text]);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(new RegExp(`^${V}/hoe-bereiken-we-bewoners-van-zandveld-[a-z-]+\\.md$`));
    expect(stderr).toBe(
      `Let op: ${V}/taal-en-geldzaken.md heeft dezelfde tekst ("Hoe bereiken we bewoners van Zandveld die moeite hebben met lezen én met geldzaken?"). Het nieuwe bestand is toch geschreven; is het dubbel, verwijder het dan.\n`,
    );
    await expectValid(root);
  });

  it('kwp new vraag, interactive: the existing question can be used', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const prompter = fakePrompter([
      'Hoe bereiken we bewoners van Zandveld die moeite hebben met lezen én met geldzaken',
      { choose: 'Het bestaande gebruiken' },
    ]);
    const { code, stderr } = await kwp(['new', 'vraag', '--kb', root], { prompter });
    expect(code).toBe(0);
    expect(prompter.notes[0]).toContain(`(${V}/taal-en-geldzaken.md)`);
    expect(stderr).toContain(`${V}/taal-en-geldzaken.md`);
    expect(snapshot(root)).toEqual(before);
  });

  it('kwp evaluate, interactive: a new question already in the register is linked, not copied', async () => {
    const id = '2026-geldzaken-en-taal-zandveld';
    const root = kbWith();
    const before = snapshot(root);
    const prompter = fakePrompter([
      'Het spreekuur werkt.',
      '',
      '',
      '',
      'hoe bereiken we bewoners van zandveld die moeite hebben met lezen en met geldzaken',
      true, // de bestaande vraag koppelen?
      '',
      '2026-11-20',
      { choose: 'Afgerond' },
      false, // the question the project took up: not answered (yet)
      true,
    ]);
    const { code, stdout } = await kwp(['evaluate', '--kb', root, id], { prompter });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(projectPath(id));
    expect(prompter.asked.find((a) => a.kind === 'confirm')!.message).toContain('taal-en-geldzaken');
    expect(readCycle(root, projectPath(id)).data).toMatchObject({
      evaluatie: { nieuwe_kennisvragen: ['taal-en-geldzaken'] },
    });
    expect(changes(before, snapshot(root)).added).toEqual([]);
  });
});

describe('web addresses', () => {
  it('with flags, www.bakkerij.nl is stored as https://www.bakkerij.nl', async () => {
    const root = exampleKb();
    const flags = ['--name', 'Bakkerij Zuid', '--group', 'ondernemers', '--website', 'www.bakkerij.nl'];
    const { code, stdout } = await kwp(['new', 'partner', '--kb', root, ...flags]);
    expect(code).toBe(0);
    expect(readBack(root, stdout.trim()).data['website']).toBe('https://www.bakkerij.nl');
    await expectValid(root);
  });

  it('with flags, what is no web address is refused, saying what to type', async () => {
    const root = exampleKb();
    const flags = ['--name', 'Bakkerij Zuid', '--group', 'ondernemers', '--website', 'bakkerij zuid'];
    const { code, stderr } = await kwp(['new', 'partner', '--kb', root, ...flags]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      '--website "bakkerij zuid" is geen webadres. Typ bijvoorbeeld www.bakkerij.nl of https://www.bakkerij.nl.',
    );
  });

  it('in the prompt: refused where it is typed, completed and said', async () => {
    const root = exampleKb();
    const prompter = fakePrompter([
      'Bakkerij Zuid',
      { choose: 'ondernemers' },
      'Jan Smit j.smit@example.org',
      { retry: ['bakkerij zuid', 'www.bakkerij.nl'] },
      true,
    ]);
    const { code, stdout, stderr } = await kwp(['new', 'partner', '--kb', root], { prompter });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompter.validated.find((v) => v.value === 'bakkerij zuid')!.result).toBe(
      'Dat is geen webadres. Typ bijvoorbeeld www.bakkerij.nl of https://www.bakkerij.nl.',
    );
    expect(prompter.notes).toContain('Opgeslagen als https://www.bakkerij.nl.');
    expect(stdout.trim()).toBe(`${R}/bakkerij-zuid.md`);
    expect(readBack(root, `${R}/bakkerij-zuid.md`).data).toMatchObject({
      website: 'https://www.bakkerij.nl',
      aanspreekpunt: { naam: 'Jan Smit', email: 'j.smit@example.org' },
    });
  });
});

describe('searching and choosing', () => {
  it('typed part of a name: the match comes first, so Enter takes it; nothing typed: (klaar)', async () => {
    const prompter = fakePrompter(FULL);
    const typed = recordSearches(prompter);
    const root = exampleKb();
    expect((await kwp(['new', 'project', '--kb', root], { prompter })).code).toBe(0);
    expect(typed('Betrokken partners', '')[0]).toBe('(klaar)');
    expect(typed('Betrokken partners', 'woning')).toEqual([
      'Woningcorporatie Rivelwonen (overig)',
      '(klaar)',
      '(een partner die nog niet in het register staat)',
    ]);
    expect(typed('Op welk project', 'taalcafe')[0]).toMatch(/\(2024-taalcafe-zandveld\)$/);
  });

  it("the funder is chosen from the project's partners first, then the register, or typed", async () => {
    const prompter = fakePrompter(FULL);
    const typed = recordSearches(prompter);
    expect((await kwp(['new', 'project', '--kb', exampleKb()], { prompter })).code).toBe(0);
    const offered = prompter.asked.find((a) => a.message.startsWith('Dekking'))!.choices!;
    expect(offered.slice(0, 5)).toEqual([
      '(klaar)',
      '(een andere naam typen)',
      'Hogeschool Rivelde',
      'Vakschool Noord',
      'Gemeente Rivelde',
    ]);
    expect(offered).toContain('Woningcorporatie Rivelwonen');
    expect(typed('Dekking', 'rivelw')[0]).toBe('Woningcorporatie Rivelwonen');
  });

  it('a funder that is no partner can be typed', async () => {
    const answers = [...FULL];
    const cover = answers.indexOf('4500', answers.indexOf('plantmateriaal') + 2);
    answers.splice(cover - 1, 1, { choose: '(een andere naam typen)' }, 'Fonds Groene Stad');
    const { root, code, stdout } = await run(answers);
    expect(code).toBe(0);
    const { data } = readBack(root, stdout.trim().split('\n')[0]!);
    expect((data['begroting'] as { dekking: unknown[] }).dekking[0]).toEqual({
      partner: 'Fonds Groene Stad',
      bedrag: 4500,
    });
  });
});

describe('flags as defaults, checked in the prompt', () => {
  it('kwp new partner --contact: the contact is the default of its question', async () => {
    const root = exampleKb();
    const prompter = fakePrompter(['Bakkerij Zuid', { choose: 'ondernemers' }, '', '', true]);
    const enter: Prompter = {
      ...prompter,
      input: (o) => (o.default !== undefined ? prompter.input(o).then(() => o.default!) : prompter.input(o)),
    };
    const flags = ['--contact', 'Jan Smit <j.smit@example.org>'];
    const { code, stdout } = await kwp(['new', 'partner', '--kb', root, ...flags], { prompter: enter });
    expect(code).toBe(0);
    expect(prompter.asked.find((a) => a.message.startsWith('Aanspreekpunt'))!.default).toBe(
      'Jan Smit <j.smit@example.org>',
    );
    expect(readBack(root, stdout.trim()).data['aanspreekpunt']).toEqual({
      naam: 'Jan Smit',
      email: 'j.smit@example.org',
    });
  });

  it('an earlier project given with --follows that does not exist is said and left out, not refused after', async () => {
    const answers: Answer[] = [...FULL.slice(0, 4), ...FULL.slice(6)];
    const flags = ['--follows', '2024-bestaat-niet', '--follows', '2024-hittekaart-rivierenwijk'];
    const { root, code, stdout, stderr, prompter } = await run(answers, flags);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompter.notes).toContain('Niet gevonden als project, dus weggelaten: 2024-bestaat-niet.');
    expect(readBack(root, stdout.trim().split('\n')[0]!).data['vervolg_op']).toEqual([
      '2024-hittekaart-rivierenwijk',
    ]);
  });
});

describe('kwp evaluate with flags', () => {
  it('a new question whose text is registered: written, and the registered one named on stderr', async () => {
    const id = '2026-geldzaken-en-taal-zandveld';
    const root = kbWith();
    const text = 'Hoe bereiken we bewoners van Zandveld die moeite hebben met lezen en met geldzaken?';
    const flags = ['--conclusion', 'Het werkt.', '--new-question', text, '--date', '2026-11-20'];
    const { code, stdout, stderr } = await kwp(['evaluate', '--kb', root, id, ...flags]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stderr).toContain(`Let op: ${V}/taal-en-geldzaken.md heeft dezelfde tekst`);
    await expectValid(root);
  });
});

describe('kwp evaluate, interactive, with flags', () => {
  it('shows the points given as flags before asking for more, and keeps them', async () => {
    const id = '2026-geldzaken-en-taal-zandveld';
    const root = kbWith();
    // After the status: the question the project took up is not answered (yet); then saved.
    const prompter = fakePrompter(['', '', '', '', '2026-11-20', { choose: 'Afgerond' }, false, true]);
    const flags = ['--conclusion', 'Het spreekuur werkt.'];
    const { code } = await kwp(['evaluate', '--kb', root, id, ...flags], { prompter });
    expect(code).toBe(0);
    expect(prompter.notes).toContain('Al ingevuld met de opties:\n  - Het spreekuur werkt.');
    expect(prompter.asked[0]!.message).toBe('Nog een conclusie? (Enter als je klaar bent)');
    expect(readCycle(root, projectPath(id)).data).toMatchObject({
      evaluatie: { conclusies: ['Het spreekuur werkt.'] },
    });
  });
});
