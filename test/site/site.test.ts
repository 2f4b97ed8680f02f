// `kwp site` on real knowledge bases in temp folders: a page per record with its links both ways,
// the overview with its facets, the registers and chains; byte-identical builds; `--public` without
// a single person; a folder that is not a kwp site refused with nothing written; hostile titles and
// bodies that stay text.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { peopleIn } from '../../src/core/privacy/people.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { git } from '../helpers/git.js';
import { makeKb, project } from '../helpers/kb.js';
import { committedExample, dangers, readTree, site } from './helpers.js';

const example = committedExample();

describe('kwp site', () => {
  it('writes a page per record, the overview, registers, chains and search, with relative links', async () => {
    const r = await site(example, ['--out', 'site']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Website geschreven in site: \d+ pagina's\. Open site\/index\.html/);
    const files = readTree(join(example, 'site'));
    for (const folder of ['projecten', 'kennisvragen', 'partners', 'aanbod'])
      for (const name of readdirSync(join(example, 'knowledge', folder)))
        expect(files.has(`${folder}/${name.replace(/\.md$/, '.html')}`), `${folder}/${name}`).toBe(true);
    for (const page of [
      'index.html',
      'vragen.html',
      'partners.html',
      'aanbod.html',
      'ketens.html',
      'zoeken.html',
      'werkplaats.html',
      'rapport.html',
    ])
      expect(files.has(page), page).toBe(true);
    for (const asset of [
      '.kwp-site',
      'assets/style.css',
      'assets/favicon.svg',
      'assets/kwp-site.js',
      'zoeken/kwp-search.js',
      'zoeken/manifest.js',
    ])
      expect(files.has(asset), asset).toBe(true);

    const groen = files.get('projecten/2025-groene-schoolpleinen-rivierenwijk.html')!;
    expect(groen).toContain('<h1>Groene schoolpleinen in de Rivierenwijk</h1>');
    // Links both ways, from the link table: what it builds on, and who follows it.
    expect(groen).toMatch(
      /<dt>Bouwt voort op<\/dt><dd><a href="\.\.\/projecten\/2024-hittekaart-rivierenwijk\.html">/,
    );
    expect(groen).toMatch(
      /<dt>Vervolgd door<\/dt><dd><a href="\.\.\/projecten\/2026-onderhoud-schoolpleinen-door-buurt\.html">/,
    );
    expect(files.get('projecten/2024-hittekaart-rivierenwijk.html')).toMatch(
      /<dt>Vervolgd door<\/dt><dd><a href="\.\.\/projecten\/2025-groene-schoolpleinen-rivierenwijk\.html">/,
    );
    // A partner lists its projects; a question who took it up.
    expect(files.get('partners/hoveniersbedrijf-groen-dichtbij.html')).toMatch(
      /<dt>Projecten<\/dt><dd>.*2025-groene-schoolpleinen-rivierenwijk\.html/,
    );
    expect(files.get('kennisvragen/schoolpleinen-onderhoud-door-buurt.html')).toMatch(
      /<dt>Opgepakt door<\/dt>/,
    );
    // The body, rendered from markdown.
    expect(groen).toContain('<h2>Inhoud</h2>');
    // "As of": the commit's date and hash, never today's clock.
    const hash = git(example, ['rev-parse', '--short', 'HEAD']).trim();
    expect(groen).toContain(`Stand per <time datetime="2026-03-01">1 maart 2026</time>, commit ${hash}.`);

    // The overview: every project, each with its facet values; the facets' form for the script.
    const index = files.get('index.html')!;
    expect(index.match(/<li data-status=/g)).toHaveLength(
      readdirSync(join(example, 'knowledge', 'projecten')).length,
    );
    for (const facet of ['status', 'programma', 'thema', 'gebied', 'jaar', 'niveau', 'partner'])
      expect(index).toContain(`<select id="facet-${facet}" name="${facet}">`);
    expect(index).toContain('<script src="assets/kwp-site.js" defer></script>');

    // The question register with vraag en aanbod on the commit's date, the best offer linked.
    const questions = files.get('vragen.html')!;
    expect(questions).toContain('<th scope="col">Vraag en aanbod op 1 maart 2026</th>');
    expect(questions).toMatch(
      /<td data-label="Vraag en aanbod op 1 maart 2026">(?:past|vol|te laat): <a href="aanbod\//,
    );

    // The chains: drawn as inline SVG, every node a link to its project.
    const chains = files.get('ketens.html')!;
    expect(chains).toMatch(/<svg role="group" aria-label="Keten 1 /);
    expect(chains).toContain('<a href="projecten/2024-hittekaart-rivierenwijk.html"');

    for (const [path, text] of files) {
      if (!path.endsWith('.html')) continue;
      expect(text, path).toContain(`content="default-src 'none'; script-src 'self'`);
      // No inline script, no event handler, no style attribute, no absolute link into the site.
      expect(dangers(text), path).toEqual([]);
    }
  });

  it('has every link resolve inside the site, fragments included', async () => {
    const files = readTree(join(example, 'site'));
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      let found = ids.get(path);
      if (!found) {
        const document = new JSDOM(files.get(path)!).window.document;
        found = new Set([...document.querySelectorAll('[id]')].map((e) => e.id));
        ids.set(path, found);
      }
      return found;
    };
    let checked = 0;
    for (const [path, text] of files) {
      if (!path.endsWith('.html')) continue;
      const document = new JSDOM(text).window.document;
      const links = [
        ...[...document.querySelectorAll('a[href], link[href]')].map((a) => a.getAttribute('href')!),
        ...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
        ...[...document.querySelectorAll('a')]
          .map((a) => a.getAttribute('xlink:href'))
          .filter((h) => h !== null),
      ];
      for (const link of links) {
        if (/^(?:https?|mailto):/.test(link)) continue; // a partner's own website, a footnote's source
        const url = new URL(link, `file:///site/${path}`);
        expect(url.protocol, `${path}: ${link}`).toBe('file:');
        const target = decodeURIComponent(url.pathname).replace(/^\/site\//, '');
        expect(files.has(target), `${path}: ${link}`).toBe(true);
        if (url.hash)
          expect(idsOf(target).has(decodeURIComponent(url.hash.slice(1))), `${path}: ${link}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives the same bytes twice, and replaces its own earlier site whole', async () => {
    const root = committedExample();
    expect((await site(root, ['--out', 'a'])).code).toBe(0);
    expect((await site(root, ['--out', 'b'])).code).toBe(0);
    const a = readTree(join(root, 'a'));
    expect(a.size).toBeGreaterThan(50);
    expect(readTree(join(root, 'b'))).toEqual(a);
    // A file kwp did not write into the site is gone after the next build; nothing is left beside it.
    writeFileSync(join(root, 'a', 'oud.html'), 'oud');
    expect((await site(root, ['--out', 'a'])).code).toBe(0);
    expect(readTree(join(root, 'a'))).toEqual(a);
    expect(readdirSync(root).filter((n) => n.includes('kwp-'))).toEqual([]);
  });

  it('shows how far it is on a terminal, and clears that line when done', async () => {
    const root = committedExample();
    const r = await site(root, [], { stderrTty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('\r\u001b[Kkwp: kennisbank lezen…');
    expect(r.stderr).toContain("\r\u001b[Kkwp: pagina's");
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
    // Not on a pipe.
    expect((await site(root, [])).stderr).toBe('');
  });

  it('writes site/ beside knowledge/ by default, and in English with --lang en', async () => {
    const root = committedExample();
    const r = await site(root, ['--lang', 'en']);
    expect(r.code).toBe(0);
    const index = readFileSync(join(root, 'site', 'index.html'), 'utf8');
    expect(index).toContain('<html lang="en">');
    expect(index).toContain('<nav aria-label="Main menu">');
    expect(index).toMatch(/As of <time datetime="2026-03-01">1 March 2026<\/time>/);
  });

  it('--public: no person anywhere, in pages, index, diagrams or metadata', async () => {
    const r = await site(example, ['--public', '--out', 'openbaar']);
    expect(r.code).toBe(0);
    const { files } = await loadKnowledgeBase(example);
    const kb = new KnowledgeBase(files);
    const people = peopleIn(
      kb.entries.concat(kb.werkplaats ? [kb.werkplaats] : []).map((e) => ({ kind: e.kind, data: e.data })),
    );
    const names = people.names.filter((n) => !n.keep).map((n) => n.text);
    expect(names).toContain('Annemarie Kok');
    const tree = readTree(join(example, 'openbaar'));
    const all = [...tree.values()].join('\n');
    for (const name of [...names, ...people.contacts]) expect(all).not.toContain(name);
    expect(all).not.toMatch(/@example\.org/);
    // Organisations stay.
    expect(all).toContain('Stichting Welzijn Rivelde');
    // The full site does name them.
    const full = [...readTree(join(example, 'site')).values()].join('\n');
    expect(full).toContain('Annemarie Kok');
  });
});

describe('kwp site refuses, with nothing written', () => {
  it('a folder that is not a kwp site', async () => {
    const root = makeKb({ 'documenten/notities.txt': 'belangrijk\n' });
    const r = await site(root, ['--out', 'documenten']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'documenten bestaat al en is geen website van kwp (er staat geen .kwp-site in)',
    );
    expect(r.stdout).toBe('');
    expect(readdirSync(join(root, 'documenten'))).toEqual(['notities.txt']);
    expect(readdirSync(root).sort()).toEqual(['documenten', 'knowledge']);
  });

  it('a file in the way, and a folder inside knowledge/', async () => {
    const root = makeKb({ 'site.html': 'x' });
    const file = await site(root, ['--out', 'site.html']);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('site.html is een bestand, geen map');
    const inside = await site(root, ['--out', 'knowledge/site']);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain('De website kan niet in knowledge/ staan');
    expect(existsSync(join(root, 'knowledge', 'site'))).toBe(false);
    expect(readFileSync(join(root, 'site.html'), 'utf8')).toBe('x');
  });

  it('into an empty folder it writes', async () => {
    const root = makeKb();
    mkdirSync(join(root, 'leeg'));
    expect((await site(root, ['--out', 'leeg'])).code).toBe(0);
    expect(existsSync(join(root, 'leeg', '.kwp-site'))).toBe(true);
  });
});

describe('hostile titles and bodies stay text', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const IMG = '<img src=x onerror=alert(1)>';
  const body = `## Inhoud

${SCRIPT} ${IMG}

[klik](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[entiteit](jav&#x61;script:alert(1)) <a href="javascript:alert(1)">a</a>

![plaatje](https://tracker.example.com/pixel.png)

Een voetnoot[^1].

[^1]: De voetnoot zelf.
`;
  const root = makeKb({
    'knowledge/projecten/vijandig.md': project(
      'vijandig',
      `thema: ["${SCRIPT}"]\ngebied: "${IMG}"\n`,
      body,
    ).replace('titel: Project vijandig', `titel: '${SCRIPT} ${IMG} A-->B["x"]; click A call alert(1)'`),
  });

  it('write nothing that runs, links to nothing outside, and keep footnotes linked', async () => {
    const r = await site(root, ['--out', 'site']);
    expect(r.code).toBe(0);
    const files = readTree(join(root, 'site'));
    for (const [path, text] of files) {
      if (!path.endsWith('.html')) continue;
      expect(dangers(text), path).toEqual([]);
      expect(text, path).not.toContain('tracker.example.com');
    }
    const page = files.get('projecten/vijandig.html')!;
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // A footnote's link and its target carry the same id.
    const ref = /href="#(user-content-fn-1)"/.exec(page)?.[1];
    expect(ref).toBe('user-content-fn-1');
    expect(page).toContain(`id="${ref}"`);
    expect(page).toContain('plaatje');
  });
});
