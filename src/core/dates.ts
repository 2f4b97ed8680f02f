// Dates are `YYYY-MM-DD` strings throughout kwp, so they compare as text and never shift by time zone.
import type { Message } from '../messages/catalogue.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= daysInMonth;
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
      problems.push({ id: 'new.date', args: { option, value } });
  }
  if (from.value && to.value && isRealDate(from.value) && isRealDate(to.value) && to.value < from.value) {
    problems.push(order(from.value, to.value));
  }
  return problems;
}
