// Ids for new records: the start year and a slug of the title, accents transliterated, bounded in
// length, and made unique with a numbered suffix.
import { isValidId } from '../kinds.js';

export const MAX_SLUG = 60;

/** `Coöperatie & zorg in 't Zand!` → `cooperatie-zorg-in-t-zand`; '' when nothing usable is left. */
export function slugify(text: string, max = MAX_SLUG): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // combining accents: ö → o
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[ĳĲ]/g, 'ij')
    .toLowerCase();
  let slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length > max) {
    const cut = slug.slice(0, max + 1);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, max)).replace(/-+$/, '');
  }
  return slug;
}

/** The id for a record: `<prefix>-<slug>`, or `<prefix>-<fallback>` when the title has no letters or digits. */
export function baseId(prefix: string | undefined, title: string, fallback: string): string {
  const slug = slugify(title) || fallback;
  const id = prefix ? `${prefix}-${slug}` : slug;
  return isValidId(id)
    ? id
    : `${fallback}-${id.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`.slice(0, 80);
}

/** `base`, `base-2`, `base-3`, …: the n-th candidate (n from 1). */
export function candidateId(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${base.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
}
