// Chains are drawn only along real links: the werkplaats report (md, html, json), `kwp report <id>`
// (md, html, json) and `kwp show` (text, json) draw a link between two projects only where one names
// the other in `vervolg_op`, and draw every such link between the projects they show. Checked on the
// example (a project that follows two others) and on knowledge bases made for each shape: sibling
// follow-ups, two parents, a diamond, a cycle, a plain line, and a chain partly outside the period.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project, REPO } from '../helpers/kb.js';
import {
  type Drawn,
  expectTruthful,
  type Files,
  htmlDrawn,
  jsonLinks,
  mermaidDrawn,
  readFiles,
  showDrawn,
  textDrawn,
} from './drawn.js';

const START = ['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06'];

/** A knowledge base of projects that follow the given ones, started in the order given. */
function kbOf(follows: Record<string, string[]>, planning: Record<string, string> = {}): string {
  const files: Record<string, string> = {};
  Object.entries(follows).forEach(([id, earlier], i) => {
    const plan = planning[id] ?? `{start: ${START[i]}, einde: 2026-06-26}`;
    files[`knowledge/projecten/${id}.md`] = project(
      id,
      earlier.length > 0 ? `vervolg_op: [${earlier.join(', ')}]\n` : '',
    ).replace(/^planning: .*$/m, `planning: ${plan}`);
  });
  return makeKb(files);
}

const SHAPES: Record<string, Record<string, string[]>> = {
  // Two follow-ups of one project: never p-b → p-c.
  'sibling follow-ups': { 'p-a': [], 'p-b': ['p-a'], 'p-c': ['p-a'] },
  // One project follows two: never p-a → p-b.
  'two parents': { 'p-a': [], 'p-b': [], 'p-c': ['p-a', 'p-b'] },
  diamond: { 'p-a': [], 'p-b': ['p-a'], 'p-c': ['p-a'], 'p-d': ['p-b', 'p-c'] },
  // Validate reports the cycle; the report still draws only what is there.
  cycle: { 'p-a': ['p-b'], 'p-b': ['p-a'] },
  // Two groups and one project alone in one knowledge base.
  'a tree and a pair': {
    'p-a': [],
    'p-b': ['p-a'],
    'p-c': ['p-b'],
    'p-d': ['p-b'],
    'q-a': [],
    'q-b': ['q-a'],
    'q-c': [],
  },
  line: { 'p-a': [], 'p-b': ['p-a'], 'p-c': ['p-b'] },
};

interface WerkplaatsJson {
  ketens: string[][];
  ketenlinks: unknown;
  projectlijst: { id: string }[];
}

async function run(args: string[]): Promise<string> {
  const result = await kwp(args);
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.code, args.join(' ')).toBe(0);
  return result.stdout;
}

/** The chains section of a Markdown report: from its heading to the next heading of that level. */
function mdSection(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  if (start === -1) return '';
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end === -1 ? undefined : end);
}

/** The text list under the diagram (or the section's text without one). */
function mdListDrawn(section: string, files: Files): Drawn {
  const text = section.replace(/```mermaid[\s\S]*?```/, '');
  return textDrawn(
    text.split('\n').filter((l) => /^\s*- |→/.test(l)),
    files,
  );
}

