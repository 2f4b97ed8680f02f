// What goes into the graph and what stays out, on small knowledge bases made for each case: links
// through questions only, links to ids that do not exist, unreadable files, cycles, no chains at all.
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/core/knowledge-graph.js';
import { kwp, makeKb, project } from '../helpers/kb.js';

const p = (id: string, extra = '') => ({ [`knowledge/projecten/${id}.md`]: project(id, extra) });
const q = (id: string, extra = '') => ({
  [`knowledge/kennisvragen/${id}.md`]: `---\nid: ${id}\nvraag: Vraag ${id}?\nstatus: open\nbron: intake\n${extra}---\n`,
});

async function graph(root: string, ...args: string[]) {
  const result = await kwp(['graph', '--kb', root, '--format', 'json', ...args]);
  const g = JSON.parse(result.stdout) as KnowledgeGraph;
  return {
    ...result,
    ids: g.nodes.map((n) => n.id),
    edges: g.edges.map((e) => `${e.from} ${e.kind} ${e.to}`),
    nodes: g.nodes,
  };
}

describe('which projects and questions kwp graph draws', () => {
  it('draws projects tied only through a question, and leaves out those with no tie', async () => {
    const kb = makeKb({
      ...p('p-eerst', 'evaluatie: {datum: 2026-07-01, conclusies: [x], nieuwe_kennisvragen: [vraag-a]}\n'),
      ...p('p-daarna', 'kennisvragen: [vraag-a]\n'),
      ...p('p-los'),
      ...q('vraag-a', 'project: p-eerst\n'),
      ...q('vraag-los'),
    });
    const g = await graph(kb);
    expect(g.code).toBe(0);
    expect(g.ids).toEqual(['p-daarna', 'p-eerst', 'vraag-a']);
    // The question names its project and the evaluation lists it: still one edge.
    expect(g.edges).toEqual(['p-eerst raised vraag-a', 'vraag-a taken_up p-daarna']);
  });

  it('shows the project at the far end of a chain question, also under --root', async () => {
    const kb = makeKb({
      ...p('p-a'),
      ...p('p-b', 'vervolg_op: [p-a]\n'),
      ...p('p-elders', 'kennisvragen: [vraag-b]\n'),
      ...q('vraag-b', 'project: p-b\n'),
    });
    for (const args of [[], ['--root', 'p-a']]) {
      const g = await graph(kb, ...args);
      expect(g.ids).toEqual(['p-a', 'p-b', 'vraag-b', 'p-elders']);
      expect(g.edges).toEqual(['p-a vervolg_op p-b', 'p-b raised vraag-b', 'vraag-b taken_up p-elders']);
    }
    // The far-end project's own chain is its own: --root on it does not pull in p-a.
    expect((await graph(kb, '--root', 'p-elders')).ids).toEqual(['p-elders', 'vraag-b', 'p-b']);
  });

  it('--root on a question between two chains gives both chains', async () => {
    const kb = makeKb({
      ...p('a-1'),
      ...p('a-2', 'vervolg_op: [a-1]\n'),
      ...p('b-1'),
      ...p('b-2', 'vervolg_op: [b-1]\nkennisvragen: [brug]\n'),
      ...q('brug', 'project: a-2\n'),
      ...q('alleen-b', 'project: b-1\n'),
    });
    const g = await graph(kb, '--root', 'brug');
    expect(g.ids).toEqual(['a-1', 'a-2', 'brug', 'b-1', 'b-2', 'alleen-b']);
    expect((await graph(kb, '--root', 'a-1')).ids).toEqual(['a-1', 'a-2', 'brug', 'b-2']);
  });

  it('leaves out links to ids that do not exist or name the wrong kind of record', async () => {
    const kb = makeKb({
      ...p('p-een'),
      ...p(
        'p-twee',
        'vervolg_op: [p-een, p-een, spook, vraag-x, p-twee, 42]\nkennisvragen: [spookvraag, p-een, vraag-x]\n' +
          'evaluatie: {datum: 2026-07-01, conclusies: [x], nieuwe_kennisvragen: [weg, p-een]}\n',
      ),
      ...q('vraag-x', 'project: nergens\n'),
    });
    const g = await graph(kb);
    expect(g.code).toBe(0);
    expect(g.ids).toEqual(['p-een', 'p-twee', 'vraag-x']);
    expect(g.edges).toEqual(['p-een vervolg_op p-twee', 'vraag-x taken_up p-twee']);
  });

  it('draws an unreadable file by its id, without status, and says files were skipped', async () => {
    const kb = makeKb({
      ...p('p-goed', 'vervolg_op: [p-kapot]\n'),
      'knowledge/projecten/p-kapot.md': '---\ntitel: [niet gesloten\n---\n',
    });
    const g = await graph(kb);
    expect(g.code).toBe(0);
    expect(g.nodes[0]).toEqual({ id: 'p-kapot', kind: 'project', label: 'p-kapot', status: null });
    expect(g.edges).toEqual(['p-kapot vervolg_op p-goed']);
    expect(g.stderr).toMatch(/1/);
    const mermaid = await kwp(['graph', '--kb', kb]);
    expect(mermaid.stdout).toContain('  p_p_kapot(["p-kapot"])\n');
  });

  it('draws a cycle (which validate reports) without looping', async () => {
    const kb = makeKb({
      ...p('p-heen', 'vervolg_op: [p-terug]\n'),
      ...p('p-terug', 'vervolg_op: [p-heen]\n'),
    });
    const g = await graph(kb);
    expect(g.ids).toEqual(['p-heen', 'p-terug']);
    expect(g.edges).toEqual(['p-heen vervolg_op p-terug', 'p-terug vervolg_op p-heen']);
  });

  it('with no chains gives an empty graph on stdout and says why on stderr', async () => {
    const kb = makeKb({ ...p('p-alleen'), ...q('vraag-alleen') });
    const g = await graph(kb);
    expect(g.code).toBe(0);
    expect(g.nodes).toEqual([]);
    expect(g.stderr).toContain('--root');
    const mermaid = await kwp(['graph', '--kb', kb]);
    expect(mermaid.stdout).toBe('flowchart LR\n');
    const dot = await kwp(['graph', '--kb', kb, '--format', 'dot']);
    expect(dot.stdout).toMatch(/^digraph kwp \{\n[\s\S]*\}\n$/);
  });
});

describe('a graph too big for Mermaid on GitHub and GitLab', () => {
  it('is still written in full, with a note on stderr pointing to --root and dot', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 260; i++) {
      const extra = i > 1 ? `vervolg_op: [p-${i - 1}]\n` : '';
      Object.assign(files, p(`p-${i}`, extra), q(`v-${i}`, `project: p-${i}\n`));
    }
    const kb = makeKb(files);
    const mermaid = await kwp(['graph', '--kb', kb, '--lang', 'en']);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout.split('\n').filter((l) => l.includes('->'))).toHaveLength(519);
    expect(mermaid.stderr).toContain('519');
    expect(mermaid.stderr).toContain('--root');
    // DOT has no such limit.
    expect((await kwp(['graph', '--kb', kb, '--format', 'dot'])).stderr).toBe('');
  });
});
