// The site `kwp site` writes, in a real browser (Debian's Chromium driven by playwright-core), opened
// from disk (`file://`) and served over http under /kennisbank/ as GitHub Pages serves a project
// site: Dutch word pairs find the right pages and not everything; every page loads with no request
// leaving the site, no console error and no broken Content-Security-Policy; a filtered address
// restores the same view; and the pages fit a 360 px wide screen.
//
// Skipped, with a message, where /usr/bin/chromium is missing (`apt-get install -y chromium`) — but
// never in CI (CI set): there a missing browser fails these tests instead of hiding them.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../helpers/git.js';
import { makeKb } from '../helpers/kb.js';
import { site } from './helpers.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumFor } from '../helpers/chromium.js';

const PREFIX = '/kennisbank/';
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

const available = chromiumFor("the site's browser tests");

/** The pages every visitor reaches from the menu, and one of each kind of record. */
const PAGES = [
  'index.html',
  'vragen.html',
  'partners.html',
  'aanbod.html',
  'ketens.html',
  'werkplaats.html',
  'rapport.html',
  'zoeken.html',
  'projecten/2025-groene-schoolpleinen-rivierenwijk.html',
  'kennisvragen/schoolpleinen-onderhoud-door-buurt.html',
  'partners/hogeschool-rivelde.html',
  'aanbod/minor-sociale-innovatie-2026-2027.html',
];

describe.skipIf(!available)('the site in a real browser (Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let dir: string;
  let http: string;

  beforeAll(async () => {
    const root = makeKb({}, { example: true });
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '-m', 'voorbeeld'], '2026-03-01');
    const r = await site(root, ['--out', 'site']);
    expect(r.code).toBe(0);
    dir = join(root, 'site');
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
      const file = normalize(join(dir, path.slice(PREFIX.length)));
      if (!path.startsWith(PREFIX) || !file.startsWith(dir) || !existsSync(file) || file === dir) {
        response.writeHead(404).end();
        return;
      }
      const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
      response.writeHead(200, { 'content-type': `${type}; charset=utf-8` });
      response.end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    http = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  const bases = () => [
    { where: 'from disk', base: `${pathToFileURL(dir).href}/` },
    { where: 'over http under /kennisbank/', base: http },
  ];

  async function open(base: string, path: string, width = 1024) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
    const response = await page.goto(`${base}${path}`);
    if (response) expect(response.status(), path).toBeLessThan(400);
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    return { page, requests, errors, violations };
  }

  const results = (page: Page) =>
    page.locator('[data-kwp-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  for (const i of [0, 1]) {
    it(`finds Dutch word pairs, the right page first and not everything (${i === 0 ? 'from disk' : 'over http'})`, async () => {
      const { base } = bases()[i]!;
      const o = await open(base, 'zoeken.html');
      const input = o.page.locator('input[type="search"]');
      for (const [query, first] of [
        ['schoolplein', 'projecten/2025-groene-schoolpleinen-rivierenwijk.html'],
        ['huisbezoek', 'projecten/2024-eenzaamheid-ouderen-oosterpark.html'],
        ['cooperatie', 'projecten/2026-onderhoud-schoolpleinen-door-buurt.html'],
        ['taalcafe', 'projecten/2024-taalcafe-zandveld.html'],
      ] as const) {
        await input.fill(query);
        await input.press('Enter');
        await expect.poll(async () => (await results(o.page))[0]).toBe(first);
        expect((await results(o.page)).length).toBeLessThan(10);
      }
      // The result links lead to pages that exist: the first one opens.
      await o.page.locator('[data-kwp-results] li a').first().click();
      await expect.poll(() => o.page.url()).toBe(`${base}projecten/2024-taalcafe-zandveld.html`);
      expect(await o.page.locator('main h1').count()).toBe(1);
      expect(o.requests.filter((r) => !r.startsWith(base))).toEqual([]);
      expect(o.errors).toEqual([]);
      expect(await o.violations()).toEqual([]);
      await o.page.close();
    });

    it(`loads every kind of page with nothing from elsewhere, no error and no policy broken (${i === 0 ? 'from disk' : 'over http'})`, async () => {
      const { base } = bases()[i]!;
      for (const path of PAGES) {
        const o = await open(base, path);
        expect(
          o.requests.filter((r) => !r.startsWith(base)),
          path,
        ).toEqual([]);
        // The stylesheet applies (a blocked one would leave the header unstyled).
        expect(
          await o.page.locator('header.site').evaluate((h) => getComputedStyle(h).backgroundColor),
          path,
        ).toBe('rgb(31, 95, 153)');
        expect(o.errors, path).toEqual([]);
        expect(await o.violations(), path).toEqual([]);
        await o.page.close();
      }
    });
  }

  it('restores a filtered view from its address, and keeps a new choice in the address', async () => {
    const o = await open(http, 'index.html?thema=duurzaamheid&status=afgerond');
    const visible = () => o.page.locator('[data-kwp-list] > li:not([hidden])');
    await expect.poll(() => o.page.locator('#facet-thema').inputValue()).toBe('duurzaamheid');
    expect(await o.page.locator('#facet-status').inputValue()).toBe('afgerond');
    const metas = await visible().locator('.meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/^afgerond · .*duurzaamheid/);
    const all = await o.page.locator('[data-kwp-list] > li').count();
    expect(metas.length).toBeLessThan(all);
    expect(await o.page.locator('[data-kwp-count]').textContent()).toBe(
      `Getoond: ${metas.length} van ${all}`,
    );

    await o.page.locator('#facet-status').selectOption('');
    await o.page.locator('#facet-gebied').selectOption('Rivierenwijk');
    await expect.poll(() => new URL(o.page.url()).search).toBe('?thema=duurzaamheid&gebied=Rivierenwijk');
    const shared = o.page.url();
    const count = await visible().count();
    const again = await open(http, shared.slice(http.length));
    await expect.poll(() => again.page.locator('[data-kwp-list] > li:not([hidden])').count()).toBe(count);
    expect(o.errors).toEqual([]);
    await o.page.close();
    await again.page.close();
  });

  it('fits a 360 px wide screen: no page scrolls sideways', async () => {
    for (const path of PAGES) {
      const o = await open(http, path, 360);
      const width = await o.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
      // A table shown as cards puts a label before each value: no label may stick out of its cell
      // into the next row (a long label beside a short or empty value).
      const overflowing = await o.page.evaluate(() =>
        [...document.querySelectorAll('table.stack td')]
          .filter((td) => td.scrollHeight > td.clientHeight + 1)
          .map((td) => td.getAttribute('data-label')),
      );
      expect(overflowing, path).toEqual([]);
      await o.page.close();
    }
  });
});
