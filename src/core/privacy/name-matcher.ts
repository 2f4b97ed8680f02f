// Finding names in free text as whole words. A word is a run of letters (with their accents) and
// digits, in any script: JavaScript's `\b` knows only ASCII, so "Zoë" or "Ölçer" would break there.
// Names compare without case and accents ("Jose" finds "José"), word by word, so "Ali" never matches
// inside "Datalinde" and "Eva" never inside "evaluaties". Where names overlap, the one that starts
// first wins, then the longest: "Bakkerij De Vries" (kept) shields "De Vries" (a person) inside it.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * What may stand between two words of one name: spaces and at most one `.`, `-` or apostrophe, or
 * what stands there in the name itself ("Van Aken & Zonen").
 */
const JOIN = /^\s*[.'’\-‐‑]?\s*$/u;
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;

export interface NameTerm {
  text: string;
  /** Hidden when found (a person), or shielded from hiding (an organisation, the werkplaats…). */
  keep?: boolean;
  /** Each word written with a capital must be written with one in the text ("Roos" but not "roos"). */
  strict?: boolean;
}

export interface Span {
  start: number;
  end: number;
}

interface Word extends Span {
  key: string;
  capital: boolean;
}

interface Compiled {
  keys: string[];
  /** The text between each two words of the term, spaces made one. */
  gaps: string[];
  capitals: boolean[];
  keep: boolean;
}

/** Case and accents folded away: the form in which words are compared. */
export function fold(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    // eslint-disable-next-line no-control-regex
    key = /^[\u0000-\u007f]*$/.test(word)
      ? word.toLowerCase()
      : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.size >= 50_000) folded.clear();
    folded.set(word, key);
  }
  return key;
}
/** Words recur (names, the same few thousand words of a werkplaats): folding each once is 3× faster. */
const folded = new Map<string, string>();

export function words(text: string): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, key: fold(m[0]), capital: CAPITAL.test(m[0]) });
  }
  return out;
}

const gap = (text: string) => text.replace(/\s+/gu, ' ');

export interface NameMatcher {
  /** The spans of `text` that hold a name to hide, in order, not overlapping. */
  find(text: string): Span[];
}

/** The terms as a tree of words: many organisations start alike ("Gemeente …", "Stichting …"). */
interface Node {
  next: Map<string, Node>;
  /** The terms whose words end here, the kept ones first. */
  terms: Compiled[];
}

export function nameMatcher(terms: readonly NameTerm[]): NameMatcher {
  const root: Node = { next: new Map(), terms: [] };
  for (const term of terms) {
    const found = words(term.text);
    if (found.length === 0) continue;
    let node = root;
    for (const w of found) {
      let child = node.next.get(w.key);
      if (!child) node.next.set(w.key, (child = { next: new Map(), terms: [] }));
      node = child;
    }
    node.terms.push({
      keys: found.map((w) => w.key),
      gaps: found.slice(1).map((w, i) => gap(term.text.slice(found[i]!.end, w.start))),
      capitals: found.map((w) => Boolean(term.strict) && w.capital),
      keep: Boolean(term.keep),
    });
    node.terms.sort((a, b) => Number(b.keep) - Number(a.keep));
  }

  /** Whether the words from `at` are written as `term` asks: capitals, and what stands between them. */
  const fits = (text: string, ws: Word[], at: number, term: Compiled) =>
    term.keys.every((_, i) => {
      const w = ws[at + i]!;
      if (term.capitals[i] && !w.capital) return false;
      if (i === 0) return true;
      const between = text.slice(ws[at + i - 1]!.end, w.start);
      return JOIN.test(between) || gap(between) === term.gaps[i - 1];
    });

  /** The longest term that starts at word `at`, if any. */
  const longest = (text: string, ws: Word[], at: number): Compiled | undefined => {
    const found: Compiled[][] = [];
    let node: Node | undefined = root;
    for (let j = at; j < ws.length; j++) {
      node = node.next.get(ws[j]!.key);
      if (!node) break;
      if (node.terms.length > 0) found.push(node.terms);
    }
    for (let k = found.length - 1; k >= 0; k--) {
      const term = found[k]!.find((t) => fits(text, ws, at, t));
      if (term) return term;
    }
    return undefined;
  };

  return {
    find(text) {
      const ws = words(text);
      const spans: Span[] = [];
      for (let i = 0; i < ws.length;) {
        const term = longest(text, ws, i);
        if (!term) {
          i++;
          continue;
        }
        const last = ws[i + term.keys.length - 1]!;
        if (!term.keep) spans.push({ start: ws[i]!.start, end: last.end });
        i += term.keys.length;
      }
      return spans;
    },
  };
}
