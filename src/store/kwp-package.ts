// Where kwp's own documentation lives, from its package.json: the `homepage` when the package has
// one, else its page on npm. Both show the README, whose headings (one per rule) links point at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInTemplatesDir } from './templates.js';

export function kwpDocumentationUrl(): string {
  let pkg: { name?: unknown; homepage?: unknown } = {};
  try {
    pkg = JSON.parse(readFileSync(join(builtInTemplatesDir(), '..', 'package.json'), 'utf8')) as typeof pkg;
  } catch {
    // No package.json beside the templates: the name kwp was made under.
  }
  if (typeof pkg.homepage === 'string' && /^https?:\/\/\S+$/.test(pkg.homepage))
    return pkg.homepage.replace(/#.*$/, '');
  const name = typeof pkg.name === 'string' ? pkg.name : 'kwp';
  return `https://www.npmjs.com/package/${name}`;
}
