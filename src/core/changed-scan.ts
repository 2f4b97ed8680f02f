// What `kwp validate --changed` must read in full of a file that did not change. Reading and
// parsing all 13,000 files of a 10,000-project repository costs as much as checking them, so an
// unchanged file is parsed only when it could matter: when it mentions a changed id, or when its
// id might differ from its file name. Every other file stands in by its name alone, which is then
// its id exactly (the knowledge base falls back to the file name when no `id` is declared).
// Pure: bytes in, a yes or no out.
import { ID_PATTERN } from './kinds.js';

/**
 * A test for "mentions one of these ids" (an id appears literally, see idIsItsName). An id shaped
 * like one (ID_PATTERN) counts where it is a whole run of id characters (`a-z`, `0-9`, `-`): that
 * is exact for ids, as a YAML value without escapes (a backslash gets the file read in any case) is
 * such a run whole, never part of a longer one. Anything shaped otherwise counts wherever it
 * appears. Every byte of every unchanged file passes through this, so it is one regular expression
 * over the file's bytes as Latin-1 text (one character per byte; a byte of a multi-byte UTF-8
 * character is no id character): V8 runs it as machine code, about ten times faster than a loop
 * over the bytes in JavaScript and than a native search for each id in turn once there are more
 * than a few (a dense project names 20 ids; a change to hundreds of files, thousands).
 */
export function mentionTest(ids: readonly string[]): (file: Uint8Array | string) => boolean {
  const wanted = [...new Set(ids.filter((id) => id !== ''))];
  const shaped = wanted.filter((id) => ID_PATTERN.test(id));
  const other = wanted.filter((id) => !ID_PATTERN.test(id));
  const choices = [
    ...(shaped.length > 0 ? [`(?<![a-z0-9-])(?:${shaped.join('|')})(?![a-z0-9-])`] : []),
    // As UTF-8 bytes read as Latin-1, as the file's bytes are.
    ...other.map((id) => escapeRegExp(Buffer.from(id, 'utf8').toString('latin1'))),
  ];
  if (choices.length === 0) return () => false;
  const pattern = new RegExp(choices.join('|'));
  return (file) => pattern.test(typeof file === 'string' ? file : latin1(file));
}

/** A file's bytes as Latin-1 text, one character per byte: what mentionTest looks at. */
function latin1(bytes: Uint8Array): string {
  return asBuffer(bytes).toString('latin1');
}

/**
 * The frontmatter of a file as Latin-1 text (see latin1), up to and with the `\n---` of its closing
 * fence, or the whole file when it has none: all that mentionTest need look at (the rules across
 * files read nothing else; what the scan cache keeps, idWordHashes, is the same part) and all that
 * idIsItsName does look at. Most of a long record is its body: that is neither copied nor searched.
 */
