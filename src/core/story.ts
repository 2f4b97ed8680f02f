// The story of a project in its chain, as data: what it built on, which questions it took up, what
// its evaluation said, which questions it raised and who took those up, and who continued.
import { isRecord, str, stringsAt, valueAt } from './data.js';
import type { ChainLink } from './graph.js';
import type { Entry, KnowledgeBase } from './knowledge-base.js';

export interface StoryRef {
  id: string;
  /** Title of a project, or the text of a question; '' when the record is unknown or unreadable. */
  label: string;
  status: string;
  /** For a question: the projects that took it up. */
  takenUpBy?: StoryRef[];
}

export interface ProjectStory {
  builtOn: StoryRef[];
  takesUp: StoryRef[];
  evaluation?: { datum?: string; conclusies: string[]; leerpunten: string[]; verbeterpunten: string[] };
  raised: StoryRef[];
  continuedBy: StoryRef[];
  chain: StoryRef[];
  /** The real `vervolg_op` links within `chain`. */
  chainLinks: ChainLink[];
}

function ref(kb: KnowledgeBase, id: string): StoryRef {
  const entry = kb.get(id);
  return { id, label: labelOf(entry), status: str(entry?.data, 'status') ?? '' };
}

function labelOf(entry: Entry | undefined): string {
  if (!entry) return '';
  return (
    str(entry.data, entry.kind === 'vraag' ? 'vraag' : entry.kind === 'project' ? 'titel' : 'naam') ?? ''
  );
}

export function projectStory(kb: KnowledgeBase, project: Entry): ProjectStory {
  const ids = (key: string, ...path: string[]) => stringsAt(project.data, ...path, key).map((s) => s.value);
  const question = (id: string): StoryRef => ({
    ...ref(kb, id),
    takenUpBy: kb.takenUpBy(id).map((p) => ref(kb, p)),
  });
  const evaluatie = valueAt(project.data, ['evaluatie']);
  const list = (key: string) => (isRecord(evaluatie) ? stringsAt(evaluatie, key).map((s) => s.value) : []);
  // Raised: listed in the evaluation, or registered with this project as where they arose.
  const raised = new Set(ids('nieuwe_kennisvragen', 'evaluatie'));
  for (const q of kb.ofKind('vraag')) if (str(q.data, 'project') === project.id) raised.add(q.id);
  const datum = str(evaluatie, 'datum');
  const chain = kb.graph.chainOf(project.id);
  return {
    builtOn: ids('vervolg_op').map((id) => ref(kb, id)),
    takesUp: ids('kennisvragen').map(question),
    ...(isRecord(evaluatie)
      ? {
          evaluation: {
            ...(datum ? { datum } : {}),
            conclusies: list('conclusies'),
            leerpunten: list('leerpunten'),
            verbeterpunten: list('verbeterpunten'),
          },
        }
      : {}),
    raised: [...raised].sort().map(question),
    continuedBy: kb.graph.followersOf(project.id).map((id) => ref(kb, id)),
    chain: chain.map((id) => ref(kb, id)),
    chainLinks: kb.graph.linksAmong(chain),
  };
}
