// The rule index (src/core/rules/index.ts, one module per rule) against what kwp does and what the
// README says: every rule is in it, in its own module, its examples are run (the bad one yields that
// rule and no other, the good one nothing), its default severity is the one kwp reports, and the
// README's rule reference is the one made from it. `UPDATE_README=1 npx vitest run
// test/rules/catalogue.test.ts` rewrites that part.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/diagnostics.js';
import { RULE_INDEX, ruleById } from '../../src/core/rules/index.js';
import { LANGS } from '../../src/messages/catalogue.js';
import { en } from '../../src/messages/en.js';
import { ruleText } from '../../src/messages/rule-texts.js';
import { codeBlock, codeSpan, ruleReference } from '../../src/render/rule-docs.js';
import { REPO } from '../helpers/kb.js';
import { exampleKb, mergeFrontmatter } from './example-kb.js';
import { fixture, FIXTURES, RUNTIME_CASES, validate } from './helpers.js';

describe('the rule index', () => {
  it('holds every rule kwp can report, in the order of RULES', () => {
    expect(RULE_INDEX.map((e) => e.id)).toEqual([...RULES]);
  });

  it('has each rule in its own module, named by its id, in the folder of what reads it', () => {
    const RULES_DIR = join(REPO, 'src', 'core', 'rules');
    const folderOf = (rule: (typeof RULE_INDEX)[number]) =>
      'producedBy' in rule ? (rule.producedBy === 'reader' ? 'reading' : 'schema') : rule.scope;
    for (const folder of ['reading', 'schema', 'file', 'files']) {
      const modules = readdirSync(join(RULES_DIR, folder))
        .filter((name) => name.endsWith('.ts'))
        .map((name) => name.slice(0, -3))
        .sort();
      const rules = RULE_INDEX.filter((rule) => folderOf(rule) === folder)
        .map((rule) => rule.id)
        .sort();
      expect(modules, folder).toEqual(rules);
    }
  });

  it('names, for a rule another part produces, a module that does report it', () => {
    for (const rule of RULE_INDEX) {
      if (!('producedBy' in rule)) continue;
      const source = readFileSync(join(REPO, rule.producedIn), 'utf8');
      expect(source, `${rule.id} in ${rule.producedIn}`).toContain(`'${rule.id}'`);
    }
  });

  it('gives each message of the rules in code to one rule, which reports with no other', () => {
    const owners = new Map<string, string[]>();
    for (const rule of RULE_INDEX) {
      if (!('messages' in rule)) continue;
      for (const id of rule.messages) owners.set(id, [...(owners.get(id) ?? []), rule.id]);
      const folder = rule.scope === 'file' ? 'file' : 'files';
      const source = readFileSync(join(REPO, 'src', 'core', 'rules', folder, `${rule.id}.ts`), 'utf8');
      const used = new Set(source.match(/'(?:rule|cross)\.[a-z-]+'/g)?.map((m) => m.slice(1, -1)));
      expect([...used].sort(), rule.id).toEqual([...rule.messages].sort());
    }
    const ruleMessages = Object.keys(en).filter((id) => /^(rule|cross)\./.test(id));
    for (const id of ruleMessages) expect(owners.get(id), id).toHaveLength(1);
    expect([...owners.keys()].sort()).toEqual(ruleMessages.sort());
  });

  it('has an example for every rule that can be written as text', () => {
    const without = RULE_INDEX.filter((e) => !e.example).map((e) => e.id);
    // The others are bytes, sizes, links and permissions: test/rules/helpers.ts builds them at runtime.
    expect(without).toEqual(['invalid-encoding', 'file-too-large', 'symlink-outside', 'unreadable-file']);
    for (const rule of without) expect(Object.keys(RUNTIME_CASES)).toContain(rule);
  });

  it('has a title, what is wrong and a fix for every rule, in every language', () => {
    for (const lang of LANGS) {
      for (const { id } of RULE_INDEX) {
        const { title, summary, fix } = ruleText(lang, id);
        expect({ id, lang, title: title.length > 0 && !title.includes('\n') }).toEqual({
          id,
          lang,
          title: true,
        });
        expect(summary.length, `${lang} ${id}`).toBeGreaterThan(10);
        expect(fix.length, `${lang} ${id}`).toBeGreaterThan(5);
      }
    }
    expect(ruleText('nl', 'cycle').summary).not.toBe(ruleText('en', 'cycle').summary);
  });

  it('merges an example into its base record by top-level key', () => {
    const base = 'id: a\ntitel: T\nplanning:\n  start: 2026-01-01\nstatus: lopend';
    expect(mergeFrontmatter(base, 'planning:\n  einde: 2026-02-01')).toBe(
      'id: a\ntitel: T\nplanning:\n  einde: 2026-02-01\nstatus: lopend',
    );
    expect(mergeFrontmatter(base, 'extra: 1')).toBe(`${base}\nextra: 1`);
    expect(mergeFrontmatter(base, 'titel: A\ntitel: B')).toBe(
      'id: a\ntitel: A\ntitel: B\nplanning:\n  start: 2026-01-01\nstatus: lopend',
    );
  });

  it('starts every example from a knowledge base without problems', async () => {
    const { found } = await validate(exampleKb({}));
    expect(found).toEqual([]);
  });

  it.each(RULE_INDEX.filter((e) => e.example).map((e) => [e.id, e] as const))(
    'example of %s: the bad one yields this rule only, at its severity; the good one nothing',
    async (id, entry) => {
      const bad = await validate(exampleKb(entry.example!.bad));
      expect(bad.found.length, `bad example of ${id} yields nothing`).toBeGreaterThan(0);
      expect(bad.found.filter((d) => d.rule !== id || d.severity !== entry.severity)).toEqual([]);
      const good = await validate(exampleKb(entry.example!.good));
      expect(good.found).toEqual([]);
    },
  );

  const fixtureDirs = readdirSync(FIXTURES).filter((name) => (RULES as readonly string[]).includes(name));
  it.each([...fixtureDirs, ...Object.keys(RUNTIME_CASES)])(
    'the default severity of %s is the one kwp reports for its fixture',
    async (rule) => {
      const root =
        rule in RUNTIME_CASES
          ? RUNTIME_CASES[rule as keyof typeof RUNTIME_CASES]()
          : fixture(rule as (typeof RULES)[number]);
      const { found } = await validate(root);
      const severity = ruleById(rule as (typeof RULES)[number]).severity;
      expect(found.filter((d) => d.rule === rule && d.severity !== severity)).toEqual([]);
    },
  );
});

