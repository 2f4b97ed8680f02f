// The HTML report opened in a real browser: Debian's Chromium, driven by playwright-core. It must
// render, fetch nothing (only the file itself is requested), log no error, open no dialog (no
// hostile `alert(1)` ever runs), fit a phone's width, and print. Screenshots and a PDF are kept in
// test-artifacts/ (git-ignored) for a person to look at.
//
// Skipped, with a message, where /usr/bin/chromium is missing (`apt-get install -y chromium`) —
// but never in CI (CI set): there a missing browser fails these tests instead of hiding them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/report/html.js';
import type { ReportData } from '../../src/render/report/index.js';
import { REPO } from '../helpers/kb.js';
import { exampleRoot, HOSTILE, hostileKbRoot, oneProject, werkplaats } from './fixtures.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumFor } from '../helpers/chromium.js';

const ARTIFACTS = join(REPO, 'test-artifacts');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
/** The width issue 12 names for the list of projects. */
const NARROW = { width: 375, height: 740 };

const available = chromiumFor("the HTML report's browser tests");

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

describe.skipIf(!available)('the HTML report in a real browser (Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the document to test-artifacts/ and opens it from there, as a person would. */
  async function open(
    data: ReportData,
    lang: 'nl' | 'en',
    file: string,
    viewport = DESKTOP,
  ): Promise<Opened> {
    const path = join(ARTIFACTS, file);
    writeFileSync(path, renderHtml(data, lang));
    const url = pathToFileURL(path).href;
    const page = await browser.newPage({ viewport });
    const result: Opened = { page, url, requests: [], errors: [], dialogs: [] };
    page.on('request', (request) => result.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        result.errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => result.errors.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      result.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    // Give anything that would run late (a script, an image error handler) the chance to: two
    // frames and a turn of the event loop after load, waited for as events, not as a time.
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))),
        ),
    );
    return result;
  }

  /** Nothing fetched but the document, nothing logged, nothing popped up, and the h1 on screen. */
  async function expectQuietRender(o: Opened, h1: string): Promise<void> {
    expect(o.requests).toEqual([o.url]);
    expect(o.errors).toEqual([]);
    expect(o.dialogs).toEqual([]);
    const heading = o.page.locator('h1');
    await expect.poll(() => heading.isVisible()).toBe(true);
    expect(await heading.textContent()).toBe(h1);
    expect(await o.page.evaluate(() => document.scripts.length)).toBe(0);
  }

  /** The list of projects, not only its box, is no wider than the window, and nothing sticks out. */
  async function expectListInside(page: Page): Promise<void> {
    const list = await page.locator('table.lijst').evaluate((table) => ({
      width: table.getBoundingClientRect().width,
      right: table.getBoundingClientRect().right,
      scroll: table.scrollWidth,
      wrap: table.parentElement!.clientWidth,
      window: window.innerWidth,
    }));
    expect(list.width).toBeGreaterThan(0);
    expect(list.width).toBeLessThanOrEqual(list.window);
    expect(list.right).toBeLessThanOrEqual(list.window + 1);
    expect(list.scroll).toBeLessThanOrEqual(list.wrap + 1);
  }

  async function horizontalOverflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  it('renders the example report, fetching nothing, and keeps a screenshot', async () => {
    const { report } = await werkplaats(exampleRoot);
    const o = await open({ kind: 'werkplaats', report }, 'nl', 'report.html');
    await expectQuietRender(o, 'Rapportage Kenniswerkplaats Rivelde');
    // The charts are drawn: real boxes with a size, and text in them.
    const charts = await o.page.locator('svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        return { width: box.width, height: box.height, texts: svg.querySelectorAll('text').length };
      }),
    );
    // The targets, projects by status and by theme, and the open questions by outcome (vraag en aanbod).
    expect(charts).toHaveLength(4);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(200);
      expect(chart.height).toBeGreaterThan(50);
      expect(chart.texts).toBeGreaterThan(0);
    }
    // The table of key figures shows what the report says.
    const firstRow = await o.page.locator('#kerncijfers ~ .table-wrap tbody tr').nth(1).innerText();
    expect(firstRow.replace(/\s+/g, ' ')).toContain('Studenten 192 400 48% van het doel');
    expect(await horizontalOverflow(o.page)).toBeLessThanOrEqual(0);
    await o.page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
  });

  it('fits a phone: nothing wider than the screen, the list of projects as cards', async () => {
    const { report } = await werkplaats(exampleRoot);
    const o = await open({ kind: 'werkplaats', report }, 'nl', 'report-phone.html', NARROW);
    await expectQuietRender(o, 'Rapportage Kenniswerkplaats Rivelde');
    expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      NARROW.width,
    );
    expect(await horizontalOverflow(o.page)).toBeLessThanOrEqual(0);
    // The list of projects stays inside the page: each project a card, a label before each value.
    await expectListInside(o.page);
    // And no other table needs a scrollbar of its own: each fits its box, as cards or with long
    // words broken.
    const wider = await o.page
      .locator('.table-wrap')
      .evaluateAll((wraps) =>
        wraps
          .filter((w) => w.scrollWidth > w.clientWidth + 1)
          .map((w) => w.querySelector('caption')?.textContent ?? '?'),
      );
    expect(wider).toEqual([]);
    const labels = await o.page
      .locator('table.lijst tbody tr')
      .first()
      .evaluate((tr) => [...tr.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content));
    expect(labels.slice(0, 2)).toEqual(['"Status"', '"Projectleider"']);
    // Text is not shrunk to unreadable: body text at least 15px.
    const size = await o.page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(size).toBeGreaterThanOrEqual(15);
    await o.page.screenshot({ path: join(ARTIFACTS, 'report-phone.png'), fullPage: true });
  });

  it('prints: no navigation, nothing cut off at the side, the long list on landscape pages', async () => {
    const { report } = await werkplaats(exampleRoot);
    const o = await open({ kind: 'werkplaats', report }, 'nl', 'report-print.html', {
      width: 700,
      height: 1000,
    });
    await o.page.emulateMedia({ media: 'print' });
    expect(await o.page.locator('nav.toc').isVisible()).toBe(false);
    // On a portrait page's width, every table but the landscape list fits.
    const tooWide = await o.page.evaluate(() =>
      [...document.querySelectorAll('table:not(.lijst)')]
        .filter((t) => t.getBoundingClientRect().right > window.innerWidth + 1)
        .map((t) => t.querySelector('caption')?.textContent),
    );
    expect(tooWide).toEqual([]);
    await o.page.screenshot({ path: join(ARTIFACTS, 'report-print.png'), fullPage: true });
    // The list of projects, too, fits: on a portrait page's width and on a landscape page's (A4
    // landscape less its 12 mm margins: 273 mm, about 1032 px).
    await expectListInside(o.page);
    await o.page.setViewportSize({ width: 1032, height: 700 });
    await expectListInside(o.page);
    await o.page.setViewportSize({ width: 700, height: 1000 });
    const pdf = join(ARTIFACTS, 'report.pdf');
    await o.page.pdf({ path: pdf, preferCSSPageSize: true });
    const text = readFileSync(pdf, 'latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.some(([w, h]) => w! < h!)).toBe(true); // portrait A4
    expect(boxes.some(([w, h]) => w! > h!)).toBe(true); // the list of projects, landscape
    expect(o.requests).toEqual([o.url]);
    expect(o.errors).toEqual([]);
  });

  it('keeps hostile text inert: no script runs, no dialog opens, nothing is fetched', async () => {
    const root = hostileKbRoot();
    const { report } = await werkplaats(root);
    for (const [lang, viewport, file] of [
      ['nl', DESKTOP, 'report-hostile.html'],
      ['en', PHONE, 'report-hostile-phone.html'],
    ] as const) {
      const o = await open({ kind: 'werkplaats', report }, lang, file, viewport);
      const h1 =
        lang === 'nl' ? `Rapportage Werkplaats ${HOSTILE.script}` : `Report: Werkplaats ${HOSTILE.script}`;
      await expectQuietRender(o, h1);
      expect(
        await o.page.evaluate(() => document.querySelectorAll('img, iframe, object, embed').length),
      ).toBe(0);
      const body = await o.page.locator('body').innerText();
      expect(body).toContain(HOSTILE.img);
      expect(body).toContain(HOSTILE.script);
      expect(await horizontalOverflow(o.page)).toBeLessThanOrEqual(0);
      await o.page.screenshot({ path: join(ARTIFACTS, file.replace('.html', '.png')), fullPage: true });
    }
    const project = await open(
      { kind: 'project', report: await oneProject(root, 'h-script') },
      'nl',
      'report-hostile-project.html',
      PHONE,
    );
    await expectQuietRender(project, `${HOSTILE.script} ${HOSTILE.img}`);
    expect(await horizontalOverflow(project.page)).toBeLessThanOrEqual(0);
  });

  it("renders one project's evaluation summary, on a desktop and on a phone", async () => {
    const report = await oneProject(exampleRoot, '2025-groene-schoolpleinen-rivierenwijk');
    for (const [viewport, file] of [
      [DESKTOP, 'report-project.html'],
      [PHONE, 'report-project-phone.html'],
    ] as const) {
      const o = await open({ kind: 'project', report }, 'nl', file, viewport);
      await expectQuietRender(o, 'Groene schoolpleinen in de Rivierenwijk');
      expect(await horizontalOverflow(o.page)).toBeLessThanOrEqual(0);
      await o.page.screenshot({ path: join(ARTIFACTS, file.replace('.html', '.png')), fullPage: true });
    }
  });
});
