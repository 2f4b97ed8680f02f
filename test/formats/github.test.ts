import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project, tempDir } from '../helpers/kb.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { cell, renderValidateSummary, SUMMARY_MAX_BYTES } from '../../src/render/validate-summary.js';
import { HOSTILE, kbInRepositorySubfolder, kbWithProblems } from './shared.js';

/** What the runner does with an annotation's message: the toolkit's escaping undone. */
function decode(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

const ANNOTATION = /^::(error|warning) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$/;

describe('kwp validate --format github', () => {
  it('writes errors before warnings, with file, line, column and title, then the summary line', async () => {
    const { code, stdout } = await kwp(['validate', '--kb', kbWithProblems(), '--format', 'github']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(ANNOTATION.exec(lines[0]!)?.slice(1, 6)).toEqual([
      'error',
      'knowledge/projecten/2026-a.md',
      '10',
      '9',
      'kwp unknown-vocabulary',
    ]);
    expect(ANNOTATION.exec(lines[1]!)?.slice(1, 6)).toEqual([
      'warning',
      'knowledge/projecten/2026-a.md',
      '11',
      '1',
      'kwp unknown-key',
    ]);
    expect(lines[2]).not.toMatch(/^::/);
    expect(lines[2]).toContain('1');
  });

  it('writes no annotations for a clean knowledge base, only the summary line', async () => {
    const { code, stdout } = await kwp(['validate', '--kb', makeKb(), '--format', 'github']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).not.toMatch(/^::/m);
  });

  it('lets no value from a file start a workflow command of its own', async () => {
    const { stdout } = await kwp(['validate', '--kb', kbWithProblems(HOSTILE), '--format', 'github']);
    const lines = stdout.split(/\r\n|\r|\n/).filter((l) => l !== '');
    expect(stdout).not.toContain('\r');
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(2);
    for (const line of commands) expect(line).toMatch(ANNOTATION);
    const message = decode(ANNOTATION.exec(commands[0]!)![6]!);
    expect(message).toContain(HOSTILE);
    expect(lines.filter((l) => /::(set-output|add-mask)/.test(l) && !l.startsWith('::error '))).toEqual([]);
  });

  it('escapes the properties: `:` and `,` in a path cannot end the file property', async () => {
    const root = makeKb({ 'knowledge/projecten/a,b::c%0A.md': 'no frontmatter\n' });
    const { stdout } = await kwp(['validate', '--kb', root, '--format', 'github']);
    const line = stdout.split('\n').find((l) => l.startsWith('::'))!;
    expect(line).toContain('file=knowledge/projecten/a%2Cb%3A%3Ac%250A.md,line=');
  });

  it('appends a Markdown job summary to GITHUB_STEP_SUMMARY, each run after the last', async () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const root = kbWithProblems(HOSTILE);
    const env = { GITHUB_STEP_SUMMARY: summary };
    await kwp(['validate', '--kb', root, '--format', 'github'], { env });
    await kwp(['validate', '--kb', root, '--format', 'github', '--lang', 'en'], { env });
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('earlier step\n')).toBe(true);
    expect(text.match(/^## /gm)).toHaveLength(2);
    expect(text).toContain('Controle van de kennisbank');
    expect(text).toContain('Knowledge base check');
    const rows = text.split('\n').filter((l) => l.startsWith('|'));
    // Per run: header, separator, two problems.
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      // Every row has exactly four cells: no unescaped `|` from a value.
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
      expect(row).not.toMatch(/<(?!br)/);
      expect(row).not.toMatch(/(?<!\\)`/);
    }
    const errorRow = rows.find((r) => r.includes('unknown-vocabulary'))!;
    expect(errorRow).toContain('knowledge/projecten/2026-a.md:10');
    expect(errorRow).toContain(cell(HOSTILE));
    expect(text).not.toContain('::set-output name=x::y\n');
  });

  it('writes a summary without a table for a clean knowledge base', async () => {
    const summary = join(tempDir(), 'summary.md');
    await kwp(['validate', '--kb', makeKb(), '--format', 'github'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    const text = readFileSync(summary, 'utf8');
    expect(text).toMatch(/^## /m);
    expect(text).not.toContain('|');
  });

  it('still reports, and keeps the exit code, when the summary cannot be written', async () => {
    const summary = join(tempDir(), 'missing', 'summary.md');
    const { code, stdout, stderr } = await kwp(['validate', '--kb', kbWithProblems(), '--format', 'github'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error /);
    expect(stderr).toContain(summary);
  });

  it('gives repository-relative files when the kb is in a subfolder', async () => {
    const [, root] = kbInRepositorySubfolder();
    const { stdout } = await kwp(['validate', '--kb', root, '--format', 'github']);
    expect(stdout).toMatch(/^::error file=sub\/dir\/knowledge\/projecten\/2026-a\.md,line=10,/);
  });
});

describe("the job summary stays within GitHub's 1 MiB for a step", () => {
  /** `count` problems whose messages carry a long value that escaping makes longer still (`&` → `&amp;`). */
  function many(count: number, value: string): Diagnostic[] {
    return Array.from({ length: count }, (_, i) => ({
      file: `knowledge/projecten/2026-p${i}.md`,
      line: 12,
      column: 1,
      length: 1,
      severity: i % 3 === 0 ? 'warning' : 'error',
      rule: 'unknown-key',
      message: { id: 'schema.unknown-key', args: { key: `${value}${i}`, known: 'id, titel' } },
    }));
  }

  it('cuts the table at a row, under 1 MiB, and says how many problems are left out', () => {
    for (const value of ['x', '&|€'.repeat(3000), '😀'.repeat(5000)]) {
      const diagnostics = many(40_000, value);
      const text = renderValidateSummary({ files: 40_000, diagnostics, strict: false }, 'nl');
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
      const rows = text.split('\n').filter((l) => l.startsWith('| '));
      const shown = rows.length - 2; // the header row and the separator
      expect(shown).toBeGreaterThan(0);
      expect(text).toContain(`… en nog ${40_000 - shown} meldingen: zie de log van deze stap.`);
      // every row whole: four cells, no cut escape, no lone surrogate
      for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
      expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
  });

  it('keeps a long value readable in its cell: cut with …, the whole value in the log', () => {
    const text = renderValidateSummary(
      { files: 1, diagnostics: many(1, 'a'.repeat(5000)), strict: false },
      'nl',
    );
    const row = text.split('\n').find((l) => l.includes('unknown-key'))!;
    expect(row).toMatch(/a{900,}…/);
    expect(row.length).toBeLessThan(1500);
  });

  it('fits what is left when the step has written to the summary already', async () => {
    const summary = join(tempDir(), 'summary.md');
    const earlier = 'x'.repeat(SUMMARY_MAX_BYTES - 2000) + '\n';
    writeFileSync(summary, earlier);
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++)
      files[`knowledge/projecten/2026-p${i}.md`] = project(`2026-p${i}`, 'foo: bar\n');
    const { code } = await kwp(['validate', '--kb', makeKb(files), '--format', 'github'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(text.startsWith(earlier)).toBe(true);
    expect(text).toMatch(/… en nog \d+ meldingen?:/);
  });

  it('writes nothing, and says so, when the step has used up the 1 MiB', async () => {
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, 'x'.repeat(SUMMARY_MAX_BYTES - 10));
    const { code, stdout, stderr } = await kwp(['validate', '--kb', kbWithProblems(), '--format', 'github'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error /);
    expect(stderr).toContain('1 MiB');
    expect(readFileSync(summary, 'utf8')).toBe('x'.repeat(SUMMARY_MAX_BYTES - 10));
  });
});

describe('the Markdown table cell', () => {
  it('escapes what could end the cell, the line, or start markup', () => {
    expect(cell('a|b')).toBe('a\\|b');
    expect(cell('a\nb\r\nc\rd')).toBe('a b c d');
    expect(cell('<script>&')).toBe('&lt;script&gt;&amp;');
    expect(cell('`code` *x* [l](u) ![i](u)')).toBe('\\`code\\` \\*x\\* \\[l\\](u) \\!\\[i\\](u)');
    expect(cell('back\\slash')).toBe('back\\\\slash');
  });
});

describe('unknown formats', () => {
  it('exit 2, listing all five', async () => {
    const { code, stderr } = await kwp(['validate', '--kb', makeKb(), '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('pretty, json, github, gitlab, sarif');
  });
});
