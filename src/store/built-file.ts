// Where a file built beside kwp's bundle is (scripts/build.mjs writes the worker threads' entries
// there): dist/<name>.js beside dist/main.js or its chunks, dist/<name>.cjs beside dist/kwp.cjs.
import { existsSync } from 'node:fs';

/** The built file `<name>.js` or `.cjs` beside the running bundle; null from the sources or when missing. */
export function builtBeside(name: string): URL | null {
  const here = import.meta.url;
  const cjs = here.endsWith('.cjs');
  if (!cjs && !here.endsWith('.js')) return null;
  const file = new URL(`${here.includes('/chunks/') ? '../' : './'}${name}.${cjs ? 'cjs' : 'js'}`, here);
  return existsSync(file) ? file : null;
}
