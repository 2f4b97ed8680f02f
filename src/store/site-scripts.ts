// The site's browser scripts, as built by scripts/build.mjs: the search runtime (src/web/search.ts)
// and the overview's facets (src/web/site.ts), in dist/web/ of this kwp. `KWP_WEB_DIR` names another
// folder holding them (the tests bundle them from src/ into one).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KwpError } from '../errors.js';
import { builtInTemplatesDir } from './templates.js';

export interface SiteScripts {
  readonly search: string;
  readonly site: string;
}

export function siteScripts(env: Readonly<Record<string, string | undefined>>): SiteScripts {
  const dir = env['KWP_WEB_DIR'] || join(builtInTemplatesDir(), '..', 'dist', 'web');
  try {
    return {
      search: readFileSync(join(dir, 'kwp-search.js'), 'utf8'),
      site: readFileSync(join(dir, 'kwp-site.js'), 'utf8'),
    };
  } catch {
    throw new KwpError('site.not-built', { dir });
  }
}
