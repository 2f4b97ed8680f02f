// Hiding people and only people: names as whole words, e-mail addresses and phone numbers in free
// text; organisations, the werkplaats, codes, dates and amounts untouched.
import { describe, expect, it } from 'vitest';
import { PERSON_FIELDS, valuesAt } from '../../src/core/person-fields.js';
import { emailSpans, phoneSpans } from '../../src/core/privacy/contacts.js';
import { nameParts, peopleIn, type RecordData } from '../../src/core/privacy/people.js';
import { MASK, publicRedactor } from '../../src/core/privacy/redact.js';

const werkplaats = (extra: Record<string, unknown> = {}): RecordData => ({
  kind: 'werkplaats',
  data: { naam: 'Kenniswerkplaats Roosendaal', gebieden: ['Zandveld'], ...extra },
});
const team = (...names: string[]): RecordData => ({
  kind: 'project',
  data: { id: 'p-1', team: { onderwijs: names } },
});
const partner = (naam: string, aanspreekpunt?: unknown): RecordData => ({
  kind: 'partner',
  data: { id: 'x-1', naam, groep: 'ondernemers', ...(aanspreekpunt ? { aanspreekpunt } : {}) },
});
const text = (records: RecordData[], s: string) => publicRedactor([werkplaats(), ...records]).text(s);

describe('names are hidden as whole words only', () => {
  it.each([
    ['Ali', 'Ali en Alida bij Datalinde, Alibaba, ALI', `${MASK} en Alida bij Datalinde, Alibaba, ${MASK}`],
    [
      'Eva',
      'Eva deed de evaluaties; Evaluatie door Eva.',
      `${MASK} deed de evaluaties; Evaluatie door ${MASK}.`,
    ],
    [
      'Roos',
      'Roos maakte roosters in Roosendaal, een roos',
      `${MASK} maakte roosters in Roosendaal, een roos`,
    ],
    ['Linde', 'Linde werkt bij Datalinde en Lindeboom', `${MASK} werkt bij Datalinde en Lindeboom`],
    ['Al', 'Al vroeg of het al klaar was', `${MASK} vroeg of het al klaar was`],
    ['Bo', 'Bo, bouw en Bos', `${MASK}, bouw en Bos`],
    ['J', 'J zei: Jij en j', `${MASK} zei: Jij en j`],
  ])('%s', (name, input, output) => {
    expect(text([team(name)], input)).toBe(output);
  });

  it('finds names with diacritics, however they are written (composed, decomposed, without accents)', () => {
    const records = [team('Zoë', 'Anneke Ölçer', 'José')];
    expect(text(records, 'Zoë, Zoe\u0308, Zoe en ZOË')).toBe(`${MASK}, ${MASK}, ${MASK} en ${MASK}`);
    expect(text(records, 'Anneke Ölçer en anneke ölçer; Ölçer zei, Olcer schreef')).toBe(
      `${MASK} en ${MASK}; ${MASK} zei, ${MASK} schreef`,
    );
    expect(text(records, 'José en Jose, niet Josefine of Joséphine')).toBe(
      `${MASK} en ${MASK}, niet Josefine of Joséphine`,
    );
  });

  it('hides the whole name in any case, and given names and surnames on their own when written with a capital', () => {
    const records = [team('Femke de Vries')];
    expect(text(records, 'femke de vries, Femke zei, De Vries zei, de vries (het woord)')).toBe(
      `${MASK}, ${MASK} zei, ${MASK} zei, de vries (het woord)`,
    );
    expect(text(records, 'Femke de Vries\u2019 verslag; Femke\u2019s idee')).toBe(
      `${MASK}\u2019 verslag; ${MASK}\u2019s idee`,
    );
  });

  it('leaves organisations, the werkplaats and its areas, also where they hold a name', () => {
    const records = [
      team('Femke de Vries', 'Bo Zandveld'),
      partner('Bakkerij De Vries'),
      partner('Van Aken & Zonen', { naam: 'Mirjam van Aken' }),
    ];
    expect(text(records, 'Bakkerij De Vries levert; De Vries levert ook; Femke belt.')).toBe(
      `Bakkerij De Vries levert; De Vries levert ook; ${MASK} belt.`,
    );
    expect(text(records, 'Mirjam van Aken van Van Aken & Zonen; Van Aken zegt')).toBe(
      `${MASK} van Van Aken & Zonen; Van Aken zegt`,
    );
    expect(text(records, 'Bo Zandveld woont in Zandveld (Kenniswerkplaats Roosendaal)')).toBe(
      `${MASK} woont in Zandveld (Kenniswerkplaats Roosendaal)`,
    );
  });

  it('does not take a team entry that is an organisation for a person', () => {
    const people = peopleIn([
      team('Bewonersplatform Rivierenwijk', 'Eva'),
      partner('Bewonersplatform Rivierenwijk'),
    ]);
    expect(people.names.map((n) => n.text)).toEqual(['Eva']);
  });
});

