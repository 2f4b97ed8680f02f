// `kwp schema [kind]`: JSON Schema (draft-07) of a kind's frontmatter, generated from the same zod
// schemas that validate uses, so editors and kwp never disagree (test/cli/schema-agreement.test.ts).
// Unknown keys are `additionalProperties: false`: kwp warns about them, and so does the README's
// editor set-up, which shows every schema finding as a warning. Without a kind: the kinds.
import type { Kind } from '../../core/kinds.js';
import { SCHEMAS } from '../../core/schema/index.js';
import { EXIT } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { jsonSchemaOf } from '../../render/json-schema.js';
import { chooseLang, type GlobalOptions, unknownKind } from '../context.js';
import type { Io } from '../io.js';

const TITLES: Record<Kind, string> = {
  project: 'kwp: projectbeschrijving (knowledge/projecten/<id>.md)',
  vraag: 'kwp: kennisvraag (knowledge/kennisvragen/<id>.md)',
  partner: 'kwp: partner (knowledge/partners/<id>.md)',
  werkplaats: 'kwp: werkplaats (knowledge/werkplaats.md)',
};

/** The kinds in the order a person meets them. */
const KINDS: readonly Kind[] = ['project', 'vraag', 'partner', 'werkplaats'];

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
  const schema = jsonSchemaOf(SCHEMAS[kind], TITLES[kind]);
  io.out(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
