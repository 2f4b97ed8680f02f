import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { kwp, makeKb } from '../helpers/kb.js';
import { HOSTILE, kbInRepositorySubfolder, kbWithProblems } from './shared.js';

// The SARIF 2.1.0 schema (rtm.5, the text OASIS published as 2.1.0) as shipped in the npm package
// @microsoft/jest-sarif (MIT). It is draft-04: only its `id` and `$schema` differ from what Ajv reads,
// and one of its patterns is not valid in unicode mode.
const schema = JSON.parse(
  readFileSync(new URL('./sarif-2.1.0-rtm.5.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
delete schema['$schema'];
delete schema['id'];
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validSarif = ajv.compile(schema);

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string } }[] };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

async function sarif(root: string) {
  const result = await kwp(['validate', '--kb', root, '--format', 'sarif']);
  const log = JSON.parse(result.stdout) as SarifLog;
  expect(validSarif(log), JSON.stringify(validSarif.errors)).toBe(true);
  return { ...result, log };
}

describe('kwp validate --format sarif', () => {
  it('writes a valid SARIF 2.1.0 log with a rule per rule name, levels, locations', async () => {
    const { code, log } = await sarif(kbWithProblems());
    expect(code).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('kwp');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual(['unknown-key', 'unknown-vocabulary']);
    for (const r of run.tool.driver.rules) expect(r.shortDescription.text).toContain(r.id);
    const error = run.results.find((r) => r.level === 'error')!;
    const warning = run.results.find((r) => r.level === 'warning')!;
    expect(error.ruleId).toBe('unknown-vocabulary');
    expect(run.tool.driver.rules[error.ruleIndex]!.id).toBe('unknown-vocabulary');
    expect(error.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'knowledge/projecten/2026-a.md' },
      region: { startLine: 10, startColumn: 9 },
    });
    expect(error.message.text).toContain('Nergenshuizen');
    expect(warning.ruleId).toBe('unknown-key');
    expect(warning.locations[0]!.physicalLocation.region.startLine).toBe(11);
    expect(error.partialFingerprints['kwp/v1']).toMatch(/^[0-9a-f]{32}$/);
    // The schema check has teeth: a wrong level or version is refused.
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validSarif(broken)).toBe(false);
    expect(validSarif({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('has no results and no rules for a clean knowledge base', async () => {
    const { code, log } = await sarif(makeKb());
    expect(code).toBe(0);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it('keeps a hostile value in its message, and stays valid', async () => {
    const { log } = await sarif(kbWithProblems(HOSTILE));
    expect(log.runs[0]!.results.find((r) => r.level === 'error')!.message.text).toContain(HOSTILE);
  });

  it('percent-encodes file names in URIs', async () => {
    const root = makeKb({ 'knowledge/projecten/2026 a#1%.md': 'no frontmatter\n' });
    const { log } = await sarif(root);
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('knowledge/projecten/2026%20a%231%25.md');
  });

  it('gives URIs relative to the repository root when the kb is in a subfolder', async () => {
    const [, root] = kbInRepositorySubfolder();
    const { log } = await sarif(root);
    const uris = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['sub/dir/knowledge/projecten/2026-a.md', 'sub/dir/knowledge/projecten/2026-a.md']);
  });
});
