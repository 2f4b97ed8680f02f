// Rules across files: ids, references, cycles, vocabularies, questions taken up, partners.
// Positions worked out by hand from the fixtures under test/fixtures/rules/.
import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/core/suggest.js';
import { A, error, fixture, P, V, validate, warning } from './helpers.js';

describe('across files', () => {
  it('duplicate-id: a project and a question with the same id, both reported', async () => {
    const { code, found, message } = await validate(fixture('duplicate-id'));
    expect(found).toEqual([
      error(`${V}2026-dubbele-id.md`, 2, 5, 'duplicate-id'),
      error(`${P}2026-dubbele-id.md`, 2, 5, 'duplicate-id'),
    ]);
    expect(message(`${V}2026-dubbele-id.md`, 2)).toContain(`${P}2026-dubbele-id.md`);
    expect(message(`${P}2026-dubbele-id.md`, 2)).toContain(`${V}2026-dubbele-id.md`);
    expect(code).toBe(1);
  });

  it('unknown-reference: vervolg_op, kennisvragen, evaluatie.nieuwe_kennisvragen, project, and the wrong kind', async () => {
    const { code, found, message } = await validate(fixture('unknown-reference'));
    expect(found).toEqual([
      error(`${V}vraag-project-onbekend.md`, 6, 10, 'unknown-reference'), // project: 2025-onbekend-project
      error(`${P}2026-aanbod-onbekend.md`, 10, 10, 'unknown-reference'), // aanbod: [minor-bestaat-niet]
      error(`${P}2026-kennisvraag-onbekend.md`, 10, 16, 'unknown-reference'), // kennisvragen: [vraag-…]
      error(`${P}2026-nieuwe-kennisvraag-onbekend.md`, 13, 25, 'unknown-reference'), // nieuwe_kennisvragen: [
      error(`${P}2026-vervolg-op-onbekend.md`, 10, 14, 'unknown-reference'), // vervolg_op: [2025-…]
      error(`${P}2026-verwijst-naar-verkeerde-soort.md`, 10, 14, 'unknown-reference'), // a question
      error(`${P}2026-verwijst-naar-verkeerde-soort.md`, 11, 16, 'unknown-reference'), // a project
    ]);
    expect(message(`${P}2026-nieuwe-kennisvraag-onbekend.md`, 13)).toContain('evaluatie.nieuwe_kennisvragen');
    expect(message(`${P}2026-aanbod-onbekend.md`, 10)).toContain('onderwijsaanbod "minor-bestaat-niet"');
    expect(message(`${P}2026-verwijst-naar-verkeerde-soort.md`, 10)).toContain('kennisvraag, geen project');
    expect(message(`${P}2026-verwijst-naar-verkeerde-soort.md`, 11)).toContain('project, geen kennisvraag');
    expect(code).toBe(1);
  });

  it('self-reference: reported as such, not as a cycle', async () => {
    const { code, found } = await validate(fixture('self-reference'));
    expect(found).toEqual([error(`${P}2026-volgt-op-zichzelf.md`, 10, 14, 'self-reference')]);
    expect(code).toBe(1);
  });

  it('cycle: of two and of three projects, each reported once, at the link from its smallest id', async () => {
    const { code, found, message } = await validate(fixture('cycle'));
    expect(found).toEqual([
      error(`${P}2026-kring-a.md`, 10, 14, 'cycle'),
      // vervolg_op: [2026-kring-a, 2026-rondje-b]: the link into the cycle is the second item.
      error(`${P}2026-rondje-a.md`, 10, 28, 'cycle'),
    ]);
    expect(message(`${P}2026-kring-a.md`, 10)).toContain('2026-kring-a → 2026-kring-b → 2026-kring-a');
    expect(message(`${P}2026-rondje-a.md`, 10)).toContain(
      '2026-rondje-a → 2026-rondje-b → 2026-rondje-c → 2026-rondje-a',
    );
    expect(code).toBe(1);
  });

  it('unknown-vocabulary: programma, thema and gebied, with "Bedoel je"', async () => {
    const { code, found, message } = await validate(fixture('unknown-vocabulary'));
    expect(found).toEqual([
      error('knowledge/aanbod/minor-met-typfouten.md', 6, 23, 'unknown-vocabulary'), // thema: [.., klimaat]
      error('knowledge/aanbod/minor-met-typfouten.md', 9, 5, 'unknown-vocabulary'), // - Rivierewijk
      error(`${V}vraag-onbekend-thema.md`, 6, 9, 'unknown-vocabulary'), // thema: [zorg]
      error(`${P}2026-gebied-met-typfout.md`, 10, 9, 'unknown-vocabulary'),
      error(`${P}2026-programma-met-typfout.md`, 5, 12, 'unknown-vocabulary'),
      error(`${P}2026-thema-met-typfout.md`, 10, 23, 'unknown-vocabulary'), // [duurzaamheid, armoed]
    ]);
    expect(message(`${P}2026-programma-met-typfout.md`, 5)).toContain('Bedoel je "CDKM Test"?');
    expect(message(`${P}2026-thema-met-typfout.md`, 10)).toContain('Bedoel je "armoede"?');
    expect(message(`${P}2026-gebied-met-typfout.md`, 10)).toContain('Bedoel je "Rivierenwijk"?');
    expect(message(`${V}vraag-onbekend-thema.md`, 6)).not.toContain('Bedoel je');
    expect(message('knowledge/aanbod/minor-met-typfouten.md', 9)).toContain('Bedoel je "Rivierenwijk"?');
    expect(code).toBe(1);
  });

  it('taken-up-unlisted: a warning at the status; a question some project lists is fine', async () => {
    const { code, found } = await validate(fixture('taken-up-unlisted'));
    expect(found).toEqual([warning(`${V}opgepakt-maar-niet-genoemd.md`, 4, 9, 'taken-up-unlisted')]);
    expect(code).toBe(0);
    expect((await validate(fixture('taken-up-unlisted'), ['--strict'])).code).toBe(1);
  });

  it('unregistered-partner: a warning that says how to register', async () => {
    const { code, found, message } = await validate(fixture('unregistered-partner'));
    expect(found).toEqual([
      warning(`${A}leerlijn-elders.md`, 4, 13, 'unregistered-partner'), // instelling: Stroomdal College
      warning(`${A}stage-bij-tset.md`, 4, 13, 'unregistered-partner'), // instelling: Hogeschool Tset
      warning(`${P}2026-onbekende-partners.md`, 12, 12, 'unregistered-partner'), // Bakkerij De Korrel
      warning(`${P}2026-onbekende-partners.md`, 13, 12, 'unregistered-partner'), // Gemeente Tset
    ]);
    expect(message(`${P}2026-onbekende-partners.md`, 12)).toContain(
      'kwp new partner --name "Bakkerij De Korrel" --group ondernemers',
    );
    // A likely typo: the registered name comes first, registering the typo only second.
    expect(message(`${P}2026-onbekende-partners.md`, 13)).toMatch(
      /Bedoel je "Gemeente Test"\? Zo niet, registreer met/,
    );
    // An offer's school: registered as onderwijs, with the closest name when there is one.
    expect(message(`${A}leerlijn-elders.md`, 4)).toContain(
      'Instelling "Stroomdal College" staat niet in het partnerregister. Registreer met: kwp new partner --name "Stroomdal College" --group onderwijs',
    );
    expect(message(`${A}stage-bij-tset.md`, 4)).toMatch(/Bedoel je "Hogeschool Test"\? Zo niet, registreer/);
    expect(code).toBe(0);
    expect((await validate(fixture('unregistered-partner'), ['--strict'])).code).toBe(1);
  });

  it('unknown-funder: a funder neither a partner nor registered, with the closest name', async () => {
    const { code, found, message } = await validate(fixture('unknown-funder'));
    const file = `${P}2026-onbekende-financiers.md`;
    expect(found).toEqual([
      warning(file, 15, 17, 'unknown-funder'), // Gemeente Den Bosch
      warning(file, 18, 17, 'unknown-funder'), // Fonds Groene Wijken
    ]);
    // A project partner (Hogeschool Test) and a registered one (Gemeente 's-Hertogenbosch) pay freely.
    expect(message(file, 15)).toContain('"Gemeente Den Bosch"');
    expect(message(file, 15)).toContain('Bedoel je "Gemeente \'s-Hertogenbosch"?');
    expect(message(file, 18)).not.toContain('Bedoel je');
    expect(message(file, 18)).toContain('kwp new partner --name "Fonds Groene Wijken"');
    expect(code).toBe(0);
    expect((await validate(fixture('unknown-funder'), ['--strict'])).code).toBe(1);
    const en = await validate(fixture('unknown-funder'), ['--lang', 'en']);
    expect(en.found).toEqual(found);
    expect(en.message(file, 15)).toContain('Did you mean "Gemeente \'s-Hertogenbosch"?');
  });

  it('suggests a funder by shared words, never by "Gemeente" alone', () => {
    const names = ['Gemeente Rivelde', "Gemeente 's-Hertogenbosch", 'Hogeschool Saxion'];
    expect(closestName('Gemeente Den Bosch', names)).toBe("Gemeente 's-Hertogenbosch");
    expect(closestName('gemeente rivelde', names)).toBe('Gemeente Rivelde');
    expect(closestName('Saxion', names)).toBe('Hogeschool Saxion');
    expect(closestName('Gemeente Amsterdam', names)).toBeUndefined();
    expect(closestName('Fonds Groene Wijken', names)).toBeUndefined();
  });

  it('offer-not-education: an offer whose school is registered in another group than onderwijs', async () => {
    const { code, found, message } = await validate(fixture('offer-not-education'));
    expect(found).toEqual([error(`${A}aanbod-van-de-gemeente.md`, 4, 13, 'offer-not-education')]);
    expect(message(`${A}aanbod-van-de-gemeente.md`, 4)).toContain(
      'Instelling "Gemeente Test" staat in het partnerregister met groep overheid (knowledge/partners/gemeente-test.md)',
    );
    expect(code).toBe(1);
    const en = await validate(fixture('offer-not-education'), ['--lang', 'en']);
    expect(en.message(`${A}aanbod-van-de-gemeente.md`, 4)).toContain('with group overheid');
  });

  it('offer-period-missed: a start between two periods, and no start at all; gestopt and a start inside are fine', async () => {
    const { code, found, message } = await validate(fixture('offer-period-missed'));
    expect(found).toEqual([
      warning(`${P}2026-nog-zonder-start.md`, 10, 5, 'offer-period-missed'), // aanbod:\n  - minor-test
      warning(`${P}2026-tussen-de-blokken.md`, 10, 10, 'offer-period-missed'), // aanbod: [minor-test]
    ]);
    expect(message(`${P}2026-tussen-de-blokken.md`, 10)).toContain(
      'start op 2026-04-18, maar dat valt in geen periode van aanbod "minor-test" (blok 1: 2026-02-02 – 2026-04-17; blok 2: 2026-04-20 – 2026-06-26)',
    );
    expect(message(`${P}2026-nog-zonder-start.md`, 10)).toContain('geen planning.start');
    expect(code).toBe(0);
    expect((await validate(fixture('offer-period-missed'), ['--strict'])).code).toBe(1);
  });

  it('offer-overbooked: at the period (its vragen when written), naming the projects; gestopt ones do not count', async () => {
    const { code, found, message } = await validate(fixture('offer-overbooked'));
    expect(found).toEqual([
      warning(`${A}minor-test.md`, 7, 5, 'offer-overbooked'), // - {naam: blok 1, …} (vragen absent: 1)
      warning(`${A}minor-test.md`, 12, 13, 'offer-overbooked'), //     vragen: 1 (blok 3)
    ]);
    expect(message(`${A}minor-test.md`, 7)).toBe(
      'Periode 1 (blok 1), 2026-02-02 t/m 2026-04-17, kan 1 vraag aan, maar 2 projecten zitten erin: 2026-blok-1-a, 2026-blok-1-b. Verhoog "vragen" als de school meer aankan, of plan een project in een andere periode.',
    );
    expect(message(`${A}minor-test.md`, 12)).toContain('2026-blok-3-a, 2026-blok-3-b');
    expect(code).toBe(0);
    const en = await validate(fixture('offer-overbooked'), ['--lang', 'en']);
    expect(en.message(`${A}minor-test.md`, 7)).toContain('can take 1 question, but 2 projects are in it');
  });
});