describe('the README', () => {
  it('shows what --public does with its own example', () => {
    const records = [team('Femke de Vries'), partner('Bakkerij De Vries')];
    expect(
      text(
        records,
        'Femke de Vries (f.devries@example.org, 06-12345678) sprak met Bakkerij De Vries over de evaluaties.',
      ),
    ).toBe(`${MASK} (${MASK}, ${MASK}) sprak met Bakkerij De Vries over de evaluaties.`);
    expect(text([team('Jan Jansen')], 'Jansen belde, Jan ook')).toBe(`${MASK} belde, ${MASK} ook`);
  });

  it('says a team entry is hidden wherever it is repeated, even a role', () => {
    expect(text([team('docent ROC Aventus')], 'De docent ROC Aventus hielp')).toBe(`De ${MASK} hielp`);
  });
});

describe('name parts', () => {
  it.each([
    ['Femke de Vries', ['Femke', 'de Vries', 'Vries']],
    ['Gerrit Jan Mulder', ['Gerrit', 'Jan Mulder', 'Gerrit Jan', 'Mulder']],
    ['J. Jansen', ['Jansen']],
    ['Eva', []],
    ['docent Groen ROC Aventus', []],
    ['student HAN 1', []],
  ])('%s', (name, parts) => {
    expect(nameParts(name).map((p) => p.text)).toEqual(parts);
  });
});

describe('e-mail addresses and phone numbers', () => {
  const shown = (s: string) => publicRedactor([]).text(s);
  it.each([
    '06-12345678',
    '06 1234 5678',
    '0612345678',
    '06 - 12345678',
    '+31 6 12345678',
    '+31 (0)6-12345678',
    '+31612345678',
    '0031 6 12345678',
    '020-1234567',
    '(020) 123 45 67',
    '+44 20 7946 0958',
  ])('hides %s', (phone) => {
    expect(shown(`Bel ${phone}.`)).toBe(`Bel ${MASK}.`);
  });

  it.each([
    '2026-02-02',
    'van 2026-02-02 tot 2026-06-26',
    'op 01-02-2026 10 studenten',
    '01-02-2026',
    '€ 1.500,00 en 12000 euro',
    '0,5 fte',
    '7411 AB Deventer',
    '2024-hittekaart-rivierenwijk',
    '09.30-12.00 uur',
    '2025-2026',
    'ronde 0 van 3',
    '1234567890',
  ])('leaves %s', (s) => {
    expect(phoneSpans(s)).toEqual([]);
    expect(shown(s)).toBe(s);
  });

  it('finds a phone number beside other numbers, and e-mail addresses', () => {
    expect(shown('2026-02-02 0612345678 2026')).toBe(`2026-02-02 ${MASK} 2026`);
    expect(shown('mail f.devries@example.org of Zoë.Ölçer@gemeente.example.nl')).toBe(
      `mail ${MASK} of ${MASK}`,
    );
    expect(emailSpans('geen adres: @rivelde of info@ of https://example.org/@x')).toEqual([]);
  });

  it('hides the contacts written in person fields, in any form', () => {
    const r = publicRedactor([partner('Datalinde', { naam: 'Ali', telefoon: '1234 56 78 9' })]);
    expect(r.text('bel 1234 56 78 9')).toBe(`bel ${MASK}`);
  });
});

