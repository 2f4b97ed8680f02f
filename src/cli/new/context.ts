// What the knowledge base offers a new record: the werkplaats vocabularies, existing projects and
// partners to choose from, and every id already taken.
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
  const w = kb.werkplaats?.view;
  const titled = (entries: { id: string; title: string | undefined }[]) =>
    new Map(entries.map((e) => [e.id, e.title ?? ''] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
  const partners = kb
    .ofKind('partner')
    .map(({ id, view }) => ({ naam: view.naam ?? id, groep: view.groep, niveau: view.niveau }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  const context: NewContext = {
    projects: titled(kb.ofKind('project').map((e) => ({ id: e.id, title: e.view.titel }))),
    questions: titled(kb.ofKind('vraag').map((e) => ({ id: e.id, title: e.view.vraag }))),
    kindOf: (id) => kb.get(id)?.kind,
    pathOf: (id) => kb.get(id)?.file.path,
    taken: new Set(kb.byId.keys()),
    partners: partners.map((p) => ({
      naam: p.naam,
      ...(p.groep ? { groep: p.groep } : {}),
      ...(p.niveau ? { niveau: p.niveau } : {}),
    })),
  };
  if (w?.programmas) context.programmas = [...w.programmas];
  if (w?.themas) context.themas = [...w.themas];
  if (w?.gebieden) context.gebieden = [...w.gebieden];
  return context;
}
