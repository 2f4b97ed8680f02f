// A plain text table: columns padded; given a terminal width, every column gets a fair share of it
// and a cell longer than its column is cut with "…". Without a width (output to a pipe or a file)
// nothing is cut, so scripts get every value whole.
import { printable } from './printable.js';

const GAP = 2;

export function renderTable(headers: string[], rows: string[][], width?: number): string {
  const cells = [headers, ...rows].map((row) => row.map((cell) => printable(cell.replace(/\s+/g, ' '))));
  const natural = headers.map((_, i) => Math.max(...cells.map((row) => chars(row[i] ?? '').length)));
  const widths = width === undefined ? natural : fairWidths(natural, width - GAP * (headers.length - 1));
  const lines = cells.map((row) =>
    row
      .map((cell, i) => {
        const fitted = cut(cell, widths[i]!);
        return i === row.length - 1 ? fitted : fitted + ' '.repeat(widths[i]! + GAP - chars(fitted).length);
      })
      .join('')
      .trimEnd(),
  );
  const rule = widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP));
  return `${[lines[0], rule, ...lines.slice(1)].join('\n')}\n`;
}

/**
 * Column widths that fit `available` characters: a column that needs no more than an equal share
 * keeps its width, and what is left is shared equally among the wider ones (so a long id and a long
 * title are cut alike, not the title to nothing). Every column keeps at least one character.
 */
export function fairWidths(natural: readonly number[], available: number): number[] {
  const total = natural.reduce((sum, w) => sum + w, 0);
  if (total <= available) return [...natural];
  const widths = [...natural];
  const order = natural.map((_, i) => i).sort((a, b) => natural[a]! - natural[b]!);
  let left = Math.max(available, natural.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const share = Math.floor(left / (order.length - k));
    widths[i] = Math.max(1, Math.min(natural[i]!, share));
    left -= widths[i]!;
  }
  return widths;
}

function chars(text: string): string[] {
  return [...text];
}

function cut(cell: string, width: number): string {
  const c = chars(cell);
  if (c.length <= width) return cell;
  return `${c.slice(0, Math.max(0, width - 1)).join('')}…`;
}
