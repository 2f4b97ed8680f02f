// A unified diff of two texts, as `git diff` shows one, for `kwp edit --dry-run`. Written here
// rather than taken from a library: an edit changes a few neighbouring lines, so after the common
// start and end are cut off what is left is small, and a plain longest-common-subsequence table
// over it is enough (a library would be a dependency for thirty lines).

const CONTEXT = 3;

type Line = { op: ' ' | '-' | '+'; text: string };

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const lines: Line[] = [
    ...a.slice(0, head).map((text) => ({ op: ' ' as const, text })),
    ...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map((text) => ({ op: ' ' as const, text })),
  ];
  return [`--- a/${path}`, `+++ b/${path}`, ...hunks(lines)].join('\n') + '\n';
}

/** Lines without their line ends (a `\r` before `\n` is a line end too). */
function splitLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The changed middle as removed, kept and added lines, by a longest common subsequence. */
function middle(a: string[], b: string[]): Line[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: Line[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      out.push({ op: ' ', text: a[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) out.push({ op: '-', text: a[i++]! });
    else out.push({ op: '+', text: b[j++]! });
  }
  return out;
}

/** The changes with three lines of context around each, grouped into `@@` hunks. */
function hunks(lines: Line[]): string[] {
  const out: string[] = [];
  const changed = lines.map((l, i) => (l.op === ' ' ? -1 : i)).filter((i) => i >= 0);
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k]! - CONTEXT);
    let to = Math.min(lines.length, changed[k]! + CONTEXT + 1);
    while (k + 1 < changed.length && changed[k + 1]! - CONTEXT <= to) {
      k++;
      to = Math.min(lines.length, changed[k]! + CONTEXT + 1);
    }
    k++;
    const slice = lines.slice(from, to);
    const oldStart = lines.slice(0, from).filter((l) => l.op !== '+').length + 1;
    const newStart = lines.slice(0, from).filter((l) => l.op !== '-').length + 1;
    const oldCount = slice.filter((l) => l.op !== '+').length;
    const newCount = slice.filter((l) => l.op !== '-').length;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    out.push(...slice.map((l) => `${l.op}${l.text}`));
  }
  return out;
}

function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}
