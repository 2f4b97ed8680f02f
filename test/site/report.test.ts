// The site's report page (rapport.html): the werkplaats report `kwp report` makes, inside the site's
// shell and under its strict policy, on the commit's date, its names linked to their pages. Its
// contents are compared with `kwp report` itself on the same knowledge base and the same day: the
// page is the HTML report with links added, and its figures are those of `kwp report --format json`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { peopleIn } from '../../src/core/privacy/people.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { git } from '../helpers/git.js';
import { kwp, makeKb } from '../helpers/kb.js';
import { committedExample, dangers, readTree, site } from './helpers.js';

/** The moment of the example's commit, as kwp report's clock: the site's report day. */
const COMMIT_DAY = new Date(2026, 2, 1, 12);

const example = committedExample();

/** What a page's <main> holds. */
function mainOf(html: string): string {
  const m = /<main[^>]*>\n([\s\S]*)<\/main>/.exec(html);
  expect(m, 'a <main>').not.toBeNull();
  return m![1]!;
}

/** The page's links into the site (not its own table of contents) taken out, their text kept. */
const unlinked = (html: string) => html.replace(/<a href="(?!#)[^"]*">([^<]*)<\/a>/g, '$1');

async function report(args: string[]): Promise<string> {
  const r = await kwp(['report', '--kb', example, ...args], { now: COMMIT_DAY });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('the report page of the site', () => {
  for (const variant of [
    { name: 'the full site', site: [], report: [] },
    { name: '--public', site: ['--public'], report: ['--public'] },
    { name: '--lang en', site: ['--lang', 'en'], report: ['--lang', 'en'] },
  ]) {
    it(`is the report kwp report makes on the commit's day, with links added (${variant.name})`, async () => {
      const out = `rapport-${variant.site.join('').replace(/\W/g, '') || 'vol'}`;
      expect((await site(example, ['--out', out, ...variant.site])).code).toBe(0);
      const files = readTree(join(example, out));
      const page = files.get('rapport.html')!;
      const html = await report(['--format', 'html', ...variant.report]);
      expect(unlinked(mainOf(page))).toBe(mainOf(html));
      // In the menu of every page, inside the site's shell with its policy, nothing inline.
      for (const [path, text] of files)
        if (path.endsWith('.html')) expect(text, path).toContain('rapport.html">');
      expect(page).toContain(`content="default-src 'none'; script-src 'self'; style-src 'self'`);
      expect(page).not.toContain('<style');
      expect(dangers(page)).toEqual([]);

      // The figures are those of the JSON report.
      const json = JSON.parse(await report(['--format', 'json', ...variant.report])) as {
        stand: { datum: string };
        projecten: { totaal: number };
        statuslicht: { project: string; licht: string }[];
        projectlijst: { id: string }[];
        evaluaties: unknown[];
        vraag_en_aanbod: { vragen: { vraag: string; aanbod: string | null }[] };
      };
      expect(json.stand.datum).toBe('2026-03-01');
      const document = new JSDOM(page).window.document;
      const rows = (id: string) =>
        [...document.querySelectorAll(`section[aria-labelledby="${id}"] tbody tr`)].map((tr) =>
          [...tr.children].map((c) => c.textContent!.trim()),
        );
      expect(rows('kerncijfers')[0]![1]).toBe(String(json.projecten.totaal));
      // The status light: a row per project, in the JSON's order, the row heading ending in its id.
      const lights = rows('statuslicht');
      expect(lights).toHaveLength(json.statuslicht.length);
      json.statuslicht.forEach((s, i) => expect(lights[i]![0]!.endsWith(s.project)).toBe(true));
      expect(rows('projectlijst')).toHaveLength(json.projectlijst.length);
      expect(document.querySelectorAll('article.eval')).toHaveLength(json.evaluaties.length);

      // Every project in the list, every question and offer of vraag en aanbod, links to its page.
      const hrefs = (selector: string) =>
        [...document.querySelectorAll(`${selector} a[href]`)].map((a) => a.getAttribute('href')!);
      const list = hrefs('section[aria-labelledby="projectlijst"] tbody th');
      expect(list).toEqual(json.projectlijst.map((p) => `projecten/${p.id}.html`));
      const offers = hrefs('section[aria-labelledby="vraag-en-aanbod"]');
      for (const q of json.vraag_en_aanbod.vragen) {
        expect(offers).toContain(`kennisvragen/${q.vraag}.html`);
        if (q.aanbod) expect(offers).toContain(`aanbod/${q.aanbod}.html`);
      }
      expect(json.vraag_en_aanbod.vragen.length).toBeGreaterThan(0);
      for (const href of hrefs('main')) {
        if (href.startsWith('#')) expect(document.getElementById(href.slice(1)), href).not.toBeNull();
        else expect(files.has(decodeURIComponent(href)), href).toBe(true);
      }
    });
  }

  it('--public: names no person, and leaves out the columns kwp report --public leaves out', async () => {
    expect((await site(example, ['--public', '--out', 'rapport-openbaar'])).code).toBe(0);
    const page = readFileSync(join(example, 'rapport-openbaar', 'rapport.html'), 'utf8');
    const { files } = await loadKnowledgeBase(example);
    const kb = new KnowledgeBase(files);
    const people = peopleIn(
      kb.entries.concat(kb.werkplaats ? [kb.werkplaats] : []).map((e) => ({ kind: e.kind, data: e.data })),
    );
    const names = people.names.filter((n) => !n.keep).map((n) => n.text);
    expect(names.length).toBeGreaterThan(3);
    for (const name of [...names, ...people.contacts]) expect(page).not.toContain(name);
    expect(page).not.toContain('Projectleider');
    // The full site's report does name them.
    expect((await site(example, ['--out', 'rapport-namen'])).code).toBe(0);
    const full = readFileSync(join(example, 'rapport-namen', 'rapport.html'), 'utf8');
    expect(full).toContain('Projectleider');
    expect(names.some((name) => full.includes(name))).toBe(true);
  });

  it('names the files it could not read, as kwp report does, above its contents', async () => {
    const root = committedExample();
    writeFileSync(join(root, 'knowledge', 'projecten', 'kapot.md'), '---\nid: kapot\ntitel: [oops\n---\n');
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '-m', 'kapot'], '2026-03-02');
    const r = await site(root, ['--out', 'site']);
    expect(r.code).toBe(0);
    const page = readFileSync(join(root, 'site', 'rapport.html'), 'utf8');
    const notice = new JSDOM(page).window.document.querySelector('main section.unread')!;
    expect(notice.querySelector('h2')!.textContent).toBe('Niet gelezen bestanden');
    expect(notice.querySelector('li')!.textContent).toMatch(
      /^knowledge\/projecten\/kapot\.md, regel 3, kolom 8: /,
    );
  });

  it('outside git has no day to count on, and says so instead of reading the clock', async () => {
    const root = makeKb({}, { example: true });
    expect((await site(root, ['--out', 'site'])).code).toBe(0);
    const page = readFileSync(join(root, 'site', 'rapport.html'), 'utf8');
    expect(page).toContain('<h1>Rapportage</h1>');
    expect(page).toContain('dus deze website heeft geen rapportage');
    expect(page).not.toContain('<section');
  });
});
