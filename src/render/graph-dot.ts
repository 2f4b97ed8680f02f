// `kwp graph --format dot`: Graphviz. Every id and label is a quoted DOT string, so titles can hold
// anything; line breaks are `\n` escapes, never raw newlines.
import type { KnowledgeGraph, KnowledgeGraphNode } from '../core/knowledge-graph.js';
import { type Lang, t } from '../messages/catalogue.js';
import { labelLines, shortLabel, statusStyle } from './graph-text.js';

export function renderDot(graph: KnowledgeGraph, lang: Lang): string {
  const lines = [
    'digraph kwp {',
    '  rankdir=LR;',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const node of graph.nodes) lines.push(`  ${quote(node.id)} [${attributes(nodeAttributes(node))}];`);
  for (const edge of graph.edges) {
    const attrs: Record<string, string> = {
      label: t(lang, `graph.edge.${edge.kind}`).replace(/&/g, '&amp;'),
    };
    if (edge.kind !== 'vervolg_op') attrs['style'] = 'dashed';
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [${attributes(attrs)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function nodeAttributes(node: KnowledgeGraphNode): Record<string, string> {
  const status = shortLabel(node.status ?? '');
  const text = [...labelLines(node.label), ...(status !== '' ? [`(${status})`] : [])];
  const style = statusStyle(node.status);
  const looks = node.kind === 'project' ? ['rounded', 'filled'] : ['filled'];
  if (style?.dashed) looks.push('dashed');
  return {
    // Graphviz reads `&amp;` and the like in any label as an entity: a literal `&` must be one too.
    label: text.join('\n').replace(/&/g, '&amp;'),
    shape: node.kind === 'project' ? 'box' : 'hexagon',
    style: looks.join(','),
    fillcolor: style?.fill ?? '#ffffff',
    color: style?.stroke ?? '#6b7280',
    fontcolor: style?.text ?? '#111827',
  };
}

function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([key, value]) => `${key}=${quote(value)}`)
    .join(', ');
}

/**
 * A DOT quoted string: `\` and `"` escaped, a line break as `\n` (Graphviz centres each line). In a
 * label `\\` reads as one backslash; in a node name it stays two, which only an invalid id can hold.
 */
export function quote(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')}"`;
}
