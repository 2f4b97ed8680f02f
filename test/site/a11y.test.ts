// Accessibility of the site `kwp site` writes, in a real browser (Debian's Chromium driven by
// playwright-core): axe-core, the standard accessibility engine, finds no violation on a page of
// every kind — of the full site, the --public site and the English one, on a desktop screen and at
// 360 px — and every landmark is there once or, when repeated, has a name of its own. The HTML
// report (`kwp report --format html`) is checked the same way.
//
// axe is a script put into the page, which the site's Content-Security-Policy rightly refuses: these
// pages are opened in a browser context that bypasses the policy, for this test only (the other
// browser tests keep it).
//
// Skipped, with a message, where /usr/bin/chromium is missing (`apt-get install -y chromium`) — but
// never in CI (CI set): there a missing browser fails these tests instead of hiding them.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_GUARD_MS } from '../helpers/hang-guard.js';
import { kwp } from '../helpers/kb.js';
import { committedExample, site } from './helpers.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumFor } from '../helpers/chromium.js';

const AXE_SOURCE = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

const available = chromiumFor('the accessibility tests');

/** A page of every kind: the menu's pages (the search page with a query's results) and a record of each kind. */
const PAGES = [
  'index.html',
  'vragen.html',
  'partners.html',
  'aanbod.html',
  'ketens.html',
  'werkplaats.html',
  'rapport.html',
  'zoeken.html?q=schoolplein',
  'projecten/2025-groene-schoolpleinen-rivierenwijk.html',
  'kennisvragen/schoolpleinen-onderhoud-door-buurt.html',
  'partners/hogeschool-rivelde.html',
  'aanbod/minor-sociale-innovatie-2026-2027.html',
];

const WIDTHS = [1280, 360];

/** The roles of landmarks, as the browser's accessibility tree names them. */
const LANDMARKS = new Set([
  'banner',
  'navigation',
  'main',
  'complementary',
  'contentinfo',
  'search',
  'region',
  'form',
]);

/**
 * What axe found on a page, one line per violation and element; and what it could not decide ("needs
 * review") under any rule but colour contrast, which it cannot decide for symbols (the status light's
 * ● ▲ ✓, the arrows), text in a drawing, or text scrolled under the edge of a table's box.
 */
function violations(results: AxeResults): string[] {
  const line = (kind: string, r: AxeResults['violations'][number], n: (typeof r.nodes)[number]) =>
    `${kind} ${r.id} (${r.impact ?? '?'}): ${n.target.join(' ')} — ${n.failureSummary ?? n.html}`;
  return [
    ...results.violations.flatMap((v) => v.nodes.map((n) => line('violation', v, n))),
    ...results.incomplete
      .filter((v) => v.id !== 'color-contrast')
      .flatMap((v) => v.nodes.map((n) => line('to review', v, n))),
  ];
}

/**
 * Landmarks that repeat without a name of their own: for every landmark role in the page's
 * accessibility tree (as Chromium computes it), those that appear more than once must each have a
 * distinct, non-empty name.
 */
async function unnamedRepeats(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  const byRole = new Map<string, string[]>();
  for (const node of nodes) {
    const role = node.role?.value;
    if (node.ignored || role === undefined || !LANDMARKS.has(role)) continue;
    byRole.set(role, [...(byRole.get(role) ?? []), (node.name?.value ?? '').trim()]);
  }
  const problems: string[] = [];
  for (const [role, names] of byRole) {
    if (names.length < 2) continue;
    const seen = new Set<string>();
    for (const name of names) {
      if (name === '' || seen.has(name)) problems.push(`${role} "${name}" of ${names.length}`);
      seen.add(name);
    }
  }
  return problems;
}

describe.skipIf(!available)('accessibility in a real browser (axe-core, Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let root: string;
  const sites = [
    { name: 'the full site', out: 'site', args: [] as string[] },
    { name: 'the --public site', out: 'openbaar', args: ['--public'] },
    { name: 'the English site', out: 'english', args: ['--lang', 'en'] },
  ];

  beforeAll(async () => {
    root = committedExample();
    for (const s of sites) expect((await site(root, ['--out', s.out, ...s.args])).code).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ bypassCSP: true });
    // Waits for a page, a script's results, are hang guards (playwright's own default is 30 s).
    context.setDefaultTimeout(PROCESS_GUARD_MS);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Opens a page at a width, lets its scripts finish, and runs axe and the landmark check on it. */
  async function check(url: string, width: number, ready?: (page: Page) => Promise<void>) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await ready?.(page);
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run: (c: Document) => Promise<AxeResults> } }).axe.run(document),
    );
    const landmarks = await unnamedRepeats(page);
    await page.close();
    return { results, landmarks };
  }

  /** The rules axe ran on a page, whatever their outcome. */
  const ran = (r: AxeResults) =>
    new Set([...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map((x) => x.id));

  for (const s of sites) {
    it(`finds no violation and no landmark named twice on a page of every kind (${s.name})`, async () => {
      const base = `${pathToFileURL(join(root, s.out)).href}/`;
      const found: string[] = [];
      const rules = new Set<string>();
      for (const path of PAGES)
        for (const width of WIDTHS) {
          const { results, landmarks } = await check(`${base}${path}`, width, async (page) => {
            // The search page with the results of its query shown.
            if (path.startsWith('zoeken.html')) await page.locator('[data-kwp-results] li').first().waitFor();
          });
          for (const rule of ran(results)) rules.add(rule);
          for (const line of [...violations(results), ...landmarks])
            found.push(`${path} at ${width}px: ${line}`);
        }
      expect(found).toEqual([]);
      // The rules on landmarks and colours did run (a page axe could not read would pass nothing).
      for (const rule of [
        'landmark-unique',
        'landmark-one-main',
        'region',
        'color-contrast',
        'heading-order',
      ])
        expect(rules.has(rule), rule).toBe(true);
    });
  }

  it('finds no violation in the HTML report, and no landmark named twice', async () => {
    const found: string[] = [];
    for (const args of [[], ['--public'], ['--lang', 'en']]) {
      const r = await kwp(['report', '--kb', root, '--format', 'html', ...args]);
      expect(r.code).toBe(0);
      const file = join(root, `rapport${args.join('')}.html`);
      writeFileSync(file, r.stdout);
      for (const width of WIDTHS) {
        const { results, landmarks } = await check(pathToFileURL(file).href, width);
        for (const line of [...violations(results), ...landmarks])
          found.push(`report ${args.join(' ')} at ${width}px: ${line}`);
      }
    }
    expect(found).toEqual([]);
  });
});
