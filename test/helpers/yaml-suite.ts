// The official yaml-test-suite's cases (test/fixtures/yaml-test-suite/cases.json), and how one of
// them stands between the two `---` lines of a kwp file.
import { readFileSync } from 'node:fs';

export interface SuiteCase {
  id: string;
  name: string;
  fail: boolean;
  yaml: string;
}

export const SUITE = JSON.parse(
  readFileSync(new URL('../fixtures/yaml-test-suite/cases.json', import.meta.url), 'utf8'),
) as SuiteCase[];

/**
 * A case as the YAML between two `---` lines, or null when it cannot be one: a line `---` would
 * close the frontmatter. A leading `---` line (the start of the document) is what the opening
 * fence already says, so it is dropped.
 */
export function asFrontmatter(yaml: string): string | null {
  const fence = /(?:^|\n)---[ \t]*(?:\r?\n|$)/;
  const body = yaml.startsWith('---\n') && !fence.test(yaml.slice(3)) ? yaml.slice(4) : yaml;
  return fence.test(body) ? null : body;
}
