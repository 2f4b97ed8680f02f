// What the site tests share: the browser scripts bundled from src/ (as scripts/build.mjs bundles
// them) into a folder `kwp site` is pointed at (KWP_WEB_DIR), kwp site run in-process, and a site
// read back as its files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { git } from '../helpers/git.js';
import { kwp, makeKb, REPO, type RunResult, tempDir } from '../helpers/kb.js';

let web: Promise<string> | undefined;

/** A folder with kwp-search.js and kwp-site.js, bundled from src/web/ once per test file. */
export function webDir(): Promise<string> {
  web ??= (async () => {
    const dir = tempDir('kwp-site-web-');
    for (const [entry, out] of [
      ['src/web/search.ts', 'kwp-search.js'],
      ['src/web/site.ts', 'kwp-site.js'],
    ] as const)
      await build({
        absWorkingDir: REPO,
        entryPoints: [entry],
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2020',
        minify: true,
        outfile: join(dir, out),
        logLevel: 'warning',
      });
    return dir;
  })();
  return web;
}

/** The example knowledge base, committed on 1 March 2026. */
export function committedExample(): string {
  const root = makeKb({}, { example: true });
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'voorbeeld'], '2026-03-01');
  return root;
}

/** `kwp site` on a knowledge base, in this process. */
export async function site(
  root: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; stderrTty?: boolean } = {},
): Promise<RunResult> {
  return kwp(['site', '--kb', root, ...args], {
    env: { KWP_WEB_DIR: await webDir(), ...options.env },
    cwd: root,
    stderrTty: options.stderrTty ?? false,
  });
}

/** Every file of a folder, by its path inside it (forward slashes), with its text. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const path = sub === '' ? name : `${sub}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else out.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk('');
  return out;
}

/**
 * What in a page could run or reach outside the site, read as a browser reads it (jsdom): event
 * handler and style attributes, scripts without a source of the site, images, and links or sources
 * that are `javascript:`, `data:` or absolute paths. Each as "tag attribute=value".
 */
export function dangers(html: string): string[] {
  const found: string[] = [];
  const document = new JSDOM(html).window.document;
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    for (const { name, value } of element.attributes) {
      const n = name.toLowerCase();
      if (n.startsWith('on') || n === 'style') found.push(`${tag} ${n}=${value}`);
      if (
        ['href', 'src', 'xlink:href', 'action', 'formaction'].includes(n) &&
        /^\s*(?:javascript|data|vbscript):|^\s*\//i.test(value)
      )
        found.push(`${tag} ${n}=${value}`);
    }
    if (tag === 'script' && !element.getAttribute('src')) found.push('script without src');
    if (tag === 'img' || tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(tag);
  }
  return found;
}
