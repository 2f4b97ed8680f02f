// A YAML reader's error, by its code, as a catalogue message a project leader can act on: what is
// wrong on the line and what to do, with the line fixed where kwp can know it. Never the parser's
// English, which names its own grammar ("compact mappings", "flow collections").
import type { MessageArgs, MessageId } from '../messages/catalogue.js';
import { lineAround, quoteText } from './quote-fix.js';

export interface YamlError {
  code: string;
  /** The parser's message: only read to tell apart cases that share a code, never shown. */
  message: string;
  /** Offset into the YAML text where the reader points. */
  offset: number;
}

export interface Explained {
  id: MessageId;
  args: MessageArgs;
  /** The line of the problem as it should read, when kwp knows it. */
  fixedLine?: string;
}

export function explainYamlError(yaml: string, error: YamlError): Explained {
  const { code, message, offset } = error;
  const line = lineAround(yaml, offset);
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (message.startsWith('A block sequence')) return { id: 'yaml.list-indent', args: {} };
      return colonInText(line, offset) ?? { id: 'yaml.colon-next-line', args: {} };
    case 'MULTILINE_IMPLICIT_KEY':
      return message.includes('flow sequence')
        ? { id: 'yaml.flow-block', args: {} }
        : { id: 'yaml.colon-next-line', args: {} };
    case 'BLOCK_IN_FLOW':
      return colonInText(line, offset) ?? { id: 'yaml.flow-block', args: {} };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return missingOrIndent(line, message);
    case 'UNEXPECTED_TOKEN':
      if (/^Unexpected (,|empty item) in flow/.test(message)) return { id: 'yaml.flow-comma', args: {} };
      if (message.startsWith('Block scalar header') || message.startsWith('Not a YAML token'))
        return { id: 'yaml.block-text', args: {} };
      if (message.startsWith('Unexpected block-seq-ind on same line'))
        return { id: 'yaml.dash-after-key', args: {} };
      if (/^Unexpected flow-(seq|map)-end token/.test(message))
        return { id: 'yaml.stray-close', args: { char: line.text[offset - line.start] ?? ']' } };
      return unexpected(line, offset, / at node end$/.test(message));
    case 'BAD_SCALAR_START':
      return badStart(line, offset);
    case 'BAD_DQ_ESCAPE':
      return { id: 'yaml.bad-escape', args: { sequence: escapeAt(yaml, offset) } };
    case 'MULTIPLE_DOCS':
    case 'BAD_DIRECTIVE':
      return { id: 'yaml.document', args: {} };
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return { id: 'yaml.properties', args: {} };
    case 'KEY_OVER_1024_CHARS':
      return { id: 'yaml.key-too-long', args: {} };
    default:
      return { id: 'yaml.syntax', args: {} };
  }
}

