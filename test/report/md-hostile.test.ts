// Markdown reports stay intact and inert whatever the files say: no broken table, no HTML, no
// Mermaid that escapes its node.
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project } from '../helpers/kb.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'pipes | in | the | title',
  'graph TD; A-->B["x"]:::evil %%{init: {}}%%',
  'semi;colons, and "quotes"',
  'two\nlines',
  '=SUM(A1:A2)',
  '+1',
  '-1',
  '@cmd',
  '# not a heading',
  '[link](javascript:alert(1))',
];

function hostileKb(): string {
  const files: Record<string, string> = {};
  HOSTILE.forEach((title, i) => {
    const id = `2026-h${i}`;
    const extra = `titel: ${JSON.stringify(title)}\nvervolg_op: [${i > 0 ? `2026-h${i - 1}` : ''}]\nthema: [armoede]\nstatus: afgerond\nevaluatie: {datum: 2026-06-30, conclusies: [${JSON.stringify(title)}], leerpunten: [${JSON.stringify(title)}]}\n`;
    files[`knowledge/projecten/${id}.md`] = project(id, extra)
      .replace(/^titel: .*\n/m, '')
      .replace('status: lopend\n', '');
  });
  return makeKb(files);
}

describe('kwp report --format md with hostile titles and conclusions', () => {
  it('keeps every table row to its columns and lets no HTML or link through', async () => {
    const { code, stdout } = await kwp(['report', '--kb', hostileKb()]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      // cells are split by pipes that are not escaped
      const cells = line.split(/(?<!\\)\|/).length;
      if (columns === 0) columns = cells;
      expect({ line, cells }).toEqual({ line, cells: columns });
    }
    // escaped (`\<script`) is text; unescaped would be HTML. (Inside the Mermaid block a quoted
    // label is text too; that block is checked in the next test.)
    const prose = stdout.replace(/```mermaid[\s\S]*?```/, '');
    expect(prose).not.toMatch(/(?<!\\)<(script|img)|(?<!\\)\]\(javascript:/);
    expect(stdout).toContain('\\<script\\>');
    // a title never starts a line of its own (no heading, no list item from a file)
    expect(lines.filter((l) => l.startsWith('# ')).length).toBe(1);
  });

  it('keeps the Mermaid chain diagram to one node per line with quoted labels', async () => {
    const { stdout } = await kwp(['report', '--kb', hostileKb()]);
    const diagram = stdout.split('```mermaid\n')[1]!.split('```')[0]!.trim().split('\n');
    expect(diagram[0]).toBe('flowchart LR');
    // Drawn by kwp graph's Mermaid renderer: stadium nodes with a status class, labelled arrows.
    for (const line of diagram.slice(1)) {
      expect(line).toMatch(
        /^ {2}(p_[A-Za-z0-9_]+\(\["[^"\n]*"\]\)(:::[a-z]+)?|p_[A-Za-z0-9_]+ -->\|"[^"\n]*"\| p_[A-Za-z0-9_]+|classDef [a-z]+ [^\n]+)$/,
      );
    }
    expect(diagram.join('\n')).not.toContain('%%{');
  });
});
