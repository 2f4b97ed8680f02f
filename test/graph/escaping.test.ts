// Titles and questions full of Mermaid and DOT syntax, and ids that are no identifier: the output
// keeps its shape line by line, and JSON keeps every text exactly as written.
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/core/knowledge-graph.js';
import { escapeLabel } from '../../src/render/graph-mermaid.js';
import { labelLines, MAX_LABEL } from '../../src/render/graph-text.js';
import { kwp } from '../helpers/kb.js';
import { HOSTILE_TITLES, hostileKb, ODD_IDS } from './hostile.js';

const root = hostileKb();
const run = async (format: string) => {
  const result = await kwp(['graph', '--kb', root, '--format', format]);
  expect(result.code).toBe(0);
  return result.stdout;
};

/** A label: anything but `"`, and every `#` the start of an entity like `#quot;` or `#35;`. */
const LABEL = String.raw`"(?:[^"#]|#\w+;)*"`;
const MERMAID_LINE = [
  String.raw`^  [pq]_\w+(?:\(\[${LABEL}\]\)|\{\{${LABEL}\}\})(?::::[a-z]+)?$`,
  String.raw`^  [pq]_\w+ (?:-->|-\.->)\|${LABEL}\| [pq]_\w+$`,
  String.raw`^  classDef [a-z]+ [a-z-]+:[^\s,]+(?:,[a-z-]+:[^,]+)*$`,
].map((s) => new RegExp(s));

describe('kwp graph with hostile titles', () => {
  it('gives JSON with every title, question and id exactly as written', async () => {
    const g = JSON.parse(await run('json')) as KnowledgeGraph;
    const label = (id: string) => g.nodes.find((n) => n.id === id)?.label;
    HOSTILE_TITLES.forEach((title, i) => {
      expect(label(`hostile-${i + 1}`)).toBe(title);
      expect(label(`vraag-${i + 1}`)).toBe(`${title}?`);
    });
    expect(g.nodes.filter((n) => ODD_IDS.includes(n.id)).map((n) => n.id)).toEqual(ODD_IDS);
    expect(g.edges).toContainEqual({ from: 'x_y_z', to: 'a"b\\c {d}', kind: 'vervolg_op' });
  });

  it('writes Mermaid in which every line is a node, an edge or a classDef, labels quoted and escaped', async () => {
    const lines = (await run('mermaid')).trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    for (const line of lines.slice(1))
      expect(
        MERMAID_LINE.some((re) => re.test(line)),
        line,
      ).toBe(true);
    // No label holds what a browser or Mermaid would read as markup, markdown, a directive or a comment.
    const labels = lines.slice(1).flatMap((l) => l.match(/"[^"]*"/g) ?? []);
    expect(labels.length).toBeGreaterThan(2 * HOSTILE_TITLES.length);
    for (const label of labels) expect(label.replace(/<br\/>/g, '')).not.toMatch(/[<>`&]|%%|\\n/);
    // Node ids are identifiers, unique, also for ids that collide once made safe (x-y-z, x_y_z).
    const ids = lines.filter((l) => /^ {2}[pq]_\w+[([{]/.test(l)).map((l) => /^ {2}(\w+)/.exec(l)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['p_end', 'p_x_y_z', 'p_x_y_z_2', 'p_a_b_c__d_']));
  });

  it('makes any white space in a title one space, drops control characters, cuts a long title with …', async () => {
    const text = await run('mermaid');
    expect(text).toContain('p_hostile_7(["Regel een Regel twee Regel drie tab scheidingbel<br/>(lopend)"])');
    const long = labelLines(HOSTILE_TITLES.at(-1)!);
    expect(long.join(' ').length).toBeLessThanOrEqual(MAX_LABEL);
    expect(long.at(-1)).toMatch(/…$/);
    expect(long.every((line) => line.length <= 40)).toBe(true);
  });

  it('writes entities for Mermaid syntax, and for colons where Mermaid would see a style statement', async () => {
    expect(escapeLabel('a "b" #c <d> & `e` \\n \\x 50% %%')).toBe(
      'a #quot;b#quot; #35;c #lt;d#gt; #amp; #96;e#96; \\\u2060n \\x 50% #37;#37;',
    );
    expect(await run('mermaid')).toContain('p_hostile_8(["style#58; #35;fff; classDef x fill#58;#35;f00;');
  });

  it('writes DOT in which every id and label is one quoted string', async () => {
    const lines = (await run('dot')).trimEnd().split('\n');
    const STRING = String.raw`"(?:[^"\\\n]|\\.)*"`;
    const ATTRS = String.raw`\[[a-z]+=${STRING}(?:, [a-z]+=${STRING})*\];`;
    const node = new RegExp(String.raw`^  ${STRING} ${ATTRS}$`);
    const edge = new RegExp(String.raw`^  ${STRING} -> ${STRING} ${ATTRS}$`);
    expect(lines.slice(0, 4)).toEqual([
      'digraph kwp {',
      '  rankdir=LR;',
      '  node [fontname="Helvetica", fontsize=11];',
      '  edge [fontname="Helvetica", fontsize=9];',
    ]);
    expect(lines.at(-1)).toBe('}');
    for (const line of lines.slice(4, -1)) expect(node.test(line) || edge.test(line), line).toBe(true);
    expect(lines).toContain(
      '  "hostile-6" [label="`code` ``` en \\\\backslash\\\\ \\\\n \\\\\\" einde\\\\\\n(lopend)", shape="box", style="rounded,filled", fillcolor="#dbeafe", color="#2563eb", fontcolor="#1e3a8a"];',
    );
    expect(lines).toContain('  "x_y_z" -> "a\\"b\\\\c {d}" [label="vervolgd door"];');
  });
});
