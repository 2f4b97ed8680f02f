// The fast path: js-yaml with the YAML 1.2 core schema (dates stay strings, `no` stays a string,
// no custom types, nothing executed). Anything unusual is left to the full reader (yaml-full.ts).
//
// The two readers must come to the same verdict on every text: a file's problems may not depend on
// whether it also has an anchor somewhere (which sends it to the full reader). js-yaml is more lenient
// than the YAML specification in a few places (the yaml-test-suite's SU5Z, DK95-01, 9KBC, S98Z,
// Y79Y-000 and Y79Y-003 among them); the `yaml` package follows it. So the fast path only answers for
// text in which none of those places can occur, and leaves the rest to the full reader, which
// decides. The tests below are searches for characters most frontmatter does not have, and one
// pattern; together they cost a few percent of what js-yaml itself takes, which the schema below
// wins back. `test/property/paths.test.ts` holds the two readers to the same verdict and the same
// data over the whole yaml-test-suite and over generated text.
import { FAILSAFE_SCHEMA, load, type LoadOptions, Type } from 'js-yaml';

/**
 * The YAML 1.2 core schema as the specification (and the `yaml` package) has it. js-yaml's own
 * CORE_SCHEMA reads more as numbers: `0b101` (5), `-0x1F` (-31), `+0o7`, but not `-.5`; these
 * patterns are the specification's, so both readers hand the checks the same value.
 */
const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar(
      'null',
      (s) => s.length <= 4 && /^(?:~|[Nn]ull|NULL)?$/.test(s),
      () => null,
    ),
    scalar(
      'bool',
      (s) => (s.length === 4 || s.length === 5) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
      (s) => s[0] === 't' || s[0] === 'T',
    ),
    scalar(
      'int',
      (s) => mayBeNumber(s) && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
      (s) =>
        s[1] === 'o' ? parseInt(s.slice(2), 8) : s[1] === 'x' ? parseInt(s.slice(2), 16) : parseInt(s, 10),
    ),
    scalar(
      'float',
      (s) =>
        mayBeNumber(s) &&
        /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(
          s,
        ),
      (s) => {
        const special = s.slice(-3).toLowerCase();
        if (special === 'nan') return NaN;
        if (special === 'inf') return s[0] === '-' ? -Infinity : Infinity;
        return parseFloat(s);
      },
    ),
  ],
});

function scalar(name: string, resolve: (s: string) => boolean, construct: (s: string) => unknown): Type {
  return new Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    // js-yaml asks with null for a value that is not there at all: only the null type takes it.
    resolve: (data: string | null) => (data === null ? name === 'null' : resolve(data)),
    construct: (data: string | null) => construct(data ?? ''),
  });
}

/** A quick no for the many plain values that are words: a number starts with a digit, sign or dot. */
function mayBeNumber(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e;
}

/**
 * True when the YAML may hold an anchor, alias or tag: `&`, `*` or `!` at the start of a token.
 * A false alarm only costs speed (the full reader decides); a miss is impossible because YAML
 * only starts those tokens after whitespace, a flow indicator, a colon (`"a":&x b` in a flow
 * mapping) or the start of a line. `&` and `*` need a name after them (`Van Aken & Zonen` is
 * text; `& a` is an error in both readers); a name ends only at a space, tab or line break, not
 * at other Unicode spaces (`\s`). `!` alone is a tag too (`! a`, the non-specific tag).
 */
