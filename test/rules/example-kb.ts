// Turns a rule's example (a rule module of src/core/rules/) into a real knowledge base: a small valid
// one, with the example's files written into it. An example names only the lines that matter; the
// rest of each file comes from a valid record of its folder's kind, as the rule index promises.
import { makeKb } from '../helpers/kb.js';
import type { ExampleFile } from '../../src/core/rules/rule.js';

const PROJECT_BODY = '## Inhoud\n\nStudenten ontwerpen groene daken met bewoners.\n';

/** A valid record of each folder's kind; `{id}` is the file name. */
const BASES: Record<string, string> = {
  projecten: `id: {id}
titel: Groene daken in de Rivierenwijk
status: lopend
programma: Leren met de Stad
kennisvraag: Hoe maken we daken groen, samen met bewoners?
projectleider:
  naam: Femke de Vries
contactpersoon:
  naam: Ahmed Yilmaz
planning:
  start: 2026-02-02
  einde: 2026-06-26`,
  kennisvragen: `id: {id}
vraag: Hoe houden we vrijwilligers vast?
status: open`,
  partners: `id: {id}
naam: Woningcorporatie Rivelde
groep: overig`,
  aanbod: `id: {id}
titel: Minor Groene Stad
instelling: Hogeschool Rivelde
niveau: hbo
periodes:
  - {start: 2026-02-02, einde: 2026-06-26}`,
};

/** Files every example starts from: the werkplaats, an earlier project and two registered partners. */
const BASE_FILES: Record<string, string> = {
  'werkplaats.md': `naam: Kenniswerkplaats Voorbeeld
programmas: [Leren met de Stad]
themas: [duurzaamheid]
gebieden: [Rivierenwijk]`,
  'projecten/2025-hittekaart.md': `id: 2025-hittekaart
titel: Hittekaart van de Rivierenwijk
status: lopend
programma: Leren met de Stad
kennisvraag: Waar is het in de zomer het heetst?
projectleider:
  naam: Femke de Vries
contactpersoon:
  naam: Ahmed Yilmaz
planning:
  start: 2025-02-03
  einde: 2025-06-27`,
  'partners/gemeente-rivelde.md': `id: gemeente-rivelde
naam: Gemeente Rivelde
groep: overheid`,
  'partners/hogeschool-rivelde.md': `id: hogeschool-rivelde
naam: Hogeschool Rivelde
groep: onderwijs
niveau: hbo`,
};

const KEY = /^([^\s#-][^:]*):(?:\s|$)/;

/** The base frontmatter with the fragment's top-level keys put in place of the base's own. */
export function mergeFrontmatter(base: string, fragment: string): string {
  const keys = new Set(fragment.split('\n').flatMap((line) => KEY.exec(line)?.[1] ?? []));
  const out: string[] = [];
  let skipping = false;
  let placed = false;
  for (const line of base.split('\n')) {
    const key = KEY.exec(line)?.[1];
    if (key !== undefined) skipping = keys.has(key);
    if (skipping) {
      if (!placed) out.push(fragment);
      placed = true;
      continue;
    }
    out.push(line);
  }
  if (!placed && fragment !== '') out.push(fragment);
  return out.join('\n');
}

/** The text of one file of an example: its lines merged into the base record of its kind. */
export function exampleFile(path: string, file: ExampleFile | undefined): string {
  if (file !== undefined && typeof file !== 'string' && 'whole' in file) return file.whole;
  const [folder, name = ''] = path.split('/');
  const base = BASE_FILES[path] ?? BASES[folder!]!.replace('{id}', name.replace(/\.md$/, ''));
  const fragment = file === undefined ? '' : typeof file === 'string' ? file : file.frontmatter;
  const body =
    file !== undefined && typeof file !== 'string' && 'body' in file
      ? file.body
      : folder === 'projecten'
        ? PROJECT_BODY
        : '';
  return `---\n${mergeFrontmatter(base, fragment)}\n---\n\n${body}`;
}

/** A temporary knowledge base: the base files with the example's files written over them. */
export function exampleKb(files: Readonly<Record<string, ExampleFile>>): string {
  const all: Record<string, string> = {};
  for (const path of Object.keys(BASE_FILES)) all[`knowledge/${path}`] = exampleFile(path, undefined);
  for (const [path, file] of Object.entries(files)) all[`knowledge/${path}`] = exampleFile(path, file);
  return makeKb(all);
}
