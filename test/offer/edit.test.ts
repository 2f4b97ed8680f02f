// `kwp edit <aanbod>`: from flags, byte for byte beside what changes (--period replacing the periods,
// each checked), flags of other kinds stopping with exit 2 and writing nothing; and in a terminal the
// questions of `kwp new aanbod`, filled in with what the file says, then the status.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kwp, makeKb } from '../helpers/kb.js';
import { exampleKb, snapshot } from '../new/helpers.js';

const PATH = 'knowledge/aanbod/stage-zorg.md';
const OFFER = `---
id: stage-zorg
titel: Stage Zorg en Welzijn
instelling: ROC Test   # de school
niveau: mbo
thema: [armoede]
periodes:
  - {start: 2026-09-01, einde: 2027-01-29}
---

Twintig weken stage.
`;

function kb(): string {
  return makeKb({
    'knowledge/partners/roc-test.md':
      '---\nid: roc-test\nnaam: ROC Test\ngroep: onderwijs\nniveau: mbo\n---\n',
    [PATH]: OFFER,
  });
}

describe('kwp edit <aanbod>', () => {
  it('changes status, form and themes from flags, and nothing else', async () => {
    const root = kb();
    const { code, stdout } = await kwp([
      'edit',
      '--kb',
      root,
      'stage-zorg',
      '--status',
      'vol',
      '--form',
      'stage',
      '--add-theme',
      'IT',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('gewijzigd: status, vorm, thema');
    const text = readFileSync(join(root, PATH), 'utf8');
    expect(text).toContain('instelling: ROC Test   # de school\n');
    expect(text).toContain('thema: [armoede, IT]\n');
    expect(text).toMatch(/^status: vol$/m);
    expect(text).toMatch(/^vorm: stage$/m);
    expect(text.endsWith('\nTwintig weken stage.\n')).toBe(true);
    expect((await kwp(['validate', '--kb', root])).code).toBe(0);
  });

  it('refuses a form or status an offer cannot have, and a flag of another kind (exit 2, nothing written)', async () => {
    const root = kb();
    const cases: [string[], string][] = [
      [['--form', 'cursus'], 'Toegestaan: vak, project, minor, stage, afstuderen, challenge, onderzoek.'],
      [['--status', 'lopend'], 'Toegestaan: open, vol, gestopt.'],
      [['--lead', 'Eva <eva@example.org>'], '--lead hoort niet bij een onderwijsaanbod'],
    ];
    for (const [flags, said] of cases) {
      const { code, stderr } = await kwp(['edit', '--kb', root, 'stage-zorg', ...flags]);
      expect(code, flags.join(' ')).toBe(2);
      expect(stderr).toContain(said);
      expect(readFileSync(join(root, PATH), 'utf8')).toBe(OFFER);
    }
  });

  it('--period replaces the periods, each checked; a bad one is refused with nothing written', async () => {
    const root = kb();
    const ok = await kwp([
      ...['edit', '--kb', root, 'stage-zorg'],
      ...['--period', '2026-09-01..2027-01-29,2026-06-30,12,2,najaar', '--period', '2027-02-01..2027-06-30'],
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('gewijzigd: periodes');
    const text = readFileSync(join(root, PATH), 'utf8');
    expect(text).toBe(
      OFFER.replace(
        '  - {start: 2026-09-01, einde: 2027-01-29}\n',
        '  - {naam: najaar, start: 2026-09-01, einde: 2027-01-29, intake_tot: 2026-06-30, studenten: 12, vragen: 2}\n' +
          '  - {start: 2027-02-01, einde: 2027-06-30}\n',
      ),
    );
    expect((await kwp(['validate', '--kb', root])).code).toBe(0);
    const cases: [string, string][] = [
      ['2027-02-01..2027-01-29', 'Periode 1: het einde 2027-01-29 ligt voor de start 2027-02-01.'],
      [
        '2027-02-01..2027-06-30,2027-03-01',
        'Periode 1: aanmelden tot 2027-03-01 ligt na de start 2027-02-01.',
      ],
      ['2027-02-31..2027-06-30', '--period "2027-02-31" is geen bestaande datum'],
      ['2027-02-01..2027-06-30,,-1', 'studenten moet een heel getal van 0 of meer zijn, niet "-1"'],
    ];
    const written = readFileSync(join(root, PATH), 'utf8');
    for (const [period, said] of cases) {
      const { code, stderr } = await kwp(['edit', '--kb', root, 'stage-zorg', '--period', period]);
      expect(code, period).toBe(2);
      expect(stderr).toContain(said);
      expect(readFileSync(join(root, PATH), 'utf8')).toBe(written);
    }
  });

  it('an institution that is a company is refused by the rules (exit 2, nothing written)', async () => {
    const root = makeKb({
      'knowledge/partners/roc-test.md':
        '---\nid: roc-test\nnaam: ROC Test\ngroep: onderwijs\nniveau: mbo\n---\n',
      'knowledge/partners/bakkerij.md': '---\nid: bakkerij\nnaam: Bakkerij Rond\ngroep: ondernemers\n---\n',
      [PATH]: OFFER,
    });
    const { code, stderr } = await kwp([
      'edit',
      '--kb',
      root,
      'stage-zorg',
      '--institution',
      'Bakkerij Rond',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('met groep ondernemers');
    expect(readFileSync(join(root, PATH), 'utf8')).toBe(OFFER);
  });
});

describe('kwp edit <aanbod> with the questions', () => {
  const keepAll = () => fakePrompter(Array.from({ length: 200 }, () => ({ keep: true }) as Answer));

  it('Enter on every prefilled answer leaves every offer of the example byte for byte', async () => {
    const root = exampleKb();
    const ids = readdirSync(join(root, 'knowledge/aanbod')).map((n) => n.replace(/\.md$/, ''));
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      const before = snapshot(root);
      const prompter = keepAll();
      const { code, stderr } = await kwp(['edit', '--kb', root, id], { tty: true, prompter });
      expect(code, `${id}: ${stderr}`).toBe(0);
      expect(snapshot(root), id).toEqual(before);
      expect(
        prompter.asked.some((a) => a.message.startsWith('Periode 1: startdatum')),
        id,
      ).toBe(true);
    }
  });

  it('the questions come filled in; changed answers change their keys only, after the diff is confirmed', async () => {
    const root = kb();
    const keep = { keep: true } as const;
    const prompter = fakePrompter([
      ...[keep, keep, keep], // titel, school, niveau
      'Zorg en Welzijn', // opleiding
      { choose: 'stage' }, // vorm
      keep, // csl
      keep, // thema's
      keep, // gebieden
      ...[keep, keep, keep, '2026-06-30', '12', keep], // periode 1
      true, // nog een periode?
      ...['voorjaar', '2027-02-01', '2027-06-30', '', '', '2'], // periode 2
      false,
      keep, // contactpersoon
      { choose: 'vol' }, // status
      true, // opslaan?
    ] as Answer[]);
    const { code, stderr, stdout } = await kwp(['edit', '--kb', root, 'stage-zorg'], { tty: true, prompter });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('gewijzigd: status, opleiding, vorm, periodes');
    const asked = (start: string) => prompter.asked.find((a) => a.message.startsWith(start));
    expect(asked('Van welke school')).toMatchObject({ default: 'ROC Test', choices: ['ROC Test (mbo)'] });
    expect(asked('Periode 1: startdatum')?.default).toBe('2026-09-01');
    expect(prompter.notes.join('\n')).toContain('+status: vol');
    expect(readFileSync(join(root, PATH), 'utf8')).toBe(`---
id: stage-zorg
titel: Stage Zorg en Welzijn
instelling: ROC Test   # de school
niveau: mbo
thema: [armoede]
periodes:
  - {start: 2026-09-01, einde: 2027-01-29, intake_tot: 2026-06-30, studenten: 12}
  - {naam: voorjaar, start: 2027-02-01, einde: 2027-06-30, vragen: 2}
status: vol
opleiding: Zorg en Welzijn
vorm: stage
---

Twintig weken stage.
`);
    expect((await kwp(['validate', '--kb', root])).code).toBe(0);
  });

  it('Ctrl-C in the periods writes nothing', async () => {
    const root = kb();
    const keep = { keep: true } as const;
    const prompter = fakePrompter([
      keep,
      keep,
      keep,
      keep,
      keep,
      keep,
      keep,
      keep,
      keep,
      { cancel: true },
    ] as Answer[]);
    const { code } = await kwp(['edit', '--kb', root, 'stage-zorg'], { tty: true, prompter });
    expect(code).toBe(2);
    expect(readFileSync(join(root, PATH), 'utf8')).toBe(OFFER);
  });
});
