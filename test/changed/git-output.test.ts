// Reading what git prints for `validate --changed`: NUL-separated, with paths that may contain
// anything a file name can, renames carrying a second path.
import { describe, expect, it } from 'vitest';
import { parseNameStatus, untrackedPaths } from '../../src/store/changed.js';

describe('parseNameStatus (git diff --name-status -z)', () => {
  it('reads additions, changes, deletions, renames (two paths) and copies', () => {
    const out = [
      'A',
      'knowledge/projecten/a.md',
      'M',
      'knowledge/projecten/b c.md',
      'D',
      'knowledge/kennisvragen/q.md',
      'R087',
      'knowledge/projecten/old.md',
      'knowledge/projecten/new.md',
      'C100',
      'knowledge/projecten/x.md',
      'knowledge/projecten/copy.md',
      '',
    ].join('\0');
    expect(parseNameStatus(out)).toEqual([
      { status: 'A', path: 'knowledge/projecten/a.md' },
      { status: 'M', path: 'knowledge/projecten/b c.md' },
      { status: 'D', path: 'knowledge/kennisvragen/q.md' },
      { status: 'R', path: 'knowledge/projecten/new.md', oldPath: 'knowledge/projecten/old.md' },
      { status: 'A', path: 'knowledge/projecten/copy.md' },
    ]);
  });
});

describe('untrackedPaths (git status --porcelain=v2 -z --branch)', () => {
  const status = [
    '# branch.oid 0123456789abcdef0123456789abcdef01234567',
    '# branch.head feature',
    '1 .M N... 100644 100644 100644 aaa bbb sub/kb/knowledge/projecten/changed.md',
    // A rename: its original path follows, and looks like an untracked entry here on purpose.
    '2 R. N... 100644 100644 100644 aaa bbb R100 sub/kb/knowledge/projecten/new.md',
    '? sub/kb/knowledge/projecten/not-new.md',
    '? sub/kb/knowledge/projecten/new file.md',
    '? sub/kb/knowledge/kennisvragen/q.md',
    '',
  ].join('\0');

  it('takes only the untracked entries, relative to the kb root, and skips a rename’s old path', () => {
    expect(untrackedPaths(status, 'sub/kb/')).toEqual([
      'knowledge/projecten/new file.md',
      'knowledge/kennisvragen/q.md',
    ]);
  });

  it('with the kb at the top of the repository, and with nothing but the header', () => {
    expect(untrackedPaths('# branch.head main\0? knowledge/partners/p.md\0', '')).toEqual([
      'knowledge/partners/p.md',
    ]);
    expect(untrackedPaths('# branch.oid (initial)\0# branch.head main\0', '')).toEqual([]);
  });
});
