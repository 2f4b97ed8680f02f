// Shared by the rule tests: where the fixtures live, the cases that only exist at runtime, and a
// compact way to write the diagnostics a fixture must yield.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleName } from '../../src/core/diagnostics.js';
import { makeKb, project, REPO, tempDir, validateJson } from '../helpers/kb.js';

/** One knowledge base root per rule: `test/fixtures/rules/<rule-name>/knowledge/…`. */
export const FIXTURES = join(REPO, 'test', 'fixtures', 'rules');

export const P = 'knowledge/projecten/';
export const V = 'knowledge/kennisvragen/';
export const R = 'knowledge/partners/';
export const A = 'knowledge/aanbod/';
export const W = 'knowledge/werkplaats.md';

export function fixture(rule: RuleName): string {
  return join(FIXTURES, rule);
}

export interface Found {
  file: string;
  line: number;
  column: number;
  severity: string;
  rule: string;
}

export const error = (file: string, line: number, column: number, rule: RuleName): Found => ({
  file,
  line,
  column,
  severity: 'error',
  rule,
});

export const warning = (file: string, line: number, column: number, rule: RuleName): Found => ({
  file,
  line,
  column,
  severity: 'warning',
  rule,
});

/** `kwp validate --format json` on a root: exit code, the diagnostics without their prose, the prose. */
export async function validate(root: string, extra: string[] = []) {
  const { code, json, stderr } = await validateJson(root, extra);
  const found: Found[] = json.diagnostics.map(({ file, line, column, severity, rule }) => ({
    file,
    line,
    column,
    severity,
    rule,
  }));
  /** The message of the diagnostic in `file` at `line` (the first one there). */
  const message = (file: string, line: number): string =>
    json.diagnostics.find((d) => d.file === file && d.line === line)?.message ?? '';
  return { code, json, found, stderr, message };
}

/**
 * Cases git cannot hold well (bytes that are not text, a megabyte file, folders, symlinks, files
 * nobody may read) are built at runtime in a temporary knowledge base. Each returns the kb root.
 */
export const RUNTIME_CASES = {
  /** A project saved as Windows-1252 (é is byte E9, not UTF-8) and a spreadsheet export with NUL bytes. */
  'invalid-encoding': (): string =>
    makeKb({
      [`${P}2026-opgeslagen-als-latin1.md`]: Uint8Array.from([
        ...Buffer.from('---\nid: 2026-opgeslagen-als-latin1\ntitel: Caf'),
        0xe9,
        ...Buffer.from(' de buurt\n---\n'),
      ]),
      [`${R}export.md`]: Uint8Array.from([
        ...Buffer.from('---\nid: export\n'),
        0x00,
        0x00,
        ...Buffer.from('---\n'),
      ]),
    }),
  /** A valid project with more than 1 MB of body text (an image pasted as text, say). */
  'file-too-large': (): string =>
    makeKb({
      [`${P}2026-te-groot.md`]: project(
        '2026-te-groot',
        '',
        `## Inhoud\n\n${'Studenten werken aan de vraag. '.repeat(40_000)}\n`,
      ),
    }),
  /** A folder inside knowledge/projecten/, and a symlink there that points at a folder in the kb. */
  'unexpected-file': (): string => {
    const root = makeKb({ [`${P}oud/2024-archief.md`]: project('2024-archief') });
    mkdirSync(join(root, 'archief'));
    symlinkSync(join(root, 'archief'), join(root, P, 'archief-link.md'));
    return root;
  },
  /** A symlink to a file outside the knowledge base. */
  'symlink-outside': (): string => {
    const outside = join(tempDir('kwp-outside-'), '2026-elders.md');
    writeFileSync(outside, project('2026-elders'));
    const root = makeKb({ [`${P}.gitkeep`]: '' });
    symlinkSync(outside, join(root, P, '2026-elders.md'));
    return root;
  },
  /** A symlink whose target is gone: the file cannot be read (as root, chmod 000 would not stop us). */
  'unreadable-file': (): string => {
    const root = makeKb({ [`${P}.gitkeep`]: '' });
    symlinkSync(join(root, 'verwijderd.md'), join(root, P, '2026-verwijderd.md'));
    return root;
  },
} satisfies Partial<Record<RuleName, () => string>>;
