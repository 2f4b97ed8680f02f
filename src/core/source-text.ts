// Text of one file as kwp sees it: decoded, byte-order mark set aside, with a line index so any
// offset can be turned into the 1-based line and column a person sees in an editor.
import { isUtf8 } from 'node:buffer';

export interface SourceText {
  /** The text without a byte-order mark. */
  readonly text: string;
  readonly hasBom: boolean;
}

export type Decoded = { ok: true; source: SourceText } | { ok: false; reason: 'binary' | 'utf8' };

export function decode(bytes: Uint8Array): Decoded {
  if (!isUtf8(bytes)) return { ok: false, reason: 'utf8' };
  // A NUL byte never occurs in text a person wrote: treat the file as binary.
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary' };
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const hasBom = text.charCodeAt(0) === 0xfeff;
  if (hasBom) text = text.slice(1);
  return { ok: true, source: { text, hasBom } };
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line and column (UTF-16 units, as editors count) of an offset into the text. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.starts[lo]! + 1 };
  }

  /** The text of a 1-based line, without its line end. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    const raw = this.text.slice(start, next === undefined ? this.text.length : next - 1);
    return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  }

  offsetOf(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }
}
