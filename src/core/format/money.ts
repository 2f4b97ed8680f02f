// The one way kwp writes an amount of money, in every report format and both languages. Dutch:
// `€ 49.050` and `€ 1.734,50`; English: `€49,050` and `€1,734.50`. Whole euros without cents, any
// other amount with both; a plain space (not a no-break space) so that text stays searchable.
import type { Lang } from '../../messages/catalogue.js';

// Made on first use: creating one loads ICU's locale data, which only a report needs.
const formats = new Map<string, Intl.NumberFormat>();

function format(lang: Lang, whole: boolean): Intl.NumberFormat {
  const key = `${lang}:${whole}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    });
    formats.set(key, f);
  }
  return f;
}

export function money(amount: number, lang: Lang): string {
  const cents = Math.round(amount * 100);
  const whole = cents % 100 === 0;
  return format(lang, whole)
    .format(cents / 100 || 0) // never "-€0"
    .replace(/[\u00a0\u202f]/g, ' ');
}
