// Knowledge bases for the CI format tests: one error and one warning, with values from the file
// that try to break out of each format.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeKb, project, tempDir, WERKPLAATS } from '../helpers/kb.js';

/** Everything a value from a file might use to start a workflow command or break a table. */
export const HOSTILE =
  'x%0A::error file=evil::pwned\n::set-output name=x::y\r\n::add-mask::secret | <b>b</b> `c` %25 % :: , 50%';

/** A kb with an error (unknown gebied, line 10 col 9) and a warning (unknown key, line 11). */
export function kbWithProblems(gebied = 'Nergenshuizen'): string {
  return makeKb({
    'knowledge/projecten/2026-a.md': project('2026-a', `gebied: ${JSON.stringify(gebied)}\nfoo: bar\n`),
  });
}

/** A git repository with the knowledge base in `sub/dir/`. Returns [repository, kb root]. */
export function kbInRepositorySubfolder(): [string, string] {
  const repo = tempDir('kwp-repo-');
  const root = join(repo, 'sub', 'dir');
  const files: Record<string, string> = {
    'knowledge/werkplaats.md': WERKPLAATS,
    'knowledge/projecten/2026-a.md': project('2026-a', 'gebied: Nergenshuizen\nfoo: bar\n'),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  execFileSync('git', ['init', '-q', repo], { stdio: 'ignore' });
  return [repo, root];
}