describe('data and records keep their shape', () => {
  const records = [team('Eva', 'Ali'), partner('Datalinde')];

  it('never changes keys, codes, dates or numbers', () => {
    const r = publicRedactor(records);
    const data = {
      evaluaties: [
        {
          project: 'p-eva-ali',
          status: 'afgerond',
          datum: '2026-02-02',
          conclusies: ['Eva belde Datalinde'],
        },
      ],
      per_instelling: { Datalinde: 3 },
      licht: 'op-schema',
      niveau: 'wo',
      studenten: 4,
      klaar: true,
      leeg: null,
    };
    expect(r.data(data)).toEqual({
      ...data,
      evaluaties: [{ ...data.evaluaties[0], conclusies: [`${MASK} belde Datalinde`] }],
    });
  });

  it('hides person fields whole and leaves the rest of a record readable', () => {
    const vraag = {
      id: 'v-1',
      vraag: 'Wat wil Marit weten?',
      vraageigenaar: 'Marit Jansen <m.jansen@example.org>',
      status: 'open',
    };
    const orgVraag = { id: 'v-2', vraag: 'Wat?', vraageigenaar: 'Gemeente Alimonde', status: 'open' };
    const project = {
      id: 'p-1',
      titel: 'Roosters met Eva',
      projectleider: {
        naam: 'Eva',
        email: 'eva@example.org',
        telefoon: 612345678,
        organisatie: 'Datalinde',
        rol: 'docent',
      },
      team: { onderwijs: ['Eva', 'Bewonersplatform Rivierenwijk', 'docent ROC'] },
      partners: [{ naam: 'Datalinde', groep: 'ondernemers' }],
    };
    const all: RecordData[] = [
      ...records,
      partner('Bewonersplatform Rivierenwijk'),
      { kind: 'vraag', data: vraag },
      { kind: 'vraag', data: orgVraag },
      { kind: 'project', data: project },
    ];
    const r = publicRedactor(all);
    expect(r.record('vraag', vraag)).toEqual({
      ...vraag,
      vraag: `Wat wil ${MASK} weten?`,
      vraageigenaar: MASK,
    });
    expect(r.record('vraag', orgVraag)).toEqual(orgVraag);
    expect(r.record('project', project)).toEqual({
      ...project,
      titel: `Roosters met ${MASK}`,
      projectleider: { naam: MASK, email: MASK, telefoon: MASK, organisatie: 'Datalinde', rol: 'docent' },
      team: { onderwijs: [MASK, 'Bewonersplatform Rivierenwijk', MASK] },
    });
  });

  it("masks an education offer's contactpersoon, and keeps its school, programme, themes and areas", () => {
    const offer = {
      id: 'minor-stad',
      titel: 'Minor De Stad met Visser',
      instelling: 'Hogeschool Rivelde',
      opleiding: 'Social Work',
      thema: ['armoede'],
      gebied: ['Rivierenwijk'],
      contactpersoon: {
        naam: 'Anouk Visser',
        email: 'a.visser@example.org',
        organisatie: 'Hogeschool Rivelde',
      },
    };
    const r = publicRedactor([{ kind: 'aanbod', data: offer }]);
    expect(r.record('aanbod', offer)).toEqual({
      ...offer,
      titel: `Minor De Stad met ${MASK}`,
      contactpersoon: { naam: MASK, email: MASK, organisatie: 'Hogeschool Rivelde' },
    });
  });
});

describe('the person fields', () => {
  it('are declared for every kind, and every person in them is found', () => {
    const persoon = (naam: string) => ({ naam, email: `${naam.toLowerCase()}@example.org` });
    const records: RecordData[] = [
      werkplaats({
        rollen: {
          manager: persoon('Manon'),
          beheerder: persoon('Bert'),
          kwartiermakers: { onderwijs: [persoon('Karim')], bewoners: [persoon('Kees')] },
          sparringpartners: [persoon('Saar')],
          stuurgroep: [persoon('Stijn')],
        },
      }),
      {
        kind: 'project',
        data: { projectleider: persoon('Pim'), contactpersoon: persoon('Cas'), team: { overig: ['Tes'] } },
      },
      { kind: 'vraag', data: { vraageigenaar: persoon('Vera') } },
      { kind: 'vraag', data: { vraageigenaar: 'Vik <vik@example.org>' } },
      partner('Datalinde', persoon('Ans')),
      { kind: 'aanbod', data: { instelling: 'Hogeschool Rivelde', contactpersoon: persoon('Anouk') } },
    ];
    const names = peopleIn(records).names.map((n) => n.text);
    expect(names.sort()).toEqual([
      'Anouk',
      'Ans',
      'Bert',
      'Cas',
      'Karim',
      'Kees',
      'Manon',
      'Pim',
      'Saar',
      'Stijn',
      'Tes',
      'Vera',
      'Vik',
    ]);
    for (const [kind, fields] of Object.entries(PERSON_FIELDS)) {
      for (const path of Object.keys(fields)) {
        const found = records.filter((r) => r.kind === kind).flatMap((r) => valuesAt(r.data, path));
        expect(found.length, `${kind} ${path}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('records of any shape', () => {
  it('finds a person written as one value where a list belongs, and does not fail on other shapes', () => {
    const odd: RecordData[] = [
      { kind: 'project', data: { id: 'p-1', team: { onderwijs: 'Eva', bewoners: null }, projectleider: 42 } },
      { kind: 'project', data: { id: 'p-2', team: 'Ali', contactpersoon: { naam: 7, email: null } } },
      {
        kind: 'werkplaats',
        data: { naam: ['x'], rollen: { stuurgroep: { naam: 'Bo' }, kwartiermakers: [1, 2] } },
      },
      { kind: 'vraag', data: null },
      { kind: 'partner', data: { aanspreekpunt: [] } },
    ];
    const r = publicRedactor(odd);
    expect(r.text('Eva en Bo')).toBe(`${MASK} en ${MASK}`);
    expect(r.record('project', odd[0]!.data)).toEqual({
      id: 'p-1',
      team: { onderwijs: MASK, bewoners: null },
      projectleider: 42,
    });
    expect(r.record('werkplaats', odd[2]!.data)).toEqual({
      naam: ['x'],
      rollen: { stuurgroep: { naam: MASK }, kwartiermakers: [1, 2] },
    });
    for (const { kind, data } of odd) expect(() => r.record(kind, data)).not.toThrow();
  });
});