/** The werkplaats report in every format draws the real links among the counted projects of its chains. */
async function checkWerkplaats(root: string, files: Files, extra: string[] = []): Promise<WerkplaatsJson> {
  const args = ['report', '--kb', root, ...extra];
  const json = JSON.parse(await run([...args, '--format', 'json'])) as WerkplaatsJson;
  const counted = new Set(json.projectlijst.map((p) => p.id));
  const inChains = new Set(json.ketens.flat());
  for (const id of inChains) expect(counted, `${id} is in a chain but not counted`).toContain(id);
  const fromJson: Drawn = { shown: inChains, links: jsonLinks(json.ketenlinks) };
  expectTruthful(fromJson, files, 'report json');
  for (const link of fromJson.links) {
    // Both ends of a link are in one group.
    const [earlier, later] = link.split('>');
    expect(json.ketens.some((g) => g.includes(earlier!) && g.includes(later!))).toBe(true);
  }

  for (const lang of ['nl', 'en'] as const) {
    const md = await run([...args, '--lang', lang]);
    const section = mdSection(md, lang === 'nl' ? 'Ketens van projecten' : 'Chains of projects');
    for (const [what, drawn] of [
      ['md diagram', mermaidDrawn(section, files)],
      ['md list', mdListDrawn(section, files)],
    ] as const) {
      expectTruthful(drawn, files, `${what} (${lang})`);
      expect(drawn.shown, `${what} (${lang}) shows the projects of the chains`).toEqual(inChains);
    }
    const html = await run([...args, '--lang', lang, '--format', 'html']);
    const drawn = htmlDrawn(html, 'ketens', files);
    expectTruthful(drawn, files, `html (${lang})`);
    expect(drawn.shown, `html (${lang}) shows the projects of the chains`).toEqual(inChains);
  }
  return json;
}

/** `kwp show` and `kwp report <id>` of one project draw the real links of its group. */
async function checkProject(root: string, files: Files, id: string): Promise<Set<string>> {
  const show = JSON.parse(await run(['show', '--kb', root, id, '--json'])) as {
    keten: string[];
    ketenlinks: unknown;
  };
  const group = new Set(show.keten);
  expectTruthful({ shown: group, links: jsonLinks(show.ketenlinks) }, files, `show ${id} --json`);
  const report = JSON.parse(await run(['report', '--kb', root, id, '--format', 'json'])) as {
    keten: { id: string }[];
    ketenlinks: unknown;
  };
  expect(report.keten.map((k) => k.id)).toEqual(show.keten);
  expectTruthful({ shown: group, links: jsonLinks(report.ketenlinks) }, files, `report ${id} json`);
  if (group.size < 2) return group;

  for (const lang of ['nl', 'en'] as const) {
    const text = showDrawn(await run(['show', '--kb', root, id, '--lang', lang]), files);
    expectTruthful(text, files, `show ${id} (${lang})`);
    expect(text.shown).toEqual(group);
    const md = await run(['report', '--kb', root, id, '--lang', lang]);
    const list = mdListDrawn(mdSection(md, lang === 'nl' ? 'Keten' : 'Chain'), files);
    expectTruthful(list, files, `report ${id} md (${lang})`);
    expect(list.shown).toEqual(group);
    const html = htmlDrawn(
      await run(['report', '--kb', root, id, '--lang', lang, '--format', 'html']),
      'keten',
      files,
    );
    expectTruthful(html, files, `report ${id} html (${lang})`);
    expect(html.shown).toEqual(group);
  }
  return group;
}

