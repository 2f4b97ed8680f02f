// `kwp edit` in a real terminal (the binary under util-linux `script`): Enter on every prefilled
// answer leaves the file byte for byte; one answer typed over changes that key only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/kb.js';
import { assertBuilt, exampleKb, R, snapshot } from '../new/helpers.js';
import { KEY, scriptCommand, Terminal } from '../new/terminal.js';

const script = scriptCommand();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

const kwpTerminal = (args: string[]) => {
  const terminal = new Terminal([process.execPath, BIN, ...args], { NO_COLOR: '1' });
  open.push(terminal);
  return terminal;
};

describe.skipIf(!script)('kwp edit in a pseudo-terminal', () => {
  beforeAll(() => assertBuilt());

  it('a project: Enter on every prefilled answer: nothing to save, nothing asked, byte for byte', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const t = kwpTerminal(['edit', '--kb', root, '2026-jongeren-en-werk-havenkwartier']);
    await t.answer('Titel van het project:', KEY.enter);
    await t.answer(/Waar staat het project\?[\s\S]*❯ In voorbereiding/, KEY.enter);
    await t.answer(/Welk programma\?[\s\S]*❯ CDKM Rivelde/, KEY.enter);
    await t.answer('Centrale kennisvraag', KEY.enter);
    await t.answer('Sluit het aan op een eerder project?', KEY.enter);
    await t.answer('Inhoud op hoofdlijnen', KEY.enter);
    await t.answer(/Thema's[\s\S]*◉ IT/, KEY.enter);
    await t.answer(/In welk gebied[\s\S]*❯ Havenkwartier/, KEY.enter);
    await t.answer('Projectleider', KEY.enter);
    await t.answer('Contactpersoon', KEY.enter);
    await t.answer(/Betrokken partners[\s\S]*❯ \(klaar\)/, KEY.enter);
    await t.answer('Wat willen de stakeholders leren?', KEY.enter);
    await t.answer('Startdatum', KEY.enter);
    await t.answer('Tussentijds moment', KEY.enter);
    await t.answer('Einddatum', KEY.enter);
    await t.answer('Kosten: waarvoor?', KEY.enter);
    // Nothing would change, so there is nothing to show or to save: kwp says so once, and ends.
    await t.waitFor('Niets veranderd');
    expect(await t.ended()).toBe(0);
    expect(t.screen).not.toContain('Opslaan?');
    expect(snapshot(root)).toEqual(before);
  });

  it('a partner: one answer typed over, the diff shown and saved: only that line changes', async () => {
    const root = exampleKb();
    const path = `${R}/datalinde.md`;
    const original = readFileSync(join(root, path), 'utf8');
    const t = kwpTerminal(['edit', '--kb', root, 'datalinde']);
    await t.answer('Naam van de organisatie:', KEY.enter);
    await t.answer(/Tot welke groep hoort die\?[\s\S]*❯ ondernemers/, KEY.enter);
    await t.answer('Aanspreekpunt', KEY.enter);
    await t.answer('Website', `${KEY.ctrlU}www.datalinde.nl${KEY.enter}`);
    await t.waitFor('+website: https://www.datalinde.nl');
    await t.answer('Deze wijziging opslaan?', KEY.enter);
    await t.waitFor('gewijzigd: website');
    expect(await t.ended()).toBe(0);
    expect(readFileSync(join(root, path), 'utf8')).toBe(
      original.replace('website: https://datalinde.example.org', 'website: https://www.datalinde.nl'),
    );
  });
});
