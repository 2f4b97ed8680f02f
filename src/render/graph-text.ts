// What the diagrams share: node text made plain and short enough for a box, and a colour per status.
// Escaping for each diagram language is done by its own renderer, after this.

/** Longest label shown, in characters; the full text stays in the files and in `--format json`. */
export const MAX_LABEL = 120;
/** DOT labels are broken into lines of at most this many characters (Graphviz does not wrap; Mermaid does). */
export const LINE_WIDTH = 40;

/** Control characters other than white space: they would steer a terminal or break a file. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * The label in one line: control characters dropped, any run of white space (newlines too) one
 * space, cut at MAX_LABEL with "…" (at a space when one is near).
 */
export function shortLabel(text: string): string {
  const chars = Array.from(text.replace(CONTROL, '').replace(/\s+/gu, ' ').trim());
  if (chars.length <= MAX_LABEL) return chars.join('');
  const space = chars.lastIndexOf(' ', MAX_LABEL - 1);
  const cut = space > MAX_LABEL - 20 ? space : MAX_LABEL - 1;
  return `${chars.slice(0, cut).join('').trimEnd()}…`;
}

/** The short label broken into lines of at most LINE_WIDTH characters at spaces (a longer word alone). */
export function labelLines(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of shortLabel(text).split(' ')) {
    if (line !== '' && Array.from(`${line} ${word}`).length > LINE_WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface StatusStyle {
  fill: string;
  stroke: string;
  text: string;
  dashed?: boolean;
}

/** Light fills with dark text, so a diagram reads on a light and on a dark page alike. */
export const STATUS_STYLES: Readonly<Record<string, StatusStyle>> = {
  voorbereiding: { fill: '#f3f4f6', stroke: '#6b7280', text: '#111827', dashed: true },
  lopend: { fill: '#dbeafe', stroke: '#2563eb', text: '#1e3a8a' },
  afgerond: { fill: '#dcfce7', stroke: '#16a34a', text: '#14532d' },
  gestopt: { fill: '#fee2e2', stroke: '#dc2626', text: '#7f1d1d' },
  open: { fill: '#fef9c3', stroke: '#ca8a04', text: '#713f12' },
  opgepakt: { fill: '#e0e7ff', stroke: '#4f46e5', text: '#312e81' },
  beantwoord: { fill: '#dcfce7', stroke: '#16a34a', text: '#14532d' },
  vervallen: { fill: '#f3f4f6', stroke: '#9ca3af', text: '#4b5563', dashed: true },
};

/** The style of a status kwp knows; a misspelt or missing status gets none (validate reports it). */
export function statusStyle(status: string | null): StatusStyle | undefined {
  return status !== null && Object.hasOwn(STATUS_STYLES, status) ? STATUS_STYLES[status] : undefined;
}
