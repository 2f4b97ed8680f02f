// Rules for reading a file: bytes, frontmatter fences and YAML. Each fixture under
// test/fixtures/rules/<rule>/ yields exactly the diagnostics listed; positions are 1-based and were
// worked out by hand from the fixture files.
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeKb, project } from '../helpers/kb.js';
import { error, fixture, P, R, RUNTIME_CASES, V, validate } from './helpers.js';

describe('reading a file: cases built at runtime', () => {
  it('invalid-encoding: not UTF-8, or NUL bytes', async () => {
    const { code, found, message } = await validate(RUNTIME_CASES['invalid-encoding']());
    expect(found).toEqual([
      error(`${R}export.md`, 1, 1, 'invalid-encoding'),
      error(`${P}2026-opgeslagen-als-latin1.md`, 1, 1, 'invalid-encoding'),
    ]);
    expect(message(`${P}2026-opgeslagen-als-latin1.md`, 1)).toContain('UTF-8');
    expect(message(`${R}export.md`, 1)).toContain('binair');
    expect(code).toBe(1);
  });

  it('file-too-large: over 1 MB, and nothing else wrong', async () => {
    const { code, found, message } = await validate(RUNTIME_CASES['file-too-large']());
    expect(found).toEqual([error(`${P}2026-te-groot.md`, 1, 1, 'file-too-large')]);
    expect(message(`${P}2026-te-groot.md`, 1)).toContain('1.2 MB');
    expect(code).toBe(1);
  });

  it('unexpected-file: a folder, and a symlink to a folder', async () => {
    const { code, found } = await validate(RUNTIME_CASES['unexpected-file']());
    expect(found).toEqual([
      error(`${P}archief-link.md`, 1, 1, 'unexpected-file'),
      error(`${P}oud`, 1, 1, 'unexpected-file'),
    ]);
    expect(code).toBe(1);
  });

  it('symlink-outside: a link that leaves the knowledge base is not followed', async () => {
    const { code, found, message } = await validate(RUNTIME_CASES['symlink-outside']());
    expect(found).toEqual([error(`${P}2026-elders.md`, 1, 1, 'symlink-outside')]);
    expect(message(`${P}2026-elders.md`, 1)).toContain('kwp-outside-');
    expect(code).toBe(1);
  });

  it('unreadable-file: a dangling symlink', async () => {
    const { code, found, message } = await validate(RUNTIME_CASES['unreadable-file']());
    expect(found).toEqual([error(`${P}2026-verwijderd.md`, 1, 1, 'unreadable-file')]);
    expect(message(`${P}2026-verwijderd.md`, 1)).toContain('ENOENT');
    expect(code).toBe(1);
  });

  // Built at runtime: git cannot store permissions like these, and root may read anything.
  it.skipIf(process.getuid?.() === 0)('unreadable-file: no read permission', async () => {
    const root = makeKb({ [`${P}2026-geheim.md`]: project('2026-geheim') });
    chmodSync(join(root, P, '2026-geheim.md'), 0o000);
    const { code, found } = await validate(root);
    expect(found).toEqual([error(`${P}2026-geheim.md`, 1, 1, 'unreadable-file')]);
    expect(code).toBe(1);
  });
});

