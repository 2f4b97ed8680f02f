import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/diagnostics.js';
import { ruleById } from '../../src/core/rules/index.js';
import { ruleText } from '../../src/messages/rule-texts.js';
import { kwp, makeKb, project, REPO } from '../helpers/kb.js';
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

interface Text {
  text: string;
  markdown?: string;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: Text;
  fullDescription: Text;
  help: Text & { markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: { name: string; version: string; informationUri: string; rules: SarifRule[] };
    };
    columnKind: string;
    originalUriBaseIds: Record<string, { description: Text }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

/**
 * A plain-text SARIF message as a viewer shows it (SARIF 2.1.0 §3.11.5 and §3.11.6): `{{` and `}}`
 * are braces, a backslash escapes `\\`, `[` and `]`. Throws on an embedded link, `[text](target)`
 * with an unescaped bracket, or a lone brace that a viewer would take for a placeholder.
 */
function shownAs(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && /[\\[\]]/.test(text[i + 1] ?? '')) out += text[++i];
    else if ((c === '{' || c === '}') && text[i + 1] === c) out += text[++i];
    else if (c === '[' || c === ']') throw new Error(`unescaped ${c} at ${i} in ${text}`);
    else if (c === '{' || c === '}') throw new Error(`single ${c} at ${i} in ${text}`);
    else out += c;
  }
  return out;
}

