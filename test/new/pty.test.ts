// The real prompts, end to end, in a real pseudo-terminal: keystrokes in, the screen out, the file
// checked. The real binary (bin/kwp.js) runs under util-linux `script`, which gives it a pty.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/kb.js';
import { assertBuilt, exampleKb, expectValid, P, R, readBack, snapshot } from './helpers.js';
import { KEY, scriptCommand, Terminal } from './terminal.js';

const script = scriptCommand();
if (!script)
  console.warn('pty tests skipped: util-linux `script` is not installed (apt-get install bsdutils)');

const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

const kwpTerminal = (args: string[]) => {
  const terminal = new Terminal([process.execPath, BIN, ...args], { NO_COLOR: '1' });
  open.push(terminal);
  return terminal;
};

describe.skipIf(!script)('the real prompts in a pseudo-terminal', () => {
  beforeAll(() => assertBuilt());

  it('kwp new project: answered key by key, the file written, valid, with the answers', async () => {
    const root = exampleKb();
    const t = kwpTerminal(['new', 'project', '--kb', root]);
    await t.answer('Titel van het project:', `Groene daken in de pty${KEY.enter}`);
    await t.answer(/Waar staat het project\?[\s\S]*❯ In voorbereiding/, KEY.enter);
    // Arrow keys: the second programme.
    await t.answer(/Welk programma\?[\s\S]*❯ Leren met de Stad/, KEY.down);
    await t.answer('❯ CDKM Rivelde', KEY.enter);
    await t.answer('Centrale kennisvraag:', `Hoe worden daken groen?${KEY.enter}`);
    await t.answer('Sluit het aan op een eerder project?', `y${KEY.enter}`);
    // Search by typing: the match comes first, above "(klaar)", so Enter takes it.
    await t.answer('Op welk project?', 'hittekaart');
    await t.answer(
      /❯ Hittekaart van de Rivierenwijk \(2024-hittekaart-rivierenwijk\)\n\s+\(klaar\)/,
      KEY.enter,
    );
    await t.answer(/Nog een eerder project\?[\s\S]*❯ \(klaar\)/, KEY.enter);
    await t.answer('Inhoud op hoofdlijnen', KEY.enter); // optional in voorbereiding: skipped
    // Checkbox: space marks the first theme (duurzaamheid), enter confirms.
    await t.answer(/Thema's[\s\S]*❯\s*◯ duurzaamheid/, KEY.space);
    await t.answer('◉ duurzaamheid', KEY.enter);
    await t.answer(/In welk gebied[\s\S]*❯ \(geen\)/, KEY.down);
    await t.answer('❯ Binnenstad', KEY.enter);
    await t.answer('Projectleider', KEY.enter);
    await t.answer('Contactpersoon', `Ahmed Yilmaz <a.yilmaz@example.org>${KEY.enter}`);
    await t.answer(/Betrokken partners[\s\S]*❯ \(klaar\)/, KEY.enter);
    await t.answer('Wat willen de stakeholders leren?', KEY.enter);
    // An impossible date is refused on the spot and asked again.
    await t.answer('Startdatum', `2026-02-30${KEY.enter}`);
    await t.answer('Dat is geen bestaande datum', `${KEY.ctrlU}2026-02-28${KEY.enter}`);
    await t.answer('Tussentijds moment', KEY.enter);
    await t.answer('Einddatum', `2026-06-30${KEY.enter}`);
    await t.answer('Kosten: waarvoor?', KEY.enter);
    await t.waitFor('Dit wordt het bestand:');
    await t.answer('Opslaan?', KEY.enter);
    const path = `${P}/2026-groene-daken-in-de-pty.md`;
    await t.waitFor(path);
    expect(await t.ended()).toBe(0);

    const { data } = readBack(root, path);
    expect(data).toMatchObject({
      titel: 'Groene daken in de pty',
      status: 'voorbereiding',
      programma: 'CDKM Rivelde',
      kennisvraag: 'Hoe worden daken groen?',
      vervolg_op: ['2024-hittekaart-rivierenwijk'],
      thema: ['duurzaamheid'],
      gebied: 'Binnenstad',
      contactpersoon: { naam: 'Ahmed Yilmaz', email: 'a.yilmaz@example.org' },
      planning: { start: '2026-02-28', einde: '2026-06-30' },
    });
    await expectValid(root);
  });

  it('kwp new partner: answered, confirmed, written', async () => {
    const root = exampleKb();
    const t = kwpTerminal(['new', 'partner', '--kb', root]);
    await t.answer('Naam van de organisatie:', `ROC Rivelde${KEY.enter}`);
    // Already in the register: refused as typed.
    await t.answer('staat al in het register', `${KEY.ctrlU}Vakschool Noord${KEY.enter}`);
    await t.answer(/Tot welke groep hoort die\?[\s\S]*❯ ondernemers/, KEY.down);
    await t.answer('❯ onderwijs', KEY.enter);
    await t.answer(/Op welk niveau leidt Vakschool Noord op\?[\s\S]*❯ vmbo/, KEY.down);
    await t.answer('❯ mbo', KEY.enter);
    await t.answer('Aanspreekpunt', `Jan Smit <j.smit@example.org>${KEY.enter}`);
    await t.answer('Website', `https://vakschool-noord.example.org${KEY.enter}`);
    await t.waitFor('naam: Vakschool Noord');
    await t.answer('Opslaan?', KEY.enter);
    await t.waitFor(`${R}/vakschool-noord.md`);
    expect(await t.ended()).toBe(0);
    expect(readBack(root, `${R}/vakschool-noord.md`).data).toMatchObject({
      naam: 'Vakschool Noord',
      groep: 'onderwijs',
      niveau: 'mbo',
      aanspreekpunt: { naam: 'Jan Smit', email: 'j.smit@example.org' },
    });
    await expectValid(root);
  });

  it.each([
    ['at the first question', 0, 'Titel van het project:'],
    ['in a list, after two answers', 2, 'Welk programma?'],
    ['while typing a question', 3, 'Centrale kennisvraag:'],
  ])(
    'Ctrl-C %s: exit 2, a short message, no stack trace, nothing written',
    async (_, answered, at) => {
      const root = exampleKb();
      const before = snapshot(root);
      const t = kwpTerminal(['new', 'project', '--kb', root]);
      const steps: [string, string][] = [
        ['Titel van het project:', `Afbreken${KEY.enter}`],
        ['Waar staat het project?', KEY.enter],
        ['Welk programma?', KEY.enter],
      ];
      for (const [prompt, keys] of steps.slice(0, answered as number)) await t.answer(prompt, keys);
      await t.answer(at as string, answered === 3 ? `Half getypt${KEY.ctrlC}` : KEY.ctrlC);
      await t.waitFor('Afgebroken: er is niets geschreven.');
      expect(await t.ended()).toBe(2);
      expect(t.screen).not.toMatch(/\n\s+at /);
      expect(snapshot(root)).toEqual(before);
    },
    60_000,
  );

  it('declining the confirmation: exit 0, nothing written', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const t = kwpTerminal(['new', 'vraag', '--kb', root]);
    await t.answer('De kennisvraag:', `Wie maait het gras?${KEY.enter}`);
    await t.answer(/Waar komt de vraag vandaan\?[\s\S]*❯ Intake/, KEY.enter);
    await t.answer('Vraageigenaar', KEY.enter);
    await t.answer("Thema's", KEY.enter);
    await t.answer('In welk gebied', KEY.enter);
    await t.answer('Wensen voor het onderwijs opgeven?', KEY.enter);
    await t.answer('Opslaan?', `n${KEY.enter}`);
    await t.waitFor('er is niets geschreven');
    expect(await t.ended()).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });
});
