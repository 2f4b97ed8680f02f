// The HTML report as a document: self-contained (nothing to fetch, no script), accessible (real
// headings, tables with captions and scopes, charts that are labelled images with the same numbers
// in a table), every figure from the report data, and every value from the knowledge base inert.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WerkplaatsReport } from '../../src/core/report/summary.js';
import { Context } from '../../src/render/html/context.js';
import { escapeHtml, markup } from '../../src/render/html/markup.js';
import { STYLE } from '../../src/render/report/html-style.js';
import { renderHtml } from '../../src/render/report/html.js';
import {
  emptyKbRoot,
  exampleRoot,
  FORMULA_TITLES,
  HOSTILE,
  hostileKbRoot,
  oneProject,
  werkplaats,
} from './fixtures.js';

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Every element and attribute the report may use: anything else came from somewhere it should not. */
const ELEMENTS = new Set(
  (
    'html head meta title style body main header nav section footer article figure figcaption h1 h2 h3 h4 h5 ' +
    'p strong em span br a ol ul li dl dt dd blockquote time div table caption thead tbody tfoot tr th td ' +
    'svg g rect text desc'
  ).split(' '),
);
const ATTRIBUTES = new Set(
  (
    'lang charset http-equiv content name class id role aria-labelledby aria-label aria-hidden tabindex scope ' +
    'href datetime viewbox width height focusable x y fill stroke stroke-width data-label'
  ).split(' '),
);

/** Each document rendered, and its language. */
const DOCS: Record<string, 'nl' | 'en'> = {
  'example (nl)': 'nl',
  'example (en)': 'en',
  'example, 2025': 'nl',
  hostile: 'nl',
  'hostile (en)': 'en',
  empty: 'nl',
  'no projects in the period': 'nl',
  project: 'nl',
  'project without evaluation': 'en',
  'hostile project': 'nl',
  'hostile project, chained': 'en',
};

let example: WerkplaatsReport;
let hostile: WerkplaatsReport;
let hostileRoot: string;
const docs: Record<string, string> = {};

beforeAll(async () => {
  example = (await werkplaats(exampleRoot)).report;
  hostileRoot = hostileKbRoot();
  hostile = (await werkplaats(hostileRoot)).report;
  docs['example (nl)'] = renderHtml({ kind: 'werkplaats', report: example }, 'nl');
  docs['example (en)'] = renderHtml({ kind: 'werkplaats', report: example }, 'en');
  docs['example, 2025'] = renderHtml(
    {
      kind: 'werkplaats',
      report: (await werkplaats(exampleRoot, { period: { van: '2025-01-01', tot: '2025-12-31' } })).report,
    },
    'nl',
  );
  docs['hostile'] = renderHtml({ kind: 'werkplaats', report: hostile }, 'nl');
  docs['hostile (en)'] = renderHtml({ kind: 'werkplaats', report: hostile }, 'en');
  docs['empty'] = renderHtml({ kind: 'werkplaats', report: (await werkplaats(emptyKbRoot())).report }, 'nl');
  docs['no projects in the period'] = renderHtml(
    { kind: 'werkplaats', report: (await werkplaats(exampleRoot, { period: { van: '2040-01-01' } })).report },
    'nl',
  );
  docs['project'] = renderHtml(
    { kind: 'project', report: await oneProject(exampleRoot, '2025-groene-schoolpleinen-rivierenwijk') },
    'nl',
  );
  docs['project without evaluation'] = renderHtml(
    { kind: 'project', report: await oneProject(exampleRoot, '2026-jongeren-en-werk-havenkwartier') },
    'en',
  );
  docs['hostile project'] = renderHtml(
    { kind: 'project', report: await oneProject(hostileRoot, 'h-script') },
    'nl',
  );
  docs['hostile project, chained'] = renderHtml(
    { kind: 'project', report: await oneProject(hostileRoot, 'h-mermaid') },
    'en',
  );
});

function parse(html: string): Document {
  // jsdom runs no script and loads nothing unless told to.
  return new JSDOM(html).window.document;
}

/** Text as the browser shows it: HTML turns every CR and CRLF into LF. */
const shown = (s: string) => s.replace(/\r\n?/g, '\n');

