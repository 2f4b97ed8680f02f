// `kwp schema [kind]`: JSON Schema (draft-07) of a kind's frontmatter, generated from the same zod
// schemas that validate uses, so editors and kwp never disagree (test/cli/schema-agreement.test.ts).
// Unknown keys are `additionalProperties: false`: kwp warns about them, and so does the README's
// editor set-up, which shows every schema finding as a warning. Without a kind: the kinds.
import type { Kind } from '../../core/kinds.js';
import { ALL_KINDS, KINDS as KIND_TABLE, whereFiles } from '../../core/model/kinds.js';
import { SCHEMAS } from '../../core/schema/index.js';
import { EXIT } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { jsonSchemaOf } from '../../render/json-schema.js';
import { chooseLang, type GlobalOptions, unknownKind } from '../context.js';
import type { Io } from '../io.js';

/** The kinds in the order a person meets them: the records, then the werkplaats. */
const KINDS: readonly Kind[] = ALL_KINDS.map((k) => k.kind);

export async function schemaCommand(
  io: Io,
  kindName: string | undefined,
  options: GlobalOptions,
): Promise<number> {
  if (kindName === undefined) {
    const lang = chooseLang(io, options);
    const width = Math.max(...KINDS.map((k) => k.length));
    const lines = KINDS.map((k) => `  ${k.padEnd(width)}  ${t(lang, `schema.kind.${k}`)}`);
    io.out(`${t(lang, 'schema.kinds')}\n${lines.join('\n')}\n${t(lang, 'schema.kinds.example')}\n`);
    return EXIT.ok;
  }
  if (!(kindName in SCHEMAS)) throw unknownKind(kindName, KINDS);
  const kind = kindName as Kind;
  const spec = KIND_TABLE[kind];
  const schema = jsonSchemaOf(SCHEMAS[kind], `kwp: ${spec.noun} (${whereFiles(spec)})`);
  io.out(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
