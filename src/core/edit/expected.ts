// What the data must read as after an edit, worked out on plain values: the edited YAML is parsed
// again and compared with this, so a mistake in writing can never reach a file.
import { isDeepStrictEqual } from 'node:util';
import { isRecord } from '../data.js';
import type { YamlValue } from '../scaffold/yaml-value.js';

/** A value as YAML reads it back: no undefined (gone from mappings, null elsewhere), no -0. */
export function normalize(value: YamlValue): unknown {
  if (value === undefined || value === null) return null;
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map((v: YamlValue) => normalize(v));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, YamlValue>))
      if (v !== undefined) out[k] = normalize(v);
    return out;
  }
  return value;
}

/** `value` under the keys of `path`: `['einde']`, x → `{einde: x}`. */
export function wrap(path: readonly string[], value: YamlValue): YamlValue {
  return path.reduceRight<YamlValue>((inner, key) => ({ [key]: inner }), value);
}

export function expectedSet(data: Record<string, unknown>, path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(data);
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = own(parent, key);
    parent = isRecord(next) ? (next as Record<string, unknown>) : define(parent, key, {});
  }
  define(parent, path[path.length - 1]!, value);
  return copy;
}

/** The list with the items it did not hold yet; absent or null counts as an empty list. */
export function expectedAppend(
  data: Record<string, unknown>,
  path: readonly string[],
  items: unknown[],
): unknown {
  let current: unknown = data;
  for (const key of path) current = isRecord(current) ? own(current, key) : undefined;
  const list = Array.isArray(current) ? [...(current as unknown[])] : [];
  const before = list.length;
  for (const item of items) if (!list.some((v) => isDeepStrictEqual(v, item))) list.push(item);
  return list.length === before ? data : expectedSet(data, path, list);
}

/** The data without the key at `path` (unchanged when it is absent). */
export function expectedDelete(data: Record<string, unknown>, path: readonly string[]): unknown {
  const copy = structuredClone(data);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = isRecord(parent) ? own(parent, key) : undefined;
  if (isRecord(parent)) delete (parent as Record<string, unknown>)[path[path.length - 1]!];
  return copy;
}

/** The value at `path` with `from` replaced by `to`: the value itself, or each list item equal to it. */
export function expectedReplaceItem(
  data: Record<string, unknown>,
  path: readonly string[],
  from: string,
  to: string,
): unknown {
  let current: unknown = data;
  for (const key of path) current = isRecord(current) ? own(current, key) : undefined;
  if (current === from) return expectedSet(data, path, to);
  if (Array.isArray(current) && current.includes(from))
    return expectedSet(
      data,
      path,
      current.map((v: unknown) => (v === from ? to : v)),
    );
  return data;
}

function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Sets a property by definition, so a key named `__proto__` is data like any other. */
function define<T>(record: Record<string, unknown>, key: string, value: T): T {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}
