// Checks one file's frontmatter against the schema of its kind and turns every zod issue into a
// diagnostic with a rule name, a key path to point at, and a message a person can act on.
import type { z } from 'zod';
import type { MessageArgs, MessageId } from '../messages/catalogue.js';
import { dateMessage } from './dates.js';
import { type Data, isRecord, keyLabel, typeName, valueAt } from './data.js';
import type { KeyPath, PendingDiagnostic, RuleName } from './diagnostics.js';
import type { Kind } from './kinds.js';
import { compileAccepts } from './schema/accepts.js';
import { SCHEMAS } from './schema/index.js';
import { closest } from './suggest.js';

type Issue = z.core.$ZodIssue;

const accepts = new Map<Kind, (data: Data) => boolean>();

export function checkSchema(file: string, kind: Kind, data: Data): PendingDiagnostic[] {
  // Most files are valid: a quick yes spares zod's safeParse, which is only needed to explain.
  let valid = accepts.get(kind);
  if (!valid) accepts.set(kind, (valid = compileAccepts(SCHEMAS[kind])));
  if (valid(data)) return [];
  const result = SCHEMAS[kind].safeParse(data);
  if (result.success) return [];
  const out: PendingDiagnostic[] = [];
  for (const issue of result.error.issues) out.push(...toDiagnostics(file, kind, data, issue));
  return out;
}

function toDiagnostics(file: string, kind: Kind, data: Data, issue: Issue): PendingDiagnostic[] {
  const path = issue.path as KeyPath;
  const value = valueAt(data, path);
  const key = keyLabel(path);
  const at = (
    rule: RuleName,
    anchor: PendingDiagnostic['anchor'],
    id: MessageId,
    args: MessageArgs,
    severity: PendingDiagnostic['severity'] = 'error',
  ): PendingDiagnostic => ({ file, anchor, severity, rule, message: { id, args } });
  const onValue = { kind: 'value', path } as const;

  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(SCHEMAS[kind], path);
    return issue.keys.map((k) =>
      at(
        'unknown-key',
        { kind: 'key', path: [...path, k] },
        'schema.unknown-key',
        withSuggestion({ key: k, known }, closest(k, known)),
        'warning',
      ),
    );
  }
  if (value === undefined) {
    const parent = path.slice(0, -1);
    const missing = String(path.at(-1));
    return parent.length > 0
      ? [
          at('missing-key', { kind: 'key', path: parent }, 'schema.missing-key-in', {
            key: missing,
            parent: keyLabel(parent) || String(parent.at(-2)),
          }),
        ]
      : [at('missing-key', { kind: 'key', path: parent }, 'schema.missing-key', { key: missing })];
  }
  if (value === null || value === '') {
    return [at('missing-key', { kind: 'key', path }, 'schema.empty-key', { key })];
  }
  switch (issue.message) {
    case 'invalid-date':
      return [
        at(
          'invalid-date',
          onValue,
          ...asPair(
            dateMessage(show(value), 'schema.date-format', 'schema.invalid-date', {
              key,
              value: show(value),
            }),
          ),
        ),
      ];
    case 'invalid-id':
      return [at('invalid-id', onValue, 'schema.invalid-id', { value: show(value) })];
    case 'invalid-email':
      return [at('invalid-email', onValue, 'schema.invalid-email', { value: show(value) })];
    case 'invalid-url':
      return [at('invalid-url', onValue, 'schema.invalid-url', { value: show(value) })];
    case 'invalid-number':
      return [at('invalid-number', onValue, 'schema.invalid-number', { key, value: show(value) })];
    case 'invalid-count':
      return [at('invalid-number', onValue, 'schema.invalid-count', { key, value: show(value) })];
    case 'empty-list':
      return [at('missing-key', { kind: 'key', path }, 'schema.empty-list', { key })];
    case 'invalid-amount':
      return [at('invalid-number', onValue, 'schema.invalid-amount', { key, value: show(value) })];
    case 'person-or-name':
      return [at('invalid-type', onValue, 'schema.person-or-name', { key })];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const args = withSuggestion({ key, value: show(value), allowed }, closest(show(value), allowed));
    return [at('invalid-value', onValue, 'schema.invalid-value', args)];
  }
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
      // `id: 2026` or `postcode: 0123`: YAML reads a number; the source text is put back in by the locator.
      return [
        at('invalid-type', onValue, 'schema.quote-hint', {
          key,
          value: String(value),
          found: `@type.${typeName(value)}`,
        }),
      ];
    }
    return [
      at('invalid-type', onValue, 'schema.invalid-type', {
        key,
        expected: `@type.${expectedName(issue.expected)}`,
        found: `@type.${typeName(value)}`,
      }),
    ];
  }
  // Anything else (too_small on text that is only whitespace, and so on): a type problem.
  return [
    at('invalid-type', onValue, 'schema.invalid-type', {
      key,
      expected: '@type.string',
      found: `@type.${typeName(value)}`,
    }),
  ];
}

function asPair(message: { id: MessageId; args: MessageArgs }): [MessageId, MessageArgs] {
  return [message.id, message.args];
}

function withSuggestion(
  args: Record<string, MessageArgs[string]>,
  suggestion: string | undefined,
): MessageArgs {
  return suggestion === undefined ? args : { ...args, suggestion };
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function expectedName(expected: string): string {
  if (expected === 'int' || expected === 'number') return 'number';
  if (expected === 'array' || expected === 'object' || expected === 'boolean') return expected;
  return 'string';
}

/** The keys a schema allows at a path, for "known keys here: …". */
export function knownKeys(schema: z.ZodType, path: KeyPath): string[] {
  let node: unknown = schema;
  for (const segment of path) {
    node = unwrap(node);
    const def = defOf(node);
    if (typeof segment === 'number') node = def?.['element'];
    else node = (def?.['shape'] as Record<string, unknown> | undefined)?.[segment];
  }
  const shape = defOf(unwrap(node))?.['shape'];
  return isRecord(shape) ? Object.keys(shape) : [];
}

function defOf(node: unknown): Record<string, unknown> | undefined {
  const zod = (node as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod;
  return zod?.def;
}

/** Looks through optional, nullable and union wrappers to the object or array inside. */
function unwrap(node: unknown): unknown {
  for (let i = 0; i < 10; i++) {
    const def = defOf(node);
    if (!def) return node;
    if (def['type'] === 'optional' || def['type'] === 'nullable') node = def['innerType'];
    else if (def['type'] === 'union') {
      const options = def['options'] as unknown[];
      node = options.find((o) => defOf(o)?.['type'] === 'object') ?? options[0];
    } else return node;
  }
  return node;
}
