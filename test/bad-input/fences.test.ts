// Bad input around the frontmatter fences: another language, no closing fence, no frontmatter at all,
// an empty file, and YAML whose root is not a mapping. Nothing in a file is ever executed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwpProcess, makeKb, tempDir } from '../helpers/kb.js';
import {
  expectNoCrash,
  FILE,
  fm,
  OTHER,
  positionsIn,
  processJson,
  requireBuild,
  validateBroken,
} from './shared.js';

describe('a fence that names another language', () => {
  // Each body would leave a trace (a file, or exit code 42) if anything evaluated it.
  const bodies = (trace: string): Record<string, string> => {
    const write = `require('fs').writeFileSync(${JSON.stringify(trace)}, '1')`;
    return {
      '---js': `${write}\n`,
      '---javascript': 'process.exit(42)\n',
      '---Js': `module.exports = { id: (() => { ${write}; process.exit(42) })() }\n`,
      '--- js': `${write}; process.exit(42)\n`,
      '---toml': 'id = "2026-kapot"\ntitel = "Kapot"\n',
    };
  };

  it.each(Object.keys(bodies('')))('%s: frontmatter-language, nothing executed', async (fence) => {
    const trace = join(tempDir(), 'pwned');
    const text = `${fence}\n${bodies(trace)[fence]}---\n\n## Inhoud\n\nTekst.\n`;
    const { json } = await validateBroken({ [FILE]: text }, []);
    expect(positionsIn(json, FILE)).toEqual(['frontmatter-language 1:1']);
    expect(json.diagnostics.find((d) => d.file === FILE)!.message).toContain(fence.slice(3).trim());
    expect(existsSync(trace)).toBe(false);
  });

  it('as the real process: exit 1 (not 42), no trace, every fence reported', () => {
    requireBuild();
    const trace = join(tempDir(), 'pwned');
    const files = Object.fromEntries(
      Object.entries(bodies(trace)).map(([fence, body], i) => [
        `knowledge/projecten/2026-taal-${i}.md`,
        `${fence}\n${body}---\n`,
      ]),
    );
    const root = makeKb({ ...OTHER, ...files });
    const json = processJson(kwpProcess(['validate', '--format', 'json'], { cwd: root }));
    for (const file of Object.keys(files)) {
      expect(positionsIn(json, file)).toEqual(['frontmatter-language 1:1']);
    }
    expect(existsSync(trace)).toBe(false);
    // The other commands read the same files: they must not run them either.
    for (const args of [['list', '--json'], ['show', '2026-taal-0'], ['validate']]) {
      const result = kwpProcess(args, { cwd: root });
      expectNoCrash(result);
      // show of a record it cannot read stops (exit 2) with the reason; list names it and goes on.
      expect(result.code).toBe(args[0] === 'validate' ? 1 : args[0] === 'show' ? 2 : 0);
      expect(existsSync(trace)).toBe(false);
    }
  });
});

describe('fences that do not open or close', () => {
  it('an unclosed fence: unclosed-frontmatter', async () => {
    const files = {
      [FILE]: '---\nid: 2026-kapot\ntitel: Kapot\n\n## Inhoud\n\nTekst.\n',
      'knowledge/projecten/2026-alleen-hek.md': '---\n',
      'knowledge/projecten/2026-alleen-hek-zonder-regeleinde.md': '---',
    };
    const { json } = await validateBroken(files, []);
    for (const file of Object.keys(files))
      expect(positionsIn(json, file)).toEqual(['unclosed-frontmatter 1:1']);
  });

  it('no frontmatter at all: missing-frontmatter', async () => {
    const files = {
      [FILE]: '# Kapot\n\nid: 2026-kapot\n',
      // Not a fence: a horizontal rule of four dashes, and a fence that does not start the file.
      'knowledge/projecten/2026-streep.md': '----\nid: 2026-streep\n----\n',
      'knowledge/projecten/2026-later.md': '\n---\nid: 2026-later\n---\n',
    };
    const { json } = await validateBroken(files, []);
    for (const file of Object.keys(files))
      expect(positionsIn(json, file)).toEqual(['missing-frontmatter 1:1']);
  });

  it('an empty file, 0 bytes or only whitespace: missing-frontmatter', async () => {
    const files = {
      'knowledge/projecten/2026-leeg.md': '',
      'knowledge/projecten/2026-wit.md': '  \n\n\t\r\n   ',
      'knowledge/kennisvragen/leeg.md': '\n',
      'knowledge/partners/leeg-partner.md': new Uint8Array(0),
    };
    const { json } = await validateBroken(files, []);
    for (const file of Object.keys(files))
      expect(positionsIn(json, file)).toEqual(['missing-frontmatter 1:1']);
  });
});

describe('frontmatter that is not a mapping', () => {
  it('a list at the root: not-a-mapping on its first line', async () => {
    const { json } = await validateBroken({ [FILE]: fm(['- id: 2026-kapot', '- titel: Kapot']) }, []);
    expect(positionsIn(json, FILE)).toEqual(['not-a-mapping 2:1']);
  });

  it('a scalar at the root: not-a-mapping on its first line', async () => {
    const files = {
      [FILE]: fm(['Dit is gewoon tekst']),
      'knowledge/projecten/2026-getal.md': fm(['42']),
      'knowledge/projecten/2026-geciteerd.md': fm(['', '"id: 2026-geciteerd"']),
    };
    const { json } = await validateBroken(files, []);
    expect(positionsIn(json, FILE)).toEqual(['not-a-mapping 2:1']);
    expect(positionsIn(json, 'knowledge/projecten/2026-getal.md')).toEqual(['not-a-mapping 2:1']);
    expect(positionsIn(json, 'knowledge/projecten/2026-geciteerd.md')).toHaveLength(1);
    expect(positionsIn(json, 'knowledge/projecten/2026-geciteerd.md')[0]).toMatch(/^not-a-mapping /);
  });
});
