// Reading untyped frontmatter defensively: cross-file rules run on files that may have failed their
// schema, and must neither crash on nor double-report a value of the wrong type.
import type { KeyPath } from './diagnostics.js';

export type Data = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function valueAt(data: unknown, path: KeyPath): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (!isRecord(current) || !Object.hasOwn(current, segment)) return undefined;
      current = current[segment];
    }
  }
  return current;
}

export function str(data: unknown, ...path: KeyPath): string | undefined {
  const value = valueAt(data, path);
  return typeof value === 'string' ? value : undefined;
}

export function num(data: unknown, ...path: KeyPath): number | undefined {
  const value = valueAt(data, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function list(data: unknown, ...path: KeyPath): readonly unknown[] {
  const value = valueAt(data, path);
  return Array.isArray(value) ? value : [];
}

/** Each string in a list, with its index (so a diagnostic can point at it). */
export function stringsAt(data: unknown, ...path: KeyPath): { value: string; index: number }[] {
  const out: { value: string; index: number }[] = [];
  list(data, ...path).forEach((value, index) => {
    if (typeof value === 'string') out.push({ value, index });
  });
  return out;
}

/** Dotted name of a key for messages: `partners.groep`, `planning.start` (list positions left out). */
export function keyLabel(path: KeyPath): string {
  return path.filter((s) => typeof s === 'string').join('.');
}

/** The YAML type of a value, as message ids name it (`type.number`, …). */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isRecord(value)) return 'object';
  return typeof value === 'number' || typeof value === 'boolean' ? typeof value : 'string';
}