describe('code in rule help', () => {
  it('is fenced so that no backtick in it can end the block or the span', () => {
    const hostile = 'a ``` b\n````\n`c`';
    const block = codeBlock(hostile, 'yaml');
    expect(block.startsWith('`````yaml\n')).toBe(true);
    expect(block.endsWith('\n`````')).toBe(true);
    expect(codeBlock('titel: x', 'yaml')).toBe('```yaml\ntitel: x\n```');
    expect(codeSpan('`id`')).toBe('`` `id` ``');
    expect(codeSpan('knowledge/a.md')).toBe('`knowledge/a.md`');
  });
});

describe("the README's rule reference", () => {
  const START = '<!-- rules:start';
  const END = '<!-- rules:end -->';

  it('has a heading for every rule of the index, and none for a rule the index lacks', () => {
    // What the repository documents as the list of rules: the format reference (format.md) is not
    // in a clone, so the README's reference is the one held against the index.
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const part = readme.slice(readme.indexOf(START), readme.indexOf(END));
    const headings = [...part.matchAll(/^#### (\S+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(RULE_INDEX.map((rule) => rule.id));
  });

  it('is the one made from the rule index and the English rule texts', () => {
    const path = join(REPO, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README has no rules:start marker').toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const from = readme.indexOf('\n', start) + 1;
    const expected = `\n${ruleReference('en')}\n`;
    if (process.env['UPDATE_README'] === '1') {
      writeFileSync(path, readme.slice(0, from) + expected + readme.slice(end));
      return;
    }
    expect(readme.slice(from, end)).toBe(expected);
  });
});