describe.each(Object.keys(DOCS))('the HTML report: %s', (name) => {
  const html = () => docs[name]!;

  it('is one HTML5 document with its language, charset, viewport, policy and title', () => {
    expect(
      html().startsWith(`<!doctype html>\n<html lang="${DOCS[name]}">\n<head>\n<meta charset="utf-8">\n`),
    ).toBe(true);
    const doc = parse(html());
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      CSP,
    );
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe(
      'width=device-width, initial-scale=1',
    );
    expect(doc.querySelectorAll('head > title')).toHaveLength(1);
    expect(doc.title.trim()).not.toBe('');
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });

  it('holds no script, no URL and nothing that could fetch or run anything', () => {
    expect(html()).not.toMatch(/<script/i);
    expect(html()).not.toMatch(/https?:/i);
    expect(html()).not.toContain('//');
    expect(STYLE).not.toMatch(/url\(|@import|@font-face/i);
    const doc = parse(html());
    for (const element of doc.querySelectorAll('*')) {
      expect(ELEMENTS, `<${element.localName}>`).toContain(element.localName);
      for (const attribute of element.attributes) {
        expect(ATTRIBUTES, `${attribute.name} on <${element.localName}>`).toContain(
          attribute.name.toLowerCase(),
        );
        expect(attribute.name).not.toMatch(/^on/i);
      }
    }
    for (const link of doc.querySelectorAll('a')) {
      const href = link.getAttribute('href') ?? '';
      expect(href).toMatch(/^#[a-z-]+$/);
      expect(doc.getElementById(href.slice(1))).not.toBeNull();
    }
  });

  it('has one h1, headings that never skip a level, and unique ids that every reference finds', () => {
    const doc = parse(html());
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    let level = 1;
    for (const heading of doc.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const next = Number(heading.localName[1]);
      expect(next, heading.textContent ?? '').toBeLessThanOrEqual(level + 1);
      level = next;
      expect(heading.textContent?.trim()).not.toBe('');
    }
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of doc.querySelectorAll('[aria-labelledby]'))
      for (const id of element.getAttribute('aria-labelledby')!.split(' '))
        expect(doc.getElementById(id), id).not.toBeNull();
  });

  it('has real tables: a caption, column headers with scope, a row header per row', () => {
    const doc = parse(html());
    for (const table of doc.querySelectorAll('table')) {
      expect(table.querySelector('caption')?.textContent?.trim()).not.toBe('');
      const head = table.querySelectorAll('thead th');
      expect(head.length).toBeGreaterThan(1);
      for (const th of head) expect(th.getAttribute('scope')).toBe('col');
      for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
        expect(row.firstElementChild?.localName).toBe('th');
        expect(row.firstElementChild?.getAttribute('scope')).toBe('row');
        expect(row.children).toHaveLength(head.length);
      }
      // On a phone the table scrolls in its own box, which a keyboard can reach.
      const wrap = table.parentElement!;
      expect(wrap.className).toMatch(/\btable-wrap\b/);
      expect(wrap.getAttribute('tabindex')).toBe('0');
    }
  });

  it('draws its charts as labelled images', () => {
    const doc = parse(html());
    for (const svg of doc.querySelectorAll('svg')) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('title')?.textContent?.trim()).not.toBe('');
      expect(svg.querySelector('desc')?.textContent?.trim()).not.toBe('');
      expect(svg.getAttribute('aria-labelledby')).toMatch(/^grafiek-\d+ uitleg-\d+$/);
    }
  });

  it('shows no placeholder, no undefined and no NaN', () => {
    const text = parse(html()).body.textContent ?? '';
    expect(text).not.toMatch(/\bundefined\b|\bNaN\b|\[object Object\]|\{\w+\}/);
  });
});

