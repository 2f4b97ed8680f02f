// `kwp graph`: the follow-up chains and the questions between them, as Mermaid, DOT or JSON, printed
// as is (for a file or a page: no colour, nothing else on standard output).
import { GRAPH_KINDS, knowledgeGraph } from '../../core/knowledge-graph.js';
import { closest } from '../../core/suggest.js';
import { EXIT, KwpError } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { renderDot } from '../../render/graph-dot.js';
import { renderGraphJson } from '../../render/graph-json.js';
import { renderMermaid } from '../../render/graph-mermaid.js';
import type { GlobalOptions } from '../context.js';
import type { Io } from '../io.js';
import { openKnowledgeBase } from '../open-kb.js';

export const GRAPH_FORMATS = ['mermaid', 'dot', 'json'] as const;
type GraphFormat = (typeof GRAPH_FORMATS)[number];

// Mermaid's own limits (its `maxTextSize` and `maxEdges`, as GitHub and GitLab leave them): past
// either the page shows an error instead of the diagram.
const MERMAID_MAX_TEXT = 50_000;
const MERMAID_MAX_EDGES = 500;

export interface GraphOptions extends GlobalOptions {
  format?: string;
  root?: string;
}

export async function graphCommand(io: Io, options: GraphOptions): Promise<number> {
  const format = options.format ?? 'mermaid';
  if (!(GRAPH_FORMATS as readonly string[]).includes(format)) {
    const suggestion = closest(format, GRAPH_FORMATS);
    throw new KwpError('cli.unknown-option-value', {
      value: format,
      option: '--format',
      allowed: [...GRAPH_FORMATS],
      ...(suggestion ? { suggestion } : {}),
    });
  }
  // A file that cannot be read loses its links: opening names it, so a missing arrow is no mystery.
  const { kb, lang } = await openKnowledgeBase(io, options);
  const root = options.root;
  if (root !== undefined) {
    const entry = kb.get(root);
    if (!entry) {
      const suggestion = closest(
        root,
        GRAPH_KINDS.flatMap((kind) => kb.idsOfKind(kind)),
      );
      throw new KwpError('cli.unknown-id', suggestion ? { id: root, suggestion } : { id: root });
    }
    if (!GRAPH_KINDS.includes(entry.kind)) throw new KwpError('graph.root-kind', { id: root });
  }
  const graph = knowledgeGraph(kb, root);

  if (graph.nodes.length === 0) io.err(`${t(lang, 'graph.empty')}\n`);

  const render: Record<GraphFormat, () => string> = {
    mermaid: () => renderMermaid(graph, lang),
    dot: () => renderDot(graph, lang),
    json: () => renderGraphJson(graph),
  };
  const text = render[format as GraphFormat]();
  if (format === 'mermaid' && (text.length > MERMAID_MAX_TEXT || graph.edges.length > MERMAID_MAX_EDGES))
    io.err(
      `${t(lang, 'graph.too-big-for-mermaid', { nodes: graph.nodes.length, edges: graph.edges.length })}\n`,
    );
  io.out(text);
  return EXIT.ok;
}
