// Rules between the fields of one file. Positions worked out by hand from the fixtures under
// test/fixtures/rules/; a key that is absent is pointed at through its parent, or at 1:1.
import { describe, expect, it } from 'vitest';
import { error, fixture, P, V, W, validate, warning } from './helpers.js';

describe('one file, rules between its fields', () => {
  it('id-mismatch: at the id value', async () => {
    const { code, found, message } = await validate(fixture('id-mismatch'));
    expect(found).toEqual([error(`${P}2026-groene-daken.md`, 2, 5, 'id-mismatch')]);
    expect(message(`${P}2026-groene-daken.md`, 2)).toContain('2026-groene-daken.md');
    expect(code).toBe(1);
  });

  it('required-for-status: projectleider and planning.start/einde, absent or blank; not in voorbereiding', async () => {
    const { code, found, message } = await validate(fixture('required-for-status'));
    expect(found).toEqual([
      error(`${P}2026-lopend-leeg-einde.md`, 11, 3, 'required-for-status'), // "  einde:" left blank
      error(`${P}2026-lopend-lege-projectleider.md`, 7, 1, 'required-for-status'), // "projectleider:" blank
      error(`${P}2026-lopend-zonder-einde.md`, 9, 1, 'required-for-status'), // planning: {start: …}
      error(`${P}2026-lopend-zonder-planning.md`, 1, 1, 'required-for-status'), // one, naming planning
      error(`${P}2026-lopend-zonder-projectleider.md`, 1, 1, 'required-for-status'),
    ]);
    expect(message(`${P}2026-lopend-zonder-projectleider.md`, 1)).toContain('"projectleider"');
    expect(message(`${P}2026-lopend-zonder-einde.md`, 9)).toContain('"planning.einde"');
    expect(message(`${P}2026-lopend-zonder-einde.md`, 9)).toContain('lopend');
    const planning = (await validate(fixture('required-for-status'))).json.diagnostics
      .filter((d) => d.file === `${P}2026-lopend-zonder-planning.md`)
      .map((d) => d.message);
    expect(planning).toEqual([expect.stringContaining('"planning (start, einde)"')]);
    expect(code).toBe(1);
  });

  it('evaluation-required: no evaluatie, a blank one, no datum, no conclusies, empty conclusies', async () => {
    const { code, found, message } = await validate(fixture('evaluation-required'));
    expect(found).toEqual([
      error(`${P}2026-afgerond-zonder-evaluatie.md`, 1, 1, 'evaluation-required'),
      error(`${P}2026-evaluatie-leeg.md`, 10, 1, 'evaluation-required'), // evaluatie:
      error(`${P}2026-evaluatie-lege-conclusies.md`, 12, 3, 'evaluation-required'), // "  conclusies: []"
      error(`${P}2026-evaluatie-zonder-conclusies.md`, 10, 1, 'evaluation-required'), // status gestopt
      error(`${P}2026-evaluatie-zonder-datum.md`, 10, 1, 'evaluation-required'),
    ]);
    expect(message(`${P}2026-evaluatie-zonder-datum.md`, 10)).toContain('evaluatie.datum');
    expect(message(`${P}2026-evaluatie-zonder-conclusies.md`, 10)).toContain('evaluatie.conclusies');
    expect(code).toBe(1);
  });

  it('date-order: einde before start, tussentijds before start, einde before tussentijds, the werkplaats planning, the periods of an offer, gewenst of a question', async () => {
    const { code, found, message } = await validate(fixture('date-order'));
    expect(found).toEqual([
      // - {naam: blok 1, start: 2026-04-17, einde: 2026-02-02}: einde's value at column 46.
      error('knowledge/aanbod/periodes-verkeerd-om.md', 7, 46, 'date-order'),
      error('knowledge/aanbod/periodes-verkeerd-om.md', 10, 17, 'date-order'), //     intake_tot: 2026-05-01
      error('knowledge/kennisvragen/gewenst-verkeerd-om.md', 5, 33, 'date-order'), // gewenst: {…, tot: …}
      // planning: {start: 2026-06-01, einde: 2026-02-01}: einde's value starts at column 38.
      error(`${P}2026-eindigt-voor-start-crlf-bom.md`, 9, 38, 'date-order'),
      error(`${P}2026-eindigt-voor-start.md`, 9, 38, 'date-order'),
      error(`${P}2026-eindigt-voor-tussentijds.md`, 9, 63, 'date-order'),
      error(`${P}2026-tussentijds-voor-start.md`, 9, 44, 'date-order'),
      error(W, 6, 51, 'date-order'), // planning: {eerste_opzet: …, tussentijds: 2026-01-15, …}
    ]);
    expect(message(`${P}2026-eindigt-voor-start.md`, 9)).toBe(
      message(`${P}2026-eindigt-voor-start-crlf-bom.md`, 9),
    );
    expect(message(W, 6)).toContain('planning.eerste_opzet');
    expect(message('knowledge/aanbod/periodes-verkeerd-om.md', 7)).toBe(
      'In periode 1 (blok 1) ligt "einde" (2026-02-02) voor "start" (2026-04-17).',
    );
    // An intake on the start day itself is allowed (the third period); one after it is not.
    expect(message('knowledge/aanbod/periodes-verkeerd-om.md', 10)).toContain(
      'In periode 2 ligt "intake_tot" (2026-05-01) na "start" (2026-04-20)',
    );
    expect(message('knowledge/kennisvragen/gewenst-verkeerd-om.md', 5)).toBe(
      '"gewenst.tot" (2027-01-31) ligt voor "gewenst.van" (2027-03-01).',
    );
    expect(code).toBe(1);
  });

  it('evaluation-before-start: at evaluatie.datum', async () => {
    const { code, found, message } = await validate(fixture('evaluation-before-start'));
    expect(found).toEqual([error(`${P}2026-evaluatie-voor-start.md`, 11, 10, 'evaluation-before-start')]);
    expect(message(`${P}2026-evaluatie-voor-start.md`, 11)).toContain('2026-01-15');
    expect(code).toBe(1);
  });

  it('missing-inhoud: absent (the closing fence), only an HTML comment (the heading); CRLF + BOM alike', async () => {
    const { code, found, message } = await validate(fixture('missing-inhoud'));
    expect(found).toEqual([
      error(`${P}2026-inhoud-alleen-commentaar-crlf-bom.md`, 12, 1, 'missing-inhoud'),
      error(`${P}2026-inhoud-alleen-commentaar.md`, 12, 1, 'missing-inhoud'),
      error(`${P}2026-zonder-inhoud.md`, 10, 1, 'missing-inhoud'), // the closing ---
    ]);
    // 2026-voorbereiding-zonder-inhoud.md has no section and is fine: status voorbereiding.
    expect(message(`${P}2026-zonder-inhoud.md`, 10)).toContain('ontbreekt');
    expect(message(`${P}2026-inhoud-alleen-commentaar.md`, 12)).toContain('leeg');
    expect(code).toBe(1);
  });

  it('budget-shortfall: a warning naming the shortfall; exit 0, and 1 under --strict', async () => {
    const expected = [
      warning(`${P}2026-dekking-te-laag.md`, 12, 3, 'budget-shortfall'), // "  dekking:"
      warning(`${P}2026-kosten-zonder-dekking.md`, 10, 1, 'budget-shortfall'), // begroting: {kosten: …}
    ];
    const { code, found, message } = await validate(fixture('budget-shortfall'));
    expect(found).toEqual(expected);
    // A plain space after €, not Intl's no-break space, so CI logs can be searched.
    // Money as every report writes it (core/format/money.ts): whole euros without cents.
    expect(message(`${P}2026-dekking-te-laag.md`, 12)).toContain('ontbreekt € 1.500.');
    expect(message(`${P}2026-kosten-zonder-dekking.md`, 10)).toContain('ontbreekt € 250,50');
    expect(code).toBe(0);
    const english = await validate(fixture('budget-shortfall'), ['--lang', 'en']);
    expect(english.message(`${P}2026-dekking-te-laag.md`, 12)).toContain('€1,500 is missing');
    expect(english.message(`${P}2026-kosten-zonder-dekking.md`, 10)).toContain('€250.50 is missing');

    const strict = await validate(fixture('budget-shortfall'), ['--strict']);
    expect(strict.found).toEqual(expected);
    expect(strict.code).toBe(1);
  });

  it('students-not-education: at the studenten key of a non-school partner', async () => {
    const { code, found, message } = await validate(fixture('students-not-education'));
    expect(found).toEqual([error(`${P}2026-studenten-bij-gemeente.md`, 12, 44, 'students-not-education')]);
    expect(message(`${P}2026-studenten-bij-gemeente.md`, 12)).toContain('overheid');
    expect(code).toBe(1);
  });

  it('question-project-required: bron tijdens-project without project, bron evaluatie with a blank one', async () => {
    const { code, found } = await validate(fixture('question-project-required'));
    expect(found).toEqual([
      error(`${V}vraag-uit-evaluatie-leeg-project.md`, 5, 1, 'question-project-required'),
      error(`${V}vraag-uit-project-zonder-project.md`, 5, 1, 'question-project-required'),
    ]);
    expect(code).toBe(1);
  });

  it("email-in-name: a person's naam, a team name or a question owner with an address in it", async () => {
    const { code, found, message } = await validate(fixture('email-in-name'));
    expect(found).toEqual([
      warning(`${V}wie-betaalt-het-groen.md`, 5, 16, 'email-in-name'), // vraageigenaar, no <…>
      warning(`${P}2026-adres-in-naam.md`, 7, 23, 'email-in-name'), // projectleider.naam
      warning(`${P}2026-adres-in-naam.md`, 9, 9, 'email-in-name'), // contactpersoon.naam: only an address
      warning(`${P}2026-adres-in-naam.md`, 12, 29, 'email-in-name'), // team.onderwijs[1]
    ]);
    // "Karin Bos <k.bos@example.org>" as a question's owner is how a person is written: no warning.
    expect(found.some((d) => d.file.endsWith('wie-onderhoudt-het-plein.md'))).toBe(false);
    expect(message(`${P}2026-adres-in-naam.md`, 7)).toContain(
      'naam: Femke de Vries, email: f.devries@example.org',
    );
    expect(message(`${P}2026-adres-in-naam.md`, 9)).toContain('a.yilmaz@example.org');
    expect(code).toBe(0);
    expect((await validate(fixture('email-in-name'), ['--strict'])).code).toBe(1);
  });
});