function missingOrIndent(line: Line, message: string): Explained {
  if (/^Missing closing ["']quote/.test(message))
    return unclosedQuote(line, message.includes('"') ? '"' : "'");
  const flow = /^Flow (sequence|map)/.exec(message);
  if (flow) return unclosed(line, flow[1] === 'map' ? '}' : ']');
  if (message.startsWith('All mapping items')) return { id: 'yaml.key-indent', args: {} };
  if (message.startsWith('All sequence items')) return { id: 'yaml.list-indent', args: {} };
  if (message.startsWith('Sequence item without')) return { id: 'yaml.list-dash', args: {} };
  if (message.startsWith('Implicit map keys need')) return { id: 'yaml.missing-colon', args: {} };
  if (message.startsWith('Comments must be separated')) return { id: 'yaml.comment-space', args: {} };
  if (message.startsWith('Missing space after :')) return { id: 'yaml.flow-colon-space', args: {} };
  if (/^Missing , (or : )?between/.test(message)) return { id: 'yaml.flow-missing-comma', args: {} };
  if (message.startsWith('Tags and anchors')) return { id: 'yaml.properties', args: {} };
  if (/^Block scalar|^Block collection|leading empty lines/.test(message))
    return { id: 'yaml.block-text', args: {} };
  if (/directives-end|doc-start/.test(message)) return { id: 'yaml.document', args: {} };
  return { id: 'yaml.syntax', args: {} };
}

/** `key: text: more` or `- text: more`: the text from `offset` on holds `: `. */
function colonInText(line: Line, offset: number): Explained | undefined {
  const fixed = quoteFrom(line, offset - line.start, (text) => /:\s/.test(text));
  return fixed ? { id: 'yaml.colon-in-text', args: { fixed: fixed.trim() }, fixedLine: fixed } : undefined;
}

/** A value that starts with a character YAML keeps for itself (`@`, `` ` ``, `%`, `,`, `|`, `>`). */
function badStart(line: Line, offset: number): Explained {
  const char = line.text[offset - line.start] ?? '';
  const fixed = quoteFrom(line, offset - line.start, () => true);
  return fixed
    ? { id: 'yaml.reserved-start', args: { char, fixed: fixed.trim() }, fixedLine: fixed }
    : { id: 'yaml.reserved-start-plain', args: { char } };
}

/** An opening quote without its closing one: close it at the end of the line. */
function unclosedQuote(line: Line, quote: string): Explained {
  const { body, comment } = splitComment(line.text, true);
  const count = body.split(quote).length - 1;
  if (count % 2 === 1 && body.trimEnd() !== '' && !body.trimEnd().endsWith(quote)) {
    const fixed = `${body.trimEnd()}${quote}${comment}`;
    return { id: 'yaml.unclosed-quote', args: { quote, fixed: fixed.trim() }, fixedLine: fixed };
  }
  return { id: 'yaml.unclosed-quote-plain', args: { quote } };
}

/** A `[` or `{` without its `]` or `}`: closed at the end of the line, when the line opened it. */
function unclosed(line: Line, close: ']' | '}'): Explained {
  const open = close === ']' ? '[' : '{';
  const { body, comment } = splitComment(line.text, false);
  const opens = body.split(open).length - 1;
  const closes = body.split(close).length - 1;
  if (opens === closes + 1 && !/["']/.test(body)) {
    const fixed = `${body.trimEnd()}${close}${comment}`;
    const id = close === ']' ? 'yaml.unclosed-list' : 'yaml.unclosed-map';
    return { id, args: { fixed: fixed.trim() }, fixedLine: fixed };
  }
  return { id: close === ']' ? 'yaml.unclosed-list-plain' : 'yaml.unclosed-map-plain', args: {} };
}

function unexpected(line: Line, offset: number, afterValue: boolean): Explained {
  const column = offset - line.start;
  const after = splitComment(line.text.slice(Math.max(0, column)), false).body.trim();
  // A quoted value with more after it: `titel: 'Jan's hof'` (a quote inside text in the same
  // quotes ends it early) or `titel: "De wijk" van morgen` (text after the closing quote).
  const value = /^(\s*(?:-\s+)*(?:[^\s:#'"][^:#]*:\s+)?)(['"])(.*)$/.exec(line.text);
  if (value && value[3]!.includes(value[2]!) && column > value[1]!.length) {
    const [, prefix, quote, rest] = value as unknown as [string, string, string, string];
    const { body, comment } = splitComment(rest, false);
    const inner = body.trimEnd();
    const escaped = quote === "'" ? /''/g : /\\"/g;
    if (inner.endsWith(quote)) {
      // Only a quote that is not written as an escape (`''`, `\"`) ended the text early.
      if (!inner.slice(0, -1).replace(escaped, '').includes(quote))
        return { id: 'yaml.after-value-plain', args: { text: after } };
      const text = inner.slice(0, -1).replace(escaped, quote);
      const fixed = `${prefix}${quoteText(text)}${comment}`;
      return { id: 'yaml.quote-inside', args: { quote, fixed: fixed.trim() }, fixedLine: fixed };
    }
    const fixed = `${prefix}${quoteText(`${quote}${inner}`)}${comment}`;
    return { id: 'yaml.after-value', args: { text: after, fixed: fixed.trim() }, fixedLine: fixed };
  }
  if (afterValue && column > 0 && after !== '')
    return { id: 'yaml.after-value-plain', args: { text: after } };
  return { id: 'yaml.syntax', args: {} };
}

function escapeAt(yaml: string, offset: number): string {
  const at = yaml.lastIndexOf('\\', offset + 1);
  return at === -1 ? '\\' : yaml.slice(at, at + 2);
}

interface Line {
  start: number;
  text: string;
}

/**
 * The line with the text from `column` to the end of the line (before a comment) in quotes, when
 * `wants` that text and it is on one line; undefined otherwise.
 */
function quoteFrom(line: Line, column: number, wants: (text: string) => boolean): string | undefined {
  if (column < 0 || column >= line.text.length) return undefined;
  const { body, comment } = splitComment(line.text, false);
  const text = body.slice(column).trimEnd();
  if (text === '' || /^["']/.test(text) || !wants(text)) return undefined;
  return `${body.slice(0, column)}${quoteText(text)}${comment}`;
}

/** A line's text and its comment (` # …`, with the spaces before it); quotes are respected if asked. */
function splitComment(text: string, inQuotes: boolean): { body: string; comment: string } {
  const match = inQuotes ? undefined : /\s+#/.exec(text);
  return match
    ? { body: text.slice(0, match.index), comment: text.slice(match.index) }
    : { body: text, comment: '' };
}
