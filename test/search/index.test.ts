// The analyser's words, the ranking, the passages and the split index, each on its own; and the
// split index, read back as the browser reads it, ranking exactly as `kwp search` does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compoundParts, fold, termOf, tokens } from '../../src/core/search/analyse.js';
import { buildIndex } from '../../src/core/search/build-index.js';
import type { SearchDocument } from '../../src/core/search/document.js';
import { passage } from '../../src/core/search/passage.js';
import { parseQuery, rank } from '../../src/core/search/query.js';
import { searchDocumentsFor } from '../../src/core/search/search.js';
import {
  decodePostings,
  encodePostings,
  type Manifest,
  shardOf,
  splitIndex,
} from '../../src/core/search/split.js';

const doc = (id: string, fields: SearchDocument['fields']): SearchDocument => ({
  id,
  kind: 'project',
  titel: fields.titel ?? id,
  path: `knowledge/projecten/${id}.md`,
  fields,
});

describe('the analyser', () => {
  it('keeps words with diacritics whole, composed or not, and splits at hyphens and slashes', () => {
    expect(tokens('De coöperatie, de coo\u0308peratie en mbo-studenten/hbo').map((t) => t.text)).toEqual([
      'De',
      'coöperatie',
      'de',
      'coo\u0308peratie',
      'en',
      'mbo',
      'studenten',
      'hbo',
    ]);
    expect(termOf('coo\u0308peratie')).toBe(termOf('Coöperatie'));
    expect(fold("Café's")).toBe('cafe');
  });

  it('leaves stop words out and undoes what the stemmer misses', () => {
    expect(termOf('het')).toBeNull();
    expect(termOf('tuintjes')).toBe(termOf('tuin'));
    expect(termOf('boompje')).toBe(termOf('boom'));
    expect(compoundParts('buurtbewoners')).toEqual([termOf('bewoner'), termOf('buurt')]);
    expect(compoundParts('onderwijs')).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts a match in the title above one in the body, and needs every word', () => {
    const docs = [
      doc('a-body', { titel: 'Verslag', tekst: 'Over de moestuin en het plein.' }),
      doc('b-title', { titel: 'De moestuin', tekst: 'Een verslag van het plein.' }),
      doc('c-one-word', { titel: 'Moestuin', tekst: 'Alleen dit.' }),
    ];
    expect(searchDocumentsFor(docs, 'moestuin plein').results.map((r) => r.id)).toEqual([
      'b-title',
      'a-body',
    ]);
  });

  it('is the same from the split index, read back as the browser reads it', () => {
    const words = ['tuin', 'plein', 'school', 'wijk', 'bewoner', 'kind', 'boom', 'water'];
    const docs = Array.from({ length: 60 }, (_, i) =>
      doc(`r-${String(i).padStart(2, '0')}`, {
        titel: `${words[i % 8]} ${words[(i * 3) % 8]}`,
        tekst: Array.from({ length: 5 + (i % 7) }, (_, j) => words[(i + j * j) % 8]).join(' '),
      }),
    );
    const index = buildIndex(docs);
    const files = splitIndex(index, docs);
    const data = (text: string) =>
      JSON.parse(/^__kwpSearch\("[msd]",\d+,(.*)\);\n$/s.exec(text)![1]!) as unknown;
    const manifest = data(files[0]!.text) as Manifest;
    const shards = files
      .filter((f) => f.path.startsWith('s/'))
      .map((f) => data(f.text) as Record<string, string>);
    expect(shards.length).toBe(manifest.shards.length);
    for (const query of ['tuin', 'pleinen school', 'kinderen boompje', 'water wijk bewoners']) {
      const { terms } = parseQuery(query);
      const fromSplit = rank(
        terms,
        (t) => {
          const stored = shards[shardOf(manifest, t) ?? -1]?.[t];
          return stored === undefined ? undefined : decodePostings(stored);
        },
        manifest.total,
      ).map((h) => ({ id: index.docs[h.doc]!.id, score: Math.round(h.score * 10000) / 10000 }));
      const direct = searchDocumentsFor(docs, query).results.map((r) => ({ id: r.id, score: r.score }));
      expect(fromSplit).toEqual(direct);
      expect(direct.length).toBeGreaterThan(0);
    }
  });
});

describe('the split index', () => {
  it('stores postings compactly and reads them back as they were', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(200_000), { maxLength: 200 }), fc.nat(31), (docs, q) => {
        const postings = docs.sort((a, b) => a - b).flatMap((d) => [d, Math.max(1, q)]);
        expect(decodePostings(encodePostings(postings))).toEqual(postings);
      }),
    );
    expect(encodePostings([0, 5, 1, 7, 2, 31]).length).toBe(6);
  });

  it('finds the shard of a term by its range, and none before the first', () => {
    const m: Manifest = { format: 1, version: 'x', total: 1, shards: ['b', 'k', 't'] };
    expect(['a', 'b', 'c', 'k', 'zz'].map((t) => shardOf(m, t))).toEqual([undefined, 0, 0, 1, 2]);
  });
});

describe('passages', () => {
  it('marks the matched words as data and keeps markup in a record as text', () => {
    const p = passage(
      doc('x', { titel: 'X', tekst: 'Intro.\n<script>alert(1)</script> en de schoolpleinen <b>groen</b>.' }),
      parseQuery('schoolplein').terms,
    )!;
    expect(p.field).toBe('tekst');
    expect(p.parts.filter((part) => part.match)).toEqual([{ text: 'schoolpleinen', match: true }]);
    expect(p.text).toBe('Intro. · <script>alert(1)</script> en de schoolpleinen <b>groen</b>.');
  });

  it('shows a stretch around the match in a long text, cut with …', () => {
    const long = `${'woord '.repeat(100)}de moestuin ${'ander '.repeat(100)}`;
    const p = passage(doc('x', { titel: 'X', tekst: long }), parseQuery('moestuin').terms)!;
    expect(p.text.startsWith('…')).toBe(true);
    expect(p.text.endsWith('…')).toBe(true);
    expect(p.text).toContain('moestuin');
    expect(p.text.split(' ').length).toBeLessThan(30);
  });
});
