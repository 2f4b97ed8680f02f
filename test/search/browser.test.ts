// The site's search runtime (src/web/search.ts) in a real browser: Debian's Chromium, driven by
// playwright-core, on a tiny generated page with the split index beside it, opened from disk
// (`file://`) and served over http, both under `Content-Security-Policy: script-src 'self'`. A word
// pair finds the right record and not the others, no request leaves the page's folder, nothing is
// logged, and no policy is broken (a control shows a broken policy would be seen).
//
// Skipped, with a message, where /usr/bin/chromium is missing (`apt-get install -y chromium`) —
// but never in CI (CI set): there a missing browser fails these tests instead of hiding them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/core/search/build-index.js';
import type { SearchDocument } from '../../src/core/search/document.js';
import { splitIndex } from '../../src/core/search/split.js';
import { REPO, tempDir } from '../helpers/kb.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumFor } from '../helpers/chromium.js';

const CSP = "default-src 'none'; script-src 'self'; style-src 'self'";

const available = chromiumFor("the search runtime's browser tests");

const doc = (id: string, titel: string, tekst: string): SearchDocument => ({
  id,
  kind: 'project',
  titel,
  path: `knowledge/projecten/${id}.md`,
  fields: { titel, tekst },
});

const DOCUMENTS = [
  doc('groene-schoolpleinen', 'Groene schoolpleinen', 'Kinderen ontwerpen hun schoolpleinen met studenten.'),
  doc(
    'moestuin-zandveld',
    'Een tuintje in het Zandveld',
    'Bewoners beginnen een tuintje naast het wijkcentrum.',
  ),
  doc('energie-cooperatie', 'De energiecoöperatie', 'Een coöperatie van bewoners wekt stroom op.'),
  doc('taalcafe', 'Taalcafé', 'Elke week een gesprek over geld en taal.'),
  doc(
    'hostile',
    'Titel <img src=x onerror=alert(1)>',
    '<script>alert(1)</script> in de tekst van een boompje.',
  ),
  // Records no query here finds: their documents must never be loaded.
  ...Array.from({ length: 20 }, (_, i) =>
    doc(`verslag-${i}`, `Verslag ${i}`, `Over fietsen en wandelen, deel ${i}.`),
  ),
];

/** A tiny site: index.html with a search form, and search/ with the runtime and the split index. */
async function writeSite(dir: string): Promise<void> {
  const files = splitIndex(buildIndex(DOCUMENTS), DOCUMENTS);
  for (const f of files) {
    mkdirSync(dirname(join(dir, 'search', f.path)), { recursive: true });
    writeFileSync(join(dir, 'search', f.path), f.text);
  }
  await build({
    absWorkingDir: REPO,
    entryPoints: ['src/web/search.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    outfile: join(dir, 'search', 'kwp-search.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>Zoeken</title><script src="search/kwp-search.js" defer></script></head>
<body><main><form data-kwp-search role="search"><label>Zoek <input type="search" name="q"></label>
<button>Zoek</button></form>
<div data-kwp-results data-kwp-href="projecten/{id}.html" data-kwp-text-count="{count} resultaten"></div></main></body></html>`,
  );
}

describe.skipIf(!available)('the site search in a real browser (Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let site: string;
  let http: string;

  beforeAll(async () => {
    site = tempDir('kwp-search-site-');
    await writeSite(site);
    server = createServer((request, response) => {
      const path = normalize(join(site, decodeURIComponent(new URL(request.url!, 'http://x').pathname)));
      if (!path.startsWith(site) || !existsSync(path)) {
        response.writeHead(404).end();
        return;
      }
      const type = path.endsWith('.html') ? 'text/html' : 'text/javascript';
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': CSP });
      response.end(readFileSync(path));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    http = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  const sites = () => [
    { name: 'from disk', base: pathToFileURL(site).href + '/' },
    { name: 'over http', base: http },
  ];

  async function open(base: string, query?: string) {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
    await page.goto(`${base}index.html${query ? `?q=${encodeURIComponent(query)}` : ''}`);
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    return { page, requests, errors, dialogs, violations };
  }

  const links = (page: import('playwright-core').Page) =>
    page.locator('[data-kwp-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  for (const where of [0, 1]) {
    it(`finds the record of a word pair, and only it, ${where === 0 ? 'from disk' : 'over http'}`, async () => {
      const { base } = sites()[where]!;
      const o = await open(base);
      const input = o.page.locator('input[type="search"]');
      for (const [query, id] of [
        ['schoolplein', 'groene-schoolpleinen'],
        ['tuin', 'moestuin-zandveld'],
        ['cooperatie', 'energie-cooperatie'],
        ['cafe', 'taalcafe'],
        ['boom', 'hostile'],
      ] as const) {
        await input.fill(query);
        await input.press('Enter');
        await expect.poll(() => links(o.page)).toEqual([`projecten/${id}.html`]);
      }
      // A passage with the matched word marked.
      expect(await o.page.locator('[data-kwp-results] mark').first().textContent()).toBe('boompje');
      await input.fill('fietsenstalling');
      await input.press('Enter');
      await expect
        .poll(() => o.page.locator('[data-kwp-results] [role="status"]').textContent())
        .toBe('Niets gevonden voor "fietsenstalling".');
      expect(await links(o.page)).toEqual([]);

      expect(o.requests.filter((r) => !r.startsWith(base))).toEqual([]);
      expect(o.requests.some((r) => r.includes('/search/s/'))).toBe(true);
      // Only what the queries needed: never every record's document.
      expect(o.requests.filter((r) => r.includes('/search/d/')).length).toBe(5);
      expect(o.errors).toEqual([]);
      expect(o.dialogs).toEqual([]);
      expect(await o.violations()).toEqual([]);
      // The hostile title is text, not markup.
      expect(await o.page.locator('[data-kwp-results] img').count()).toBe(0);
      await o.page.close();
    });
  }

  it('searches what ?q= in the address asks, so a search can be shared', async () => {
    const o = await open(http, 'schoolpleinen');
    await expect.poll(() => links(o.page)).toEqual(['projecten/groene-schoolpleinen.html']);
    expect(await o.page.locator('input[type="search"]').inputValue()).toBe('schoolpleinen');
    await o.page.close();
  });

  it('would see a broken policy (the control: an inline script is refused and reported)', async () => {
    const o = await open(http);
    await o.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.ran = true';
      document.body.append(s);
    });
    await expect.poll(() => o.violations()).toContain('script-src-elem');
    expect(await o.page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    await o.page.close();
  });
});
