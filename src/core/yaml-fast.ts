// The fast path: js-yaml with the YAML 1.2 core schema (dates stay strings, `no` stays a string,
// no custom types, nothing executed). Anything unusual is left to the full reader (yaml-full.ts).
//
// The two readers must come to the same verdict on every text: a file's problems may not depend on
// whether it also has an anchor somewhere (which sends it to the full reader). js-yaml is more lenient
// than the YAML specification in a few places (the yaml-test-suite's SU5Z, DK95-01, 9KBC, S98Z,
// Y79Y-000 and Y79Y-003 among them); the `yaml` package follows it. So the fast path only answers for
// text in which none of those places can occur, and leaves the rest to the full reader, which
// decides. The test is one pattern over the text (about 25 ms over 13,000 files, 5% of what
// js-yaml takes), and the schema below makes js-yaml about 9% faster, so the common file pays
// nothing. `test/property/paths.test.ts` holds the two readers to the same verdict and the same
// data over the whole yaml-test-suite and over generated text.
import { FAILSAFE_SCHEMA, load, type LoadOptions, Type } from 'js-yaml';

/**
 * The YAML 1.2 core schema as the specification (and the `yaml` package) has it. js-yaml's own
 * CORE_SCHEMA reads more as numbers: `0b101` (5), `-0x1F` (-31), `+0o7`, but not `-.5`; these
 * patterns are the specification's, so both readers hand the checks the same value.
 *
 * One type for null, booleans and numbers rather than js-yaml's four: js-yaml asks each type in
 * turn about every plain value, and most values are words that none of them takes. With one type
 * that looks at the first character first, js-yaml reads 10,000 projects about 9% faster, which
 * pays for the tests in mayReadDifferently. The type's tag only names it: explicit tags never
 * reach the fast path.
 */
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** What `resolve` found; js-yaml calls `construct` right after a yes, before anything else. */
let resolved: unknown;

function resolveCoreScalar(text: string | null): boolean {
  if (text === null || text === '') {
    resolved = null;
    return true;
  }
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
    if (INT.test(text)) {
      const radix = text[1] === 'o' ? 8 : text[1] === 'x' ? 16 : 10;
      resolved = parseInt(radix === 10 ? text : text.slice(2), radix);
      return true;
    }
    if (!FLOAT.test(text)) return false;
    const special = text.slice(-3).toLowerCase();
    resolved =
      special === 'nan' ? NaN : special === 'inf' ? (c === 0x2d ? -Infinity : Infinity) : parseFloat(text);
    return true;
  }
  switch (text) {
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      resolved = null;
      return true;
    case 'true':
    case 'True':
    case 'TRUE':
      resolved = true;
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      resolved = false;
      return true;
  }
  return false;
}

const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:core-scalar', {
      kind: 'scalar',
      resolve: resolveCoreScalar,
      construct: () => resolved,
    }),
  ],
});

export type FastResult = { ok: true; data: unknown } | { ok: false };

export function readYamlFast(yaml: string): FastResult {
  if (mayReadDifferently(yaml)) return { ok: false };
  let warned = false;
  // Nesting deeper than the full reader allows (MAX_FLOW_DEPTH = 64 in yaml-full.ts) is left to it, so it
  // is reported as yaml-too-deep (js-yaml's own default is 100). @types/js-yaml lacks the option.
  // js-yaml only warns where the specification says error: a flow collection or quoted value whose
  // next line is not indented enough (the yaml-test-suite's 9C9N, QB6E), an unknown directive.
  const options = {
    schema: CORE,
    maxDepth: 65,
    onWarning: () => {
      warned = true;
    },
  } as LoadOptions;
  try {
    const data = load(yaml, options);
    return warned ? { ok: false } : { ok: true, data };
  } catch {
    // Syntax errors, duplicate keys, deep nesting: the full reader explains them with positions.
    return { ok: false };
  }
}

