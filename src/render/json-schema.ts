// A kind's zod schema as the JSON Schema editors read: draft-07, and written so that an editor's
// messages are few and readable (one finding per problem, not three).
import * as z from 'zod';

type Node = Record<string, unknown>;

export function jsonSchemaOf(schema: z.ZodType, title: string): Node {
  const json = z.toJSONSchema(schema, {
    // What editors and remark-lint-frontmatter-schema read (its Ajv knows no 2020-12).
    target: 'draft-7',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      const node = jsonSchema as Node;
      // A date: the `date` format alone ("must match format date") says what zod's pattern does.
      // Elsewhere (e-mail, ids) zod's pattern is the whole check, and a format beside it would be a
      // second, different opinion (Ajv's e-mail format is not zod's).
      if (node['format'] === 'date') delete node['pattern'];
      else if (node['pattern'] !== undefined) delete node['format'];
    },
  }) as Node;
  return { ...(walk(json) as Node), title };
}

/** `anyOf: [X, {type: null}]` (zod's nullable) as X with `null` among its types, everywhere. */
function walk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(walk);
  if (typeof value !== 'object' || value === null) return value;
  const node = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)])) as Node;
  const anyOf = node['anyOf'];
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return node;
  const nullAt = anyOf.findIndex((s) => isNullType(s));
  const other = anyOf[1 - nullAt] as Node | undefined;
  if (nullAt === -1 || !other || typeof other['type'] !== 'string') return node;
  const merged: Node = { ...other, ...node, type: [other['type'], 'null'] };
  delete merged['anyOf'];
  if (Array.isArray(other['enum'])) merged['enum'] = [...(other['enum'] as unknown[]), null];
  if ('const' in other) {
    merged['enum'] = [other['const'], null];
    delete merged['const'];
  }
  return merged;
}

function isNullType(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    (value as Node)['type'] === 'null'
  );
}