describe('reading a file: fixtures', () => {
  it('unexpected-file: a file that is not markdown', async () => {
    const { code, found } = await validate(fixture('unexpected-file'));
    expect(found).toEqual([error(`${P}notities.txt`, 1, 1, 'unexpected-file')]);
    expect(code).toBe(1);
  });

  it('missing-frontmatter: no fence, an empty file, a fence of four dashes', async () => {
    const { code, found, message } = await validate(fixture('missing-frontmatter'));
    expect(found).toEqual([
      error(`${V}vier-streepjes-als-hek.md`, 1, 1, 'missing-frontmatter'),
      error(`${P}2026-leeg-bestand.md`, 1, 1, 'missing-frontmatter'),
      error(`${P}2026-zonder-frontmatter.md`, 1, 1, 'missing-frontmatter'),
    ]);
    expect(message(`${P}2026-leeg-bestand.md`, 1)).toContain('leeg');
    expect(code).toBe(1);
  });

  it('unclosed-frontmatter', async () => {
    const { code, found } = await validate(fixture('unclosed-frontmatter'));
    expect(found).toEqual([error(`${P}2026-niet-afgesloten.md`, 1, 1, 'unclosed-frontmatter')]);
    expect(code).toBe(1);
  });

  it('frontmatter-language: ---js and ---toml are refused, never evaluated', async () => {
    const { code, found, message } = await validate(fixture('frontmatter-language'));
    expect(found).toEqual([
      error(`${R}toml-frontmatter.md`, 1, 1, 'frontmatter-language'),
      error(`${P}2026-javascript-frontmatter.md`, 1, 1, 'frontmatter-language'),
    ]);
    expect(message(`${P}2026-javascript-frontmatter.md`, 1)).toContain('"js"');
    expect(code).toBe(1);
  });

  it('yaml-syntax: points at the opening quote or bracket, or at the offending text', async () => {
    const { code, found } = await validate(fixture('yaml-syntax'));
    expect(found).toEqual([
      error(`${P}2026-aanhalingsteken-niet-gesloten.md`, 6, 14, 'yaml-syntax'), // kennisvraag: "Wat…
      error(`${P}2026-dubbele-punt-in-tekst.md`, 10, 9, 'yaml-syntax'), // gebied: Binnenstad: noord
      error(`${P}2026-haakje-niet-gesloten.md`, 10, 8, 'yaml-syntax'), // thema: [duurzaamheid, armoede
    ]);
    expect(code).toBe(1);
  });

  it('yaml-tabs: one per tab-indented line', async () => {
    const { code, found } = await validate(fixture('yaml-tabs'));
    expect(found).toEqual([
      error(`${P}2026-tab-ingesprongen.md`, 10, 1, 'yaml-tabs'),
      error(`${P}2026-tab-ingesprongen.md`, 11, 1, 'yaml-tabs'),
    ]);
    expect(code).toBe(1);
  });

  it('yaml-duplicate-key: at the second key, named in full; CRLF + BOM gives the same positions', async () => {
    const { code, found, message } = await validate(fixture('yaml-duplicate-key'));
    expect(found).toEqual([
      error(`${P}2026-titel-twee-keer-crlf-bom.md`, 10, 1, 'yaml-duplicate-key'),
      error(`${P}2026-titel-twee-keer.md`, 10, 1, 'yaml-duplicate-key'),
    ]);
    expect(message(`${P}2026-titel-twee-keer.md`, 10)).toContain('"titel"');
    expect(message(`${P}2026-titel-twee-keer-crlf-bom.md`, 10)).toContain('"titel"');
    expect(code).toBe(1);
  });

  it('yaml-complex-key: at a list used as key and at an explicit key that is a mapping', async () => {
    const { code, found, message } = await validate(fixture('yaml-complex-key'));
    expect(found).toEqual([
      error(`${P}2026-lijst-als-sleutel.md`, 10, 1, 'yaml-complex-key'), // [thema, gebied]: …
      error(`${P}2026-lijst-als-sleutel.md`, 11, 3, 'yaml-complex-key'), // ? {wie: gemeente}
    ]);
    expect(message(`${P}2026-lijst-als-sleutel.md`, 10)).toContain('[thema, gebied]');
    expect(code).toBe(1);
  });

  it('yaml-anchor: at the &anchor and at the *alias', async () => {
    const { code, found, message } = await validate(fixture('yaml-anchor'));
    expect(found).toEqual([
      error(`${P}2026-anker-met-verwijzing.md`, 7, 16, 'yaml-anchor'), // projectleider: &femke {…}
      error(`${P}2026-anker-met-verwijzing.md`, 8, 17, 'yaml-anchor'), // contactpersoon: *femke
      error(`${P}2026-anker-zonder-verwijzing.md`, 7, 16, 'yaml-anchor'),
    ]);
    expect(message(`${P}2026-anker-met-verwijzing.md`, 8)).toContain('*femke');
    expect(code).toBe(1);
  });

  it('yaml-tag: at the tag, also an unknown one', async () => {
    const { code, found, message } = await validate(fixture('yaml-tag'));
    expect(found).toEqual([
      error(`${P}2026-yaml-tags.md`, 3, 8, 'yaml-tag'), // titel: !!str Tags
      error(`${P}2026-yaml-tags.md`, 6, 14, 'yaml-tag'), // kennisvraag: !!js/function '…'
    ]);
    expect(message(`${P}2026-yaml-tags.md`, 6)).toContain('!!js/function');
    expect(code).toBe(1);
  });

  it('yaml-too-deep: at the 65th opening bracket', async () => {
    const { code, found } = await validate(fixture('yaml-too-deep'));
    // `thema: ` is 7 characters, so the first [ is column 8 and the 65th column 72.
    expect(found).toEqual([error(`${P}2026-te-diep-genest.md`, 10, 72, 'yaml-too-deep')]);
    expect(code).toBe(1);
  });

  it('not-a-mapping: a list or a sentence instead of keys', async () => {
    const { code, found, message } = await validate(fixture('not-a-mapping'));
    expect(found).toEqual([
      error(`${V}alleen-een-zin.md`, 2, 1, 'not-a-mapping'),
      error(`${P}2026-lijst-in-plaats-van-sleutels.md`, 2, 1, 'not-a-mapping'),
    ]);
    expect(message(`${P}2026-lijst-in-plaats-van-sleutels.md`, 2)).toContain('een lijst');
    expect(code).toBe(1);
  });

  it('the CRLF + BOM fixtures really hold CRLF line ends and a byte-order mark', () => {
    for (const [rule, file] of [
      ['yaml-duplicate-key', `${P}2026-titel-twee-keer-crlf-bom.md`],
      ['date-order', `${P}2026-eindigt-voor-start-crlf-bom.md`],
      ['missing-inhoud', `${P}2026-inhoud-alleen-commentaar-crlf-bom.md`],
    ] as const) {
      const bytes = readFileSync(join(fixture(rule), file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(
        bytes
          .toString('utf8')
          .split('\n')
          .slice(0, -1)
          .every((line) => line.endsWith('\r')),
      ).toBe(true);
    }
  });
});
