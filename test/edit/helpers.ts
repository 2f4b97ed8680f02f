// Checks every frontmatter edit must pass, worked out independently of the editor: the result is
// valid YAML, reads as the old data with exactly the edit made, and differs from the original only
// inside the lines of the edited key.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { expect } from 'vitest';
import type { Edit } from '../../src/core/edit/frontmatter-edit.js';
import { splitFrontmatter } from '../../src/core/frontmatter.js';
import { parseYamlDocument } from '../../src/core/yaml-full.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'edit');

export const FIXTURE_NAMES = [
  'project-opmerkingen.md',
  'project-crlf.md',
  'project-bom-crlf.md',
  'project-leeg.md',
  'project-vier-spaties.md',
  'vraag.md',
  'project-raar.md',
] as const;

/** A fixture as the CLI reads it: the bytes decoded, a byte-order mark kept. */
export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name)).toString('utf8');
}

interface Front {
  bom: string;
  yaml: string;
  /** Offset of the YAML in the whole text (byte-order mark included). */
  yamlOffset: number;
  after: string;
}

export function front(text: string): Front {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const split = splitFrontmatter(text.slice(bom.length));
  if (!split.ok) throw new Error(`no frontmatter: ${split.problem}`);
  const yamlEnd = split.yamlOffset + split.yaml.length;
  return {
    bom,
    yaml: split.yaml,
    yamlOffset: bom.length + split.yamlOffset,
    after: text.slice(bom.length + yamlEnd),
  };
}

/** The frontmatter's data; the YAML must have no errors. */
export function data(text: string): Record<string, unknown> {
  const doc = parseYamlDocument(front(text).yaml);
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  return (doc.toJS() ?? {}) as Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data after an edit, or the refusal the editor must give. */
export function reference(before: Record<string, unknown>, edit: Edit): Record<string, unknown> | string {
  const copy = structuredClone(before);
  let parent: Record<string, unknown> = copy;
  const path = edit.path;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const next = Object.hasOwn(parent, key) ? parent[key] : undefined;
    if (next === undefined || next === null) put(parent, key, {});
    else if (!isRecord(next)) return `not-a-mapping ${path.slice(0, i + 1).join('.')}`;
    parent = parent[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (edit.op === 'set') {
    put(parent, last, edit.value);
    return copy;
  }
  const old = Object.hasOwn(parent, last) ? parent[last] : undefined;
  if (edit.op === 'delete') {
    delete parent[last];
    return copy;
  }
  if (edit.op === 'replace-item') {
    if (old === edit.from) put(parent, last, edit.to);
    else if (Array.isArray(old))
      put(
        parent,
        last,
        old.map((v: unknown) => (v === edit.from ? edit.to : v)),
      );
    return copy;
  }
  if (old !== undefined && old !== null && !Array.isArray(old)) return `not-a-list ${path.join('.')}`;
  const list = [...((old as unknown[] | null | undefined) ?? [])];
  for (const item of edit.items) if (!list.some((v) => isDeepStrictEqual(v, item))) list.push(item);
  if (list.length === ((old as unknown[] | null | undefined) ?? []).length) return before;
  put(parent, last, list);
  return copy;
}

/** Assignment that treats `__proto__` as a key like any other, as YAML does. */
function put(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/**
 * The part of the original text an edit of `path` may change: from the line of the deepest existing
 * key on the path to the line of the key after it (or the end of the frontmatter). For a key that is
 * absent, from the line of its would-be parent's last key. Flow mappings are not narrowed further.
 */
export function editableRegion(text: string, path: readonly string[]): [number, number] {
  const { yaml, yamlOffset } = front(text);
  let map: unknown = parseYamlDocument(yaml).contents;
  let [lo, hi] = [0, yaml.length];
  for (const key of path) {
    if (!isMap(map) || map.flow) break;
    const items = (map as YAMLMap).items as Pair<Node, Node>[];
    const index = items.findIndex((p) => isScalar(p.key) && p.key.value === key);
    if (index === -1) {
      if (items.length > 0) lo = lineStart(yaml, items[items.length - 1]!.key.range![0]);
      break;
    }
    lo = lineStart(yaml, items[index]!.key.range![0]);
    const next = items[index + 1];
    if (next) hi = lineStart(yaml, next.key.range![0]);
    map = items[index]!.value;
  }
  return [yamlOffset + lo, yamlOffset + hi];
}

/** The lengths of the longest common prefix and the longest common suffix, each on its own. */
export function common(a: string, b: string): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length && suffix < b.length && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix++;
  return { prefix, suffix };
}

const bareLf = /(?<!\r)\n/;

/** (a) valid YAML, (b) exactly the edit made to the data, (c) bytes changed only inside the key's lines. */
export function expectEdited(before: string, after: string, edit: Edit): void {
  const expected = reference(data(before), edit);
  expect(typeof expected).not.toBe('string');
  expect(data(after)).toEqual(expected);
  // Every byte before the key's first line and after its last is the same: an inserted line may be
  // read as inserted a little earlier or later, so prefix and suffix are measured each on its own.
  const [lo, hi] = editableRegion(before, edit.path);
  const { prefix, suffix } = common(before, after);
  const label = `${edit.op} ${edit.path.join('.')}`;
  expect(prefix, `${label}: a byte changed before the key`).toBeGreaterThanOrEqual(
    Math.min(lo, before.length),
  );
  expect(suffix, `${label}: a byte changed after the key`).toBeGreaterThanOrEqual(before.length - hi);
  expect(lo + (before.length - hi)).toBeLessThanOrEqual(after.length);
  expect(after.startsWith('\uFEFF')).toBe(before.startsWith('\uFEFF'));
  if (!bareLf.test(before)) expect(after).not.toMatch(bareLf);
  if (!before.includes('\r')) expect(after).not.toContain('\r');
  expect(front(after).after).toBe(front(before).after);
}
