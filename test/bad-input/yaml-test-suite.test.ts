// Six invalid cases of the official yaml-test-suite (kwp issue 11), in the fixture knowledge base
// test/fixtures/yaml-test-suite/kb: each alone, with `&`, `*` and `!` in a comment (which once sent
// a file to the other YAML reader and changed the verdict), in an otherwise valid project, and in
// that project with a real anchor. The verdict is the same in all four: the YAML diagnostic at the
// same line, nothing read from the file, and nothing on stderr.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwpProcess, REPO, validateJson, type ValidateJson } from '../helpers/kb.js';
import { expectNoCrash, requireBuild } from './shared.js';

const KB = join(REPO, 'test', 'fixtures', 'yaml-test-suite', 'kb');
const P = 'knowledge/projecten/';

/** [test id, the first diagnostic of the case alone]: worked out from the cases by hand. */
const SIX: [string, string][] = [
  ['SU5Z', 'yaml-syntax 2:13'], // key: "value"# invalid comment — at the #
  ['DK95-01', 'yaml-syntax 2:6'], // foo: "bar / <tab>baz" — at the opening quote (and yaml-tabs 3:1)
  ['9KBC', 'yaml-syntax 2:5'], // --- key1: value1 — at the key on the --- line
  ['S98Z', 'yaml-syntax 6:2'], // a folded scalar whose empty lines have more spaces than its text
  ['Y79Y-000', 'yaml-syntax 3:1'], // foo: | / <tab> — at the tab line
  ['Y79Y-003', 'yaml-syntax 2:3'], // - [ / <tab>foo, — at the [
];

const YAML_RULES = new Set(['yaml-syntax', 'yaml-tabs']);

/** `rule line:column` of each diagnostic of a file, in order. */
function positions(json: ValidateJson, stem: string): string[] {
  return json.diagnostics
    .filter((d) => d.file === `${P}${stem}.md`)
    .map((d) => `${d.rule} ${d.line}:${d.column}`);
}

/** The same diagnostics `lines` further down (the project variant of Y79Y-003 starts at line 12). */
const shifted = (list: string[], lines: number) =>
  list.map((p) => p.replace(/ (\d+):/, (_, line: string) => ` ${Number(line) + lines}:`));

describe('the six yaml-test-suite cases of issue 11, with and without an anchor elsewhere', async () => {
  const result = await validateJson(KB);

  it('kwp validate fails, with nothing but YAML diagnostics (and the anchors) in every file', () => {
    expectNoCrash(result);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const rules = new Set(result.json.diagnostics.map((d) => d.rule));
    expect([...rules].sort()).toEqual(['yaml-anchor', 'yaml-syntax', 'yaml-tabs']);
    expect(result.json.files).toBe(SIX.length * 4 + 1);
  });

  it.each(SIX)('%s: the same diagnostics, whichever reader reads the file', (id, first) => {
    const stem = id.toLowerCase();
    const alone = positions(result.json, stem);
    expect(alone[0]).toBe(first);
    expect(alone.every((p) => YAML_RULES.has(p.split(' ')[0]!))).toBe(true);
    // `# &anker *verwijzing !tag` after the case: a comment, so the YAML means the same.
    expect(positions(result.json, `${stem}-teken`)).toEqual(alone);
    // In a project, the case comes first (Y79Y-003 is a list: the value of `thema`, 10 lines down).
    const project = positions(result.json, `${stem}-project`);
    expect(project[0]).toBe(shifted([first], id === 'Y79Y-003' ? 10 : 0)[0]);
    expect(project.every((p) => YAML_RULES.has(p.split(' ')[0]!))).toBe(true);
    // With a real anchor (`gebied: &wijk Binnenstad`): the same, and the anchor is reported too.
    const anchored = positions(result.json, `${stem}-project-anker`);
    expect(anchored.filter((p) => !p.startsWith('yaml-anchor '))).toEqual(project);
    expect(anchored.filter((p) => p.startsWith('yaml-anchor '))).toHaveLength(1);
  });

  it('DK95-01 also names the tab, on its line', () => {
    for (const stem of ['dk95-01', 'dk95-01-teken', 'dk95-01-project', 'dk95-01-project-anker'])
      expect(positions(result.json, stem)).toContain('yaml-tabs 3:1');
  });

  it('the real binary: the same diagnostics, and nothing on stderr', () => {
    requireBuild();
    const run = kwpProcess(['validate', '--format', 'json', '--kb', KB]);
    expectNoCrash(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout) as ValidateJson;
    expect(json.diagnostics).toEqual(result.json.diagnostics);
  });
});
