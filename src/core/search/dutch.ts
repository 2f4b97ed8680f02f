// What the Snowball Dutch stemmer does not do, done before it: diminutives (`tuintje`, `boompje`,
// `mannetje`), the plurals it leaves alone (`coöperaties`, `auto's`), a few irregular plurals, the
// words too common to search for, and the heads of compounds (`buurtbewoners` → `bewoner`).
// Every function takes a word already lowercased and folded (no diacritics).

/** Plurals no suffix rule gets right: the plural, then the word it is the plural of. */
const IRREGULAR: Readonly<Record<string, string>> = {
  steden: 'stad',
  schepen: 'schip',
  kinderen: 'kind',
  eieren: 'ei',
  liederen: 'lied',
  bladeren: 'blad',
  volkeren: 'volk',
  kalveren: 'kalf',
  runderen: 'rund',
  lammeren: 'lam',
  gelegenheden: 'gelegenheid',
  musea: 'museum',
  centra: 'centrum',
  data: 'datum',
  criteria: 'criterium',
};

const VOWELS = 'aeiouy';
const DOUBLE_VOWEL = /(aa|ee|oo|uu)$/;
const DIPHTHONG = /(ei|ij|ui|ou|au|ie|eu|oe)$/;

/** `mann` → `man`, `autoo` → `auto`: a letter doubled by the diminutive, single again. */
function undouble(stem: string): string {
  const last = stem.at(-1);
  return stem.length >= 3 && last === stem.at(-2) && last !== 'e' ? stem.slice(0, -1) : stem;
}

/**
 * The word a diminutive is made of: `tuintje` → `tuin`, `huisje` → `huis`, `boompje` → `boom`,
 * `mannetje` → `man`, `koninkje` → `koning`, `autootje` → `auto`; plural diminutives too. Leaves
 * other words as they are; never returns fewer than three letters.
 */
export function undiminish(word: string): string {
  let w = word;
  if (w.endsWith('jes') && w.length >= 6) w = w.slice(0, -1);
  if (!w.endsWith('je') || w.length < 5) return word;
  const keep = (stem: string) => (stem.length >= 3 ? stem : word);
  if (w.endsWith('etje') && w.length >= 7) {
    const stem = w.slice(0, -4);
    // `mannetje`, `balletje`: a doubled consonant before -etje; `bloemetje`, `ringetje`: none.
    if (stem.at(-1) === stem.at(-2) || /(m|ng|l|r|n)$/.test(stem)) return keep(undouble(stem));
  }
  if (w.endsWith('mpje')) return keep(w.slice(0, -3));
  if (w.endsWith('nkje')) return keep(`${w.slice(0, -4)}ng`);
  if (w.endsWith('tje')) {
    const stem = w.slice(0, -3);
    if (/[lnrw]$/.test(stem)) return keep(stem);
    if (DOUBLE_VOWEL.test(stem)) return keep(stem.slice(0, -1));
    if (DIPHTHONG.test(stem)) return keep(stem);
  }
  // `katje`, `huisje`, `boekje`, `kopje`: -je after any other letter.
  const stem = w.slice(0, -2);
  return VOWELS.includes(stem.at(-1) ?? 'a') ? word : keep(stem);
}

/**
 * The singular of a plural the stemmer keeps: `coöperaties` → `coöperatie`, `routes` → `route`
 * (-s after a vowel) and the irregular ones. `auto's` lost its `'s` with the apostrophe already.
 */
export function singular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  // `routes`, `rondes`, `stages`, `cafés`: -s after an -e the stemmer would take for a verb's; not
  // `proces`, `adres`, whose -s is their own.
  if (word.length >= 5 && /(ie|ee|eau|[^cr]e)s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The Snowball list of Dutch stop words: in nearly every record, so they neither rank nor narrow a
 * search, and leaving them out keeps the index small.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem ' +
    'dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb ' +
    'hoe heeft hebben deze u want nog zal me zij nu ge omdat iets worden toch al waren veel meer doen ' +
    'toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ' +
    'ons zelf tegen na reeds wil kon niets uw iemand geweest andere we wij jij jullie hen'
  ).split(' '),
);

/**
 * Words whose compounds are searched by them: `buurtbewoners` is found by `bewoner`, `moestuin` by
 * `tuin`. Chosen from the words of a knowledge workshop (city, school, care, green); a compound's
 * last part is its head, so that is the part looked for. Kept short on purpose: each entry is a
 * word a search for it should also find inside longer words.
 */
export const COMPOUND_HEADS: readonly string[] = (
  'bewoner buurt wijk plein school tuin huis woning straat park route kaart zorg hulp groen water ' +
  'energie armoede schuld geld taal werk baan jongere oudere kind student docent leerling gemeente ' +
  'project vraag onderzoek ontwerp plan beleid netwerk platform vereniging stichting bedrijf winkel ' +
  'centrum kamer cafe koffie markt fiets auto scooter vervoer mobiliteit hitte koelte boom bloem ' +
  'vrijwilliger mantelzorger ondernemer partner coach coaching training les cursus gesprek bezoek ' +
  'onderhoud beheer inrichting vergroening veiligheid gezondheid eenzaamheid vaardigheid dienst ' +
  'organisatie cooperatie corporatie samenwerking ontmoeting activiteit'
).split(' ');
