// The diagrams checked by the real thing: Mermaid's own parser (given a DOM by jsdom, as it wants
// one) and Graphviz itself (compiled to WebAssembly), on the hostile knowledge base and the example.
// Not only "it parses": the text each would show in a node must be exactly the text kwp meant.
import { instance } from '@viz-js/viz';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/core/knowledge-graph.js';
import { labelLines, shortLabel } from '../../src/render/graph-text.js';
import { dom, type FlowDb, loadMermaid, type Mermaid } from '../helpers/mermaid.js';
import { kwp, makeKb, REPO } from '../helpers/kb.js';
import { hostileKb } from './hostile.js';

let mermaid: Mermaid;

beforeAll(async () => {
  mermaid = await loadMermaid();
});

/** What a node would show: its label (in one line for Mermaid, which wraps it itself), then its status. */
function expectedLines(node: KnowledgeGraph['nodes'][number], wrapped: boolean): string[] {
  const label = wrapped ? labelLines(node.label) : [shortLabel(node.label)];
  return [...label, ...(node.status ? [`(${node.status})`] : [])];
}

/** Mermaid's label as the browser shows it: its entity placeholders undone, the HTML read as text. */
function shownLines(text: string): string[] {
  const html = text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const element = dom.window.document.createElement('span');
  // Mermaid reads a backslash and `n` as a line break, after undoing entities.
  return html.split(/<br\s*\/?>|\\n/).map((part) => {
    element.innerHTML = part;
    return (element.textContent ?? '').replace(/\u2060/g, '');
  });
}

async function outputs(root: string): Promise<{ graph: KnowledgeGraph; mermaid: string; dot: string }> {
  const run = async (format: string) => {
    const result = await kwp(['graph', '--kb', root, '--format', format]);
    expect(result.code).toBe(0);
    return result.stdout;
  };
  return {
    graph: JSON.parse(await run('json')) as KnowledgeGraph,
    mermaid: await run('mermaid'),
    dot: await run('dot'),
  };
}

describe.each([
  ['a knowledge base with hostile titles and ids', hostileKb],
  ['the example knowledge base', () => REPO],
])('kwp graph on %s', (_name, kb) => {
  it("parses with Mermaid's own parser, every label shown exactly", async () => {
    const out = await outputs(kb());
    await expect(mermaid.parse(out.mermaid)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(out.mermaid);
    const db = diagram.db as FlowDb;
    const vertices = [...db.getVertices().values()];
    expect(vertices).toHaveLength(out.graph.nodes.length);
    out.graph.nodes.forEach((node, i) => {
      const vertex = vertices[i]!;
      expect(shownLines(vertex.text)).toEqual(expectedLines(node, false));
      expect(vertex.type).toBe(node.kind === 'project' ? 'stadium' : 'hexagon');
      expect(vertex.classes).toEqual(node.status ? [node.status] : []);
    });
    const ids = new Map(out.graph.nodes.map((n, i) => [n.id, vertices[i]!.id]));
    expect(db.getEdges().map((e) => [e.start, e.end])).toEqual(
      out.graph.edges.map((e) => [ids.get(e.from), ids.get(e.to)]),
    );
  });

  it('renders with Graphviz, every node and label as meant', async () => {
    const out = await outputs(kb());
    const viz = await instance();
    const result = viz.render(out.dot, { format: 'svg' });
    // Only errors count: the WebAssembly build has no fonts, so it warns about the width of "é".
    expect(result.errors.filter((e) => e.level === 'error')).toEqual([]);
    expect(result.status).toBe('success');
    const svg = new JSDOM(result.output!, { contentType: 'image/svg+xml' }).window.document;
    const nodes = [...svg.querySelectorAll('g.node')].map((g) => ({
      id: g.querySelector('title')?.textContent,
      lines: [...g.querySelectorAll('text')].map((t) => t.textContent),
    }));
    // Graphviz writes nodes and edges in its own order.
    const byId = (a: { id?: string | null }, b: { id?: string | null }) =>
      (a.id ?? '') < (b.id ?? '') ? -1 : 1;
    expect(nodes.sort(byId)).toEqual(
      // In a DOT name (unlike a label) `\\` stays two characters: an id with a backslash, never a
      // valid kwp id, is named with it doubled.
      out.graph.nodes
        .map((n) => ({ id: n.id.replace(/\\/g, '\\\\'), lines: expectedLines(n, true) }))
        .sort(byId),
    );
    const edges = [...svg.querySelectorAll('g.edge title')].map((t) => t.textContent);
    const name = (id: string) => id.replace(/\\/g, '\\\\');
    expect(edges.sort()).toEqual(out.graph.edges.map((e) => `${name(e.from)}->${name(e.to)}`).sort());
  });
});

it('an empty graph is still a diagram both accept', async () => {
  const kb = makeKb();
  const mermaidText = (await kwp(['graph', '--kb', kb])).stdout;
  await expect(mermaid.parse(mermaidText)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  const dot = (await kwp(['graph', '--kb', kb, '--format', 'dot'])).stdout;
  expect((await instance()).render(dot, { format: 'svg' }).status).toBe('success');
});
