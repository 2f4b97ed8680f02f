// What every command shares: finding the knowledge base, the language, formats, exit codes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project, tempDir, validateJson, WERKPLAATS } from '../helpers/kb.js';

const broken = () =>
  makeKb({
    'knowledge/projecten/2026-a.md': project('2026-a', 'vervolg_op: [2026-b]\n'),
    'knowledge/projecten/2026-c.md': project('2026-c', 'onbekend: ja\n'),
  });

describe('finding the knowledge base', () => {
  it('uses --kb, then KWP_KB, then the nearest ancestor holding knowledge/werkplaats.md', async () => {
    const root = broken();
    expect((await kwp(['validate', '--kb', root])).code).toBe(1);
    expect((await kwp(['validate'], { cwd: tempDir(), env: { KWP_KB: root } })).code).toBe(1);
    expect((await kwp(['validate'], { cwd: join(root, 'knowledge', 'projecten') })).code).toBe(1);
    const clean = makeKb();
    // --kb wins over KWP_KB
    expect((await kwp(['validate', '--kb', clean], { env: { KWP_KB: root } })).code).toBe(0);
  });

  it('says how to fix it when there is none, exit 2', async () => {
    const nowhere = tempDir();
    const { code, stderr, stdout } = await kwp(['validate'], { cwd: nowhere });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('kwp init');
    expect(stderr).toContain('--kb');
    const given = await kwp(['list', '--kb', nowhere]);
    expect(given.code).toBe(2);
    expect(given.stderr).toContain('knowledge/werkplaats.md');
  });
});

describe('language', () => {
  it('is Dutch by default, English with --lang en, KWP_LANG or taal: en', async () => {
    const root = broken();
    const nl = await kwp(['validate', '--kb', root]);
    expect(nl.stdout).toContain('bestanden gecontroleerd');
    expect((await kwp(['validate', '--kb', root, '--lang', 'en'])).stdout).toContain('files checked');
    expect((await kwp(['validate', '--kb', root], { env: { KWP_LANG: 'en' } })).stdout).toContain(
      'files checked',
    );
    writeFileSync(join(root, 'knowledge', 'werkplaats.md'), WERKPLAATS.replace('naam:', 'taal: en\nnaam:'));
    expect((await kwp(['validate', '--kb', root])).stdout).toContain('files checked');
    // --lang beats taal
    expect((await kwp(['validate', '--kb', root, '--lang', 'nl'])).stdout).toContain(
      'bestanden gecontroleerd',
    );
  });

  it('refuses an unknown language with exit 2', async () => {
    const { code, stderr } = await kwp(['validate', '--kb', makeKb(), '--lang', 'de']);
    expect(code).toBe(2);
    expect(stderr).toContain('nl (Nederlands) en en (Engels)');
  });
});

