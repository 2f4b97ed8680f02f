// `kwp graph --format mermaid`: a flowchart that GitHub and GitLab render as is. Node ids are made
// safe identifiers; every label is quoted and every character Mermaid could read as syntax is an entity.
import type { KnowledgeGraph, KnowledgeGraphEdge, KnowledgeGraphNode } from '../core/knowledge-graph.js';
import { type Lang, t } from '../messages/catalogue.js';
import { shortLabel, STATUS_STYLES, statusStyle } from './graph-text.js';

export function renderMermaid(graph: KnowledgeGraph, lang: Lang): string {
  const ids = mermaidIds(graph.nodes);
  const lines = ['flowchart LR'];
  for (const node of graph.nodes) lines.push(`  ${nodeLine(ids.get(node.id)!, node)}`);
  for (const edge of graph.edges) lines.push(`  ${edgeLine(ids, edge, lang)}`);
  const used = new Set(graph.nodes.map((n) => n.status));
  for (const [status, style] of Object.entries(STATUS_STYLES)) {
    if (!used.has(status)) continue;
    const dash = style.dashed ? ',stroke-dasharray:4 3' : '';
    lines.push(`  classDef ${status} fill:${style.fill},stroke:${style.stroke},color:${style.text}${dash}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `p_`/`q_` and the kwp id with anything but letters and digits as `_`; made unique if two collide. */
export function mermaidIds(nodes: readonly KnowledgeGraphNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const node of nodes) {
    const base = `${node.kind === 'project' ? 'p' : 'q'}_${node.id.replace(/[^A-Za-z0-9]/g, '_')}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    out.set(node.id, id);
  }
  return out;
}

function nodeLine(id: string, node: KnowledgeGraphNode): string {
  // One line of text: Mermaid wraps it to the box itself. The status goes on a line of its own.
  const text = [escapeLabel(shortLabel(node.label))];
  const status = shortLabel(node.status ?? '');
  if (status !== '') text.push(`(${escapeLabel(status)})`);
  let label = text.join('<br/>');
  // Mermaid drops the last `;` of a line with "style…:…#…;" in it before parsing (it takes it for a
  // style statement), which would break an entity: then the colons are entities as well.
  if (/style|classDef/.test(`${id}${label}`)) label = label.replace(/:/g, '#58;');
  // Projects are rounded boxes (stadium), questions hexagons.
  const [open, close] = node.kind === 'project' ? ['([', '])'] : ['{{', '}}'];
  return `${id}${open}"${label}"${close}${statusStyle(node.status) ? `:::${node.status}` : ''}`;
}

function edgeLine(ids: Map<string, string>, edge: KnowledgeGraphEdge, lang: Lang): string {
  const arrow = edge.kind === 'vervolg_op' ? '-->' : '-.->';
  const label = escapeLabel(t(lang, `graph.edge.${edge.kind}`));
  return `${ids.get(edge.from)!} ${arrow}|"${label}"| ${ids.get(edge.to)!}`;
}

/**
 * Text inside `"…"`: Mermaid's entity syntax (`#quot;`, `#35;`) for what would end the string, start
 * a markdown string, be taken as HTML or an entity, or (`%%`, searched for anywhere) a directive. `#`
 * goes first, as the others bring one in. Mermaid shows a backslash and `n` as a line break, even
 * as entities: an invisible word joiner between them keeps them as written.
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\\n/g, '\\\u2060n')
    .replace(/%(?=%)|(?<=%)%/g, '#37;');
}
