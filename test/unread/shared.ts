// Knowledge bases with a file kwp cannot read (issue 11: nothing is left out silently): a project
// whose YAML is broken, and a werkplaats.md whose YAML is broken, beside readable records. What each
// command must say about them, on stderr and in a report.
import { expect } from 'vitest';
import { makeKb, project, type RunResult } from '../helpers/kb.js';
import { changes, snapshot } from '../new/helpers.js';

export const BROKEN_PROJECT = 'knowledge/projecten/2026-kapot.md';
export const WERKPLAATS_PATH = 'knowledge/werkplaats.md';

/** An unclosed flow sequence: the `[` on line 3, column 8. */
export const brokenProject = '---\nid: 2026-kapot\ntitel: [Kapot\nstatus: lopend\n---\n\nTekst.\n';
/** The same mistake in werkplaats.md: the `[` on line 3, column 9. */
export const brokenWerkplaats =
  '---\nnaam: Kenniswerkplaats Test\nthemas: [duurzaamheid, armoede\ngebieden: [Binnenstad]\n---\n\nTekst.\n';

/** What every reader of the broken project must name: the file, line and column, as validate does. */
export const PROJECT_AT = `${BROKEN_PROJECT}:3:8`;
export const WERKPLAATS_AT = `${WERKPLAATS_PATH}:3:9`;
/** The start of the reason, in Dutch (kwp's own words, never the YAML reader's; the fixed line follows). */
export const REASON_NL = 'De lijst die hier met [ begint, wordt niet met ] gesloten.';
/** REASON_NL as Markdown writes it (brackets escaped, so they make no link). */
export const REASON_NL_MD = REASON_NL.replace(/[[\]]/g, '\\$&');
/** REASON_NL as a pattern. */
export const REASON_NL_PATTERN = pattern(REASON_NL);
export const REASON_NL_MD_PATTERN = pattern(REASON_NL_MD);

function pattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Two readable projects (one building on the other) and a broken one; werkplaats.md is fine. */
export function kbWithBrokenProject(extra: Record<string, string> = {}): string {
  return makeKb({
    'knowledge/projecten/2026-goed.md': project('2026-goed'),
    'knowledge/projecten/2026-vervolg.md': project('2026-vervolg', 'vervolg_op: [2026-goed]\n'),
    [BROKEN_PROJECT]: brokenProject,
    ...extra,
  });
}

/** A readable project, and a werkplaats.md whose YAML is broken. */
export function kbWithBrokenWerkplaats(extra: Record<string, string> = {}): string {
  return makeKb({
    [WERKPLAATS_PATH]: brokenWerkplaats,
    'knowledge/projecten/2026-goed.md': project('2026-goed'),
    ...extra,
  });
}

/** Exit 0, and the unread file named on stderr once, with its line, column and reason. */
export function expectNamed(result: RunResult, at: string): void {
  expect(result.stderr).toMatch(/^kwp: \d+ bestand(?:en)? niet te lezen; .*kwp validate/m);
  expect(result.stderr).toContain(`\n  ${at}: ${REASON_NL}`);
  expect(result.stderr.split(`${at}:`)).toHaveLength(2); // once
  expect(result.stdout).not.toContain(at);
  expect(result.code).toBe(0);
}

/** Exit 2, nothing on stdout, and the needed file named with its line, column and reason. */
export function expectStopped(result: RunResult, at: string, writes = false, late = false): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  // Stopped when the knowledge base was read, the stop is all there is to say; `late` (a need known
  // only after the questions) follows the list of unread files.
  expect(result.stderr).toMatch(new RegExp(`^kwp: Kan ${escape(at)} niet lezen, `, late ? 'm' : ''));
  expect(result.stderr).toContain(`\nkwp: ${REASON_NL}`);
  if (writes) expect(result.stderr).toContain('\nkwp: Er is niets veranderd.\n');
  expect(result.stderr).not.toMatch(/^\s+at /m); // no stack trace
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Snapshots the tree; `unchanged()` asserts that nothing was added, removed or changed. */
export function watch(root: string): { unchanged: () => void } {
  const before = snapshot(root);
  return {
    unchanged: () => expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] }),
  };
}
