// Turns diagnostics anchored to keys into lines and columns. Loaded only when there is something to
// report, because it needs the full YAML reader (positions), which the fast path does without.
import { type Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Anchor, Diagnostic, PendingDiagnostic } from './diagnostics.js';
import type { ParsedFile } from './read-file.js';
import { LineIndex } from './source-text.js';
import { parseYamlDocument } from './yaml-full.js';
import { quoteHint } from './quote-fix.js';
import { splitFrontmatter } from './frontmatter.js';

interface FileView {
  file: ParsedFile | undefined;
  text: string | null;
  lines: LineIndex | undefined;
  doc: Document | null;
}

export class Locator {
  private readonly views = new Map<string, FileView>();

  /** `reload` reads a file's text again when it was let go after checking. */
  constructor(
    private readonly files: ReadonlyMap<string, ParsedFile>,
    private readonly reload: (path: string) => string | null = () => null,
  ) {}

  /** The text of a line, for the caret display; '' when the file is not text. */
  lineText(path: string, line: number): string {
    return this.view(path).lines?.lineText(line) ?? '';
  }

  locate(d: PendingDiagnostic): Diagnostic {
    const view = this.view(d.file);
    const span = this.span(view, d.anchor);
    const position = view.lines && span ? view.lines.position(span.start) : { line: 1, column: 1 };
    let length = 1;
    if (view.lines && span) {
      const lineEnd = view.lines.lineText(position.line).length + 1;
      length = Math.max(1, Math.min(span.end - span.start, lineEnd - position.column));
    }
    let message = d.message;
    if (
      d.anchor.kind === 'value' &&
      message.id.startsWith('schema.') &&
      'value' in message.args &&
      span &&
      view.text
    ) {
      // Show what the person wrote (`0123`), not what YAML made of it (`123`); quoted text stays as read.
      const written = view.text.slice(span.start, span.end);
      if (!/^["']/.test(written) && !written.includes('\n'))
        message = { ...message, args: { ...message.args, value: written } };
    }
    let fixedLine = d.fixedLine;
    if ((d.rule === 'invalid-type' || d.rule === 'unknown-key') && view.doc && view.text && view.file) {
      const hint = quoteHint(message, d.anchor, view.doc, view.text.slice(view.file.yamlOffset));
      if (hint) ({ message, fixedLine } = hint);
    }
    const located = { file: d.file, ...position, length, severity: d.severity, rule: d.rule, message };
    return fixedLine === undefined ? located : { ...located, fixedLine };
  }

  private view(path: string): FileView {
    let view = this.views.get(path);
    if (!view) {
      const file = this.files.get(path);
      const text = file?.text ?? (file?.textDropped ? this.reload(path) : null);
      view = { file, text, lines: text === null ? undefined : new LineIndex(text), doc: file?.doc ?? null };
      this.views.set(path, view);
    }
    return view;
  }

  private span(view: FileView, anchor: Anchor): { start: number; end: number } | undefined {
    const file = view.file;
    if (anchor.kind === 'offset') return { start: anchor.offset, end: anchor.offset + 1 };
    if (anchor.kind === 'line') {
      const start = view.lines ? view.lines.offsetOf(anchor.line) + anchor.column - 1 : 0;
      return { start, end: start + 1 };
    }
    if (!file || !view.text) return undefined;
    if (anchor.path.length === 0) return { start: 0, end: 3 }; // the opening fence
    if (!view.doc) {
      const split = splitFrontmatter(view.text);
      if (!split.ok) return undefined;
      view.doc = parseYamlDocument(split.yaml);
    }
    const found = findInDocument(view.doc, anchor.path, anchor.kind);
    if (!found) return { start: 0, end: 3 };
    return { start: file.yamlOffset + found[0], end: file.yamlOffset + found[1] };
  }
}

/** Offsets of the key (or value) at a path; the deepest existing ancestor's key when it is absent. */
function findInDocument(
  doc: Document,
  path: readonly (string | number)[],
  part: 'key' | 'value',
): [number, number] | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return range(keyNode);
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return range(keyNode);
      keyNode = item as Node;
      node = item;
    } else {
      return range(keyNode);
    }
  }
  if (part === 'value' && node && typeof node === 'object' && 'range' in node)
    return range(node as Node) ?? range(keyNode);
  return range(keyNode);
}

function range(node: Node | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}
