// The hostile corpus every release must pass: a knowledge base (test/hostile/corpus/) of files that
// try to run code, exhaust the reader, pollute prototypes, steer the terminal, and inject into GitHub
// annotations, HTML, CSV, Markdown and Mermaid. Every output format is run on it in-process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kwp, REPO, type RunResult } from '../helpers/kb.js';

declare global {
  var __kwp_pwned: unknown;
}

const CORPUS = join(REPO, 'test', 'hostile', 'corpus');

async function run(...args: string[]): Promise<RunResult> {
  const result = await kwp([...args, '--kb', CORPUS], { env: { NO_COLOR: '1' } });
  const all = result.stdout + result.stderr;
  // No crash: exit 0 or 1, never 2 (usage) or an internal error, no stack trace.
  expect(all).not.toContain('onverwachts');
  expect(all).not.toMatch(/^\s+at /m);
  expect(all).not.toMatch(/\b\w*Error: /);
  expect([0, 1], `kwp ${args.join(' ')}: ${result.stderr}`).toContain(result.code);
  return result;
}

// Raw escape, BEL and the 8-bit CSI: none may reach a terminal from a file.
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u001b\u0007\u009b]/;

afterEach(() => {
  expect(globalThis.__kwp_pwned).toBeUndefined();
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(existsSync('/tmp/kwp-pwned')).toBe(false);
});

describe('the hostile corpus', () => {
  it('validate (pretty) reports every file and passes no control character to the terminal', async () => {
    const result = await run('validate');
    expect(result.code).toBe(1);
    for (const name of ['js-fence', 'alias-bom', 'diep', 'ongeldig-utf8', 'terminal-bron'])
      expect(result.stdout).toContain(`2026-${name}.md`);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(result.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('validate --format json reads as JSON and names the refusals', async () => {
    const result = await run('validate', '--format', 'json');
    const json = JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string }[] };
    const rules = (name: string) =>
      json.diagnostics.filter((d) => d.file.endsWith(`/2026-${name}.md`)).map((d) => d.rule);
    expect(rules('js-fence')).toContain('frontmatter-language');
    expect(rules('js-tag')).toContain('yaml-tag');
    expect(rules('alias-bom')).toContain('yaml-anchor');
    expect(rules('diep')).toContain('yaml-too-deep');
    expect(rules('ongeldig-utf8')).toContain('invalid-encoding');
  });

  it('validate --format github has no workflow command but its own', async () => {
    const result = await run('validate', '--format', 'github');
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^::(error|warning) file=[^:,]+,line=\d+,col=\d+,title=kwp [a-z-]+::/);
    // The summary line is plain text; nothing a value brought along starts a line of its own.
    expect(lines.at(-1)).not.toMatch(/^::/);
    expect(result.stdout).not.toMatch(/\r/);
    expect(result.stdout).not.toMatch(/::add-mask::|^::error::pwned/m);
  });

  it('validate --format gitlab and sarif are JSON', async () => {
    for (const format of ['gitlab', 'sarif']) {
      const result = await run('validate', '--format', format);
      expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    }
  });

  it('list (table) and list --json', async () => {
    const table = await run('list');
    expect(table.stdout).toContain('2026-terminal');
    expect(table.stdout + table.stderr).not.toMatch(TERMINAL_CONTROL);
    const json = await run('list', '--json');
    const rows = JSON.parse(json.stdout) as { id: string }[];
    expect(rows.map((r) => r.id)).toContain('2026-proto');
  });

  it('show, as text and as JSON', async () => {
    for (const id of ['2026-terminal', '2026-vervolg', '2026-proto', '2026-injectie']) {
      const text = await run('show', id);
      expect(text.stdout).toContain(id);
      expect(text.stdout + text.stderr).not.toMatch(TERMINAL_CONTROL);
      const json = await run('show', id, '--json');
      expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    }
  });

  it('graph: Mermaid with no directive or raw markup from a file, DOT with every label quoted', async () => {
    const mermaid = await run('graph', '--format', 'mermaid');
    expect(mermaid.stdout).toContain('p_2026_vervolg');
    expect(mermaid.stdout).not.toContain('%%{');
    expect(mermaid.stdout).not.toContain('<script');
    // One node or edge per line: a label never ends its own line.
    for (const line of mermaid.stdout.trimEnd().split('\n').slice(1))
      expect(line).toMatch(/^ {2}(p_|q_|classDef )/);
    const dot = await run('graph', '--format', 'dot');
    expect(dot.stdout).toContain('"2026-vervolg"');
    for (const line of dot.stdout.split('\n').filter((l) => l.includes('label=')))
      expect(line.match(/(?<!\\)"/g)!.length % 2).toBe(0);
  });

  it('report --format md: no broken tables, no raw HTML', async () => {
    const result = await run('report', '--format', 'md');
    // Markup from a file is escaped (`\\<script\\>` shows as text), never raw.
    expect(result.stdout).toContain('\\<script\\>');
    expect(result.stdout).not.toMatch(/(?<!\\)<(script|img)/i);
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    // Every row of a table has as many unescaped pipes as its header.
    const lines = result.stdout.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\|[ -:|]+\|$/.test(lines[i + 1] ?? '') || !lines[i]!.startsWith('|')) continue;
      const pipes = (l: string) => l.match(/(?<!\\)\|/g)?.length ?? 0;
      const want = pipes(lines[i]!);
      for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++)
        expect(pipes(lines[j]!), lines[j]).toBe(want);
    }
  });

  it('report --format html: no script, no markup from a file', async () => {
    const result = await run('report', '--format', 'html');
    expect(result.stdout).toContain('&lt;script&gt;');
    expect(result.stdout).not.toMatch(/<script/i);
    expect(result.stdout).not.toMatch(/<img src=x/i);
    // An event handler only runs inside a tag; escaped text may spell one out.
    expect(result.stdout).not.toMatch(/<[^>]*\son\w+=/i);
  });

  it('report of one project (md) passes no control character to the terminal', async () => {
    const result = await run('report', '2026-terminal');
    expect(result.stdout).toContain('pwned');
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
  });

  it('report --format json reads as JSON', async () => {
    const result = await run('report', '--format', 'json');
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });

  it('report --format csv: no cell a spreadsheet would run as a formula', async () => {
    const result = await run('report', '--format', 'csv');
    expect(result.stdout).not.toMatch(TERMINAL_CONTROL);
    const cells = csvCells(result.stdout.replace(/^\uFEFF/, ''));
    expect(cells.some((c) => c.includes('calc'))).toBe(true);
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

/** Every cell of a `;`-separated CSV with RFC 4180 quoting, unquoted. */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';' || c === '\n') {
      cells.push(cell);
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return cells;
}
