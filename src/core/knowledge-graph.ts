// The knowledge cycle as a graph: projects in follow-up chains and the questions between them, for
// `kwp graph`. Pure: built from a KnowledgeBase; render/graph-*.ts turn it into Mermaid, DOT or JSON.
import type { KnowledgeBase } from './knowledge-base.js';
import type { Kind } from './kinds.js';
import { titleOf } from './model/views.js';
import { CHAIN_LINK, linkTargets } from './model/link-values.js';
import { type EdgeKind, type Link, LINKS } from './model/links.js';

export type GraphNodeKind = 'project' | 'vraag';
/** Every edge points forward in the cycle: earlier project → later, project → question → project. */
export type GraphEdgeKind = EdgeKind;

/** The links the graph draws: those with an edge. */
const DRAWN: readonly Link[] = (LINKS as readonly Link[]).filter((l) => l.edge !== undefined);

/** The kinds the graph draws: those at either end of a drawn link. */
export const GRAPH_KINDS: readonly Kind[] = [...new Set(DRAWN.flatMap((l) => [l.from, l.to]))];

export interface KnowledgeGraphNode {
  id: string;
  kind: GraphNodeKind;
  /** `titel` of a project, `vraag` of a question; the id when the file has none. */
  label: string;
  status: string | null;
}

export interface KnowledgeGraphEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
}

export interface KnowledgeGraph {
  nodes: KnowledgeGraphNode[];
  edges: KnowledgeGraphEdge[];
}

const EDGE_ORDER: readonly GraphEdgeKind[] = ['vervolg_op', 'raised', 'taken_up'];

/**
 * Without `root`: every chain (two or more projects linked through `vervolg_op`), every project
 * linked to another only through a question (raised in one, taken up by the other), and the questions
 * those projects raised or took up — open ones too, as they are where a chain may go next.
 * With `root` (a project or question id that exists): the chain of that project, or the chains of
 * the projects a question connects, with their questions. Either way a project at the far end of an
 * included question is shown too, so no edge hangs loose; edges to unknown ids are left out.
 */
export function knowledgeGraph(kb: KnowledgeBase, root?: string): KnowledgeGraph {
  const links = linksOf(kb);
  const chains = kb.graph.chains();
  let groups: string[][];
  if (root === undefined) {
    const inChain = new Set(chains.flat());
    // Questions that tie projects together outside any chain make a group of their own.
    const loose = [...links.projectsOf.entries()]
      .filter(([, projects]) => projects.length >= 2 && projects.every((p) => !inChain.has(p)))
      .sort(([a], [b]) => compareIds(a, b))
      .map(([, projects]) => projects);
    groups = [...chains, ...loose];
  } else if (kindOf(kb, root) === 'vraag') {
    const projects = links.projectsOf.get(root) ?? [];
    groups = projects.map((p) => kb.graph.chainOf(p));
    groups.sort((a, b) => chainRank(chains, a) - chainRank(chains, b));
    if (groups.length === 0) groups = [[root]];
  } else {
    groups = [kb.graph.chainOf(root)];
  }
  return select(kb, links, groups);
}

interface Links {
  edges: KnowledgeGraphEdge[];
  /** Per project, its questions: those it raised, then those it took up, each sorted by id. */
  questionsOf: Map<string, string[]>;
  /** Per question, the projects at the other end of its edges, sorted by id. */
  projectsOf: Map<string, string[]>;
}

/** Every edge between records that exist, each once, read defensively from files that may be broken. */
function linksOf(kb: KnowledgeBase): Links {
  const seen = new Set<string>();
  const edges: KnowledgeGraphEdge[] = [];
  const add = (from: string, to: string, kind: GraphEdgeKind) => {
    const key = `${kind}\u0000${from}\u0000${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to, kind });
  };
  // The follow-up links are the project graph's own, the ones every report and `kwp show` draw too.
  const chain = CHAIN_LINK.edge;
  if (chain) for (const { van, naar } of kb.graph.links()) add(van, naar, chain.kind);
  // Every other link draws the edge the link table gives it, when its target is of the right kind.
  const others = DRAWN.filter((l) => l.name !== CHAIN_LINK.name);
  for (const entry of kb.entries) {
    if (kb.get(entry.id) !== entry) continue; // a duplicate id: validate reports it; the first counts
    for (const link of others) {
      if (link.from !== entry.kind) continue;
      for (const target of linkTargets(entry.data, link)) {
        if (kindOf(kb, target) !== link.to) continue;
        const edge = link.edge!;
        if (edge.from === 'holder') add(entry.id, target, edge.kind);
        else add(target, entry.id, edge.kind);
      }
    }
  }
  const questionsOf = new Map<string, string[]>();
  const projectsOf = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  const byId = (a: KnowledgeGraphEdge, b: KnowledgeGraphEdge) =>
    EDGE_ORDER.indexOf(a.kind) - EDGE_ORDER.indexOf(b.kind) ||
    compareIds(a.from, b.from) ||
    compareIds(a.to, b.to);
  for (const edge of [...edges].sort(byId)) {
    if (edge.kind === 'raised') push(questionsOf, edge.from, edge.to);
    if (edge.kind === 'taken_up') push(questionsOf, edge.to, edge.from);
  }
  for (const edge of edges) {
    if (edge.kind === 'raised') push(projectsOf, edge.to, edge.from);
    if (edge.kind === 'taken_up') push(projectsOf, edge.from, edge.to);
  }
  for (const list of projectsOf.values()) list.sort(compareIds);
  return { edges, questionsOf, projectsOf };
}

/** Nodes group by group (its projects in chain order, its questions, then far-end projects); edges among them. */
function select(kb: KnowledgeBase, links: Links, groups: string[][]): KnowledgeGraph {
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (id: string) => {
    if (!placed.has(id)) order.push(id);
    placed.add(id);
  };
  const grouped = new Set(groups.flat());
  for (const group of groups) {
    const projects = group.filter((id) => kindOf(kb, id) === 'project');
    projects.forEach(place);
    const questions = group.filter((id) => kindOf(kb, id) === 'vraag');
    for (const p of projects) questions.push(...(links.questionsOf.get(p) ?? []));
    questions.forEach(place);
    // A far-end project that is in a group of its own waits for that group, to keep its chain order.
    for (const q of questions)
      (links.projectsOf.get(q) ?? []).filter((id) => !grouped.has(id)).forEach(place);
  }
  const position = new Map(order.map((id, i) => [id, i]));
  const edges = links.edges
    .filter((e) => position.has(e.from) && position.has(e.to))
    .sort(
      (a, b) =>
        position.get(a.from)! - position.get(b.from)! ||
        position.get(a.to)! - position.get(b.to)! ||
        EDGE_ORDER.indexOf(a.kind) - EDGE_ORDER.indexOf(b.kind),
    );
  return { nodes: order.map((id) => nodeOf(kb, id)), edges };
}

function nodeOf(kb: KnowledgeBase, id: string): KnowledgeGraphNode {
  const entry = kb.get(id);
  const kind: GraphNodeKind = entry?.kind === 'vraag' ? 'vraag' : 'project';
  const view = entry?.view;
  const text = view && titleOf(view);
  const status = view && 'status' in view ? view.status : undefined;
  return { id, kind, label: text?.trim() ? text : id, status: status ?? null };
}

function kindOf(kb: KnowledgeBase, id: string): string | undefined {
  return kb.get(id)?.kind;
}

/** Where a group stands among the chains; a project standing alone comes after all of them. */
function chainRank(chains: string[][], group: string[]): number {
  const i = chains.findIndex((c) => c.includes(group[0]!));
  return i === -1 ? chains.length : i;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
