// Small grammar for questions built from answers: "Wat willen bewoners leren?" but "Wat wil de
// gemeente leren?". A group typed by a person is plural when it names several (bewoners, studenten,
// de ondernemers, Jan en Piet); an organisation or one person is singular.

const ARTICLES = /^(de|het|een|'t|the|a|an|all|alle|onze|our)\s+/i;
/** Singular nouns that end like a plural. */
const SINGULAR = new Set([
  'gemeente',
  'jeugd',
  'wijkteam',
  'bus',
  'campus',
  'status',
  'provincie',
  'organisatie',
  'overheid',
  'universiteit',
  'hogeschool',
  'school',
  'raad',
  'wijkraad',
  'gemeenteraad',
  'politie',
  'team',
  'iedereen',
  'everyone',
  'university',
  'municipality',
  'council',
  'police',
  'class',
  'business',
]);
/** Plurals that do not end in -s or -en. */
const PLURAL = new Set(['mensen', 'kinderen', 'people', 'children', 'men', 'women', 'staff']);

/** Is the group, as typed, more than one? */
export function isPluralGroup(group: string, lang: 'nl' | 'en'): boolean {
  const text = group.trim().replace(/\s+/g, ' ');
  if (text === '') return false;
  if (/\s(en|and|&)\s/i.test(text) || text.includes(',')) return true;
  const head = text
    .replace(ARTICLES, '')
    .split(/[\s(/-]/)[0]!
    .toLowerCase();
  if (PLURAL.has(head)) return true;
  if (SINGULAR.has(head)) return false;
  const words = text.replace(ARTICLES, '').split(' ');
  // Two capitalised words (Gemeente Den Bosch, Fontys Hogescholen, Jan Smit): a name, one.
  if (words.length > 1 && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)) return false;
  // One capitalised word may be a person (Jeroen, Karen): plural only when it clearly reads so.
  const capital = /^\p{Lu}/u.test(head === '' ? '' : text.replace(ARTICLES, '')) && !ARTICLES.test(text);
  if (lang === 'en') return /[^su]s$/.test(head) || /ies$/.test(head);
  if (capital) return /(ers|'s|enten|eren|ingen|ieren)$/.test(head);
  // Dutch plurals: -en (studenten, scholen), -s (bewoners, partners), -'s (gemeente's).
  return head.length > 3 && /(en|s|'s)$/.test(head) && !/(ss|us|is)$/.test(head);
}

/** 1 for a singular group, 2 for a plural one: the count for a `{count:…|…}` message. */
export function groupCount(group: string, lang: 'nl' | 'en'): number {
  return isPluralGroup(group, lang) ? 2 : 1;
}
