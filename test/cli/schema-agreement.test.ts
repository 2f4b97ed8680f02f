// `kwp schema` and `kwp validate` agree about each file's own keys: the same cases go through both,
// and what one calls an error the other refuses, and the other way round. A key kwp does not know
// is a warning in kwp (`unknown-key`) and the schema's `additionalProperties` (which the editor
// set-up in the README shows as a warning, as it shows everything).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WEB_ADDRESS } from '../../src/core/schema/common.js';
import { checkSchema } from '../../src/core/schema-check.js';
import { kwp } from '../helpers/kb.js';
import { exampleKb } from '../rules/example-kb.js';
import { validate } from '../rules/helpers.js';

/** The rules that judge one file against its schema: what a JSON Schema can know. */
const SCHEMA_RULES = new Set([
  'missing-key',
  'invalid-type',
  'invalid-value',
  'invalid-date',
  'invalid-id',
  'invalid-email',
  'invalid-url',
  'invalid-number',
  'unknown-key',
]);

type Kind = 'project' | 'vraag' | 'partner' | 'werkplaats';
const FILES: Record<Kind, string> = {
  project: 'projecten/2026-groene-daken.md',
  vraag: 'kennisvragen/vrijwilligers-vasthouden.md',
  partner: 'partners/woningcorporatie-rivelde.md',
  werkplaats: 'werkplaats.md',
};

/** Each kind's schema as `kwp schema` prints it, and the same without `additionalProperties: false`. */
async function validators(kind: Kind): Promise<{ strict: ValidateFunction; loose: ValidateFunction }> {
  const { code, stdout } = await kwp(['schema', kind]);
  expect(code).toBe(0);
  const schema = JSON.parse(stdout) as Record<string, unknown>;
  expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
  // As remark-lint-frontmatter-schema runs it: Ajv for draft-07, with the formats.
  const ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  const loose = JSON.parse(stdout, (key, value: unknown) =>
    key === 'additionalProperties' && value === false ? undefined : value,
  ) as Record<string, unknown>;
  return { strict: ajv.compile(schema), loose: ajv.compile(loose) };
}

/** Frontmatter as the editor plugin reads it (the `yaml` package). */
function frontmatter(text: string): unknown {
  return parse(text.split(/^---$/m)[1]!);
}

interface Verdict {
  error: boolean;
  unknownKey: boolean;
}

async function bothVerdicts(kind: Kind, lines: string): Promise<{ kwp: Verdict; schema: Verdict }> {
  const root = exampleKb({ [FILES[kind]]: lines });
  const { found } = await validate(root);
  const mine = found.filter((d) => d.file === `knowledge/${FILES[kind]}` && SCHEMA_RULES.has(d.rule));
  const data = frontmatter(readFileSync(join(root, 'knowledge', FILES[kind]), 'utf8'));
  const { strict, loose } = await validators(kind);
  const error = !loose(data);
  return {
    kwp: {
      error: mine.some((d) => d.rule !== 'unknown-key'),
      unknownKey: mine.some((d) => d.rule === 'unknown-key'),
    },
    // An unknown key is told apart only where nothing else is wrong.
    schema: { error, unknownKey: error ? mine.some((d) => d.rule === 'unknown-key') : !strict(data) },
  };
}