/** The anchors GitHub and npm give the README's headings (lowercase, punctuation dropped, spaces to -). */
function readmeAnchors(): Set<string> {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
  const anchors = new Set<string>();
  for (const [, heading] of readme.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = heading!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  name: string;
  homepage?: string;
};
const DOCS = (pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`).replace(/#.*$/, '');

async function sarif(root: string) {
  const result = await kwp(['validate', '--kb', root, '--format', 'sarif']);
  const log = JSON.parse(result.stdout) as SarifLog;
  expect(validSarif(log), JSON.stringify(validSarif.errors)).toBe(true);
  return { ...result, log };
}

describe('kwp validate --format sarif', () => {
  it('writes a valid SARIF 2.1.0 log with levels, full regions and repository-relative locations', async () => {
    const { code, log } = await sarif(kbWithProblems());
    expect(code).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('kwp');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.tool.driver.informationUri).toBe(DOCS);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%']!.description.text.length).toBeGreaterThan(0);
    const error = run.results.find((r) => r.level === 'error')!;
    const warning = run.results.find((r) => r.level === 'warning')!;
    expect(error.ruleId).toBe('unknown-vocabulary');
    expect(run.tool.driver.rules[error.ruleIndex]!.id).toBe('unknown-vocabulary');
    expect(run.tool.driver.rules[warning.ruleIndex]!.id).toBe('unknown-key');
    // `gebied: "Nergenshuizen"`: the value, quotes and all, from column 9 up to column 24.
    expect(error.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'knowledge/projecten/2026-a.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 10, startColumn: 9, endLine: 10, endColumn: 24 },
    });
    expect(shownAs(error.message.text)).toContain('Nergenshuizen');
    expect(warning.ruleId).toBe('unknown-key');
    // `foo: bar`: the key.
    expect(warning.locations[0]!.physicalLocation.region).toEqual({
      startLine: 11,
      startColumn: 1,
      endLine: 11,
      endColumn: 4,
    });
    expect(error.partialFingerprints['kwp/v1']).toMatch(/^[0-9a-f]{32}$/);
    // The schema check has teeth: a wrong level or version is refused.
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validSarif(broken)).toBe(false);
    expect(validSarif({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('documents every rule: descriptions, help with a fix and an example, a link that exists, its level', async () => {
    const { log } = await sarif(kbWithProblems());
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...RULES]);
    const anchors = readmeAnchors();
    for (const rule of rules) {
      const id = rule.id as (typeof RULES)[number];
      const texts = ruleText('nl', id);
      expect(rule.name).toBe(id);
      expect(rule.shortDescription.text).toBe(texts.title);
      expect(rule.fullDescription.text).toBe(texts.summary);
      // GitHub code scanning shows at most 1000 characters of the full description.
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1000);
      expect(rule.help.text).toContain(texts.summary);
      expect(rule.help.text).toContain(texts.fix);
      expect(rule.help.markdown).toContain(texts.fix);
      if (ruleById(id).example) expect(rule.help.markdown).toMatch(/^```yaml$|^```markdown$/m);
      // No HTML outside code (SARIF §3.11.4 forbids it in Markdown), and no braces to double.
      const prose = rule.help.markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '').replace(/`[^`]*`/g, '');
      expect(prose, id).not.toMatch(/[<>]/);
      // kwp's own texts go out as they are: nothing in them may read as a SARIF placeholder or
      // embedded link, and the only link in the Markdown is the one to the README.
      const plain = [rule.shortDescription.text, rule.fullDescription.text, rule.help.text].join('\n');
      expect(plain + rule.help.markdown, id).not.toMatch(/[{}]/);
      expect(plain, id).not.toMatch(/\]\(|\\/);
      expect([...rule.help.markdown.matchAll(/\]\(/g)]).toHaveLength(1);
      expect(rule.defaultConfiguration.level).toBe(ruleById(id).severity);
      expect(rule.properties.tags).toContain(ruleById(id).scope);
      expect(rule.helpUri).toBe(`${DOCS}#${id}`);
      expect(anchors.has(id), `README has no heading for ${id}`).toBe(true);
      expect(rule.help.markdown).toContain(`](${rule.helpUri})`);
    }
  });

  it('documents the rules in English with --lang en', async () => {
    const result = await kwp(['validate', '--kb', kbWithProblems(), '--format', 'sarif', '--lang', 'en']);
    const log = JSON.parse(result.stdout) as SarifLog;
    const cycle = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'cycle')!;
    expect(cycle.fullDescription.text).toBe(ruleText('en', 'cycle').summary);
    expect(cycle.help.markdown).toContain('**Fix:**');
  });

  it('has no results for a clean knowledge base, and still lists the rules it ran', async () => {
    const { code, log } = await sarif(makeKb());
    expect(code).toBe(0);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(RULES.length);
  });

  it('keeps a hostile value in its message, and stays valid', async () => {
    const { log } = await sarif(kbWithProblems(HOSTILE));
    expect(shownAs(log.runs[0]!.results.find((r) => r.level === 'error')!.message.text)).toContain(
      HOSTILE.replace(/\r/g, '\\u000d'),
    );
  });

  it('keeps links, placeholders, HTML, control characters and very long text inert', async () => {
    const hostile =
      '[klik hier](javascript:alert(1)) ![x](https://evil.example/x.png) [here](1) <img src=x onerror=alert(1)> {0} {{1}} \\[ \\ ] \u001b[31m rood \u0007 \u202e' +
      'lang '.repeat(4000);
    const { log } = await sarif(kbWithProblems(hostile));
    const text = log.runs[0]!.results.find((r) => r.level === 'error')!.message.text;
    const shown = shownAs(text); // throws on an embedded link or a placeholder
    expect(shown).toContain(hostile.replace('\u001b', '\\u001b').replace('\u0007', '\\u0007'));
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('ends a region that spans lines at the end of its first line', async () => {
    const root = makeKb({
      'knowledge/projecten/2026-a.md': project('2026-a', 'gebied: [Rivierenwijk,\n  Binnenstad]\n'),
    });
    const { log } = await sarif(root);
    const result = log.runs[0]!.results.find((r) => r.ruleId === 'invalid-type')!;
    // `gebied: [Rivierenwijk,` is line 10; the value starts at column 9 and the line ends at 23.
    expect(result.locations[0]!.physicalLocation.region).toEqual({
      startLine: 10,
      startColumn: 9,
      endLine: 10,
      endColumn: 23,
    });
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
    for (const r of log.runs[0]!.results)
      expect(r.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
  });
});
