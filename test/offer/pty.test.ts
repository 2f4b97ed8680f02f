// `kwp new aanbod` through the real prompts in a pseudo-terminal: keystrokes in, the screen out,
// the file checked. The real binary (bin/kwp.js) runs under util-linux `script`, which gives it a pty.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/kb.js';
import { assertBuilt, exampleKb, expectValid, readBack, snapshot } from '../new/helpers.js';
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

describe.skipIf(!script)('kwp new aanbod in a pseudo-terminal', () => {
  beforeAll(() => assertBuilt());

  it('answered key by key: the school chosen, a period with its intake, written and valid', async () => {
    const root = exampleKb();
    const t = kwpTerminal(['new', 'aanbod', '--kb', root]);
    await t.answer('Titel van het aanbod', `Stage Buurtwerk 2027${KEY.enter}`);
    await t.answer(/Van welke school is het aanbod\?[\s\S]*❯ Groen College Hooilanden \(mbo\)/, KEY.down);
    await t.answer('❯ Hogeschool Rivelde (hbo)', KEY.down);
    await t.answer('❯ ROC Rivelde (mbo)', KEY.enter);
    // The level of the school chosen is offered.
    await t.answer(/Op welk niveau\?[\s\S]*❯ mbo/, KEY.enter);
    await t.answer('Welke opleiding?', `Sociaal Werk${KEY.enter}`);
    await t.answer(/Welke vorm heeft het\?[\s\S]*❯ \(geen\)/, KEY.down.repeat(4));
    await t.answer('❯ stage', KEY.enter);
    await t.answer(/Hoe intensief[\s\S]*❯ \(geen\)/, KEY.enter);
    await t.answer(/Aan welke thema's[\s\S]*❯\s*◯ duurzaamheid/, KEY.enter);
    await t.answer(/In welke gebieden[\s\S]*❯\s*◯ Binnenstad/, KEY.space);
    await t.answer('◉ Binnenstad', KEY.enter);
    await t.answer('Periode 1: naam', `najaar${KEY.enter}`);
    await t.answer('Periode 1: startdatum', `2027-09-01${KEY.enter}`);
    // An end before the start is refused on the spot and asked again.
    await t.answer('Periode 1: einddatum', `2027-08-01${KEY.enter}`);
    await t.answer('Deze datum ligt voor 2027-09-01', `${KEY.ctrlU}2028-01-28${KEY.enter}`);
    await t.answer('Enter: 2027-08-31, de dag voor de start', `2027-06-30${KEY.enter}`);
    await t.answer('Periode 1: hoeveel studenten', `12${KEY.enter}`);
    await t.answer('Periode 1: hoeveel vragen', KEY.enter);
    await t.answer('Nog een periode?', `n${KEY.enter}`);
    await t.answer('Contactpersoon', KEY.enter);
    await t.waitFor('Dit wordt het bestand:');
    await t.answer('Opslaan?', KEY.enter);
    const path = 'knowledge/aanbod/stage-buurtwerk-2027.md';
    await t.waitFor(path);
    expect(await t.ended()).toBe(0);
    expect(readBack(root, path).data).toMatchObject({
      titel: 'Stage Buurtwerk 2027',
      instelling: 'ROC Rivelde',
      niveau: 'mbo',
      opleiding: 'Sociaal Werk',
      vorm: 'stage',
      gebied: ['Binnenstad'],
      periodes: [
        { naam: 'najaar', start: '2027-09-01', einde: '2028-01-28', intake_tot: '2027-06-30', studenten: 12 },
      ],
      status: 'open',
    });
    await expectValid(root);
  });

  it('kwp edit on an offer: Enter on every prefilled answer, through both periods, writes nothing', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const t = kwpTerminal(['edit', 'afstuderen-built-environment-2026-2027', '--kb', root]);
    await t.answer('Titel van het aanbod', KEY.enter);
    await t.answer(/Van welke school is het aanbod\?[\s\S]*❯ Hogeschool Rivelde \(hbo\)/, KEY.enter);
    await t.answer(/Op welk niveau\?[\s\S]*❯ hbo/, KEY.enter);
    await t.answer('Welke opleiding?', KEY.enter);
    await t.answer(/Welke vorm heeft het\?[\s\S]*❯ afstuderen/, KEY.enter);
    await t.answer(/Hoe intensief[\s\S]*❯ laag/, KEY.enter);
    await t.answer(/Aan welke thema's[\s\S]*◉ duurzaamheid/, KEY.enter);
    await t.answer(/In welke gebieden[\s\S]*◉ Rivierenwijk/, KEY.enter);
    for (const n of [1, 2]) {
      await t.answer(`Periode ${n}: naam`, KEY.enter);
      await t.answer(`Periode ${n}: startdatum`, KEY.enter);
      await t.answer(`Periode ${n}: einddatum`, KEY.enter);
      await t.answer(`Periode ${n}: tot wanneer`, KEY.enter);
      await t.answer(`Periode ${n}: hoeveel studenten`, KEY.enter);
      await t.answer(`Periode ${n}: hoeveel vragen`, KEY.enter);
      // After the first period another is offered (the file has two); after the last, none.
      await t.answer('Nog een periode?', KEY.enter);
    }
    await t.answer('Contactpersoon', KEY.enter);
    await t.answer(/Status:[\s\S]*❯ open/, KEY.enter);
    await t.waitFor('Niets veranderd');
    expect(await t.ended()).toBe(0);
    expect(snapshot(root)).toEqual(before);
  });
});
