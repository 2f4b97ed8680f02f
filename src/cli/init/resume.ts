// Finishing a `kwp init` whose commit failed (a hook, git refusing): its files are there, staged but
// not committed. Running `kwp init` again recognises them — the werkplaats staged and never committed,
// and beside it only files with exactly the content init writes — and commits them, instead of
// refusing the folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { werkplaatsView } from '../../core/model/views.js';
import { readSourceFile } from '../../core/read-file.js';
import { parseLang } from '../../messages/catalogue.js';
import { inIndex, uncommitted } from '../../store/git.js';
import type { KwpPackage } from '../../store/kwp-package.js';
import { CI_KINDS } from './ci-workflows.js';
import { type InitPlace, planInit } from './plan.js';

export interface Unfinished {
  naam: string;
  files: string[];
}

/** The files of an init that wrote but did not commit, or undefined when the werkplaats is in git. */
export async function unfinishedInit(
  place: InitPlace,
  templates: { werkplaats: string; readme: string },
  kwp: KwpPackage,
): Promise<Unfinished | undefined> {
  const werkplaats = join(place.root, 'knowledge', 'werkplaats.md');
  const staged = await inIndex(place.repoTop, await uncommitted(place.repoTop, [werkplaats]));
  if (staged.length === 0) return undefined;
  const parsed = readSourceFile(werkplaats, 'werkplaats', readFileSync(werkplaats));
  const view = werkplaatsView(parsed?.data);
  const naam = view.naam?.trim() || 'werkplaats';
  const taal = parseLang(view.taal) ?? 'nl';
  // What init would have written, for each CI choice, with and without the site job (GitLab's
  // pipeline differs by it): a file counts as init's only when it matches one of them.
  const mine = new Map<string, Set<string>>();
  for (const ci of CI_KINDS)
    for (const site of [true, false]) {
      const values = { naam, taal, programmas: [], themas: [], gebieden: [], doelen: {}, ci, site };
      for (const file of planInit(values, place, templates, kwp))
        mine.set(file.path, (mine.get(file.path) ?? new Set()).add(file.content));
    }
  const candidates = [...mine.keys()].filter(
    (path) => path === werkplaats || (existsSync(path) && mine.get(path)!.has(readFileSync(path, 'utf8'))),
  );
  return { naam, files: await uncommitted(place.repoTop, candidates) };
}
