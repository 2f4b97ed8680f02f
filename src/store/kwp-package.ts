// kwp's own package.json: the one place its npm name and version are written. `kwp init` pins this
// name at this version in a new werkplaats, SARIF names the version that wrote it, and kwp's
// documentation is found from it: the `homepage` when the package has one, else its page on npm.
// Both show the README, whose headings (one per rule) links point at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInTemplatesDir } from './templates.js';

export interface KwpPackage {
  /** The name kwp is published under on npm (its command is `kwp` whatever this is). */
  name: string;
  version: string;
  homepage?: string;
}

let known: KwpPackage | undefined;

/** The name and version of this kwp, from the package.json beside its templates/ folder. */
export function kwpPackage(): KwpPackage {
  if (!known) {
    const pkg = JSON.parse(readFileSync(join(builtInTemplatesDir(), '..', 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    if (typeof pkg['name'] !== 'string' || typeof pkg['version'] !== 'string')
      throw new Error("kwp's package.json has no name or version");
    known = { name: pkg['name'], version: pkg['version'] };
    if (typeof pkg['homepage'] === 'string') known.homepage = pkg['homepage'];
  }
  return known;
}

export function kwpDocumentationUrl(): string {
  let pkg: Partial<KwpPackage> = {};
  try {
    pkg = kwpPackage();
  } catch {
    // No package.json beside the templates: the name kwp was made under.
  }
  return documentationUrl(pkg);
}

/** Where a kwp package's documentation is: its `homepage`, else its page on npm. */
export function documentationUrl(pkg: Partial<KwpPackage>): string {
  if (typeof pkg.homepage === 'string' && /^https?:\/\/\S+$/.test(pkg.homepage))
    return pkg.homepage.replace(/#.*$/, '');
  const name = typeof pkg.name === 'string' ? pkg.name : 'kwp';
  return `https://www.npmjs.com/package/${name}`;
}

/** The version of this kwp, from its package.json (`0.0.0` when it cannot be found). */
export function kwpVersion(): string {
  try {
    return kwpPackage().version;
  } catch {
    return '0.0.0';
  }
}