const MAY_HAVE_NODE_PROPERTIES = /(?:^|[\s[{,:])(?:[&*][^ \t\r\n,[\]{}]|!)/;

/**
 * Asked first, as most frontmatter has none of the three characters: three plain searches take
 * 7 ms over 13,000 files, against 15 ms for the character class and 21 ms for the pattern alone.
 */
function hasPropertyCharacter(yaml: string): boolean {
  return yaml.includes('&') || yaml.includes('*') || yaml.includes('!');
}

export type FastResult = { ok: true; data: unknown } | { ok: false };

export function readYamlFast(yaml: string): FastResult {
  if (hasPropertyCharacter(yaml) && MAY_HAVE_NODE_PROPERTIES.test(yaml)) return { ok: false };
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
 * True when js-yaml might accept what the specification (and the full reader) does not, or read it
 * differently. Each test errs towards yes: a false alarm only costs speed. Most are a search for a
 * character frontmatter rarely has; one pattern (SHAPES) looks at every file, so it is kept to
 * what cannot be found by a rare character.
 */
export function mayReadDifferently(yaml: string): boolean {
  return (
    // Tabs: js-yaml takes a tab for indentation or for the space a line needs in places where YAML
    // allows neither (DK95-01, Y79Y-000, Y79Y-003); the full reader says where.
    yaml.includes('\t') ||
    // A byte-order mark inside the text: js-yaml keeps it as content, yaml skips it.
    yaml.includes('\uFEFF') ||
    // A carriage return not followed by a line feed: js-yaml ends the line there, yaml does not.
    (yaml.includes('\r') && /\r(?!\n)/.test(yaml)) ||
    // A line break escaped with a backslash in a quoted value: the two fold what follows differently.
    (yaml.includes('\\') && /\\\r?\n/.test(yaml)) ||
    startsWithMarkerOrDirective(yaml) ||
    (yaml.includes('#') && hasGluedComment(yaml)) ||
    (yaml.includes('?') && hasExplicitKey(yaml)) ||
    ((yaml.includes('|') || yaml.includes('>')) && hasDoubtfulBlockScalar(yaml)) ||
    SHAPES.test(yaml)
  );
}

/**
 * Three shapes, in one pattern so that each file is looked through once:
 * - A flow list or mapping followed by a colon (`[a, b]: x`, `{a: 1}: x`): a key that is not a
 *   name. js-yaml turns it into text ("a,b", "[object Object]"); the full reader reports it.
 * - A flow list or mapping right after `{` or `,`: the same as an entry of a flow mapping without a
 *   value (`{x, [a, b]}`). This also matches lists of mappings on one line (`[{a: 1}, {b: 2}]`),
 *   which the full reader then reads, a little slower.
 * - A list item with nothing after its `-`: js-yaml then takes a next item that is indented less
 *   as one of the same list (`a:\n    -\n  - x`), where YAML ends the list.
 */
const SHAPES = /[\]}] *:|[{,]\s*[[{]|- *(?:#|\r?\n|$)/;

/**
 * A `---`, `...` or `%` where the document starts (after blank lines and comments). js-yaml takes
 * `---` followed by anything, even `---word`, as the start of the document, and lets a mapping
 * begin on that line (9KBC); yaml does neither. Directives are not frontmatter either.
 */
function startsWithMarkerOrDirective(yaml: string): boolean {
  let at = 0;
  for (;;) {
    while (at < yaml.length && isBlank(yaml.charCodeAt(at))) at++;
    if (yaml.charCodeAt(at) !== HASH) break;
    const end = yaml.indexOf('\n', at);
    if (end === -1) return false;
    at = end + 1;
  }
  const lineStart = at === 0 || yaml.charCodeAt(at - 1) === NEWLINE || yaml.charCodeAt(at - 1) === RETURN;
  if (!lineStart) return false;
  return yaml.startsWith('---', at) || yaml.startsWith('...', at) || yaml.charCodeAt(at) === PERCENT;
}

/**
 * A `#` right after a quote, a bracket, a comma or a colon: YAML needs a space before a comment,
 * and js-yaml does not insist (SU5Z, 9JBA, CVW2). Inside a plain value (`C#`, `pagina#kop`) it is
 * text, and both readers agree.
 */
function hasGluedComment(yaml: string): boolean {
  for (let at = yaml.indexOf('#', 1); at !== -1; at = yaml.indexOf('#', at + 1)) {
    const before = yaml.charCodeAt(at - 1);
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
  }
  return false;
}

/**
 * `?` as a token of its own: an explicit key (`? [a, b]`), which may be a list or a mapping. A
 * question mark at the end of a sentence (`nodig?`) follows a letter, so it is not one.
 */
function hasExplicitKey(yaml: string): boolean {
  for (let at = yaml.indexOf('?'); at !== -1; at = yaml.indexOf('?', at + 1)) {
    const before = at === 0 ? SPACE : yaml.charCodeAt(at - 1);
    const after = at + 1 === yaml.length ? SPACE : yaml.charCodeAt(at + 1);
    if ((isBlank(before) || isFlowIndicator(before)) && (isBlank(after) || isFlowIndicator(after)))
      return true;
  }
  return false;
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
const HASH = 0x23;
const PERCENT = 0x25;
const SINGLE_QUOTE = 0x27;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
