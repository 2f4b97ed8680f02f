// --public: no person's name, e-mail address or phone number anywhere in any format; organisations,
// the werkplaats, ordinary words, codes, dates and amounts stay, and nothing crashes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { peopleIn } from '../../src/core/privacy/people.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { kwp, makeKb, project, REPO, validateJson } from '../helpers/kb.js';

const FORMATS = ['md', 'json', 'html', 'csv'] as const;

/** Whether `word` stands in `text` as a whole word (letters with accents count as letters). */
function hasWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'u').test(
    text.normalize('NFC'),
  );
}

/** Every person's name, e-mail and phone number, read straight from the files (independent of kwp's list). */
function peopleInFiles(): string[] {
  const found = new Set<string>();
  const files = [join(REPO, 'knowledge', 'werkplaats.md')];
  for (const dir of ['projecten', 'kennisvragen', 'partners']) {
    for (const name of readdirSync(join(REPO, 'knowledge', dir)))
      files.push(join(REPO, 'knowledge', dir, name));
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/email: ?"?([^\s,}"]+@[^\s,}"]+)/g)) found.add(m[1]!);
    for (const m of text.matchAll(/telefoon: ?"?([+\d][\d -]+\d)/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\{\s*naam: ?"?([^,}"]+)"?,\s*(?:email|telefoon|rol|organisatie)/g))
      found.add(m[1]!.trim());
  }
  return [...found];
}

describe('kwp report --public on the example', () => {
  it('finds the people of the example knowledge base', async () => {
    const kb = new KnowledgeBase((await loadKnowledgeBase(REPO)).files);
    const people = peopleIn(kb.files);
    const known = [...people.names.map((n) => n.text), ...people.contacts].map((t) => t.toLowerCase());
    for (const person of peopleInFiles()) expect(known).toContain(person.toLowerCase());
  });

  it.each(FORMATS)(
    'leaves every person out of the %s werkplaats report, and keeps the organisations and the werkplaats',
    async (format) => {
      const { code, stdout } = await kwp(['report', '--kb', REPO, '--format', format, '--public']);
      expect(code).toBe(0);
      for (const person of peopleInFiles()) expect(stdout.toLowerCase()).not.toContain(person.toLowerCase());
      for (const organisation of ['Hogeschool Rivelde', 'Datalinde', 'Van Aken & Zonen Installatietechniek'])
        expect(stdout.replaceAll('&amp;', '&')).toContain(organisation);
      if (format !== 'csv') expect(stdout).toContain('Kenniswerkplaats Rivelde');
    },
  );

  it.each(FORMATS)('leaves every person out of the %s project report', async (format) => {
    const { code, stdout } = await kwp([
      'report',
      '2025-groene-schoolpleinen-rivierenwijk',
      '--kb',
      REPO,
      '--format',
      format,
      '--public',
    ]);
    expect(code).toBe(0);
    for (const person of peopleInFiles()) expect(stdout.toLowerCase()).not.toContain(person.toLowerCase());
  });
});

// A knowledge base full of traps: one-, two- and three-letter names, names that are parts of
// organisation names and of ordinary words, names with diacritics, a team entry that is an
// organisation, and a person in every person field of format.md.
const PERSONS = {
  'rollen.manager': 'Roos Bakker',
  'rollen.beheerder': 'José Ölçer',
  'rollen.kwartiermakers.onderwijs': 'Zoë de Wit',
  'rollen.sparringpartners': 'Al',
  'rollen.stuurgroep': 'Bo',
  projectleider: 'Eva',
  contactpersoon: 'J',
  'team (1)': 'Ali',
  'team (2)': 'Linde',
  vraageigenaar: 'Marit Jansen',
  'aanspreekpunt (1)': 'Sem',
  'aanspreekpunt (2)': 'Femke de Vries',
};
/** What is hidden: the names above, each person's parts that the README promises, contacts. */
const HIDDEN_NAMES = [...Object.values(PERSONS), 'Roos', 'Bakker', 'José', 'Ölçer', 'Zoë', 'Marit', 'Femke'];
const CONTACTS = [
  'r.bakker@example.org',
  '+31 6 11111111',
  'eva@example.org',
  '06-44444444',
  'j@example.org',
  'm.jansen@example.org',
  '06-12345678',
  '+31 6 55555555',
  '0612345679',
];
const ORGANISATIONS = [
  'Datalinde',
  'Bakkerij De Vries',
  'Hogeschool Alida',
  'Evaluatiebureau Noord',
  'Bewonersplatform Rivierenwijk',
  'Gemeente Alimonde',
];
const WERKPLAATS_NAAM = 'Kenniswerkplaats Roosendaal';
/** Ordinary words and codes that contain a name, and values that look like numbers but are no phone. */
const KEPT_TEXT = ['evaluaties', 'Evaluatie', 'roosters', 'Alinea', '2026-02-02', '7411 AB', 'zo-eva-ali'];

