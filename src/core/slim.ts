// What validation keeps of a file after checking it on its own: only what the rules across files
// read, in the frontmatter's own shape, so those rules (and `--changed`) read it as they would read
// the whole frontmatter.
import { type Data, isRecord, valueAt } from './data.js';
import type { Kind } from './kinds.js';

/**
 * Only what the rules across files read. Keeping this instead of the whole frontmatter of 10,000
 * files keeps validation's memory, and the garbage collector's work, small.
 */
export function slimData(kind: Kind, data: Data): Data {
  if (kind === 'werkplaats') return data;
  const own = (key: string) => (Object.hasOwn(data, key) ? data[key] : undefined);
  const pick = (key: string) => kept(own(key));
  const evaluatie = own('evaluatie');
  const planning = own('planning');
  const partners = own('partners');
  const begroting = own('begroting');
  const dekking = isRecord(begroting) ? valueAt(begroting, ['dekking']) : undefined;
  return {
    id: pick('id'),
    status: pick('status'),
    programma: pick('programma'),
    thema: pick('thema'),
    gebied: pick('gebied'),
    naam: pick('naam'),
    project: pick('project'),
    vervolg_op: pick('vervolg_op'),
    kennisvragen: pick('kennisvragen'),
    planning: isRecord(planning) ? { start: kept(planning['start']) } : planning,
    evaluatie: isRecord(evaluatie)
      ? { nieuwe_kennisvragen: kept(valueAt(evaluatie, ['nieuwe_kennisvragen'])) }
      : evaluatie,
    partners: Array.isArray(partners)
      ? partners.map((p: unknown) => (isRecord(p) ? partner(p['naam'], p['groep']) : p))
      : kept(partners),
    // Who pays, for unknown-funder; amounts are checked with the file itself (budget-shortfall).
    ...(isRecord(begroting)
      ? {
          begroting: {
            dekking: Array.isArray(dekking)
              ? dekking.map((d: unknown) => (isRecord(d) ? { partner: kept(d['partner']) } : d))
              : dekking,
          },
        }
      : { begroting }),
  };
}

// Kept values are shared, not copied per file: 10,000 projects name the same few partners, themes
// and statuses again and again, and every kept object is one more for the garbage collector to copy
// while the files are read. A kept string is also a copy of its first occurrence: a YAML value is a
// slice of its file's text, and one slice keeps the whole text alive. Measured on 10,000 projects:
// peak memory 147 → 113 MB, young-collection survivors 43 → 15 MB, collector pauses 93 → 59 ms; in
// time about even, as the lookups cost about what the collector saves. The tables are emptied when
// they grow large, so a process that validates again and again does not keep every value it saw.
const MAX_SHARED = 100_000;
const sharedStrings = new Map<string, string>();
const sharedPartners = new Map<string, Map<string, Data>>();

/** A string as a shared copy; a list of strings as a new list of them; anything else as it is. */
function kept(value: unknown): unknown {
  if (typeof value === 'string') return shared(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? shared(item) : item));
  return value;
}

/**
 * Shorter strings are never slices: V8 copies a substring of fewer than 13 characters (its
 * SlicedString minimum), so such a value holds no file text alive, and looking it up would cost
 * more than keeping it. In the dense bench shape most kept values are ids of 7 characters: not
 * looking them up saves about 3% of validation's processor time there, for 3 MB more peak memory
 * (131 → 135 MB; separate copies of the same short ids).
 */
const SLICED_MIN = 13;

function shared(text: string): string {
  if (text.length < SLICED_MIN) return text;
  const known = sharedStrings.get(text);
  if (known !== undefined) return known;
  if (sharedStrings.size >= MAX_SHARED) {
    sharedStrings.clear();
    sharedPartners.clear();
  }
  // A new string with the same characters (JSON.parse builds one), not a slice of the file's text.
  const copy = JSON.parse(JSON.stringify(text)) as string;
  sharedStrings.set(copy, copy);
  return copy;
}

/** A partner entry of a project as the rules across files read it: `naam` and `groep`, shared. */
function partner(naam: unknown, groep: unknown): Data {
  if (typeof naam !== 'string' || typeof groep !== 'string') return { naam: kept(naam), groep: kept(groep) };
  let inGroep = sharedPartners.get(groep);
  if (!inGroep) sharedPartners.set(groep, (inGroep = new Map()));
  let entry = inGroep.get(naam);
  if (!entry) inGroep.set(naam, (entry = Object.freeze({ naam: shared(naam), groep: shared(groep) })));
  return entry;
}
