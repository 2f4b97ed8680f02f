// E-mail addresses and phone numbers in free text. A phone number starts with `+`, `00` or `0` and
// has the digits of one (9 to 11 written nationally, 9 to 15 internationally), in groups separated by
// a space, `-`, `.` or `/`. Dates (2026-02-02, 01-02-2026), amounts, postcodes, years and ids are not:
// they do not start so, have too few digits, or follow a digit and a `-`.
import type { Span } from './name-matcher.js';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE =
  /(?:\+\d{1,3}|00\d{1,3}|\(0\d{1,4}\)|0\d{0,4})(?:(?:\s?-\s?|[ ./])?(?:\(0\)|\(\d{1,4}\)|\d{1,5}))*(?![\p{L}\p{N}])/gu;
/** What may not come just before a phone number: a letter, a digit or `+`, or a digit and `-`, `.`, `/`. */
const NOT_AFTER = /(?:[\p{L}\p{N}+]|\p{N}[-./])$/u;
/** One group of a phone number, with the separator before it. */
const GROUP = /(?:\s?-\s?|[ ./])?(?:\(\d{1,5}\)|\+?\d{1,5})/gu;
const DATE_INSIDE = /\d{1,2}([-./])\d{1,2}\1(?:19|20)\d{2}|(?:19|20)\d{2}([-./])\d{1,2}\2\d{1,2}/;

export function emailSpans(text: string): Span[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function phoneSpans(text: string): Span[] {
  const spans: Span[] = [];
  // What comes before is checked here, not in the pattern: a pattern that starts with a lookbehind
  // is tried at every position, and this one runs over every string of a report.
  const re = new RegExp(PHONE);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const length = NOT_AFTER.test(text.slice(Math.max(0, m.index - 2), m.index)) ? 0 : phoneLength(m[0]);
    if (length > 0) spans.push({ start: m.index, end: m.index + length });
    re.lastIndex = m.index + Math.max(length, 1);
  }
  return spans;
}

/** How much of a candidate is a phone number: its longest run of groups with a phone's digits, or 0. */
function phoneLength(candidate: string): number {
  const international = candidate.startsWith('+') || candidate.startsWith('00');
  const [min, max] = international ? [9, 15] : [9, 11];
  const groups = [...candidate.matchAll(GROUP)].map((g) => g[0]);
  for (let n = groups.length; n > 0; n--) {
    const text = groups.slice(0, n).join('');
    const digits = text.replace(/\(0\)/g, '').replace(/^00/, '').replace(/\D/g, '').length;
    if (digits >= min && digits <= max && !DATE_INSIDE.test(text)) return text.length;
  }
  return 0;
}
