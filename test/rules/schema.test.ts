// Rules for one file against the schema of its kind. Positions point at the value, or at the key
// when it is missing or empty (a missing key at its parent, a missing top-level key at 1:1, the
// opening fence). Worked out by hand from the fixtures under test/fixtures/rules/.
import { describe, expect, it } from 'vitest';
import { error, fixture, P, R, V, W, validate, warning } from './helpers.js';

describe('one file against its schema', () => {
  it('missing-key: absent at top level, empty, absent in a person, absent in a list item', async () => {
    const { code, found, message } = await validate(fixture('missing-key'));
    expect(found).toEqual([
      error(`${P}2026-lege-titel.md`, 3, 1, 'missing-key'), // titel:
      error(`${P}2026-partner-zonder-groep.md`, 12, 5, 'missing-key'), // - {naam: Hogeschool Test}
      error(`${P}2026-projectleider-zonder-naam.md`, 7, 1, 'missing-key'), // projectleider: {email: …}
      error(`${P}2026-zonder-titel.md`, 1, 1, 'missing-key'),
    ]);
    expect(message(`${P}2026-zonder-titel.md`, 1)).toContain('"titel"');
    expect(message(`${P}2026-projectleider-zonder-naam.md`, 7)).toContain('"naam"');
    expect(message(`${P}2026-partner-zonder-groep.md`, 12)).toContain('"groep"');
    expect(code).toBe(1);
  });

  it('invalid-type: with the quote hint showing what was written (0123, not 123)', async () => {
    const { code, found, message } = await validate(fixture('invalid-type'));
    expect(found).toEqual([
      error(`${V}2026.md`, 2, 5, 'invalid-type'), // id: 2026
      error(`${V}vraageigenaar-als-getal.md`, 6, 16, 'invalid-type'), // vraageigenaar: 42
      error(`${P}2026-evaluatie-als-tekst.md`, 10, 12, 'invalid-type'), // evaluatie: klaar
      error(`${P}2026-gebied-met-voorloopnul.md`, 10, 9, 'invalid-type'), // gebied: 0123
      error(`${P}2026-planning-als-getal.md`, 9, 11, 'invalid-type'), // planning: 2026
      error(`${P}2026-titel-als-lijst.md`, 3, 8, 'invalid-type'), // titel: [Groene, daken]
    ]);
    expect(message(`${V}2026.md`, 2)).toContain('"2026"');
    const gebied = message(`${P}2026-gebied-met-voorloopnul.md`, 10);
    expect(gebied).toContain('0123');
    expect(gebied).not.toMatch(/(^|[^0])123/);
    expect(code).toBe(1);
  });

  it('invalid-value: status, csl_niveau and groep outside their lists, with a suggestion', async () => {
    const { code, found, message } = await validate(fixture('invalid-value'));
    expect(found).toEqual([
      error(`${R}partner-groep-typfout.md`, 4, 8, 'invalid-value'), // groep: onderwys
      error(`${P}2026-status-bezig.md`, 4, 9, 'invalid-value'), // status: bezig
      error(`${P}2026-status-bezig.md`, 10, 13, 'invalid-value'), // csl_niveau: hoog
    ]);
    expect(message(`${R}partner-groep-typfout.md`, 4)).toContain('Bedoel je "onderwijs"?');
    expect(code).toBe(1);
  });

  it('invalid-date: a day that does not exist, a date without leading zeros', async () => {
    const { code, found } = await validate(fixture('invalid-date'));
    expect(found).toEqual([
      error(`${V}ingediend-zonder-voorloopnullen.md`, 6, 12, 'invalid-date'), // ingediend: 2026-1-5
      error(`${P}2026-dertig-februari.md`, 9, 19, 'invalid-date'), // planning: {start: 2026-02-30, …}
    ]);
    expect(code).toBe(1);
  });

  it('invalid-id: uppercase and underscore, too short, a double hyphen', async () => {
    const { code, found } = await validate(fixture('invalid-id'));
    expect(found).toEqual([
      error(`${R}Gemeente_Test.md`, 2, 5, 'invalid-id'),
      error(`${P}2026--dubbel-streepje.md`, 2, 5, 'invalid-id'),
      error(`${P}ab.md`, 2, 5, 'invalid-id'),
    ]);
    expect(code).toBe(1);
  });

  it('invalid-email: in a flow mapping and in a block mapping', async () => {
    const { code, found, message } = await validate(fixture('invalid-email'));
    expect(found).toEqual([
      error(`${R}aanspreekpunt-email-zonder-apenstaart.md`, 7, 10, 'invalid-email'),
      error(`${P}2026-email-zonder-domein.md`, 7, 46, 'invalid-email'),
    ]);
    expect(message(`${P}2026-email-zonder-domein.md`, 7)).toContain('f.devries@');
    expect(code).toBe(1);
  });

  it('invalid-url: no scheme, and a scheme that is not http(s)', async () => {
    const { code, found } = await validate(fixture('invalid-url'));
    expect(found).toEqual([
      error(`${R}website-met-ftp.md`, 5, 10, 'invalid-url'),
      error(`${R}website-zonder-https.md`, 5, 10, 'invalid-url'),
    ]);
    expect(code).toBe(1);
  });

  it('invalid-number: half a student, a negative amount, words for a target', async () => {
    const { code, found, message } = await validate(fixture('invalid-number'));
    expect(found).toEqual([
      error(`${P}2026-halve-student.md`, 11, 71, 'invalid-number'), // studenten: 2.5
      error(`${P}2026-negatief-bedrag.md`, 12, 28, 'invalid-number'), // bedrag: -100
      error(W, 6, 21, 'invalid-number'), // doelen: {studenten: veel, …}
    ]);
    expect(message(`${P}2026-halve-student.md`, 11)).toContain('2.5');
    expect(message(`${P}2026-negatief-bedrag.md`, 12)).toContain('-100');
    expect(code).toBe(1);
  });

  it('unknown-key: a warning (exit 0), an error under --strict (exit 1)', async () => {
    const expected = [
      warning(`${P}2026-onbekende-sleutels.md`, 9, 50, 'unknown-key'), // planning: {…, deadline: …}
      warning(`${P}2026-onbekende-sleutels.md`, 10, 1, 'unknown-key'), // opdrachtgever:
    ];
    const plain = await validate(fixture('unknown-key'));
    expect(plain.found).toEqual(expected);
    expect(plain.message(`${P}2026-onbekende-sleutels.md`, 9)).toContain('start, tussentijds, einde');
    expect(plain.code).toBe(0);
    expect(plain.json).toMatchObject({ ok: true, errors: 0, warnings: 2 });

    const strict = await validate(fixture('unknown-key'), ['--strict']);
    expect(strict.found).toEqual(expected.map((d) => ({ ...d, severity: 'error' })));
    expect(strict.code).toBe(1);
    expect(strict.json).toMatchObject({ ok: false, errors: 2, warnings: 0 });
  });
});
