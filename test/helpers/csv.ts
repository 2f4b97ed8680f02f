// A strict reader of the CSV kwp writes, for the CSV tests: what a spreadsheet set to Dutch expects.
import { expect } from 'vitest';

export const BOM = '\ufeff';

/**
 * RFC 4180 with `;`: a field is quoted or not; inside quotes `""` is a quote and anything else,
 * line ends included, is data; outside quotes a quote is an error. Rows end in CRLF.
 */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (body[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        const next = body[i + 1];
        if (next !== ';' && next !== '\r') throw new Error(`text after a closing quote at ${i}`);
      }
    } else if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (c === ';') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`a bare line end outside quotes at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error('an unclosed quote');
  if (field !== '' || row.length > 0) throw new Error('the last row does not end in CRLF');
  return rows;
}