describe('chains are drawn only along real links', () => {
  describe.each(Object.keys(SHAPES))('%s', (shape) => {
    it('in the werkplaats report, md, html and json', async () => {
      const root = kbOf(SHAPES[shape]!);
      await checkWerkplaats(root, readFiles(root));
    });

    it('in kwp show and kwp report <id>, for every project', async () => {
      const root = kbOf(SHAPES[shape]!);
      const files = readFiles(root);
      for (const id of Object.keys(SHAPES[shape]!)) await checkProject(root, files, id);
    });
  });

  it('on the example: Geldzaken en taal follows Taalcafé and Vroeg signaleren, which do not follow each other', async () => {
    const files = readFiles(REPO);
    expect(files.links).toContain('2024-taalcafe-zandveld>2026-geldzaken-en-taal-zandveld');
    expect(files.links).toContain('2025-armoede-signalering-zandveld>2026-geldzaken-en-taal-zandveld');
    const json = await checkWerkplaats(REPO, files);
    expect(json.ketens.length).toBeGreaterThan(0);
    for (const period of [
      ['--since', '2025-01-01'],
      ['--until', '2025-12-31'],
      ['--since', '2025-01-01', '--until', '2025-12-31'],
    ])
      await checkWerkplaats(REPO, files, period);
    for (const id of files.titles.keys()) await checkProject(REPO, files, id);
    // A question and a partner belong to no chain.
    for (const id of ['taal-en-geldzaken', 'gemeente-rivelde']) {
      const record = JSON.parse(await run(['show', id, '--json']));
      expect(record).toMatchObject({ keten: [], ketenlinks: [] });
    }
  });

  it('a plain line is still drawn as one line: a → b → c', async () => {
    const root = kbOf(SHAPES['line']!);
    const md = await run(['report', '--kb', root]);
    expect(md).toContain('\n- p-a → p-b → p-c\n');
    const html = await run(['report', '--kb', root, '--format', 'html']);
    expect(html).toMatch(
      /<li><span class="chain-label">Keten 1<\/span><span class="step">Project p-a<\/span><span class="arrow"> → <\/span><span class="step">Project p-b<\/span><span class="arrow"> → <\/span><span class="step">Project p-c<\/span><\/li>/,
    );
    expect(await run(['show', '--kb', root, 'p-b'])).toContain('\nketen: p-a → p-b → p-c\n');
    expect(await run(['report', '--kb', root, 'p-b'])).toContain(
      'Project p-a → **Project p-b** → Project p-c',
    );
  });

  it('titles that look like markup, lists or arrows stay text in a branched chain', async () => {
    const titles: Record<string, string> = {
      'h-a': '<script>alert(1)</script>',
      'h-b': 'Een, twee en drie → vier',
      'h-c': 'x | y "z" #1 %%{init: {}}%% \\n',
    };
    const root = kbOf({ 'h-a': [], 'h-b': [], 'h-c': ['h-a', 'h-b'] });
    for (const [id, title] of Object.entries(titles)) {
      const path = join(root, 'knowledge', 'projecten', `${id}.md`);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/^titel: .*$/m, `titel: ${JSON.stringify(title)}`),
      );
    }
    const files = readFiles(root);
    expect([...files.titles.values()].sort()).toEqual(Object.values(titles).sort());
    await checkWerkplaats(root, files);
    for (const id of Object.keys(titles)) await checkProject(root, files, id);
    const html = await run(['report', '--kb', root, 'h-c', '--format', 'html']);
    expect(html).not.toContain('<script>');
    const md = await run(['report', '--kb', root, 'h-c']);
    expect(md).toContain('\\<script\\>');
  });

  it('a chain partly outside the period: only counted projects, and only the links between them', async () => {
    // p-a in 2024; p-b in 2025 follows it; p-c in 2026 follows both; p-d in 2026 follows p-a only.
    const root = kbOf(
      { 'p-a': [], 'p-b': ['p-a'], 'p-c': ['p-a', 'p-b'], 'p-d': ['p-a'] },
      {
        'p-a': '{start: 2024-02-05, einde: 2024-06-28}',
        'p-b': '{start: 2025-02-03, einde: 2025-06-27}',
        'p-c': '{start: 2026-02-02, einde: 2026-06-26}',
        'p-d': '{start: 2026-03-02, einde: 2026-06-26}',
      },
    );
    const files = readFiles(root);
    const since2025 = await checkWerkplaats(root, files, ['--since', '2025-01-01']);
    expect(since2025.ketens).toEqual([['p-b', 'p-c']]);
    expect(since2025.ketenlinks).toEqual([{ van: 'p-b', naar: 'p-c' }]);
    const until2025 = await checkWerkplaats(root, files, ['--until', '2025-12-31']);
    expect(until2025.ketens).toEqual([['p-a', 'p-b']]);
    expect(until2025.ketenlinks).toEqual([{ van: 'p-a', naar: 'p-b' }]);
    // Without p-a and p-b, p-c and p-d are not linked: no chain at all.
    const only2026 = await checkWerkplaats(root, files, ['--since', '2026-01-01']);
    expect(only2026.ketens).toEqual([]);
    expect(only2026.ketenlinks).toEqual([]);
    // Without a period the whole group, every link.
    const all = await checkWerkplaats(root, files);
    expect(all.ketens).toEqual([['p-a', 'p-b', 'p-c', 'p-d']]);
  });
});
