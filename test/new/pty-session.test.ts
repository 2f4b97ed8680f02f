// Issue 12, done when: one whole working session in a real pseudo-terminal, typed the way people
// type. `kwp init`, `kwp new partner`, `kwp new project` and `kwp evaluate`, with the usual mistakes
// (a website without https://, a date that does not exist, a theme's name typed into the checklist,
// `gem` + Enter in the partner search, people without angle brackets), ends in a knowledge base that
// `kwp validate` finds clean, with every answer in the files. Every step waits for text, never time.
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GIT_IDENTITY } from '../helpers/git.js';
import { BIN, kwpProcess, tempDir } from '../helpers/kb.js';
import { assertBuilt, exampleKb, expectValid, P, R, readBack, snapshot, V } from './helpers.js';
import { KEY, scriptCommand, Terminal } from './terminal.js';
import { readSourceFile } from '../../src/core/read-file.js';
import { readYamlFull } from '../../src/core/yaml-full.js';
import { readFileSync } from 'node:fs';

const script = scriptCommand();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

describe.skipIf(!script)('a whole session in a real terminal (issue 12)', () => {
  beforeAll(() => assertBuilt());

  it('init, new partner, new project, evaluate: forgiving prompts, valid files, no answer lost', async () => {
    const home = tempDir();
    const env = {
      NO_COLOR: '1',
      HOME: home,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      ...GIT_IDENTITY,
    };
    const session = (args: string[]) => {
      const terminal = new Terminal([process.execPath, BIN, ...args], env);
      open.push(terminal);
      const answer = (prompt: string | RegExp, keys: string) => terminal.answer(prompt, keys);
      const waitFor = (text: string | RegExp) => terminal.waitFor(text);
      return { terminal, answer, waitFor };
    };
    const root = join(home, 'zuid');

    // kwp init: the manager typed without angle brackets.
    {
      const { terminal, answer, waitFor } = session(['init', root]);
      await answer('Naam van de werkplaats:', `Kenniswerkplaats Zuid${KEY.enter}`);
      await answer("Programma's", `Leren met de Stad${KEY.enter}`);
      await answer("Thema's", `duurzaamheid, armoede, eenzaamheid${KEY.enter}`);
      await answer('Gebieden of wijken', `Centrum, Noord${KEY.enter}`);
      await answer('Manager van de Kenniswerkplaats', `Femke de Vries f.devries@example.org${KEY.enter}`);
      await answer('hoeveel studenten', `40${KEY.enter}`);
      await answer('in hoeveel gebieden', `2${KEY.enter}`);
      await answer('hoeveel projecten', `3${KEY.enter}`);
      await answer(/Waar komt de repository te staan\?[\s\S]*❯ GitHub/, `${KEY.down}${KEY.down}`);
      await answer('❯ Ergens anders', KEY.enter);
      await waitFor('manager:     Femke de Vries <f.devries@example.org>');
      await answer('Kennisbank zo aanmaken?', KEY.enter);
      await waitFor('Nieuwe kennisbank');
      expect(await terminal.ended()).toBe(0);
    }

    // kwp new partner: a contact with a comma, a website without https:// (after one that is none).
    {
      const { terminal, answer, waitFor } = session(['new', 'partner', '--kb', root]);
      await answer('Naam van de organisatie:', `Gemeente Zuid${KEY.enter}`);
      await answer(/Tot welke groep hoort die\?[\s\S]*❯ ondernemers/, `${KEY.down}${KEY.down}${KEY.down}`);
      await answer('❯ overheid', KEY.enter);
      await answer('Aanspreekpunt', `Jan Smit, j.smit@example.org${KEY.enter}`);
      await answer('Website', `gemeente zuid${KEY.enter}`);
      await answer('Dat is geen webadres', `${KEY.ctrlU}www.gemeentezuid.nl${KEY.enter}`);
      await waitFor('Opgeslagen als https://www.gemeentezuid.nl.');
      await waitFor('website: https://www.gemeentezuid.nl');
      await answer('Opslaan?', KEY.enter);
      await waitFor(`${R}/gemeente-zuid.md`);
      expect(await terminal.ended()).toBe(0);
    }

    // kwp new project.
    const path = `${P}/2026-bakkerij-in-de-wijk.md`;
    {
      const { terminal, answer, waitFor } = session(['new', 'project', '--kb', root]);
      await answer('Titel van het project:', `Bakkerij in de wijk${KEY.enter}`);
      await answer(/Waar staat het project\?[\s\S]*❯ In voorbereiding/, KEY.enter);
      await answer(/Welk programma\?[\s\S]*❯ Leren met de Stad/, KEY.enter);
      await answer('Centrale kennisvraag:', `Hoe blijft de bakker in de wijk?${KEY.enter}`);
      await answer('Inhoud op hoofdlijnen', `Studenten zoeken met de bakker naar samen inkopen.${KEY.enter}`);
      // The checklist: a Dutch key hint, and typing a theme's name selects nothing (with the
      // one-letter shortcuts, the `a` of armoede selected every theme). Then down, space, enter.
      await answer(/Thema's[\s\S]*spatie = aan\/uit, enter = klaar/, `armoede${KEY.down}`);
      await answer(/◯ duurzaamheid\n❯\s*◯ armoede\n\s*◯ eenzaamheid/, KEY.space);
      await answer(/❯\s*◉ armoede/, KEY.enter);
      await answer(/In welk gebied[\s\S]*❯ \(geen\)/, KEY.down);
      await answer('❯ Centrum', KEY.enter);
      await answer('Projectleider', `Femke de Vries f.devries@example.org${KEY.enter}`);
      await answer('Contactpersoon', `Ahmed Yilmaz (a.yilmaz@example.org)${KEY.enter}`);
      // Partner search: `gem` puts Gemeente Zuid on top, so Enter takes it.
      await answer(/Betrokken partners[\s\S]*❯ \(klaar\)/, 'gem');
      await answer(/❯ Gemeente Zuid/, KEY.enter);
      await answer(/Nog een partner\?[\s\S]*❯ \(klaar\)/, KEY.enter);
      // Learning goals: the question agrees with the group.
      await answer('Wie wil iets leren?', `bewoners${KEY.enter}`);
      await answer('Wat willen bewoners leren?', `hoe ze samen inkopen${KEY.enter}`);
      await answer('Wie wil er nog iets leren?', `de gemeente${KEY.enter}`);
      await answer('Wat wil de gemeente leren?', `wat de bakker nodig heeft${KEY.enter}`);
      await answer('Wie wil er nog iets leren?', KEY.enter);
      // A date that does not exist is refused where it is typed, and asked again.
      await answer('Startdatum', `2026-02-30${KEY.enter}`);
      await answer(/geen bestaande datum|bedoel je/, `${KEY.ctrlU}2026-03-01${KEY.enter}`);
      await answer('Tussentijds moment', KEY.enter);
      await answer('Einddatum', `2026-12-31${KEY.enter}`);
      await answer('Kosten: waarvoor?', `ovenhuur${KEY.enter}`);
      await answer('Bedrag voor ovenhuur', `12 euro${KEY.enter}`);
      await answer('Vul een bedrag in euro in', `${KEY.ctrlU}1200${KEY.enter}`);
      await answer('Nog een kostenpost?', KEY.enter);
      // The funder is chosen from the project's partners.
      await answer(/Dekking: welke partner draagt bij\?[\s\S]*❯ \(klaar\)/, 'zuid');
      await answer(/❯ Gemeente Zuid/, KEY.enter);
      await answer('Hoeveel euro draagt Gemeente Zuid bij?', `1200${KEY.enter}`);
      await answer('Hoeveel uren draagt Gemeente Zuid bij?', KEY.enter);
      await answer(/Nog een partner die bijdraagt\?[\s\S]*❯ \(klaar\)/, KEY.enter);
      await waitFor('Dit wordt het bestand:');
      await answer('Opslaan?', KEY.enter);
      await waitFor(path);
      expect(await terminal.ended()).toBe(0);
    }

    // kwp evaluate: a project in voorbereiding is told to become gestopt; an empty list shows (geen).
    {
      const { terminal, answer, waitFor } = session(['evaluate', '2026-bakkerij-in-de-wijk', '--kb', root]);
      await answer('Belangrijkste conclusie', `De bakker blijft als bewoners samen inkopen.${KEY.enter}`);
      await answer('Nog een conclusie?', KEY.enter);
      await waitFor('bewoners: hoe ze samen inkopen');
      await answer('Leerpunt', `Samen inkopen werkt.${KEY.enter}`);
      await answer('Nog een leerpunt?', KEY.enter);
      await answer('Verbeterpunt', KEY.enter);
      await answer('Nieuwe kennisvraag', `Wie bezorgt het brood?${KEY.enter}`);
      await answer('Nog een nieuwe kennisvraag?', KEY.enter);
      await answer('Datum van de evaluatie', `2026-12-01${KEY.enter}`);
      await waitFor('kwp evaluate zet de status op gestopt');
      await waitFor('verbeterpunten:\n  (geen)');
      await answer('Opslaan?', KEY.enter);
      await waitFor(path);
      expect(await terminal.ended()).toBe(0);
    }

    // kwp validate: clean.
    const validate = kwpProcess(['validate', '--kb', root], { env });
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('geen problemen');
    expect(validate.code).toBe(0);
    await expectValid(root);

    // Every answer is in the files.
    const werkplaats = readSourceFile(
      'knowledge/werkplaats.md',
      'werkplaats',
      readFileSync(join(root, 'knowledge/werkplaats.md')),
      readYamlFull,
    )!.data;
    expect(werkplaats).toMatchObject({
      naam: 'Kenniswerkplaats Zuid',
      programmas: ['Leren met de Stad'],
      themas: ['duurzaamheid', 'armoede', 'eenzaamheid'],
      gebieden: ['Centrum', 'Noord'],
      rollen: { manager: { naam: 'Femke de Vries', email: 'f.devries@example.org' } },
      doelen: { studenten: 40, gebieden: 2, projecten: 3 },
    });
    expect(readBack(root, `${R}/gemeente-zuid.md`).data).toMatchObject({
      naam: 'Gemeente Zuid',
      groep: 'overheid',
      aanspreekpunt: { naam: 'Jan Smit', email: 'j.smit@example.org' },
      website: 'https://www.gemeentezuid.nl',
    });
    const { data } = readBack(root, path);
    expect(readBack(root, path).body).toContain('Studenten zoeken met de bakker naar samen inkopen.');
    expect(data).toMatchObject({
      titel: 'Bakkerij in de wijk',
      status: 'gestopt',
      programma: 'Leren met de Stad',
      kennisvraag: 'Hoe blijft de bakker in de wijk?',
      thema: ['armoede'],
      gebied: 'Centrum',
      projectleider: { naam: 'Femke de Vries', email: 'f.devries@example.org' },
      contactpersoon: { naam: 'Ahmed Yilmaz', email: 'a.yilmaz@example.org' },
      partners: [{ naam: 'Gemeente Zuid', groep: 'overheid' }],
      leerdoelen: [
        { wie: 'bewoners', wat: 'hoe ze samen inkopen' },
        { wie: 'de gemeente', wat: 'wat de bakker nodig heeft' },
      ],
      planning: { start: '2026-03-01', einde: '2026-12-31' },
      begroting: {
        kosten: [{ post: 'ovenhuur', bedrag: 1200 }],
        dekking: [{ partner: 'Gemeente Zuid', bedrag: 1200 }],
      },
      evaluatie: {
        datum: '2026-12-01',
        conclusies: ['De bakker blijft als bewoners samen inkopen.'],
        leerpunten: ['Samen inkopen werkt.'],
        nieuwe_kennisvragen: ['wie-bezorgt-het-brood'],
      },
    });
    expect(readBack(root, `${V}/wie-bezorgt-het-brood.md`).data).toMatchObject({
      vraag: 'Wie bezorgt het brood?',
      bron: 'evaluatie',
      project: '2026-bakkerij-in-de-wijk',
    });
  });

  it('kwp new vraag: a question already registered is offered; a search without results says so in Dutch', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const env = { NO_COLOR: '1' };
    const same = new Terminal([process.execPath, BIN, 'new', 'vraag', '--kb', root], env);
    open.push(same);
    await same.answer(
      'De kennisvraag:',
      `hoe bereiken we bewoners van zandveld die moeite hebben met lezen en met geldzaken${KEY.enter}`,
    );
    await same.waitFor(`Deze vraag staat al in het register`);
    await same.answer(/Wat wil je doen\?[\s\S]*❯ Het bestaande gebruiken/, KEY.enter);
    await same.waitFor(`Er is niets geschreven; het bestaande staat in ${V}/taal-en-geldzaken.md.`);
    expect(await same.ended()).toBe(0);
    expect(snapshot(root)).toEqual(before);

    const none = new Terminal([process.execPath, BIN, 'new', 'vraag', '--kb', root], env);
    open.push(none);
    await none.answer('De kennisvraag:', `Wie maait het gras?${KEY.enter}`);
    await none.answer(/Waar komt de vraag vandaan\?[\s\S]*❯ Intake/, KEY.down);
    await none.answer('❯ Ontstaan tijdens een project', KEY.enter);
    await none.answer('In welk project ontstond de vraag?', 'zzzz');
    await none.answer('Niets gevonden; typ iets anders.', KEY.ctrlC);
    expect(await none.ended()).toBe(2);
    expect(none.screen).not.toContain('No results');
  });
});
