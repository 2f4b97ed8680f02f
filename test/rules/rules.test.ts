// Every public rule name has a case: a fixture directory under test/fixtures/rules/<rule>/ or a
// runtime case in helpers.ts. A new rule without one fails here. The exact diagnostics per rule are
// asserted in reading, schema, file-rules and cross-rules.test.ts.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/diagnostics.js';
import { error, fixture, FIXTURES, P, RUNTIME_CASES, validate } from './helpers.js';

const fixtureDirs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const isRule = (name: string): name is (typeof RULES)[number] => (RULES as readonly string[]).includes(name);

describe('every rule has a case', () => {
  it('each name in RULES has a fixture directory or a runtime case', () => {
    const missing = RULES.filter((rule) => !fixtureDirs.includes(rule) && !(rule in RUNTIME_CASES));
    expect(missing).toEqual([]);
  });

  it('each fixture directory is named after a rule (no fixture left behind by a renamed rule)', () => {
    expect(fixtureDirs.filter((name) => !isRule(name))).toEqual([]);
  });

  it.each(fixtureDirs.filter(isRule))('fixture %s yields its rule and no other', async (rule) => {
    const { found } = await validate(fixture(rule));
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((d) => d.rule !== rule)).toEqual([]);
  });

  it.each(Object.keys(RUNTIME_CASES).filter(isRule))(
    'runtime case %s yields its rule and no other',
    async (rule) => {
      const { found } = await validate(RUNTIME_CASES[rule as keyof typeof RUNTIME_CASES]());
      expect(found.length).toBeGreaterThan(0);
      expect(found.filter((d) => d.rule !== rule)).toEqual([]);
    },
  );
});

describe('messages in English', () => {
  it('--lang en keeps rule, file and position, and changes the message', async () => {
    const nl = await validate(fixture('unknown-reference'));
    const en = await validate(fixture('unknown-reference'), ['--lang', 'en']);
    expect(en.found).toEqual(nl.found);
    expect(en.found).toContainEqual(error(`${P}2026-vervolg-op-onbekend.md`, 10, 14, 'unknown-reference'));
    expect(en.code).toBe(1);
    const file = `${P}2026-vervolg-op-onbekend.md`;
    expect(en.message(file, 10)).not.toBe(nl.message(file, 10));
    expect(en.message(file, 10)).toContain('2025-bestaat-niet');
    expect(en.message(file, 10)).not.toContain('bestaat niet');
  });
});
