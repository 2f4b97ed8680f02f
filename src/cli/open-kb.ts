// Finding and reading the knowledge base, shared by the commands that read it.
import { KnowledgeBase } from '../core/knowledge-base.js';
import type { ParsedFile } from '../core/read-file.js';
import type { Lang } from '../messages/catalogue.js';
import { loadKnowledgeBase } from '../store/read-kb.js';
import { chooseLang, type GlobalOptions, kbRoot } from './context.js';
import type { Io } from './io.js';

export interface OpenKb {
  root: string;
  files: ParsedFile[];
  lang: Lang;
}

export async function openKb(io: Io, options: GlobalOptions): Promise<OpenKb> {
  const root = kbRoot(io, options);
  const { files } = await loadKnowledgeBase(root);
  const lang = chooseLang(
    io,
    options,
    files.find((f) => f.kind === 'werkplaats'),
  );
  return { root, files, lang };
}

export async function openKnowledgeBase(
  io: Io,
  options: GlobalOptions,
): Promise<OpenKb & { kb: KnowledgeBase }> {
  const opened = await openKb(io, options);
  return { ...opened, kb: new KnowledgeBase(opened.files) };
}