describe('kwp validate', () => {
  it('gives the JSON shape of cli.md', async () => {
    const { json } = await validateJson(broken());
    expect(Object.keys(json)).toEqual(['ok', 'files', 'errors', 'warnings', 'diagnostics']);
    expect(json).toMatchObject({ ok: false, files: 3, errors: 1, warnings: 1 });
    for (const d of json.diagnostics) {
      expect(Object.keys(d)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
    }
  });

  it('fails on warnings under --strict, where an unknown key becomes an error', async () => {
    const root = makeKb({ 'knowledge/projecten/2026-c.md': project('2026-c', 'onbekend: ja\n') });
    const loose = await validateJson(root);
    expect(loose.code).toBe(0);
    expect(loose.json).toMatchObject({ ok: true, warnings: 1 });
    const strict = await validateJson(root, ['--strict']);
    expect(strict.code).toBe(1);
    expect(strict.json.diagnostics[0]).toMatchObject({ rule: 'unknown-key', severity: 'error' });
  });

  it('checks only the paths given, while still reading everything for references', async () => {
    const root = broken();
    const one = await validateJson(root, [join(root, 'knowledge', 'projecten', '2026-c.md')]);
    expect(one.json.files).toBe(1);
    expect(one.json.diagnostics.map((d) => d.rule)).toEqual(['unknown-key']);
    const folder = await validateJson(root, [join(root, 'knowledge', 'projecten')]);
    expect(folder.json.files).toBe(2);
  });

  it('refuses a path that does not exist or lies outside the knowledge base', async () => {
    const root = makeKb();
    const missing = await kwp(['validate', '--kb', root, join(root, 'nergens.md')]);
    expect(missing.code).toBe(2);
    const outside = await kwp(['validate', '--kb', root, tempDir()]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('buiten de kennisbank');
  });

  it('refuses a file beside the knowledge, not in knowledge/, instead of passing it unchecked', async () => {
    const root = makeKb({ 'README.md': '# Onze werkplaats\n', 'templates/project.md': '---\n---\n' });
    for (const path of ['README.md', 'templates', join(root, 'templates', 'project.md')]) {
      const result = await kwp(['validate', path], { cwd: root });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('hoort niet bij de kennisbank');
      expect(result.stderr).toContain('knowledge/');
      expect(result.stderr).not.toContain('gecontroleerd');
    }
    const en = await kwp(['validate', 'README.md', '--lang', 'en'], { cwd: root });
    expect(en.stderr).toContain('is not part of the knowledge base');
    // The root itself, knowledge/ and what is in it are still checked.
    for (const path of ['.', 'knowledge', 'knowledge/werkplaats.md'])
      expect((await kwp(['validate', path], { cwd: root })).code).toBe(0);
  });

  it('shows the offending line with a marker under the value', async () => {
    const { stdout } = await kwp(['validate', '--kb', broken()]);
    expect(stdout).toContain('knowledge/projecten/2026-a.md:10:14 fout unknown-reference');
    expect(stdout).toContain('  10 | vervolg_op: [2026-b]\n     |              ^^^^^^');
  });

  it('colours only on a terminal, never with NO_COLOR, always with FORCE_COLOR', async () => {
    const root = broken();
    const esc = '\u001b[';
    expect((await kwp(['validate', '--kb', root])).stdout).not.toContain(esc);
    expect((await kwp(['validate', '--kb', root], { tty: true })).stdout).toContain(esc);
    expect(
      (await kwp(['validate', '--kb', root], { tty: true, env: { NO_COLOR: '1' } })).stdout,
    ).not.toContain(esc);
    expect((await kwp(['validate', '--kb', root], { env: { FORCE_COLOR: '1' } })).stdout).toContain(esc);
  });

  it('writes GitHub annotations that no value from a file can break out of', async () => {
    const evil = 'x%0A::error file=evil::pwned\n::warning::y, z: %';
    const root = makeKb({
      'knowledge/projecten/2026-a.md': project('2026-a', `gebied: ${JSON.stringify(evil)}\n`),
    });
    const { stdout, code } = await kwp(['validate', '--kb', root, '--format', 'github']);
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::error file=knowledge\/projecten\/2026-a\.md,line=10,col=9,title=kwp unknown-vocabulary::/,
    );
    expect(lines[0]).toContain('x%250A::error file=evil::pwned%0A::warning::y, z: %25');
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(1);
  });

  it('refuses an unknown format and unknown options with exit 2, without a stack trace', async () => {
    const root = makeKb();
    const format = await kwp(['validate', '--kb', root, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('pretty, json, github');
    const option = await kwp(['validate', '--kb', root, '--bogus']);
    expect(option.code).toBe(2);
    expect(option.stderr).not.toMatch(/\n\s+at /);
  });

  it('treats a missing register folder as empty', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'knowledge'));
    writeFileSync(join(root, 'knowledge', 'werkplaats.md'), WERKPLAATS);
    expect((await validateJson(root)).json).toMatchObject({ ok: true, files: 1 });
  });
});
