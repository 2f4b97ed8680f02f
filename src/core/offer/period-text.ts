// A period of an offer as a person reads it in a message: its name, then its dates.
import { isRealDate } from '../dates.js';
import type { AanbodView, PeriodeView } from '../model/views.js';

/** `blok 3: 2027-02-01 – 2027-04-16`, or the dates alone for a period without a name. */
export function periodText(p: PeriodeView): string {
  const dates = `${p.start} – ${p.einde}`;
  return p.naam?.trim() ? `${p.naam.trim()}: ${dates}` : dates;
}

/** Every period of the offer with two real dates, as text, joined; '' when it has none. */
export function periodsText(offer: AanbodView): string {
  return offer.periodes
    .filter(
      (p) => p.start !== undefined && p.einde !== undefined && isRealDate(p.start) && isRealDate(p.einde),
    )
    .map(periodText)
    .join('; ');
}

/** How people number a period: from 1, with its name when it has one (`2 (blok 3)`). */
export function periodLabel(p: PeriodeView, index: number): string {
  return p.naam?.trim() ? `${index + 1} (${p.naam.trim()})` : `${index + 1}`;
}
