// The committed Dutch word pairs (word-pairs.txt): each left-hand word in a record of its own, every
// right-hand word searched for through the same index and ranking as `kwp search` and the site.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/core/search/document.js';
import { searchDocumentsFor } from '../../src/core/search/search.js';

interface Pair {
  line: number;
  word: string;
  query: string;
  match: boolean;
}

const pairs: Pair[] = readFileSync(new URL('word-pairs.txt', import.meta.url), 'utf8')
  .split('\n')
  .flatMap((text, i) => {
    const m = /^(\S+) (=|!=) (\S+)$/.exec(text.trim());
    return m ? [{ line: i + 1, word: m[1]!, query: m[3]!, match: m[2] === '=' }] : [];
  });

// Every record says the same filler around its word, so only the word can make a record match.
const documents: SearchDocument[] = pairs.map((p) => ({
  id: `paar-${p.line}`,
  kind: 'project',
  titel: `Paar ${p.line}`,
  path: `knowledge/projecten/paar-${p.line}.md`,
  fields: { tekst: `Een verhaal over ${p.word} in Rivelde.` },
}));

const found = (query: string) => searchDocumentsFor(documents, query).results.map((r) => r.id);

describe('Dutch word pairs', () => {
  it('holds at least 30 pairs that must match and some that must not', () => {
    expect(pairs.filter((p) => p.match).length).toBeGreaterThanOrEqual(30);
    expect(pairs.filter((p) => !p.match).length).toBeGreaterThanOrEqual(10);
  });

  for (const p of pairs) {
    it(`${p.word} ${p.match ? 'is' : 'is not'} found by ${p.query} (line ${p.line})`, () => {
      const ids = found(p.query);
      if (p.match) expect(ids).toContain(`paar-${p.line}`);
      else expect(ids).not.toContain(`paar-${p.line}`);
      // A search finds what it should, not everything: never more than a few of the records.
      expect(ids.length).toBeLessThan(pairs.length / 4);
    });
  }
});
