// Markdown building blocks of the reports: text made safe for one line of Markdown, and tables.
/** Text for inline markdown: one line, no HTML, no emphasis or link syntax, pipes escaped for tables. */
export function mdText(value: string | number | null | undefined): string {
  // Control characters (a terminal escape, a bell) mean nothing in Markdown and would steer the
  // terminal the report is printed to: dropped.
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .replace(CONTROL, '')
    .trim()
    .replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`)
    .replace(/^([-+=@])/, '\\$1');
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function table(headers: string[], rows: (string | number)[][]): string {
  if (rows.length === 0) return '';
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => (typeof c === 'number' ? String(c) : c)).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
