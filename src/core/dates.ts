// Dates are `YYYY-MM-DD` strings throughout kwp, so they compare as text and never shift by time zone.
import type { Message, MessageArgs, MessageId } from '../messages/catalogue.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, mo, d] = [digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2)];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** The number written by `count` ASCII digits from `start` (ISO_DATE has checked they are digits). */
function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

// Read and counted, not asked of a Date nor of a pattern's groups: validation asks this of every date
// in every file, and a Date each time was 20 ms of 10,000 projects. Years 0–99 count as 1900–1999, as `Date.UTC` reads them (this
// function used it), so `0000-02-29` stays refused.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  const y = year < 100 ? year + 1900 : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** The value when it is a real date, else undefined (the schema already reported it). */
export function dateOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && isRealDate(value) ? value : undefined;
}

/** A moment as YYYY-MM-DD in the local time zone (a date written at 00:30 in Utrecht is that day). */
export function localDate(moment: Date): string {
  return [moment.getFullYear(), moment.getMonth() + 1, moment.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
}

/**
 * Problems with a pair of dates given as options: each must be a real date, and the second may not
 * be before the first (`order` words that problem).
 */
export function dateRangeProblems(
  from: { option: string; value: string | undefined },
  to: { option: string; value: string | undefined },
  order: (from: string, to: string) => Message,
): Message[] {
  const problems: Message[] = [];
  for (const { option, value } of [from, to]) {
    if (value !== undefined && value.trim() !== '' && !isRealDate(value))
      problems.push(dateMessage(value, 'new.date-format', 'new.date', { option, value }));
  }
  if (from.value && to.value && isRealDate(from.value) && isRealDate(to.value) && to.value < from.value) {
    problems.push(order(from.value, to.value));
  }
  return problems;
}

/**
 * A date written another way than YYYY-MM-DD, as YYYY-MM-DD when it is a real day: `3-2-2026`,
 * `3/2/2026`, `03.02.2026` in the Dutch order (day, month, year), `2026-2-3` and `2026/2/3` with the
 * year first. Undefined for anything else, and for a day that does not exist.
 */
export function isoFromWritten(value: string): string | undefined {
  const text = value.trim();
  const dayFirst = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  const parts = dayFirst
    ? [dayFirst[4]!, dayFirst[3]!, dayFirst[1]!]
    : yearFirst
      ? [yearFirst[1]!, yearFirst[3]!, yearFirst[4]!]
      : undefined;
  if (!parts) return undefined;
  const iso = parts.map((p, i) => (i === 0 ? p : p.padStart(2, '0'))).join('-');
  return iso !== text && isRealDate(iso) ? iso : undefined;
}

/**
 * What to tell about a date that is not a real YYYY-MM-DD: written another way ("schrijf JJJJ-MM-DD:
 * bedoel je …?", the `format` message with `iso`), or a day that does not exist (`missing`).
 */
export function dateMessage(
  value: string,
  format: MessageId,
  missing: MessageId,
  args: MessageArgs = {},
): Message {
  const iso = isoFromWritten(value);
  return iso === undefined ? { id: missing, args } : { id: format, args: { ...args, iso } };
}
