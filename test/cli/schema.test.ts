// `kwp schema`: JSON Schema that an editor can use, and that agrees with kwp about real files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { kwp, REPO } from '../helpers/kb.js';

const folders = {
  project: 'projecten',
  vraag: 'kennisvragen',
  partner: 'partners',
  aanbod: 'aanbod',
} as const;

function frontmatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return jsyaml.load(text.split(/^---$/m)[1]!, { schema: jsyaml.CORE_SCHEMA });
}

async function schemaOf(kind: string) {
  const { code, stdout } = await kwp(['schema', kind]);
  expect(code).toBe(0);
  return JSON.parse(stdout) as Record<string, unknown>;
}

function validator(schema: Record<string, unknown>) {
  // Draft-07, as editors and remark-lint-frontmatter-schema read it.
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(schema);
}

describe('kwp schema', () => {
  it.each(Object.entries(folders))(
    'accepts every %s file of the example knowledge base',
    async (kind, folder) => {
      const validate = validator(await schemaOf(kind));
      const dir = join(REPO, 'knowledge', folder);
      for (const name of readdirSync(dir)) {
        const ok = validate(frontmatter(join(dir, name)));
        expect({ name, errors: validate.errors ?? null, ok }).toEqual({ name, errors: null, ok: true });
      }
    },
  );

  it('is draft-07, which editors read', async () => {
    for (const kind of ['project', 'vraag', 'partner', 'werkplaats'])
      expect((await schemaOf(kind))['$schema']).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('accepts werkplaats.md and describes its keys', async () => {
    const schema = await schemaOf('werkplaats');
    expect(validator(schema)(frontmatter(join(REPO, 'knowledge', 'werkplaats.md')))).toBe(true);
    expect(Object.keys(schema['properties'] as object)).toContain('themas');
  });

  it('rejects what kwp rejects: a wrong status, an unknown key, an impossible date', async () => {
    const validate = validator(await schemaOf('project'));
    const good = frontmatter(
      join(REPO, 'knowledge', 'projecten', '2024-hittekaart-rivierenwijk.md'),
    ) as Record<string, unknown>;
    expect(validate({ ...good, status: 'klaar' })).toBe(false);
    expect(validate({ ...good, onbekend: 1 })).toBe(false);
    expect(validate({ ...good, planning: { start: '2025-02-30', einde: '2025-03-01' } })).toBe(false);
  });

  it('refuses an unknown kind with exit 2', async () => {
    const { code, stderr } = await kwp(['schema', 'projectje']);
    expect(code).toBe(2);
    expect(stderr).toContain('project, vraag, partner');
  });
});
