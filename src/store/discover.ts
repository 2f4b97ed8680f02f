// Finds the knowledge base root the way git finds its repository: --kb, then KWP_KB, then the
// nearest ancestor of the working directory holding knowledge/werkplaats.md.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WERKPLAATS_PATH } from '../core/kinds.js';
import { KwpError } from '../errors.js';

export function findKbRoot(options: {
  kb?: string | undefined;
  env?: string | undefined;
  cwd: string;
}): string {
  const explicit = options.kb ?? (options.env ? options.env : undefined);
  if (explicit !== undefined) {
    const root = resolve(options.cwd, explicit);
    if (!existsSync(join(root, WERKPLAATS_PATH))) throw new KwpError('cli.kb-not-found', { dir: root });
    return root;
  }
  for (let dir = resolve(options.cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, WERKPLAATS_PATH))) return dir;
    if (dirname(dir) === dir) break;
  }
  throw new KwpError('cli.no-kb', { dir: resolve(options.cwd) });
}
