// What validation keeps of a file after checking it on its own: only what the rules across files
// read, in the frontmatter's own shape, so those rules (and `--changed`) read it as they would read
// the whole frontmatter. Which keys that is follows from the link table (core/model/links.ts): the
// ids a kind links by, the names it gives and is known by, its vocabulary fields; plus the few keys
// the rules across files read beyond the links (ALSO_READ).
import { type Data, isRecord } from './data.js';
import type { Kind } from './kinds.js';
import { LINKS, NAME_LINKS, VOCABULARY_FIELDS } from './model/links.js';

/**
 * What the rules across files read besides the links: every id (`duplicate-id`), a status
 * (`taken-up-unlisted`, the offer rules), a project's start (the order of the chains, the period it
 * occupies), a project partner's group (the `unregistered-partner` message), a registered partner's
 * group (`offer-not-education`) and an offer's periods (`offer-period-missed`, `offer-overbooked`).
 * Paths as in the link table: `[]` is each item of a list.
 */
const ALSO_READ: readonly (readonly string[])[] = [
  ['id'],
  ['status'],
  ['planning', 'start'],
  ['partners', '[]', 'groep'],
  ['groep'],
  ['periodes'],
];

/**
 * What is kept, as a tree of keys: a leaf (`true`) is kept as it is, a mapping keeps its own keys of
 * the tree, `[]` keeps each item of a list by its subtree.
 */
type Shape = true | { readonly [key: string]: Shape };

/** The paths a kind's records are read at across files. */
export function slimPaths(kind: Kind): (readonly string[])[] {
  return [
    ...ALSO_READ,
    ...LINKS.filter((l) => l.from === kind).map((l) => l.path),
    ...NAME_LINKS.filter((l) => l.from === kind).map((l) => l.path),
    ...NAME_LINKS.filter((l) => l.to === kind).map((l) => [l.byKey]),
    ...VOCABULARY_FIELDS.filter((f) => (f.kinds as readonly Kind[]).includes(kind)).map((f) => f.path),
  ];
}

function shapeOf(paths: readonly (readonly string[])[]): Shape {
  const root: Record<string, Shape> = {};
  for (const path of paths) {
    let node: Record<string, Shape> = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      const existing = node[segment];
      if (last || existing === true) {
        node[segment] = true; // a whole value is kept: nothing below it needs listing
        return;
      }
      const next = (existing ?? {}) as Record<string, Shape>;
      node[segment] = next;
      node = next;
    });
  }
  return root;
}

const SHAPES = new Map<Kind, Shape>();

/**
 * Only what the rules across files read. Keeping this instead of the whole frontmatter of 10,000
 * files keeps validation's memory, and the garbage collector's work, small.
 */
export function slimData(kind: Kind, data: Data): Data {
  if (kind === 'werkplaats') return data;
  let shape = SHAPES.get(kind);
  if (!shape) SHAPES.set(kind, (shape = shapeOf(slimPaths(kind))));
  return pick(data, shape) as Data;
}

/**
 * A value cut down to a shape. A value that is not what the shape expects (a string where a mapping
 * belongs, a mapping where a list belongs) is kept as it is, so the rules see the same wrong value.
 */
function pick(value: unknown, shape: Shape): unknown {
  if (shape === true) return kept(value);
  const items = shape['[]'];
  if (items !== undefined) {
    if (!Array.isArray(value)) return kept(value);
    return value.map((item: unknown) => (items === true ? kept(item) : pickItem(item, items)));
  }
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape))
    if (Object.hasOwn(value, key)) out[key] = pick(value[key], shape[key]!);
  return out;
}

/**
 * An item of a list of mappings (a project's partners, who pays): one whose kept keys are all
 * strings is shared between files, as 10,000 projects name the same few partners again and again.
 */
function pickItem(item: unknown, shape: Shape): unknown {
  if (!isRecord(item) || shape === true) return pick(item, shape);
  const keys = Object.keys(shape);
  let key = '';
  for (const k of keys) {
    const v = Object.hasOwn(item, k) ? item[k] : undefined;
    if (typeof v !== 'string' || shape[k] !== true) return pick(item, shape);
    key += `${k}\u0000${v}\u0000`;
  }
  const known = sharedItems.get(key);
  if (known) return known;
  const made = Object.freeze(pick(item, shape) as Data);
  if (sharedItems.size >= MAX_SHARED) sharedItems.clear();
  sharedItems.set(key, made);
  return made;
}

// Kept values are shared, not copied per file: 10,000 projects name the same few partners, themes
// and statuses again and again, and every kept object is one more for the garbage collector to copy
// while the files are read. A kept string is also a copy of its first occurrence: a YAML value is a
// slice of its file's text, and one slice keeps the whole text alive. Measured on 10,000 projects:
// peak memory 147 → 113 MB, young-collection survivors 43 → 15 MB, collector pauses 93 → 59 ms; in
// time about even, as the lookups cost about what the collector saves. The tables are emptied when
// they grow large, so a process that validates again and again does not keep every value it saw.
const MAX_SHARED = 100_000;
const sharedStrings = new Map<string, string>();
const sharedItems = new Map<string, Data>();

/** A string as a shared copy; a list of strings as a new list of them; anything else as it is. */
function kept(value: unknown): unknown {
  if (typeof value === 'string') return shared(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? shared(item) : item));
  return value;
}

/**
 * Shorter strings are never slices: V8 copies a substring of fewer than 13 characters (its
 * SlicedString minimum), so such a value holds no file text alive, and looking it up would cost
 * more than keeping it. In the dense bench shape most kept values are ids of 7 characters: not
 * looking them up saves about 3% of validation's processor time there, for 3 MB more peak memory
 * (131 → 135 MB; separate copies of the same short ids).
 */
const SLICED_MIN = 13;

function shared(text: string): string {
  if (text.length < SLICED_MIN) return text;
  const known = sharedStrings.get(text);
  if (known !== undefined) return known;
  if (sharedStrings.size >= MAX_SHARED) {
    sharedStrings.clear();
    sharedItems.clear();
  }
  // A new string with the same characters (JSON.parse builds one), not a slice of the file's text.
  const copy = JSON.parse(JSON.stringify(text)) as string;
  sharedStrings.set(copy, copy);
  return copy;
}
