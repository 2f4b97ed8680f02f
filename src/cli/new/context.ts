// What the knowledge base offers a new record: the werkplaats vocabularies, existing projects and
// partners to choose from, and every id already taken.
import { str, stringsAt } from '../../core/data.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import type { ProjectContext } from '../../core/scaffold/project-input.js';

export interface RegisteredPartner {
  naam: string;
  groep?: string;
  niveau?: string;
}

export interface NewContext extends ProjectContext {
  taken: Set<string>;
  partners: RegisteredPartner[];
  questions: ReadonlyMap<string, string>;
  /** The file of a record, to name it when a title or question already exists. */
  pathOf: (id: string) => string | undefined;
}

export function newContext(kb: KnowledgeBase): NewContext {
  const w = kb.werkplaats?.data;
  const vocab = (name: string) =>
    w && Array.isArray(w[name]) ? stringsAt(w, name).map((s) => s.value) : undefined;
  const titled = (kind: 'project' | 'vraag', key: string) =>
    new Map(
      kb
        .ofKind(kind)
        .map((e) => [e.id, str(e.data, key) ?? ''] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const partners = kb
    .ofKind('partner')
    .map((e) => ({
      naam: str(e.data, 'naam') ?? e.id,
      groep: str(e.data, 'groep'),
      niveau: str(e.data, 'niveau'),
    }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  const context: NewContext = {
    projects: titled('project', 'titel'),
    questions: titled('vraag', 'vraag'),
    kindOf: (id) => kb.get(id)?.kind,
    pathOf: (id) => kb.get(id)?.file.path,
    taken: new Set(kb.byId.keys()),
    partners: partners.map((p) => ({
      naam: p.naam,
      ...(p.groep ? { groep: p.groep } : {}),
      ...(p.niveau ? { niveau: p.niveau } : {}),
    })),
  };
  const programmas = vocab('programmas');
  const themas = vocab('themas');
  const gebieden = vocab('gebieden');
  if (programmas) context.programmas = programmas;
  if (themas) context.themas = themas;
  if (gebieden) context.gebieden = gebieden;
  return context;
}
