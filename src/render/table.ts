// A plain text table: columns padded, the last one cut to the terminal width when there is one.
import { printable } from '../cli/io.js';

export function renderTable(headers: string[], rows: string[][], width?: number): string {
  const cells = [headers, ...rows].map((row) => row.map((cell) => printable(cell.replace(/\s+/g, ' '))));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => [...(row[i] ?? '')].length)));
  const lines = cells.map((row) => {
    let line = row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]! + 2))).join('');
    if (width !== undefined && [...line].length > width)
      line = `${[...line].slice(0, Math.max(10, width - 1)).join('')}…`;
    return line;
  });
  const rule = headers.map((_, i) => '-'.repeat(widths[i]!)).join('  ');
  return `${[lines[0], width !== undefined ? rule.slice(0, width) : rule, ...lines.slice(1)].join('\n')}\n`;
}