describe('the HTML report of the example knowledge base', () => {
  const doc = () => parse(docs['example (nl)']!);
  const section = (id: string) => doc().getElementById(id)!.parentElement!;
  const rows = (table: Element) =>
    [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );

  it('names the werkplaats and the period it covers', () => {
    expect(doc().querySelector('h1')?.textContent).toBe('Rapportage Kenniswerkplaats Rivelde');
    expect(doc().title).toBe('Rapportage Kenniswerkplaats Rivelde');
    expect(doc().querySelector('header')?.textContent).toContain('Alle projecten');
    const y2025 = parse(docs['example, 2025']!).querySelector('header')?.textContent ?? '';
    expect(y2025).toContain('Periode: 1 januari 2025 t/m 31 december 2025');
    const english = parse(docs['example (en)']!);
    expect(english.querySelector('h1')?.textContent).toBe('Report: Kenniswerkplaats Rivelde');
    expect(english.querySelector('header')?.textContent).toContain('All projects');
  });

  it('gives the key figures from the report data, against the targets', () => {
    const table = section('kerncijfers').querySelector('table')!;
    expect(rows(table).map((r) => r.slice(0, 3))).toEqual([
      ['Projecten', '13', '20'],
      ['Studenten', '192', '400'],
      ['Actieve gebieden', '6', '7'],
      ['Multilevel projecten', '9', '—'],
      ['Kosten', '€ 49.050', '—'],
      ['Dekking', '€ 49.550', '—'],
      ['Tekort', '€ 0', '—'],
    ]);
    expect(example.studenten).toMatchObject({ totaal: 192, doel: 400 });
    expect(rows(table)[1]![3]).toBe('48% van het doel');
    const chart = section('kerncijfers').querySelector('svg')!;
    expect(chart.querySelector('desc')?.textContent).toBe(
      'Studenten: 192 van 400 (48%); Projecten: 13 van 20 (65%); Actieve gebieden: 6 van 7 (86%)',
    );
  });

  it('puts the same numbers in each chart and in the table beside it', () => {
    const projecten = section('projecten');
    const [status, thema] = [...projecten.querySelectorAll('.pair')];
    const statusWords: Record<string, string> = {
      afgerond: 'afgerond',
      lopend: 'lopend',
      gestopt: 'gestopt',
      voorbereiding: 'voorbereiding',
    };
    const expected = Object.entries(example.projecten.per_status).map(([k, n]) => [
      statusWords[k],
      String(n),
    ]);
    expect(rows(status!.querySelector('table')!)).toEqual(expected);
    expect(status!.querySelector('desc')?.textContent).toContain(
      expected.map(([k, n]) => `${k}: ${n}`).join('; '),
    );
    const themes = Object.entries(example.projecten.per_thema).map(([k, n]) => [k, String(n)]);
    expect(rows(thema!.querySelector('table')!)).toEqual(themes);
    expect([...thema!.querySelectorAll('svg g text:first-child')].map((t) => t.textContent)).toEqual(
      themes.map(([k]) => k),
    );
  });

  it('counts students by level and institution, partners by group, money by partner', () => {
    const [niveau, instelling] = [...section('studenten').querySelectorAll('table')];
    expect(rows(niveau!)).toEqual(
      Object.entries(example.studenten.per_niveau).map(([k, n]) => [k, String(n)]),
    );
    expect(rows(instelling!)).toEqual(
      Object.entries(example.studenten.per_instelling).map(([k, n]) => [k, String(n)]),
    );
    expect(rows(section('partners').querySelector('table')!)).toEqual(
      Object.entries(example.partners.per_groep).map(([g, n]) => [
        g,
        String(n),
        example.partners.namen_per_groep[g]!.join(', '),
      ]),
    );
    const perPartner = rows(section('begroting').querySelectorAll('table')[1]!);
    expect(perPartner[0]).toEqual(['Gemeente Rivelde', '€ 31.700', '—']);
    expect(perPartner).toHaveLength(example.begroting.per_partner.length);
  });

  it('shows the status light in words and symbols, not colour alone', () => {
    const table = section('statuslicht').querySelector('table')!;
    const lights = rows(table).map((r) => r[2]);
    expect(lights).toHaveLength(example.statuslicht.length);
    for (const [i, s] of example.statuslicht.entries()) {
      const word = { 'op-schema': 'op schema', aandacht: 'aandacht nodig', klaar: 'klaar' }[s.licht];
      expect(lights[i]).toBe(`${{ 'op-schema': '●', aandacht: '▲', klaar: '✓' }[s.licht]}${word}`);
    }
  });

  it('shows the question funnel of the whole register', () => {
    const funnel = section('kennisvragen').querySelector('.funnel')!.textContent!.replace(/\s+/g, ' ');
    const q = example.kennisvragen.per_status;
    expect(funnel).toBe(
      `open: ${q['open']}→opgepakt: ${q['opgepakt']}→beantwoord: ${q['beantwoord']}vervallen: ${q['vervallen']}`,
    );
  });

  it('groups the conclusions, lessons and improvements by theme, each evaluation once with all its themes', () => {
    const part = section('evaluaties');
    // Each evaluation exactly once, though several have two themes.
    expect(example.evaluaties.some((e) => e.thema.length > 1)).toBe(true);
    const titles = [...part.querySelectorAll('article h4')].map((h) => h.textContent);
    expect(titles.sort()).toEqual(example.evaluaties.map((e) => e.titel).sort());
    const order = Object.keys(example.projecten.per_thema);
    for (const h3 of part.querySelectorAll('h3')) {
      let next = h3.nextElementSibling;
      while (next && next.localName === 'article') {
        const title = next.querySelector('h4')!.textContent;
        const evaluation = example.evaluaties.find((e) => e.titel === title)!;
        // Under the first of its themes in the report's order, naming all of them.
        const first = [...evaluation.thema].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
        expect(h3.textContent).toBe(first);
        expect(next.querySelector('.themes')!.textContent).toBe(`Thema's: ${evaluation.thema.join(', ')}`);
        for (const c of evaluation.conclusies) expect(next.textContent).toContain(c);
        next = next.nextElementSibling;
      }
    }
    expect(part.textContent).toContain('Elke evaluatie staat één keer');
  });

  it('lists the new questions with who took them up, and the chains along their real links', () => {
    const questions = rows(section('nieuwe-vragen').querySelector('table')!);
    expect(questions).toHaveLength(example.nieuwe_vragen.length);
    const open = questions.find((r) => r[0]!.includes('geldzorgen-signalen-delen'))!;
    expect(open[3]).toBe('nog door geen project opgepakt');
    const titles = new Map(example.projectlijst.map((p) => [p.id, p.titel]));
    const chains = [...section('ketens').querySelectorAll('ol.chains > li')].map((li) =>
      (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    // Two lines, and Geldzaken en taal, which follows Taalcafé and Vroeg signaleren (not one another).
    const line = (i: number) => `Keten ${i + 1}${example.ketens[i]!.map((id) => titles.get(id)).join(' → ')}`;
    expect(chains).toEqual([
      line(0),
      "Keten 2 Geldzaken en taal in Zandveld bouwt voort op Taalcafé in buurthuis 't Zand en Vroeg signaleren van geldzorgen in Zandveld",
      line(2),
    ]);
  });

  it('ends with every project and its key figures', () => {
    const list = rows(section('projectlijst').querySelector('table')!);
    expect(list.map((r) => r[0])).toEqual(example.projectlijst.map((p) => `${p.titel}${p.id}`));
    const school = list.find((r) => r[0]!.includes('2025-groene-schoolpleinen-rivierenwijk'))!;
    expect(school.slice(1)).toEqual([
      'afgerond',
      'Femke de Vries',
      'CDKM Rivelde',
      'duurzaamheid, ruimtelijke ontwikkeling',
      'Rivierenwijk',
      '2025-02-03',
      '2025-06-27',
      '35hbo, mbo, vmbo',
      'Hogeschool Rivelde, Groen College Hooilanden, Stroomdal College, Hoveniersbedrijf Groen Dichtbij, Gemeente Rivelde, Bewonersplatform Rivierenwijk',
      '€ 13.000',
      '€ 13.000',
      '€ 0',
      '2025-07-03',
    ]);
  });

  it('says so when there is nothing to report', () => {
    for (const name of ['empty', 'no projects in the period']) {
      const text = parse(docs[name]!).body.textContent ?? '';
      expect(text).toContain('Geen projecten in deze rapportage.');
      expect(text).toContain('Geen geëvalueerde projecten in deze rapportage.');
      expect(text).toContain('Geen ketens');
    }
    expect(parse(docs['no projects in the period']!).querySelector('header')?.textContent).toContain(
      'Periode: vanaf 1 januari 2040',
    );
  });
});

describe("one project's evaluation summary", () => {
  const doc = () => parse(docs['project']!);

  it('puts the question, the conclusions, what was wanted beside what was learned, plan beside reality', () => {
    expect(doc().querySelector('h1')?.textContent).toBe('Groene schoolpleinen in de Rivierenwijk');
    expect(doc().querySelector('blockquote')?.textContent).toBe(
      'Hoe maken we de schoolpleinen in de Rivierenwijk koeler en groener, samen met de kinderen?',
    );
    const text = (doc().body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Leerdoelen: wat men wilde leren');
    expect(text).toContain('gemeentewelke ontwerpen kinderen zelf willen gebruiken en onderhouden');
    expect(text).toContain('Plan het planten niet in de meivakantie.');
    expect(text).toContain('Gepland einde27 juni 2025');
    expect(text).toContain('Evaluatie3 juli 2025 (6 dagen na het geplande einde)');
    expect(text).toContain('Studenten in totaal: 35');
    expect(text).toContain(
      'Hittekaart van de Rivierenwijk → Groene schoolpleinen in de Rivierenwijk (dit project) → Onderhoud van de groene schoolpleinen door de buurt',
    );
  });

  it('says what is missing for a project not yet evaluated', () => {
    const text = parse(docs['project without evaluation']!).body.textContent ?? '';
    expect(text).toContain('No conclusions yet: the project has not been evaluated.');
    expect(text).toContain('not evaluated yet');
    expect(text).toContain('This project is not part of a chain');
  });
});

describe('hostile text from the knowledge base', () => {
  it('appears as text, exactly as written, in every place it is shown', () => {
    for (const name of ['hostile', 'hostile (en)', 'hostile project']) {
      const doc = parse(docs[name]!);
      const text = doc.body.textContent ?? '';
      for (const value of [HOSTILE.script, HOSTILE.img, HOSTILE.quotes, HOSTILE.entities, HOSTILE.pipes])
        expect(text, `${name}: ${value}`).toContain(shown(value));
      expect(doc.querySelectorAll('script, img, textarea')).toHaveLength(0);
    }
    const doc = parse(docs['hostile']!);
    expect(doc.querySelector('h1')?.textContent).toBe(`Rapportage Werkplaats ${HOSTILE.script}`);
    expect(doc.title).toBe(`Rapportage Werkplaats ${HOSTILE.script}`);
    const text = doc.body.textContent ?? '';
    for (const value of [
      HOSTILE.mermaid,
      HOSTILE.newline,
      HOSTILE.separator,
      ...Object.values(FORMULA_TITLES),
    ])
      expect(text).toContain(shown(value));
  });

  it('is escaped in the markup itself', () => {
    const html = docs['hostile']!;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Zeg &quot;hallo&quot; en &#39;dag&#39;');
    expect(html).toContain('&amp;amp; &amp;lt; &amp;#35; &lt;/textarea&gt;&lt;/style&gt;&lt;/title&gt;');
    // In the <title> too, where the parser reads raw text up to </title>.
    expect(html).toContain('<title>Rapportage Werkplaats &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    // And inside the charts.
    expect(html).toMatch(/<text [^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/text>/);
  });
});

describe('the building blocks', () => {
  it('is a pure function of the data: the same report gives the same document', async () => {
    const again = (await werkplaats(exampleRoot)).report;
    expect(renderHtml({ kind: 'werkplaats', report: again }, 'nl')).toBe(docs['example (nl)']);
  });

  it('escapes the five characters, and control characters do not pass', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml('a\u0000b\u0007c\td\ne')).toBe('a\ufffdb\ufffdc\td\ne');
    expect(markup`<p title="${'"><script>'}">${'<b>'}</p>`.raw).toBe(
      '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;</p>',
    );
  });

  it('fills catalogue texts without reading values as placeholders or message ids', () => {
    const ctx = new Context('nl');
    expect(ctx.m('report.html.programme', { programma: '{programma} <b>' }).raw).toBe(
      'Programma: {programma} &lt;b&gt;',
    );
    expect(ctx.m('report.html.programme', { programma: '@report.html.toc' }).raw).toBe(
      'Programma: @report.html.toc',
    );
    expect(ctx.word('status', 'lopend')).toBe('lopend');
    expect(new Context('en').word('status', 'lopend')).toBe('running');
    expect(new Context('en').word('status', 'iets anders')).toBe('iets anders');
    expect(ctx.euro(1234.5)).toBe('€ 1.234,50');
    expect(ctx.euro(1500)).toBe('€ 1.500');
    expect(new Context('en').euro(1500)).toBe('€1,500');
    expect(ctx.date('2025-02-30').raw).toBe('2025-02-30');
  });

  it('uses text colours with at least 4.5:1 contrast on white, and chart shapes with at least 3:1', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);
    const textColours = [...STYLE.matchAll(/(?<![-\w])color:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!);
    expect(textColours.length).toBeGreaterThan(5);
    for (const colour of textColours) expect(contrast(colour), colour).toBeGreaterThanOrEqual(4.5);
    const svg = docs['example (nl)']!.match(/<svg[\s\S]*?<\/svg>/)![0];
    for (const [, colour] of svg.matchAll(/fill="(#[0-9a-f]{6})"/gi))
      if (colour !== '#e4e7eb') expect(contrast(colour!), colour).toBeGreaterThanOrEqual(3);
  });
});