const persoon = (naam: string, extra = '') => `{naam: ${naam}${extra}}`;
function trapKb(): string {
  return makeKb({
    'knowledge/werkplaats.md': `---
naam: ${WERKPLAATS_NAAM}
programmas: [CDKM Test]
themas: [duurzaamheid]
gebieden: [Rivierenwijk]
rollen:
  manager: ${persoon(PERSONS['rollen.manager'], ', email: r.bakker@example.org, telefoon: "+31 6 11111111", organisatie: Hogeschool Alida')}
  beheerder: ${persoon(PERSONS['rollen.beheerder'])}
  kwartiermakers:
    onderwijs: [${persoon(PERSONS['rollen.kwartiermakers.onderwijs'])}]
  sparringpartners: [${persoon(PERSONS['rollen.sparringpartners'])}]
  stuurgroep: [${persoon(PERSONS['rollen.stuurgroep'], ', telefoon: "0612345679"')}]
---

De werkplaats.
`,
    'knowledge/partners/datalinde.md': `---\nid: datalinde\nnaam: Datalinde\ngroep: ondernemers\naanspreekpunt: ${persoon(PERSONS['aanspreekpunt (1)'])}\n---\n`,
    'knowledge/partners/bakkerij-de-vries.md': `---\nid: bakkerij-de-vries\nnaam: Bakkerij De Vries\ngroep: ondernemers\naanspreekpunt: ${persoon(PERSONS['aanspreekpunt (2)'])}\n---\n`,
    'knowledge/partners/hogeschool-alida.md': `---\nid: hogeschool-alida\nnaam: Hogeschool Alida\ngroep: onderwijs\nniveau: hbo\n---\n`,
    'knowledge/partners/evaluatiebureau-noord.md': `---\nid: evaluatiebureau-noord\nnaam: Evaluatiebureau Noord\ngroep: overig\n---\n`,
    'knowledge/partners/bewonersplatform-rivierenwijk.md': `---\nid: bewonersplatform-rivierenwijk\nnaam: Bewonersplatform Rivierenwijk\ngroep: bewoners\n---\n`,
    'knowledge/kennisvragen/zo-eva-ali.md': `---
id: zo-eva-ali
vraag: Hoe kan Marit de roosters van Gemeente Alimonde evalueren?
status: open
bron: evaluatie
project: 2026-roosters
vraageigenaar: "${PERSONS.vraageigenaar} <m.jansen@example.org>"
---
`,
    'knowledge/kennisvragen/vraag-van-de-gemeente.md': `---
id: vraag-van-de-gemeente
vraag: Wat leren Eva en Ali bij Gemeente Alimonde?
status: open
bron: evaluatie
project: 2026-roosters
vraageigenaar: Gemeente Alimonde
---
`,
    'knowledge/projecten/2026-roosters.md': project(
      '2026-roosters',
      `team:
  onderwijs: [${PERSONS['team (1)']}, ${PERSONS['team (2)']}, Zoë]
  bewoners: [Bewonersplatform Rivierenwijk]
partners:
  - {naam: Datalinde, groep: ondernemers}
  - {naam: Bakkerij De Vries, groep: ondernemers}
  - {naam: Hogeschool Alida, groep: onderwijs, niveau: hbo, studenten: 4}
  - {naam: Evaluatiebureau Noord, groep: overig}
  - {naam: Bewonersplatform Rivierenwijk, groep: bewoners}
leerdoelen:
  - {wie: Datalinde, wat: wat Eva en Ali van de roosters vinden}
begroting:
  kosten: [{post: Evaluaties, bedrag: 1500}]
  dekking: [{partner: Datalinde, bedrag: 1500}]
evaluatie:
  datum: 2026-06-30
  conclusies:
    - "Eva, Ali, Al, Bo en J bespraken de evaluaties en roosters van Datalinde met Hogeschool Alida."
    - "Roos Bakker en José Ölçer spraken met Zoë de Wit; Femke de Vries van Bakkerij De Vries belde 06-12345678."
    - "Marit Jansen (m.jansen@example.org, +31 6 55555555) van Gemeente Alimonde kwam op 2026-02-02; postcode 7411 AB."
    - "Sem van Datalinde schreef met Linde de Alinea over Evaluatiebureau Noord."
  leerpunten: ["Zoë zei: de Evaluatie duurt te lang. Roos en Femke waren het eens; Bakker en Ölçer ook, en Marit."]
  verbeterpunten: ["Eerder met Linde en José afspreken, niet met ${WERKPLAATS_NAAM} maar met Bewonersplatform Rivierenwijk."]
  nieuwe_kennisvragen: [zo-eva-ali, vraag-van-de-gemeente]
`,
    )
      .replace('status: lopend', 'status: afgerond')
      .replace('titel: Project 2026-roosters', 'titel: Evaluaties van roosters met Eva en Datalinde')
      .replace(
        'programma: CDKM Test\n',
        'programma: CDKM Test\nthema: [duurzaamheid]\ngebied: Rivierenwijk\n',
      )
      .replace(
        /projectleider: .*\n/,
        `projectleider: ${persoon(PERSONS.projectleider, ', email: eva@example.org, telefoon: "06-44444444", organisatie: Evaluatiebureau Noord')}\n`,
      )
      .replace(
        /contactpersoon: .*\n/,
        `contactpersoon: ${persoon(PERSONS.contactpersoon, ', email: j@example.org')}\n`,
      ),
  });
}

