// `kwp schema [kind]`: JSON Schema (draft-07) of a kind's frontmatter, generated from the same zod
// schemas that validate uses, so editors and kwp never disagree (test/cli/schema-agreement.test.ts).
// Unknown keys are `additionalProperties: false`: kwp warns about them, and so does the README's
// editor set-up, which shows every schema finding as a warning.
import type { Kind } from '../../core/kinds.js';
import { SCHEMAS } from '../../core/schema/index.js';
import { EXIT, KwpError } from '../../errors.js';
import { jsonSchemaOf } from '../../render/json-schema.js';
import type { GlobalOptions } from '../context.js';
import type { Io } from '../io.js';

const TITLES: Record<Kind, string> = {
  project: 'kwp: projectbeschrijving (knowledge/projecten/<id>.md)',
  vraag: 'kwp: kennisvraag (knowledge/kennisvragen/<id>.md)',
  partner: 'kwp: partner (knowledge/partners/<id>.md)',
  werkplaats: 'kwp: werkplaats (knowledge/werkplaats.md)',
};

export async function schemaCommand(io: Io, kindName: string, _options: GlobalOptions): Promise<number> {
  if (!(kindName in SCHEMAS)) {
    throw new KwpError('cli.unknown-option-value', {
      value: kindName,
      option: 'kind',
      allowed: Object.keys(SCHEMAS),
    });
  }
  const kind = kindName as Kind;
  const schema = jsonSchemaOf(SCHEMAS[kind], TITLES[kind]);
  io.out(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT.ok;
}
