// The pure helpers behind forgiving prompts: web addresses, people typed without angle brackets, the
// same title written differently, search choices in the order Enter expects, and questions that agree.
import { describe, expect, it } from 'vitest';
import {
  findSameText,
  matchesTerm,
  normaliseWebsite,
  sameTextKey,
  searchChoices,
} from '../../src/core/scaffold/answers.js';
import { groupCount, isPluralGroup } from '../../src/core/scaffold/grammar.js';
import { parsePerson, personText } from '../../src/core/scaffold/person.js';
import { t } from '../../src/messages/catalogue.js';

describe('normaliseWebsite', () => {
  it.each([
    ['www.bakkerij.nl', 'https://www.bakkerij.nl'],
    ['  bakkerij.nl/contact ', 'https://bakkerij.nl/contact'],
    ['https://www.bakkerij.nl', 'https://www.bakkerij.nl'],
    ['HTTP://bakkerij.nl', 'HTTP://bakkerij.nl'],
    ['vakschool-noord.example.org', 'https://vakschool-noord.example.org'],
  ])('%s → %s', (typed, stored) => expect(normaliseWebsite(typed)).toBe(stored));

  it.each(['', 'bakkerij', 'www bakkerij nl', 'mailto:info@bakkerij.nl', 'https://', 'f.devries@example'])(
    '%j is no web address',
    (typed) => expect(normaliseWebsite(typed)).toBeNull(),
  );
});

describe('parsePerson', () => {
  const femke = { naam: 'Femke de Vries', email: 'f.devries@example.org' };
  it.each([
    'Femke de Vries <f.devries@example.org>',
    'Femke de Vries f.devries@example.org',
    'Femke de Vries (f.devries@example.org)',
    'Femke de Vries, f.devries@example.org',
    'Femke de Vries,f.devries@example.org',
    '  Femke  de Vries   f.devries@example.org ',
  ])('%j is Femke with her address', (typed) => {
    expect(parsePerson(typed)).toEqual({ ok: true, person: femke });
  });

  it('a name alone is a person without an address', () => {
    expect(parsePerson('Femke de Vries')).toEqual({ ok: true, person: { naam: 'Femke de Vries' } });
  });

  it.each([
    'f.devries@example.org',
    'Femke de Vries <geen-adres>',
    'Femke de Vries f.devries@',
    'Femke f.devries@example.org de Vries',
  ])('%j is refused, never a name with an address inside', (typed) => {
    const parsed = parsePerson(typed);
    expect(parsed.ok).toBe(false);
  });

  it('personText writes the person back as typed', () => {
    expect(personText(femke)).toBe('Femke de Vries <f.devries@example.org>');
    expect(personText({ naam: 'Jan' })).toBe('Jan');
  });
});

describe('the same text', () => {
  it('ignores case, accents, spacing and end punctuation', () => {
    expect(sameTextKey('  Hoe  houden we de  Wijk KOEL? ')).toBe(sameTextKey('hoe houden we de wijk koel'));
    expect(sameTextKey('Coöperatie in de wijk')).toBe(sameTextKey('cooperatie in de wijk'));
    expect(sameTextKey('Groene daken')).not.toBe(sameTextKey('Groene dakken'));
  });

  it('finds the record with that text', () => {
    const records = new Map([
      ['2024-hittekaart', 'Hittekaart van de Rivierenwijk'],
      ['2025-groen', 'Groene daken'],
    ]);
    expect(findSameText('hittekaart van de  rivierenwijk', records)).toBe('2024-hittekaart');
    expect(findSameText('Hittekaart', records)).toBeUndefined();
    expect(findSameText('  ', records)).toBeUndefined();
  });

  it('matchesTerm finds part of a name without minding case or accents', () => {
    expect(matchesTerm('Gemeente Rivelde', 'gem')).toBe(true);
    expect(matchesTerm('Coöperatie Zuid', 'coop')).toBe(true);
    expect(matchesTerm('ROC Rivelde', 'gem')).toBe(false);
  });
});

describe('searchChoices', () => {
  it('with nothing typed, the fixed entries first: Enter finishes', () => {
    expect(searchChoices('', ['(klaar)'], ['Gemeente Rivelde'])).toEqual(['(klaar)', 'Gemeente Rivelde']);
  });
  it('once something is typed, the matches first: Enter takes the highlighted match', () => {
    expect(searchChoices('gem', ['(klaar)', '(nieuw)'], ['Gemeente Rivelde'])).toEqual([
      'Gemeente Rivelde',
      '(klaar)',
      '(nieuw)',
    ]);
  });
  it('typed without a match: the fixed entries stay', () => {
    expect(searchChoices('xyz', ['(klaar)', '(nieuw)'], [])).toEqual(['(klaar)', '(nieuw)']);
  });
});

describe('questions that agree with the group', () => {
  it.each([
    ['bewoners', true],
    ['de stakeholders', true],
    ['studenten', true],
    ['De ondernemers', true],
    ['Bewoners', true],
    ['Bewoners van Noord', true],
    ['kinderen', true],
    ['Jan en Piet', true],
    ['de gemeente', false],
    ['Gemeente Den Bosch', false],
    ['het wijkteam', false],
    ['ROC Rivelde', false],
    ['Fontys Hogescholen', false],
    ['Jeroen', false],
    ['iedereen', false],
  ])('%s: plural %s', (group, plural) => expect(isPluralGroup(group, 'nl')).toBe(plural));

  it.each([
    ['residents', true],
    ['the municipality', false],
    ['students', true],
    ['Anna', false],
  ])('English %s: plural %s', (group, plural) => expect(isPluralGroup(group, 'en')).toBe(plural));

  it('the question uses the agreeing verb', () => {
    const ask = (who: string) => t('nl', 'ask.goal.what', { who, count: groupCount(who, 'nl') });
    expect(ask('bewoners')).toBe('Wat willen bewoners leren?');
    expect(ask('de gemeente')).toBe('Wat wil de gemeente leren?');
    const en = (who: string) => t('en', 'ask.goal.what', { who, count: groupCount(who, 'en') });
    expect(en('residents')).toBe('What do residents want to learn?');
    expect(en('the municipality')).toBe('What does the municipality want to learn?');
  });
});
