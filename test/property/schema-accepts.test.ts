// Property-based test of the quick schema test (core/schema/accepts.ts): whatever it accepts, zod's
// safeParse accepts too, so skipping zod for it can never hide a diagnostic. On the example's files,
// changed at an arbitrary place into an arbitrary value, the two agree exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Kind } from '../../src/core/kinds.js';
import { compileAccepts } from '../../src/core/schema/accepts.js';
import { SCHEMAS } from '../../src/core/schema/index.js';

const example = new URL('../../knowledge/', import.meta.url).pathname;

function frontmatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return load(text.slice(4, text.indexOf('\n---', 3) + 1), { schema: CORE_SCHEMA });
}

const records: { kind: Kind; data: unknown }[] = [
  { kind: 'werkplaats', data: frontmatter(join(example, 'werkplaats.md')) },
  ...(
    [
      ['project', 'projecten'],
      ['vraag', 'kennisvragen'],
      ['partner', 'partners'],
    ] as const
  ).flatMap(([kind, folder]) =>
    readdirSync(join(example, folder)).map((name) => ({
      kind,
      data: frontmatter(join(example, folder, name)),
    })),
  ),
];

const accepts = Object.fromEntries(
  (Object.keys(SCHEMAS) as Kind[]).map((kind) => [kind, compileAccepts(SCHEMAS[kind])]),
) as Record<Kind, (data: unknown) => boolean>;

/** Every place in a value a change can go: the value itself and everything inside it. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...places(item, [...path, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...places(v, [...path, k]));
  return out;
}

type Change = { at: number; how: 'set' | 'delete' | 'add-key'; value: unknown; key: string };

type Node = Record<string | number, unknown>;

function changed(data: unknown, change: Change): unknown {
  const copy = structuredClone(data);
  const all = places(copy);
  const path = all[change.at % all.length]!;
  if (path.length === 0) return change.how === 'set' ? change.value : copy;
  const parent = path.slice(0, -1).reduce((node, k) => node[k] as Node, copy as Node);
  const last = path.at(-1)!;
  const target = parent[last];
  if (change.how === 'set') parent[last] = change.value;
  else if (change.how === 'delete' && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (change.how === 'delete') delete parent[last];
  else if (target !== null && typeof target === 'object' && !Array.isArray(target))
    (target as Node)[change.key] = change.value;
  return copy;
}

/** Values a file could hold where another was expected, the edge cases of each check included. */
const value = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'x',
    'é',
    '🌳',
    'ab',
    'lopend',
    'gestopt',
    'onderwijs',
    'hbo',
    'intake',
    'p000001',
    'Een-Id',
    'a--b',
    'a'.repeat(81),
    '2026-02-29',
    '2024-02-29',
    '2026-13-01',
    '0000-02-29',
    'iemand@example.org',
    'geen-email',
    'https://example.org',
    'ftp://example.org',
    'werkplaats',
    'nl',
    0,
    -0,
    -1,
    1.5,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    null,
    undefined,
    [],
    {},
    { naam: 'Iemand' },
    { naam: 'Iemand', email: 'x' },
    { wie: 'a', wat: 'b' },
    { post: 'p', bedrag: 10 },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

const change = fc.record({
  at: fc.nat(),
  how: fc.constantFrom('set', 'set', 'delete', 'add-key'),
  value,
  key: fc.constantFrom('naam', 'onbekend', '__proto__', 'constructor', 'id'),
}) as fc.Arbitrary<Change>;

describe('the quick schema test', () => {
  it('accepts every file of the example, as zod does', () => {
    for (const { kind, data } of records) {
      expect(SCHEMAS[kind].safeParse(data).success).toBe(true);
      expect(accepts[kind](data)).toBe(true);
    }
  });

  it('never accepts what zod refuses, and on these schemas agrees with zod exactly', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(change, { minLength: 1, maxLength: 3 }), (which, changes) => {
        const { kind } = records[which % records.length]!;
        let data = records[which % records.length]!.data;
        for (const c of changes) data = changed(data, c);
        const zod = SCHEMAS[kind].safeParse(data).success;
        const quick = accepts[kind](data);
        if (quick) expect(zod).toBe(true);
        expect(quick).toBe(zod);
      }),
      { numRuns: 3000 },
    );
  });
});
