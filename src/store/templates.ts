// Where templates come from: the werkplaats' own `templates/<kind>.md` if it has one, else kwp's.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type TemplateName = 'project' | 'vraag' | 'partner' | 'aanbod' | 'werkplaats' | 'kb-readme';

/** kwp's own templates/ folder: next to dist/ or src/, wherever this module was bundled. */
export function builtInTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'templates', 'project.md'))) return join(dir, 'templates');
    dir = dirname(dir);
  }
  throw new Error('kwp templates/ folder not found');
}

export function readTemplate(name: TemplateName, kbRoot?: string): { text: string; path: string } {
  if (kbRoot) {
    const own = join(kbRoot, 'templates', `${name}.md`);
    if (existsSync(own)) return { text: readFileSync(own, 'utf8'), path: own };
  }
  const path = join(builtInTemplatesDir(), `${name}.md`);
  return { text: readFileSync(path, 'utf8'), path };
}
