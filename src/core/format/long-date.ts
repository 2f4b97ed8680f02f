// A YYYY-MM-DD date written out for a reader: "3 december 2026", "3 December 2026".
import type { Lang } from '../../messages/catalogue.js';

// One format per language, made once: making an Intl.DateTimeFormat costs far more than using it, and
// a report of 10,000 projects writes tens of thousands of dates.
const formats = new Map<Lang, Intl.DateTimeFormat>();

/** The long date format of a language ("3 december 2026"), made once. */
export function longDateFormat(lang: Lang): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (format === undefined)
    formats.set(
      lang,
      (format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })),
    );
  return format;
}

export function longDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return longDateFormat(lang).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}
