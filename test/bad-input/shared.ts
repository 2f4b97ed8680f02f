// Shared by the bad-input tests: a knowledge base with one broken file and one other, separately
// broken file, so every test also proves that the rest of the knowledge base is still checked.
import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { BIN, makeKb, project, type RunResult, validateJson, type ValidateJson } from '../helpers/kb.js';

export const OTHER_PATH = 'knowledge/projecten/2026-ander.md';

/** A valid project except for one unknown `vervolg_op` id (line 10, column 14). */
export const OTHER: Record<string, string> = {
  [OTHER_PATH]: project('2026-ander', 'vervolg_op: [2026-bestaat-niet]\n'),
};

export const OTHER_DIAGNOSTIC = {
  file: OTHER_PATH,
  line: 10,
  column: 14,
  severity: 'error',
  rule: 'unknown-reference',
};

export type Expected = { file: string; rule: string; line: number; column?: number; severity?: string };

/** A file of frontmatter lines between fences: YAML line i (1-based) is line i + 1 of the file. */
export function fm(lines: string[], body = '## Inhoud\n\nTekst.\n'): string {
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

export const FILE = 'knowledge/projecten/2026-kapot.md';

/** The frontmatter of a valid project `2026-kapot`, lines 2–9 of its file; extra lines start at line 10. */
export const PROJECT_LINES = [
  'id: 2026-kapot',
  'titel: Kapot',
  'status: lopend',
  'programma: CDKM Test',
  'kennisvraag: Wat werkt in de wijk?',
  'projectleider: {naam: Femke de Vries, email: f.devries@example.org}',
  'contactpersoon: {naam: Ahmed Yilmaz, email: a.yilmaz@example.org}',
  'planning: {start: 2026-02-02, einde: 2026-06-26}',
];

/** Project `2026-kapot` with `extra` frontmatter lines from line 10 on. */
export function kapot(...extra: string[]): string {
  return fm([...PROJECT_LINES, ...extra]);
}

/** No stack trace, no `Error:` from Node, no "something unexpected went wrong", in either stream. */
export function expectNoCrash(result: RunResult): void {
  for (const text of [result.stdout, result.stderr]) {
    expect(text).not.toMatch(/^\s+at /m);
    expect(text).not.toMatch(/\b\w*Error: /);
    expect(text).not.toContain('KWP_DEBUG');
  }
}

/**
 * `kwp validate --format json` in-process on `files` plus OTHER: exit 1, no crash, every expected
 * diagnostic present and OTHER's too. Returns the result and the diagnostics of the other files.
 */
export async function validateBroken(
  files: Record<string, string | Uint8Array>,
  expected: Expected[],
  root = makeKb({ ...OTHER, ...files }),
): Promise<RunResult & { json: ValidateJson; root: string }> {
  const result = await validateJson(root);
  expectNoCrash(result);
  expect(result.code).toBe(1);
  for (const e of expected) expect(result.json.diagnostics).toContainEqual(expect.objectContaining(e));
  expect(result.json.diagnostics).toContainEqual(expect.objectContaining(OTHER_DIAGNOSTIC));
  return { ...result, root };
}

/** The diagnostics of one file as `rule line:column`, for exact comparisons. */
export function positionsIn(json: ValidateJson, file: string): string[] {
  return json.diagnostics.filter((d) => d.file === file).map((d) => `${d.rule} ${d.line}:${d.column}`);
}

/** kwpProcess needs dist/ (built by `npm test`, or `npm run build`). */
export function requireBuild(): void {
  const built = existsSync(new URL('../../dist/main.js', import.meta.url));
  if (!built) throw new Error(`dist/ is missing: run \`npm run build\` before ${BIN}`);
}

/** Parses `kwp validate --format json` output from the real process, with the same checks. */
export function processJson(result: RunResult): ValidateJson {
  expectNoCrash(result);
  expect(result.code).toBe(1);
  const json = JSON.parse(result.stdout) as ValidateJson;
  expect(json.diagnostics).toContainEqual(expect.objectContaining(OTHER_DIAGNOSTIC));
  return json;
}
