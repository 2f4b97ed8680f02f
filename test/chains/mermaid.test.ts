// The chain diagram of `kwp report --format md`, read by Mermaid's own parser (given a DOM by jsdom):
// its arrows are exactly the real `vervolg_op` links among the counted projects of the chains.
import { beforeAll, describe, expect, it } from 'vitest';
import { type FlowDb, loadMermaid, type Mermaid } from '../helpers/mermaid.js';
import { kwp, makeKb, project, REPO } from '../helpers/kb.js';
import { readFiles } from './drawn.js';

let mermaid: Mermaid;

beforeAll(async () => {
  mermaid = await loadMermaid();
});

async function diagramLinks(root: string): Promise<{ nodes: string[]; links: string[]; ketens: string[][] }> {
  const md = (await kwp(['report', '--kb', root])).stdout;
  const text = /```mermaid\n([\s\S]*?)```/.exec(md)![1]!;
  await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as FlowDb;
  const files = readFiles(root);
  const byNode = new Map([...files.titles.keys()].map((id) => [`p_${id.replace(/[^A-Za-z0-9]/g, '_')}`, id]));
  const json = JSON.parse((await kwp(['report', '--kb', root, '--format', 'json'])).stdout) as {
    ketens: string[][];
  };
  return {
    nodes: [...db.getVertices().keys()].map((v) => byNode.get(v)!).sort(),
    links: db.getEdges().map((e) => `${byNode.get(e.start)}>${byNode.get(e.end)}`),
    ketens: json.ketens,
  };
}

describe('the chain diagram of the Markdown report, read by Mermaid', () => {
  it('on the example: two arrows into Geldzaken en taal, none between Taalcafé and Vroeg signaleren', async () => {
    const drawn = await diagramLinks(REPO);
    const files = readFiles(REPO);
    expect(drawn.nodes).toEqual(drawn.ketens.flat().sort());
    const among = [...files.links].filter((l) => l.split('>').every((id) => drawn.nodes.includes(id)));
    expect(drawn.links.sort()).toEqual(among.sort());
    expect(drawn.links).not.toContain('2024-taalcafe-zandveld>2025-armoede-signalering-zandveld');
  });

  it('on a diamond: four arrows, none between the two middle projects', async () => {
    const root = makeKb({
      'knowledge/projecten/p-a.md': project('p-a'),
      'knowledge/projecten/p-b.md': project('p-b', 'vervolg_op: [p-a]\n'),
      'knowledge/projecten/p-c.md': project('p-c', 'vervolg_op: [p-a]\n'),
      'knowledge/projecten/p-d.md': project('p-d', 'vervolg_op: [p-b, p-c]\n'),
    });
    const drawn = await diagramLinks(root);
    expect(drawn.nodes).toEqual(['p-a', 'p-b', 'p-c', 'p-d']);
    expect(drawn.links.sort()).toEqual(['p-a>p-b', 'p-a>p-c', 'p-b>p-d', 'p-c>p-d']);
  });
});
