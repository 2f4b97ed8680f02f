// `kwp search` on real knowledge bases in temp folders: best first with the passage, the filters of
// `kwp list`, JSON, both languages, bad input (message, exit 2, nothing written), and the `--public`
// documents that name no person.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { peopleIn } from '../../src/core/privacy/people.js';
import { buildIndex } from '../../src/core/search/build-index.js';
import { searchDocuments } from '../../src/core/search/records.js';
import { splitIndex } from '../../src/core/search/split.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { kwp, makeKb, project } from '../helpers/kb.js';

interface Json {
  query: string;
  terms: string[];
  total: number;
  results: {
    id: string;
    kind: string;
    titel: string;
    path: string;
    score: number;
    passage: { field: string; text: string; parts: { text: string; match: boolean }[] } | null;
  }[];
}

async function search(root: string, ...args: string[]): Promise<Json> {
  const r = await kwp(['search', ...args, '--json', '--kb', root]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

/** Every file under a folder with its bytes, to show a command changed nothing. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[path] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return out;
}

const example = makeKb({}, { example: true });

describe('kwp search', () => {
  it('finds plural forms, best first, with the passage and the matched word marked', async () => {
    const json = await search(example, 'schoolplein');
    expect(json.terms).toEqual(['schoolplein']);
    expect(json.total).toBe(json.results.length);
    expect(json.results[0]!.id).toBe('2025-groene-schoolpleinen-rivierenwijk');
    const scores = json.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of json.results) {
      expect(Object.keys(r)).toEqual(['id', 'kind', 'titel', 'path', 'score', 'passage']);
      const marked = r.passage!.parts.filter((p) => p.match).map((p) => p.text.toLowerCase());
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked) expect(word).toMatch(/^schoolplein(en)?$/);
      expect(r.passage!.parts.map((p) => p.text).join('')).toBe(r.passage!.text);
    }
    // Not everything: most records do not mention schoolpleinen.
    expect(json.total).toBeLessThan(15);
  });

  it('shows the results as text in Dutch, and in English with --lang en', async () => {
    const nl = await kwp(['search', 'schoolpleinen', 'rivierenwijk', '--limit', '2', '--kb', example]);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toMatch(/^\d+ resultaten voor "schoolpleinen rivierenwijk"; de beste 2/);
    expect(nl.stdout).toContain('  1. Groene schoolpleinen in de Rivierenwijk\n');
    expect(nl.stdout).toContain('knowledge/projecten/2025-groene-schoolpleinen-rivierenwijk.md');
    expect(nl.stdout).toContain('[schoolpleinen]');
    expect(nl.stdout).not.toContain('  3. ');
    const en = await kwp(['search', 'schoolpleinen', '--lang', 'en', '--kb', example]);
    expect(en.stdout).toMatch(/^\d+ results for "schoolpleinen", best first:/);
  });

  it('folds diacritics and finds diminutives, both ways', async () => {
    const root = makeKb({
      'knowledge/projecten/2026-energie.md': project(
        '2026-energie',
        '',
        '## Inhoud\n\nBewoners richten een coöperatie op en beginnen een tuintje.\n',
      ),
      'knowledge/projecten/2026-anders.md': project('2026-anders', '', '## Inhoud\n\nIets heel anders.\n'),
    });
    for (const words of ['cooperatie', 'coöperaties', 'tuin', 'tuintjes', 'COOPERATIE tuin'])
      expect((await search(root, ...words.split(' '))).results.map((r) => r.id)).toEqual(['2026-energie']);
  });

  it('breaks ties by id, the same every run', async () => {
    const files: Record<string, string> = {};
    for (const id of ['2026-c-zelfde', '2026-a-zelfde', '2026-b-zelfde'])
      files[`knowledge/projecten/${id}.md`] = project(id, '', '## Inhoud\n\nEen moestuin.\n');
    const root = makeKb(files);
    const first = await search(root, 'moestuin');
    expect(first.results.map((r) => r.id)).toEqual(['2026-a-zelfde', '2026-b-zelfde', '2026-c-zelfde']);
    expect(await search(root, 'moestuin')).toEqual(first);
  });

  it('narrows with --kind and the filters of kwp list', async () => {
    const kinds = (json: Json) => [...new Set(json.results.map((r) => r.kind))];
    expect(kinds(await search(example, 'schoolplein', '--kind', 'vragen'))).toEqual(['vraag']);
    expect(kinds(await search(example, 'schoolplein', '--kind', 'projecten'))).toEqual(['project']);
    const lopend = await search(example, 'ouderen', '--status', 'afgerond');
    expect(lopend.results.length).toBeGreaterThan(0);
    for (const r of lopend.results)
      expect(readFileSync(join(example, r.path), 'utf8')).toMatch(/^status: afgerond$/m);
    const area = await search(example, 'studenten', '--area', 'Oosterpark');
    expect(area.results.length).toBeGreaterThan(0);
    for (const r of area.results)
      expect(readFileSync(join(example, r.path), 'utf8')).toMatch(/^gebied: Oosterpark$/m);
    const partner = await search(example, 'studenten', '--partner', 'roc rivelde', '--kind', 'projecten');
    expect(partner.results.length).toBeGreaterThan(0);
    for (const r of partner.results)
      expect(readFileSync(join(example, r.path), 'utf8')).toMatch(/naam: ROC Rivelde/);
  });

  it('finds people by name, and says in one line when nothing matched (exit 0)', async () => {
    const leads = (await search(example, 'annemarie', 'kok')).results;
    expect(leads.map((r) => r.id)).toContain('2024-eenzaamheid-ouderen-oosterpark');
    expect(leads.find((r) => r.id === '2024-eenzaamheid-ouderen-oosterpark')!.passage!.field).toBe(
      'personen',
    );
    const none = await kwp(['search', 'fietsenstalling', '--kb', example]);
    expect(none).toEqual({ code: 0, stdout: '', stderr: 'Niets gevonden voor "fietsenstalling".\n' });
    const common = await kwp(['search', 'de', 'het', '--kb', example]);
    expect(common.code).toBe(0);
    expect(common.stderr).toContain('te gewoon');
    const json = await search(example, 'fietsenstalling');
    expect(json).toMatchObject({ total: 0, results: [] });
  });

  const bad: [string, string[], RegExp][] = [
    ['no words', ['search'], /mist <words>/],
    ['only spaces and signs', ['search', ' ', '?!'], /Geef een of meer woorden/],
    ['an unknown kind', ['search', 'tuin', '--kind', 'dingen'], /Onbekende soort "dingen"/],
    ['an unknown status', ['search', 'tuin', '--status', 'klaar'], /Onbekende waarde "klaar" voor --status/],
    ['a theme not in the werkplaats list', ['search', 'tuin', '--theme', 'sport'], /"sport" voor --theme/],
    ['a limit that is no number', ['search', 'tuin', '--limit', 'veel'], /--limit verwacht een heel getal/],
    ['a negative limit', ['search', 'tuin', '--limit', '-1'], /--limit verwacht een heel getal/],
    ['an unknown flag', ['search', 'tuin', '--fuzzy'], /--fuzzy/],
  ];
  for (const [what, args, message] of bad) {
    it(`stops with exit 2 on ${what}, writing nothing`, async () => {
      const before = snapshot(example);
      const r = await kwp([...args, '--kb', example]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(snapshot(example)).toEqual(before);
    });
  }
});

describe('the public search index', () => {
  it('holds no person of the knowledge base, in documents or shards; the full one does', async () => {
    const { files } = await loadKnowledgeBase(example);
    const kb = new KnowledgeBase(files);
    const people = peopleIn(
      kb.entries.concat(kb.werkplaats ? [kb.werkplaats] : []).map((e) => ({ kind: e.kind, data: e.data })),
    );
    const names = people.names.filter((n) => !n.keep).map((n) => n.text);
    expect(names).toContain('Annemarie Kok');
    const publicDocs = searchDocuments(kb, { public: true });
    const text = splitIndex(buildIndex(publicDocs), publicDocs)
      .map((f) => f.text)
      .join('\n');
    for (const name of [...names, ...people.contacts]) expect(text).not.toContain(name);
    expect(text).not.toMatch(/@example\.org/);
    // The organisations stay findable.
    expect(text).toContain('Stichting Welzijn Rivelde');
    const full = searchDocuments(kb)
      .map((d) => JSON.stringify(d))
      .join('\n');
    expect(full).toContain('Annemarie Kok');
  });
});