/** The JSON with every free-text string made one placeholder: keys, codes, dates and numbers remain. */
function skeleton(value: unknown): unknown {
  if (typeof value === 'string') return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? value : '<text>';
  if (Array.isArray(value)) return value.map(skeleton);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v)]));
  return value;
}

describe('kwp report --public with short, embedded and accented names', () => {
  const root = trapKb();
  const cases = FORMATS.flatMap((format) =>
    [['werkplaats', []] as const, ['project', ['2026-roosters']] as const].map(
      ([kind, id]) => [format, kind, [...id]] as const,
    ),
  );

  it('is a valid knowledge base, so that what the report shows is what the files say', async () => {
    const { json } = await validateJson(root);
    expect(json.diagnostics).toEqual([]);
  });

  it.each(cases)('%s, %s report: no crash, no person, every organisation', async (format, kind, id) => {
    const args = ['report', ...id, '--kb', root, '--format', format];
    const open = await kwp(args);
    const shown = await kwp([...args, '--public']);
    expect(open.code).toBe(0);
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    const text = shown.stdout.replaceAll('&amp;', '&');

    // The report names them without --public (so the test can fail) and not with it.
    const namedOpen = HIDDEN_NAMES.filter((n) => hasWord(open.stdout, n));
    expect(namedOpen).toContain('Eva');
    if (format !== 'csv') expect(namedOpen).toEqual(HIDDEN_NAMES);
    for (const name of HIDDEN_NAMES) expect(hasWord(text, name), name).toBe(false);
    for (const contact of CONTACTS) expect(text).not.toContain(contact);

    // Organisations, the werkplaats, ordinary words and codes stay wherever the report shows them.
    const kept = [...ORGANISATIONS, WERKPLAATS_NAAM, ...KEPT_TEXT];
    const keptOpen = kept.filter((k) => open.stdout.replaceAll('&amp;', '&').includes(k));
    expect(keptOpen).toContain('Datalinde');
    if (format !== 'csv') expect(keptOpen).toEqual(expect.arrayContaining(ORGANISATIONS));
    if (format !== 'csv' && kind === 'werkplaats') expect(keptOpen).toContain(WERKPLAATS_NAAM);
    for (const k of keptOpen) expect(text, k).toContain(k);

    if (format === 'json')
      expect(skeleton(JSON.parse(shown.stdout))).toEqual(skeleton(JSON.parse(open.stdout)));
  });

  it('hides people in a report written to a file as well', async () => {
    const out = join(root, 'openbaar.html');
    const { code } = await kwp(['report', '--kb', root, '--format', 'html', '--public', '--out', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(WERKPLAATS_NAAM);
    for (const name of HIDDEN_NAMES) expect(hasWord(html, name), name).toBe(false);
  });
});