/**
 * Where the fast path stops: a few shapes (the first four alternatives, each enough), and the
 * characters behind the other differences, each then looked at where it stands. One pattern, so
 * each file is looked through once.
 * - A flow list or mapping followed by a colon (`[a, b]: x`, `{a: 1}: x`): a key that is not a
 *   name. js-yaml turns it into text ("a,b", "[object Object]"); the full reader reports it.
 * - A flow list or mapping right after `{` or `,`: the same as an entry of a flow mapping without a
 *   value (`{x, [a, b]}`). This also matches lists of mappings on one line (`[{a: 1}, {b: 2}]`),
 *   which the full reader then reads, a little slower.
 * - A list item with nothing after its `-`: js-yaml then takes a next item that is indented less
 *   as one of the same list (`a:\n    -\n  - x`), where YAML ends the list.
 * - A line that starts with `]` or `}`: js-yaml does not check how far such a line is indented
 *   (it warns for other lines of a flow list or mapping, see readYamlFast).
 * - A tab: js-yaml takes one for indentation or for the space a line needs where YAML allows
 *   neither (DK95-01, Y79Y-000, Y79Y-003). A byte-order mark inside the text: js-yaml keeps it as
 *   content, yaml skips it. A carriage return without a line feed: js-yaml ends the line there,
 *   yaml does not. A backslash: in a quoted value js-yaml folds an escaped line break differently
 *   and takes escapes yaml rejects (`\U1e31F600`).
 * - `&`, `*`, `!`, `?`, `#`, `|`, `>`: see the functions below.
 * Blanks are YAML's own (space, tab, line breaks), not `\s`, which is slower here and takes Unicode
 * spaces that YAML counts as text.
 */
