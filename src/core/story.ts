// The story of a project in its chain, as data: what it built on, which questions it took up, what
// its evaluation said, which questions it raised and who took those up, and who continued.
import type { ChainLink } from './graph.js';
import type { EntryOf, KnowledgeBase } from './knowledge-base.js';
import { titleOf } from './model/views.js';
import { periodText } from './offer/period-text.js';
import { occupiedPeriod, offerStatus } from './offer/periods.js';

export interface StoryRef {
  id: string;
  /** Title of a project, or the text of a question; '' when the record is unknown or unreadable. */
  label: string;
  status: string;
  /** For a question: the projects that took it up. */
  takenUpBy?: StoryRef[];
  /** For an education offer: the period the project occupies (`blok 3: 2027-02-01 – …`), if any. */
  period?: string;
}

export interface ProjectStory {
  builtOn: StoryRef[];
  takesUp: StoryRef[];
  evaluation?: { datum?: string; conclusies: string[]; leerpunten: string[]; verbeterpunten: string[] };
  raised: StoryRef[];
  continuedBy: StoryRef[];
  /** The education offers it is carried out in, each with the period it occupies. */
  offers: StoryRef[];
  chain: StoryRef[];
  /** The real `vervolg_op` links within `chain`. */
  chainLinks: ChainLink[];
}

function ref(kb: KnowledgeBase, id: string): StoryRef {
  const view = kb.get(id)?.view;
  const status = view && 'status' in view ? view.status : undefined;
  return { id, label: (view && titleOf(view)) ?? '', status: status ?? '' };
}

export function projectStory(kb: KnowledgeBase, project: EntryOf<'project'>): ProjectStory {
  const view = project.view;
  const question = (id: string): StoryRef => ({
    ...ref(kb, id),
    takenUpBy: kb.takenUpBy(id).map((p) => ref(kb, p)),
  });
  const evaluatie = view.evaluatie;
  // Raised: listed in the evaluation, or registered with this project as where they arose.
  const raised = new Set(evaluatie?.nieuwe_kennisvragen);
  for (const q of kb.ofKind('vraag')) if (q.view.project === project.id) raised.add(q.id);
  const datum = evaluatie?.datum;
  const chain = kb.graph.chainOf(project.id);
  return {
    builtOn: view.vervolg_op.map((id) => ref(kb, id)),
    takesUp: view.kennisvragen.map(question),
    ...(evaluatie
      ? {
          evaluation: {
            ...(datum ? { datum } : {}),
            conclusies: [...evaluatie.conclusies],
            leerpunten: [...evaluatie.leerpunten],
            verbeterpunten: [...evaluatie.verbeterpunten],
          },
        }
      : {}),
    raised: [...raised].sort().map(question),
    continuedBy: kb.graph.followersOf(project.id).map((id) => ref(kb, id)),
    offers: view.aanbod.map((id) => {
      const offer = kb.get(id);
      if (offer?.kind !== 'aanbod') return ref(kb, id);
      const index = occupiedPeriod(offer.view, view.planning.start);
      const period = index === undefined ? undefined : offer.view.periodes[index];
      return {
        ...ref(kb, id),
        status: offerStatus(offer.view),
        ...(period ? { period: periodText(period) } : {}),
      };
    }),
    chain: chain.map((id) => ref(kb, id)),
    chainLinks: kb.graph.linksAmong(chain),
  };
}
