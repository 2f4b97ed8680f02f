// Dates are `YYYY-MM-DD` strings throughout kwp, so they compare as text and never shift by time zone.
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
