// `kwp graph --format json`: the graph as kwp builds it, for other tools; labels in full, as written.
import type { KnowledgeGraph } from '../core/knowledge-graph.js';

export function renderGraphJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}