const SUSPECT = /[\]}] *:|[{,][ \t\r\n]*[[{]|- *[#\r\n]|\n *[\]}]|[\t\uFEFF\\]|\r(?!\n)|[&*!?#|>]/g;

/**
 * True when js-yaml might accept what the specification (and the full reader) does not, or read it
 * differently. Each test errs towards yes: a false alarm only costs speed.
 */
export function mayReadDifferently(yaml: string): boolean {
  if (hasUnusualStart(yaml) || endsWithDash(yaml)) return true;
  let blockScalar: boolean | undefined;
  SUSPECT.lastIndex = 0;
  for (let match = SUSPECT.exec(yaml); match; match = SUSPECT.exec(yaml)) {
    const at = match.index;
    const c = yaml.charCodeAt(at);
    if (match[0].length > 1) return true;
    if (c === AMPERSAND || c === ASTERISK || c === EXCLAMATION) {
      if (isNodeProperty(yaml, at)) return true;
    } else if (c === QUESTION) {
      if (isExplicitKey(yaml, at)) return true;
    } else if (c === HASH) {
      if (isDoubtfulComment(yaml, at)) return true;
    } else if (c === PIPE || c === GREATER) {
      blockScalar ??= hasDoubtfulBlockScalar(yaml);
      if (blockScalar) return true;
    } else return true; // a shape, a tab, a byte-order mark, a lone carriage return, a backslash
  }
  return false;
}

/**
 * An anchor, alias or tag: `&`, `*` or `!` at the start of a token. A false alarm only costs speed
 * (the full reader decides); a miss is impossible because YAML only starts those tokens after
 * whitespace, a flow indicator, a colon (`"a":&x b` in a flow mapping) or the start of a line.
 * `&` and `*` need a name after them (`Van Aken & Zonen` is text; `& a` is an error in both
 * readers), and a name ends only at a space, tab or line break. `!` alone is a tag (`! a`).
 */
function isNodeProperty(yaml: string, at: number): boolean {
  if (at > 0 && !/[\s[{,:]/.test(yaml[at - 1]!)) return false;
  if (yaml.charCodeAt(at) === EXCLAMATION) return true;
  const next = yaml.charCodeAt(at + 1);
  return at + 1 < yaml.length && !isBlank(next) && !isFlowIndicator(next);
}

/** A list item with nothing after its `-` on the last line (frontmatter ends with a line break). */
function endsWithDash(yaml: string): boolean {
  let at = yaml.length - 1;
  while (at >= 0 && yaml.charCodeAt(at) === SPACE) at--;
  return at >= 0 && yaml.charCodeAt(at) === 0x2d;
}

/**
 * A `---`, `...` or `%` where the document starts (after blank lines and comments). js-yaml takes
 * `---` followed by anything, even `---word`, as the start of the document, and lets a mapping
 * begin on that line (9KBC); yaml does neither. Directives are not frontmatter either. Nor is a
 * document that is one flow list or mapping (`{id: x, …}`): its lines may start at the margin, and
 * the two readers differ on a comment there.
 */
function hasUnusualStart(yaml: string): boolean {
  let at = 0;
  for (;;) {
    while (at < yaml.length && isBlank(yaml.charCodeAt(at))) at++;
    if (yaml.charCodeAt(at) !== HASH) break;
    const end = yaml.indexOf('\n', at);
    if (end === -1) return false;
    at = end + 1;
  }
  const c = yaml.charCodeAt(at);
  if (c === OPEN_BRACKET || c === OPEN_BRACE) return true;
  const lineStart = at === 0 || yaml.charCodeAt(at - 1) === NEWLINE || yaml.charCodeAt(at - 1) === RETURN;
  if (!lineStart) return false;
  return yaml.startsWith('---', at) || yaml.startsWith('...', at) || c === PERCENT;
}

/**
 * Comments where the two readers differ:
 * - a `#` right after a quote, a bracket, a comma or a colon: YAML needs a space before a comment,
 *   and js-yaml does not insist (SU5Z, 9JBA, CVW2). Inside a plain value (`C#`, `pagina#kop`) it
 *   is text, and both readers agree;
 * - a comment line indented less than the line after it: between `key:` and its value on the next
 *   line yaml then rejects the next key, and inside a flow mapping over several lines it rejects a
 *   comment at the margin. (Where the next line is not indented more, it is either outside any flow
 *   list or mapping, or indented too little itself, and js-yaml warns.)
 */
function isDoubtfulComment(yaml: string, at: number): boolean {
  const before = at === 0 ? NEWLINE : yaml.charCodeAt(at - 1);
  if (
    before === DOUBLE_QUOTE ||
    before === SINGLE_QUOTE ||
    before === CLOSE_BRACKET ||
    before === CLOSE_BRACE ||
    before === COMMA ||
    before === OPEN_BRACKET ||
    before === OPEN_BRACE ||
    before === COLON
  )
    return true;
  if (before !== NEWLINE && before !== SPACE) return false;
  let lineStart = at;
  while (lineStart > 0 && yaml.charCodeAt(lineStart - 1) === SPACE) lineStart--;
  if (lineStart > 0 && yaml.charCodeAt(lineStart - 1) !== NEWLINE) return false; // after a value
  return nextLineIndent(yaml, at) > at - lineStart;
}

/** The indentation of the first line after the one `at` is on that is not blank, or -1. */
function nextLineIndent(yaml: string, at: number): number {
  let end = yaml.indexOf('\n', at);
  while (end !== -1) {
    let i = end + 1;
    while (i < yaml.length && yaml.charCodeAt(i) === SPACE) i++;
    const c = yaml.charCodeAt(i);
    if (i < yaml.length && c !== NEWLINE && c !== RETURN) return i - end - 1;
    end = i < yaml.length ? i : -1;
  }
  return -1;
}

/**
 * `?` as a token of its own: an explicit key (`? [a, b]`), which may be a list or a mapping. A
 * question mark at the end of a sentence (`nodig?`) follows a letter, so it is not one.
 */
function isExplicitKey(yaml: string, at: number): boolean {
  const before = at === 0 ? SPACE : yaml.charCodeAt(at - 1);
  const after = at + 1 === yaml.length ? SPACE : yaml.charCodeAt(at + 1);
  return (isBlank(before) || isFlowIndicator(before)) && (isBlank(after) || isFlowIndicator(after));
}

/**
 * A block scalar (`|`, `>`) with an indentation indicator (`|2`), or a line of only spaces where a
 * block scalar may be: js-yaml reads the spaces of such lines differently from the specification
 * (S98Z: leading empty lines with more spaces than the first line of text are an error).
 */
function hasDoubtfulBlockScalar(yaml: string): boolean {
  if (/[|>][-+]?[0-9]/.test(yaml)) return true;
  return /(?:^|\n) +(?:\r?\n|$)/.test(yaml);
}

function isBlank(c: number): boolean {
  return c === SPACE || c === NEWLINE || c === RETURN || c === TAB;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const EXCLAMATION = 0x21;
const HASH = 0x23;
const PERCENT = 0x25;
const AMPERSAND = 0x26;
const SINGLE_QUOTE = 0x27;
const ASTERISK = 0x2a;
const COMMA = 0x2c;
const COLON = 0x3a;
const GREATER = 0x3e;
const QUESTION = 0x3f;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const PIPE = 0x7c;
const CLOSE_BRACE = 0x7d;
