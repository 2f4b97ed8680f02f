// Bad education offers and questions, each as a person would write it: validate names the rule, the
// file and the line, and says what is wrong (issue 15's list of bad input).
import { describe, expect, it } from 'vitest';
import { makeKb, project, validateJson } from '../helpers/kb.js';

const SCHOOL = '---\nid: hogeschool-rivelde\nnaam: Hogeschool Rivelde\ngroep: onderwijs\nniveau: hbo\n---\n';
const COMPANY = '---\nid: datalinde\nnaam: Datalinde\ngroep: ondernemers\n---\n';
const A = 'knowledge/aanbod/';

function offer(id: string, lines: string): string {
  return `---\nid: ${id}\ntitel: Minor Stad\ninstelling: Hogeschool Rivelde\nniveau: hbo\n${lines}---\n`;
}

async function check(files: Record<string, string>, extra: string[] = []) {
  const root = makeKb({
    'knowledge/partners/hogeschool-rivelde.md': SCHOOL,
    'knowledge/partners/datalinde.md': COMPANY,
    ...files,
  });
  const { code, json } = await validateJson(root, extra);
  return {
    code,
    found: json.diagnostics.map((d) => [d.file, d.line, d.rule, d.severity]),
    message: (file: string, line: number) =>
      json.diagnostics.find((d) => d.file === file && d.line === line)?.message,
  };
}

describe('a bad education offer', () => {
  it('from a company: offer-not-education, an error at instelling', async () => {
    const { code, found, message } = await check({
      [`${A}stage-data.md`]: offer(
        'stage-data',
        'periodes:\n  - {start: 2027-02-01, einde: 2027-06-30}\n',
      ).replace('Hogeschool Rivelde', 'Datalinde'),
    });
    expect(found).toEqual([[`${A}stage-data.md`, 4, 'offer-not-education', 'error']]);
    expect(message(`${A}stage-data.md`, 4)).toContain(
      '"Datalinde" staat in het partnerregister met groep ondernemers',
    );
    expect(code).toBe(1);
  });

  it('impossible dates, negative and zero capacities, an unknown form, no periods: the schema rules at each value', async () => {
    const { code, found, message } = await check({
      [`${A}minor-kapot.md`]: offer(
        'minor-kapot',
        [
          'vorm: cursus',
          'periodes:',
          '  - {start: 2027-02-30, einde: 2027-06-30, studenten: -4}',
          '  - {start: 2027-09-01, einde: 2027-13-01, vragen: 0}',
          '  - {start: 2027-09-01, einde: 2027-12-01, vragen: 1.5}',
          '  - {einde: 2027-12-01}',
          '',
        ].join('\n'),
      ),
      [`${A}minor-leeg.md`]: offer('minor-leeg', 'periodes: []\n'),
    });
    const kapot = `${A}minor-kapot.md`;
    expect(found).toEqual([
      [kapot, 6, 'invalid-value', 'error'],
      [kapot, 8, 'invalid-date', 'error'],
      [kapot, 8, 'invalid-number', 'error'],
      [kapot, 9, 'invalid-date', 'error'],
      [kapot, 9, 'invalid-number', 'error'],
      [kapot, 10, 'invalid-number', 'error'],
      [kapot, 11, 'missing-key', 'error'],
      [`${A}minor-leeg.md`, 6, 'missing-key', 'error'],
    ]);
    expect(message(kapot, 6)).toContain('vak, project, minor, stage, afstuderen, challenge, onderzoek');
    expect(message(kapot, 8)).toContain('2027-02-30');
    expect(message(kapot, 10)).toBe('"periodes.vragen" moet een heel getal van 1 of meer zijn, maar is 1.5.');
    expect(message(kapot, 11)).toContain('"start"');
    expect(message(`${A}minor-leeg.md`, 6)).toBe('"periodes" moet minstens één item hebben.');
    expect(code).toBe(1);
  });

  it('a period that ends before it starts, and an intake after the start: date-order', async () => {
    const { found } = await check({
      [`${A}minor-om.md`]: offer(
        'minor-om',
        'periodes:\n  - {start: 2027-06-30, einde: 2027-02-01}\n  - {start: 2027-09-01, einde: 2027-12-01, intake_tot: 2027-09-02}\n',
      ),
    });
    expect(found).toEqual([
      [`${A}minor-om.md`, 7, 'date-order', 'error'],
      [`${A}minor-om.md`, 8, 'date-order', 'error'],
    ]);
  });
});

describe('a bad question', () => {
  it('finished before it may start, zero students, a level and form that do not exist', async () => {
    const { code, found, message } = await check({
      'knowledge/kennisvragen/koele-pleinen.md': [
        '---',
        'id: koele-pleinen',
        'vraag: Hoe maken we pleinen koel?',
        'status: open',
        'niveau: [hbo, universiteit]',
        'vorm: [stage, excursie]',
        'studenten: 0',
        'gewenst: {van: 2027-03-01, tot: 2027-02-01}',
        '---',
        '',
      ].join('\n'),
    });
    const file = 'knowledge/kennisvragen/koele-pleinen.md';
    expect(found).toEqual([
      [file, 5, 'invalid-value', 'error'],
      [file, 6, 'invalid-value', 'error'],
      [file, 7, 'invalid-number', 'error'],
      [file, 8, 'date-order', 'error'],
    ]);
    expect(message(file, 7)).toBe('"studenten" moet een heel getal van 1 of meer zijn, maar is 0.');
    expect(message(file, 8)).toBe('"gewenst.tot" (2027-02-01) ligt voor "gewenst.van" (2027-03-01).');
    expect(code).toBe(1);
  });
});

describe('a project in an offer', () => {
  it('naming an unknown offer: unknown-reference; an over-booked period: a warning on the offer', async () => {
    const inOffer = (id: string, aanbod: string) =>
      project(id, `aanbod: [${aanbod}]\n`).replace(
        'planning: {start: 2026-02-02',
        'planning: {start: 2027-02-08',
      );
    const { found, message } = await check({
      [`${A}minor-stad.md`]: offer('minor-stad', 'periodes:\n  - {start: 2027-02-01, einde: 2027-06-30}\n'),
      'knowledge/projecten/2027-a.md': inOffer('2027-a', 'minor-stad'),
      'knowledge/projecten/2027-b.md': inOffer('2027-b', 'minor-stad'),
      'knowledge/projecten/2027-c.md': inOffer('2027-c', 'minor-onbekend'),
    });
    expect(found).toContainEqual([`${A}minor-stad.md`, 7, 'offer-overbooked', 'warning']);
    expect(message(`${A}minor-stad.md`, 7)).toContain('2027-a, 2027-b');
    expect(found.filter((d) => d[2] === 'unknown-reference')).toEqual([
      ['knowledge/projecten/2027-c.md', expect.any(Number), 'unknown-reference', 'error'],
    ]);
  });
});
