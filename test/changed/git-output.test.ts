// Reading what git prints for `validate --changed`: NUL-separated, with paths that may contain
// anything a file name can, renames carrying a second path, and a patch whose removed lines count.
import { describe, expect, it } from 'vitest';
import { droppedWords, parseRawDiff } from '../../src/store/changed.js';

describe('parseRawDiff (git diff --raw -p -z)', () => {
  it('reads additions, changes, deletions, renames (two paths) and copies, then the patch', () => {
    const meta = (status: string) => `:100644 100644 1111111 2222222 ${status}`;
    const patch = 'diff --git a/knowledge/projecten/b c.md b/knowledge/projecten/b c.md\n--- a/x\n';
    const out = [
      meta('A'),
      'knowledge/projecten/a.md',
      meta('M'),
      'knowledge/projecten/b c.md',
      meta('D'),
      'knowledge/kennisvragen/q.md',
      meta('R087'),
      'knowledge/projecten/old.md',
      'knowledge/projecten/new.md',
      meta('C100'),
      'knowledge/projecten/x.md',
      'knowledge/projecten/copy.md',
      '',
      patch,
    ].join('\0');
    expect(parseRawDiff(out)).toEqual({
      changes: [
        { status: 'A', path: 'knowledge/projecten/a.md' },
        { status: 'M', path: 'knowledge/projecten/b c.md' },
        { status: 'D', path: 'knowledge/kennisvragen/q.md' },
        { status: 'R', path: 'knowledge/projecten/new.md', oldPath: 'knowledge/projecten/old.md' },
        { status: 'A', path: 'knowledge/projecten/copy.md' },
      ],
      patch,
    });
    expect(parseRawDiff('')).toEqual({ changes: [], patch: '' });
  });
});

describe('droppedWords (git diff -U0)', () => {
  it('collects the words of removed lines per file; --- and +++ inside a hunk are lines, not headers', () => {
    const patch = [
      'diff --git a/knowledge/projecten/p.md b/knowledge/projecten/p.md',
      'index 1111111..2222222 100644',
      '--- a/knowledge/projecten/p.md',
      '+++ b/knowledge/projecten/p.md',
      '@@ -5 +5 @@',
      '-kennisvragen: [vraag-x, "vraag-z"]',
      '+kennisvragen: []',
      '@@ -20 +20 @@',
      '--- een streep in de tekst',
      '+++ en een plus',
      '-weg-1',
      'diff --git a/knowledge/projecten/d.md b/knowledge/projecten/d.md',
      'deleted file mode 100644',
      '--- a/knowledge/projecten/d.md',
      '+++ /dev/null',
      '@@ -1,3 +0,0 @@',
      '----',
      '-kennisvragen:',
      '-  - vraag-y',
      'diff --git a/knowledge/projecten/old.md b/knowledge/projecten/new.md',
      'similarity index 90%',
      'rename from knowledge/projecten/old.md',
      'rename to knowledge/projecten/new.md',
      '--- a/knowledge/projecten/old.md',
      '+++ b/knowledge/projecten/new.md',
      '@@ -2 +2 @@',
      '-id: old',
      '+id: new',
      '',
    ].join('\n');
    expect(Object.fromEntries(droppedWords(patch))).toEqual({
      'knowledge/projecten/p.md': [
        'kennisvragen',
        'vraag-x',
        'vraag-z',
        'een',
        'streep',
        'in',
        'de',
        'tekst',
        'weg-1',
      ],
      'knowledge/projecten/d.md': ['kennisvragen', 'vraag-y'],
      'knowledge/projecten/new.md': ['id', 'old'],
    });
  });
});
