// `kwp new project --from-question` in a real pseudo-terminal: the offers that fit the question come
// first, as choices, best first, each with its points; the one chosen plans the project (school as
// partner, planning from the period, the offer in `aanbod`). The offers here run in 2090, so the
// answer is the same whatever day the test runs (the binary reads the real clock).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, makeKb } from '../helpers/kb.js';
import { assertBuilt, expectValid, P, readBack } from '../new/helpers.js';
import { KEY, scriptCommand, Terminal } from '../new/terminal.js';

const script = scriptCommand();
if (!script)
  console.warn('pty tests skipped: util-linux `script` is not installed (apt-get install bsdutils)');

const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

const school = (id: string, naam: string, niveau: string) =>
  `---\nid: ${id}\nnaam: ${naam}\ngroep: onderwijs\nniveau: ${niveau}\n---\n`;

const kb = () =>
  makeKb({
    'knowledge/partners/hogeschool-toekomst.md': school('hogeschool-toekomst', 'Hogeschool Toekomst', 'hbo'),
    'knowledge/partners/roc-toekomst.md': school('roc-toekomst', 'ROC Toekomst', 'mbo'),
    // Shares the theme, intensive: the best.
    'knowledge/aanbod/minor-toekomst.md': `---
id: minor-toekomst
titel: Minor Toekomst
instelling: Hogeschool Toekomst
niveau: hbo
opleiding: Social Work
vorm: minor
csl_niveau: intensief
thema: [armoede]
periodes:
  - {naam: semester 2, start: 2090-02-05, einde: 2090-06-29, intake_tot: 2089-12-15, studenten: 20, vragen: 2}
---
`,
    // Any theme, the whole werkplaats, little service learning: second.
    'knowledge/aanbod/project-toekomst.md': `---
id: project-toekomst
titel: Project Toekomst
instelling: ROC Toekomst
niveau: mbo
opleiding: Maatschappelijke Zorg
vorm: project
csl_niveau: laag
periodes:
  - {naam: blok 3, start: 2090-02-01, einde: 2090-04-13, intake_tot: 2089-12-01, studenten: 12, vragen: 1}
---
`,
    'knowledge/kennisvragen/geld-in-de-toekomst.md': `---
id: geld-in-de-toekomst
vraag: Hoe praten buren over geldzorgen?
status: open
bron: intake
thema: [armoede]
niveau: [mbo, hbo]
gewenst: {van: 2090-01-01}
---
`,
  });

describe.skipIf(!script)('kwp new project --from-question in a terminal', () => {
  beforeAll(() => assertBuilt());

  it('offers the fitting offers best first, with their reasons; the one chosen plans the project', async () => {
    const root = kb();
    const t = new Terminal(
      [process.execPath, BIN, 'new', 'project', '--kb', root, '--from-question', 'geld-in-de-toekomst'],
      {
        NO_COLOR: '1',
      },
    );
    open.push(t);
    await t.waitFor(/In welk onderwijsaanbod voer je dit project uit\?/);
    // Best first, each with its points; the reasons of the highlighted one are shown.
    await t.waitFor(
      /❯ Minor Toekomst — semester 2: 2090-02-05 – 2090-06-29 \(6 punten\)\n\s+Project Toekomst — blok 3: 2090-02-01 – 2090-04-13 \(2 punten\)\n\s+Zonder onderwijsaanbod/,
    );
    await t.answer('gedeeld thema: armoede; werkt in de hele werkplaats; csl-niveau intensief', KEY.enter);
    await t.answer('Titel van het project:', `Geldzorgen bespreekbaar${KEY.enter}`);
    await t.answer('Waar staat het project?', KEY.enter);
    await t.answer('Welk programma?', KEY.enter);
    await t.answer('Centrale kennisvraag:', KEY.enter);
    await t.answer('Inhoud op hoofdlijnen', KEY.enter);
    await t.answer(/Thema's[\s\S]*◉ armoede/, KEY.enter);
    await t.answer('In welk gebied', KEY.enter);
    await t.answer('Projectleider', KEY.enter);
    await t.answer('Contactpersoon', `Ahmed Yilmaz <a.yilmaz@example.org>${KEY.enter}`);
    // The school is a partner already, with what the offer says.
    await t.answer(/Nog een partner\? \(gekozen: Hogeschool Toekomst\)[\s\S]*❯ \(klaar\)/, KEY.enter);
    await t.answer('Wat willen de stakeholders leren?', KEY.enter);
    await t.answer(/Startdatum[^\n]*2090-02-05/, KEY.enter);
    await t.answer('Tussentijds moment', KEY.enter);
    await t.answer(/Einddatum[^\n]*2090-06-29/, KEY.enter);
    await t.answer('Kosten: waarvoor?', KEY.enter);
    await t.answer('Dekking: welke partner draagt bij?', KEY.enter);
    await t.waitFor('Dit wordt het bestand:');
    await t.answer('Opslaan?', KEY.enter);
    const path = `${P}/2090-geldzorgen-bespreekbaar.md`;
    await t.waitFor(path);
    expect(await t.ended()).toBe(0);
    expect(readBack(root, path).data).toMatchObject({
      kennisvragen: ['geld-in-de-toekomst'],
      csl_niveau: 'intensief',
      partners: [
        {
          naam: 'Hogeschool Toekomst',
          groep: 'onderwijs',
          niveau: 'hbo',
          opleiding: 'Social Work',
          studenten: 20,
        },
      ],
      planning: { start: '2090-02-05', einde: '2090-06-29' },
      aanbod: ['minor-toekomst'],
    });
    await expectValid(root);
  });
});