export function frontmatterText(bytes: Uint8Array): string {
  const buffer = asBuffer(bytes);
  const from = buffer.indexOf(0x0a);
  const end = from === -1 ? buffer.length : closingFence(buffer, from);
  return buffer.toString('latin1', 0, Math.min(buffer.length, end + FENCE.length));
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The hash of a word as eachIdWord hashes runs of id characters (32-bit FNV-1a, as a signed int). */
export function idWordHash(word: string): number {
  let hash = FNV_OFFSET | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

function isIdByte(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) || byte === 0x2d;
}

/** For each byte whether it is an id character: `a-z`, `0-9`, `-`. */
const ID_BYTE = new Uint8Array(256);
for (let b = 0; b < 256; b++) ID_BYTE[b] = isIdByte(b) ? 1 : 0;

/**
 * Calls `each` with the hash (idWordHash) and place of every run of id characters in the bytes,
 * until it returns true. No strings are made: this runs over every byte of every file.
 */
function eachIdWord(buffer: Uint8Array, each: (hash: number, start: number, end: number) => boolean): void {
  const n = buffer.length;
  for (let at = 0; at < n;) {
    if (ID_BYTE[buffer[at]!] === 0) {
      at++;
      continue;
    }
    const start = at;
    let hash = FNV_OFFSET | 0;
    do hash = Math.imul(hash ^ buffer[at]!, FNV_PRIME);
    while (++at < n && ID_BYTE[buffer[at]!] === 1);
    if (each(hash, start, at)) return;
  }
}

/**
 * The distinct hashes (idWordHash) of the runs of id characters in a file's frontmatter (up to where
 * frontmatterWords ends it; the whole file when it has no closing fence), sorted: what is kept of a
 * file so that it need not be read again to learn whether it mentions an id (see mentionByHashes).
 * Only the frontmatter: the rules across files read nothing else.
 */
export function idWordHashes(bytes: Uint8Array): Int32Array {
  const buffer = asBuffer(bytes);
  const from = buffer.indexOf(0x0a);
  const end = from === -1 ? buffer.length : closingFence(buffer, from);
  const seen = new Set<number>();
  eachIdWord(buffer.subarray(0, end), (hash) => {
    seen.add(hash);
    return false;
  });
  return Int32Array.from(seen).sort();
}

/**
 * mentionTest on what idWordHashes kept of a file: true when one of the ids' hashes is among them
 * (rarely, another word's hash: then the file is only read when it need not be). Undefined when an
 * id is not shaped like one (ID_PATTERN): such an id is no run of id characters, so the file must be
 * searched.
 */
export function mentionByHashes(ids: readonly string[]): ((hashes: Int32Array) => boolean) | undefined {
  const wanted = ids.filter((id) => id !== '');
  if (!wanted.every((id) => ID_PATTERN.test(id))) return undefined;
  const set = new Set(wanted.map(idWordHash));
  return (hashes) => {
    for (let i = 0; i < hashes.length; i++) if (set.has(hashes[i]!)) return true;
    return false;
  };
}

/**
 * The ids among `ids` whose hash is among a file's kept hashes: a superset of the ids among its
 * frontmatter's words (frontmatterWords) when every id is shaped like one. Undefined when one is not.
 */
export function idsByHashes(ids: Iterable<string>): ((hashes: Int32Array) => string[]) | undefined {
  // An id, or the ids, of each hash: a list only for the rare hash two ids share (made for every
  // project of a knowledge base, so no list for each).
  const byHash = new Map<number, string | string[]>();
  for (const id of ids) {
    if (!ID_PATTERN.test(id)) return undefined;
    const hash = idWordHash(id);
    const same = byHash.get(hash);
    if (same === undefined) byHash.set(hash, id);
    else if (typeof same === 'string') {
      if (same !== id) byHash.set(hash, [same, id]);
    } else if (!same.includes(id)) same.push(id);
  }
  return (hashes) => {
    const out: string[] = [];
    for (let i = 0; i < hashes.length; i++) {
      const found = byHash.get(hashes[i]!);
      if (found === undefined) continue;
      if (typeof found === 'string') out.push(found);
      else out.push(...found);
    }
    return out;
  };
}

/**
 * True only when the file's id is certainly its file name: its frontmatter has no key `id` at all,
 * or exactly one, written `id: <stem>` (plainly or quoted) on a line of its own. A backslash (an
 * escape could spell any id) or an asterisk (an alias could be the key) means: read it. So does a
 * UTF-16 file, which this byte-level look cannot see into. Without those, every way YAML has of
 * writing an id shows it literally in the bytes, which is what `mentionTest` relies on.
 * Looks at the frontmatter as Latin-1 text (`file` may be that text already, see frontmatterText),
 * where V8's own searches run over it: this runs on every file of the knowledge base.
 */
export function idIsItsName(file: Uint8Array | string, stem: string): boolean {
  const text = typeof file === 'string' ? file : frontmatterText(file);
  return (lookAt(text, stem, ID_KEY, true) & NAME_UNSURE) === 0;
}

/** What lookTest found in a file: its id may not be its name (idIsItsName says no). */
export const NAME_UNSURE = 1;
/** What lookTest found in a file: it mentions an id in play (mentionTest says yes). */
export const MENTIONS = 2;

/**
 * idIsItsName and mentionTest at once, for the look at every unchanged file of `validate --changed`
 * (store/read-select.ts): NAME_UNSURE and MENTIONS, or'ed. `text` is frontmatterText's. When
 * `whole` is false, the look stops at the first mention (the file is read in any case), and
 * NAME_UNSURE is then not known. Every byte of every unchanged file is looked at here, so the keys
 * named id and the ids are found by one regular expression in one pass over the frontmatter, with
 * no string made: the two passes of the two tests cost about a fifth more, for 21,000 files of
 * 10,000 dense projects. When an id could be found where a key named id is (the id `id`, or an id
 * not shaped like one, see mentionTest), the two tests run one after the other.
 */
export function lookTest(ids: readonly string[]): (text: string, stem: string, whole: boolean) => number {
  const wanted = [...new Set(ids.filter((id) => id !== ''))];
  if (wanted.some((id) => id === 'id' || !ID_PATTERN.test(id))) {
    const mentions = mentionTest(wanted);
    return (text, stem, whole) => {
      const unsure = idIsItsName(text, stem) ? 0 : NAME_UNSURE;
      if (unsure && !whole) return unsure;
      return unsure | (mentions(text) ? MENTIONS : 0);
    };
  }
  if (wanted.length === 0) return (text, stem) => lookAt(text, stem, ID_KEY, true);
  const pattern = new RegExp(`${ID_KEY.source}|(?<![a-z0-9-])(?:${wanted.join('|')})(?![a-z0-9-])`, 'g');
  return (text, stem, whole) => lookAt(text, stem, pattern, whole);
}

/**
 * The look itself: `pattern` finds the keys named id (ID_KEY, its group 1) and any mention (every
 * other match).
 */
function lookAt(text: string, stem: string, pattern: RegExp, whole: boolean): number {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  let unsure = (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
  const start = first === 0xef && second === 0xbb && text.charCodeAt(2) === 0xbf ? 3 : 0;
  // The frontmatter, [start, end): with the line end before the closing fence (frontmatterText's
  // text ends with that fence's `\n---` when it has one).
  const end = text.endsWith('\n---') ? text.length - 3 : text.length;
  unsure ||= within(text.indexOf('\\', start), end) || within(text.indexOf('*', start), end);
  if (unsure && !whole) return NAME_UNSURE;
  let keyAt = -1;
  let mentions = false;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
    if (found[1] === undefined) {
      mentions = true;
      if (unsure || !whole) break;
    } else if (!unsure && found.index >= start && found.index < end) {
      if (keyAt === -1) keyAt = found.index;
      else {
        unsure = true; // a second key named id
        if (mentions || !whole) break;
      }
    }
  }
  const nameOk = !unsure && (keyAt === -1 || idLineIsName(text, keyAt, start, end, stem));
  return (nameOk ? 0 : NAME_UNSURE) | (mentions ? MENTIONS : 0);
}

/**
 * Whether the key named id at `keyAt` is on a line of its own that reads `id: <stem>` (or `\r\n`,
 * the stem quoted or not) within the frontmatter: such a line is a key named id, so it can only be
 * the one found. A plain id like these reads back as itself, or as a number or boolean (then the
 * name counts).
 */
function idLineIsName(text: string, keyAt: number, start: number, end: number, stem: string): boolean {
  if (!ID_PATTERN.test(stem)) return false;
  if (keyAt - 1 < start || text.charCodeAt(keyAt - 1) !== 0x0a || !text.startsWith('id: ', keyAt))
    return false;
  let at = keyAt + 4;
  const quote = text.charCodeAt(at);
  const quoted = quote === 0x27 || quote === 0x22;
  if (quoted) at++;
  if (!text.startsWith(stem, at)) return false;
  at += stem.length;
  if (quoted && text.charCodeAt(at++) !== quote) return false;
  if (text.charCodeAt(at) === 0x0d) at++;
  return text.charCodeAt(at) === 0x0a && at < end;
}

/**
 * A key named id, in any style YAML allows: block (`id:`), nested (`  id:`), flow (`{id:`, `, id:`,
 * `[id: x]`), explicit (`? id` then `:`), quoted (`"id":`). It errs towards yes (a yes only means the
 * file is read): anything but a letter, digit, `_` or `-` before it (or nothing), then an optional
 * quote, blanks and line ends, and a colon. Its one group tells it from a mention (see lookAt).
 */
const ID_KEY = /(?<![a-zA-Z0-9_-])(id)["']?[ \t\n\r]*:/g;

/** Whether a position found by indexOf lies before `end`. */
function within(at: number, end: number): boolean {
  return at !== -1 && at < end;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Whether an id is a single word as `frontmatterWords` cuts them: printable ASCII without blanks and
 * without any of YAML's delimiters `, [ ] { } " ' # :`.
 */
export function isPlainWord(id: string): boolean {
  return PLAIN_WORD.test(id);
}

/**
 * isPlainWord as one regular expression: no character at or below the blank, none from DEL up, and
 * none of isDelimiter's. It is asked of every id of the knowledge base, where a loop in JavaScript
 * cost ten times as much.
 */
// eslint-disable-next-line no-control-regex -- the control characters are among what it rules out
const PLAIN_WORD = /^[^\x00-\x20,[\]{}"'#:\x7f-\uffff]+$/;

/**
 * A finder of the words of a file's frontmatter that are among `ids` (each a plain word, see
 * isPlainWord): the runs of bytes between blanks, line ends and YAML's delimiters
 * (`, [ ] { } " ' # :`). For a file whose frontmatter has no backslash and no asterisk (see
 * idIsItsName), every string value YAML reads from it that is a plain word is one of these words
 * whole: without escapes or aliases, such a value can only be written literally, on one line. So
 * what it finds is a superset of the ids the file lists, in `vervolg_op` or anywhere else. The
 * frontmatter ends where splitFrontmatter ends it: at the first line after the opening one that is
 * `---` and blanks; without one, the whole file is looked at. A word is made a string only when an
 * id starts with its first byte and is as long (a file's frontmatter has hundreds of words).
 */
export function frontmatterWords(
  ids: Iterable<string>,
  isWanted?: (word: string) => boolean,
): (bytes: Uint8Array) => string[] {
  // With `isWanted` (true exactly for the ids), the ids give only the shapes: no set of them is made.
  const set = isWanted ? undefined : new Set<string>();
  const shapes = new Uint8Array(256 * 128);
  for (const id of ids) {
    if (!isPlainWord(id)) continue;
    set?.add(id);
    shapes[id.charCodeAt(0) * 128 + Math.min(id.length, 127)] = 1;
  }
  const wanted = isWanted ?? ((word: string) => set!.has(word));
  const pattern = shapePattern(shapes);
  return (bytes) => {
    const buffer = asBuffer(bytes);
    const from = buffer.indexOf(0x0a);
    const end = from === -1 ? buffer.length : closingFence(buffer, from);
    const out: string[] = [];
    if (pattern) {
      // The same words, found by one regular expression over the frontmatter as Latin-1 text.
      const text = buffer.toString('latin1', from === -1 ? 0 : from, end);
      pattern.lastIndex = 0;
      for (let found = pattern.exec(text); found; found = pattern.exec(text))
        if (wanted(found[0])) out.push(found[0]);
      return out;
    }
    for (let at = from === -1 ? 0 : from; at < end;) {
      while (at < end && DELIMITER[buffer[at]!] === 1) at++;
      const start = at;
      while (at < end && DELIMITER[buffer[at]!] === 0) at++;
      if (at === start || shapes[buffer[start]! * 128 + Math.min(at - start, 127)] === 0) continue;
      const word = buffer.toString('latin1', start, at);
      if (wanted(word)) out.push(word);
    }
    return out;
  };
}

/**
 * The words of the shapes (a first character and a length, as frontmatterWords keeps them) as one
 * regular expression: a whole run of non-delimiters (see isDelimiter) that starts with the one and
 * is as long as the other. V8 runs it as machine code, several times faster than the loop over the
 * bytes; undefined when there are too many shapes for that, or a length the loop counts as "127 or
 * more", so that the loop is used.
 */
function shapePattern(shapes: Uint8Array): RegExp | undefined {
  const words: string[] = [];
  for (let at = 0; at < shapes.length; at++) {
    if (shapes[at] === 0) continue;
    const first = Math.floor(at / 128);
    const length = at % 128;
    if (length === 127 || words.length === MAX_SHAPES) return undefined;
    const head = escapeRegExp(String.fromCharCode(first));
    words.push(length > 1 ? `${head}${WORD_CHAR}{${length - 1}}` : head);
  }
  if (words.length === 0) return undefined;
  return new RegExp(`(?<!${WORD_CHAR})(?:${words.join('|')})(?!${WORD_CHAR})`, 'g');
}

/** A byte that is no delimiter (isDelimiter), as a character class of Latin-1 text. */
const WORD_CHAR = `[^\\x00-\\x20,\\[\\]{}"'#:]`;
const MAX_SHAPES = 64;

/** Where the closing fence starts (`\n---`, blanks, then a line end or the end), else the end. */
function closingFence(buffer: Buffer, from: number): number {
  for (let at = buffer.indexOf(FENCE, from); at !== -1; at = buffer.indexOf(FENCE, at + 1)) {
    let i = at + 4;
    while (buffer[i] === 0x20 || buffer[i] === 0x09) i++;
    if (i >= buffer.length || buffer[i] === 0x0a || (buffer[i] === 0x0d && buffer[i + 1] === 0x0a)) return at;
  }
  return buffer.length;
}

const FENCE = Buffer.from('\n---', 'latin1');

/** For each byte whether it is a delimiter (isDelimiter): looked up for every byte of a frontmatter. */
const DELIMITER = new Uint8Array(256);
for (let b = 0; b < 256; b++) DELIMITER[b] = isDelimiter(b) ? 1 : 0;

function isDelimiter(byte: number): boolean {
  return (
    byte <= 0x20 ||
    byte === 0x2c || // ,
    byte === 0x5b || // [
    byte === 0x5d || // ]
    byte === 0x7b || // {
    byte === 0x7d || // }
    byte === 0x22 || // "
    byte === 0x27 || // '
    byte === 0x23 || // #
    byte === 0x3a // :
  );
}