const CASES: [Kind, string, 'ok' | 'error' | 'unknown-key'][] = [
  // the cases: a website that is not a web address
  ['partner', 'website: ftp://rivelde.nl/bestanden', 'error'],
  ['partner', 'website: mailto:info@rivelde.nl', 'error'],
  ['partner', 'website: "https://"', 'error'],
  ['partner', 'website: https://', 'error'],
  ['partner', 'website: www.rivelde.nl', 'error'],
  ['partner', 'website: javascript:alert(1)', 'error'],
  ['partner', 'website: https://www.rivelde.nl/over ons', 'error'],
  ['partner', 'website: https:///rivelde.nl', 'error'],
  ['partner', 'website: https://localhost', 'error'],
  ['partner', 'website: 42', 'error'],
  ['partner', 'website: https://www.rivelde.nl', 'ok'],
  ['partner', 'website: http://rivelde.nl/over-ons?tab=team#wie', 'ok'],
  ['partner', 'website: https://www.café-rivelde.nl:8443/', 'ok'],
  ['partner', 'website:', 'ok'],
  // other values
  ['partner', 'groep: onderwys', 'error'],
  ['partner', 'niveau: hbo', 'ok'],
  ['partner', 'aanspreekpunt:\n  naam: Femke de Vries\n  email: f.devries@', 'error'],
  ['partner', 'aanspreekpunt:\n  naam: Femke de Vries\n  email: f.devries@example.org', 'ok'],
  ['partner', 'aanspreekpunt:\n  email: f.devries@example.org', 'error'],
  ['partner', 'naam:', 'error'],
  ['project', 'status: klaar', 'error'],
  ['project', 'titel: [Groene, daken]', 'error'],
  ['project', 'titel: ""', 'error'],
  ['project', 'thema: duurzaamheid', 'error'],
  ['project', 'csl_niveau: hoog', 'error'],
  ['project', 'csl_niveau: laag', 'ok'],
  ['project', 'planning:\n  start: 2026-02-02\n  einde: 2026-02-30', 'error'],
  ['project', 'planning:\n  start: 2028-02-29\n  einde: 2028-03-01', 'ok'],
  ['project', 'planning:\n  start: 2026-2-2\n  einde: 2026-06-26', 'error'],
  ['project', 'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid\n    studenten: 2.5', 'error'],
  ['project', 'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid\n    studenten: -1', 'error'],
  ['project', 'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid\n    studenten: 0', 'ok'],
  ['project', 'begroting:\n  kosten:\n    - post: koffie\n      bedrag: 12.5', 'ok'],
  ['project', 'begroting:\n  kosten:\n    - post: koffie\n      bedrag: -1', 'error'],
  ['project', 'begroting:\n  kosten:\n    - post: koffie\n      bedrag: veel', 'error'],
  ['project', 'evaluatie:\n  datum: 2026-13-01', 'error'],
  ['project', 'vervolg_op: []', 'ok'],
  ['project', 'vervolg_op:', 'ok'],
  ['project', 'contactpersoon: Ahmed Yilmaz', 'error'],
  ['project', 'opdrachtgever: Gemeente Rivelde', 'unknown-key'],
  ['project', 'planning:\n  start: 2026-02-02\n  einde: 2026-06-26\n  deadline: 2026-05-01', 'unknown-key'],
  ['project', 'contactpersoon:\n  naam: Ahmed Yilmaz\n  functie: wijkcoach', 'unknown-key'],
  ['project', 'opdrachtgever: Gemeente Rivelde\nstatus: klaar', 'error'],
  ['vraag', 'bron: intake', 'ok'],
  ['vraag', 'bron: gesprek', 'error'],
  ['vraag', 'vraageigenaar: Gemeente Rivelde', 'ok'],
  ['vraag', 'vraageigenaar:\n  naam: Femke de Vries', 'ok'],
  ['vraag', 'vraageigenaar: [Gemeente Rivelde]', 'error'],
  ['vraag', 'ingediend: 2026-1-5', 'error'],
  ['vraag', 'prioriteit: hoog', 'unknown-key'],
  ['werkplaats', 'taal: de', 'error'],
  ['werkplaats', 'taal: en', 'ok'],
  ['werkplaats', 'id: werkplaats', 'ok'],
  ['werkplaats', 'id: rivelde', 'error'],
  ['werkplaats', 'doelen:\n  studenten: veel', 'error'],
  ['werkplaats', 'rollen:\n  manager:\n    naam: Femke de Vries', 'ok'],
  ['werkplaats', 'rollen:\n  kwartiermakers:\n    overig: []', 'unknown-key'],
];

describe('kwp schema and kwp validate agree', () => {
  it.each(CASES)('%s with `%s`: %s in both', async (kind, lines, expected) => {
    const { kwp: mine, schema } = await bothVerdicts(kind, lines);
    expect(schema).toEqual(mine);
    expect(mine).toEqual({
      error: expected === 'error',
      unknownKey: expected === 'unknown-key' || lines.startsWith('opdrachtgever'),
    });
  });

  it('agree on any website made of the pieces web addresses are made of', async () => {
    const { strict } = await validators('partner');
    const pieces = fc.constantFrom(
      'https://',
      'http://',
      'ftp://',
      'mailto:',
      'HTTPS://',
      'https:',
      '//',
      'www',
      'rivelde',
      'café',
      '.',
      '.nl',
      '-',
      ':8080',
      ':',
      '/',
      '/pad',
      '?q=1',
      '#x',
      ' ',
      '%20',
      '@',
      '[::1]',
      '192.168.1.1',
      '\t',
      'ä',
      '_',
    );
    await fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const website = parts.join('');
        const data = { id: 'rivelde', naam: 'Rivelde', groep: 'overheid', website };
        const kwpSays = checkSchema('partners/rivelde.md', 'partner', data).length === 0;
        expect({ website, schema: strict(data) }).toEqual({ website, schema: kwpSays });
        // The same in editors that compile patterns with the `u` flag (Ajv) and without it.
        expect(new RegExp(WEB_ADDRESS.source, 'u').test(website)).toBe(kwpSays);
        expect(new RegExp(WEB_ADDRESS.source).test(website)).toBe(kwpSays);
      }),
      { numRuns: 400 },
    );
  });

  it('agree on any date: leap years, months and days that do not exist, digits missing', async () => {
    const { strict } = await validators('vraag');
    const two = (n: number) => String(n).padStart(2, '0');
    const date = fc.oneof(
      fc
        .tuple(
          fc.constantFrom(1900, 2000, 2023, 2024, 2026, 2100, 2400, 9999, 0),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`),
      fc.constantFrom('2026-1-5', '2026-01-5', '26-01-05', '2026/01/05', '2026-01-05T10:00', ' 2026-01-05'),
    );
    await fc.assert(
      fc.property(date, (ingediend) => {
        const data = { id: 'vraag-een', vraag: 'Wat?', status: 'open', ingediend };
        const kwpSays = checkSchema('kennisvragen/vraag-een.md', 'vraag', data).length === 0;
        expect({ ingediend, schema: strict(data) }).toEqual({ ingediend, schema: kwpSays });
      }),
      { numRuns: 400 },
    );
  });
});
