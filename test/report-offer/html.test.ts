// The report's "Vraag en aanbod" in HTML: a section of its own in the contents, the outcomes as a
// chart beside a table with the same numbers, the questions, the capacity with its totals, and
// --public without the contact column. (test/report-html/browser.test.ts opens it in Chromium.)
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_KB, kwp } from '../helpers/kb.js';

async function html(args: string[] = []): Promise<Document> {
  const { code, stdout } = await kwp(['report', '--kb', EXAMPLE_KB, '--format', 'html', ...args]);
  expect(code).toBe(0);
  return new JSDOM(stdout).window.document;
}

const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.trim());

describe('Vraag en aanbod in the HTML report', () => {
  it('is a section of its own, in the contents, after the questions', async () => {
    const doc = await html();
    const section = doc.getElementById('vraag-en-aanbod')!.closest('section')!;
    expect(section.querySelector('h2')!.textContent).toBe('Vraag en aanbod');
    const toc = [...doc.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
    expect(toc.indexOf('#vraag-en-aanbod')).toBe(toc.indexOf('#kennisvragen') + 1);
  });

  it('draws the outcomes as a chart beside a table with the same numbers', async () => {
    const section = (await html()).getElementById('vraag-en-aanbod')!.closest('section')!;
    const pair = section.querySelector('.pair')!;
    const svg = pair.querySelector('figure svg[role="img"]')!;
    expect(svg.querySelector('title')!.textContent).toBe('Open kennisvragen per uitkomst');
    expect(svg.querySelector('desc')!.textContent).toMatch(/^past: 2; vol: 1; te laat: 1; geen aanbod: 1\./);
    const rows = [...pair.querySelectorAll('table tbody tr')].map(cells);
    expect(rows).toEqual([
      ['past', '2'],
      ['vol', '1'],
      ['te laat', '1'],
      ['geen aanbod', '1'],
    ]);
    expect(cells(pair.querySelector('table tfoot tr')!)).toEqual(['Totaal', '5']);
  });

  it('says the outcomes in a sentence with its plural forms chosen, in Dutch and in English', async () => {
    const sentence = async (args: string[]) =>
      (await html(args)).getElementById('vraag-en-aanbod')!.closest('section')!.querySelector('h3 + p')!
        .textContent;
    expect(await sentence([])).toBe(
      '5 open vragen op 3 december 2026: 2 passen, 1 vol, 1 te laat, 1 zonder aanbod.',
    );
    expect(await sentence(['--lang', 'en'])).toBe(
      '5 open questions on 3 December 2026: 2 fit, 1 full, 1 too late, 1 without an offer.',
    );
  });

  it('lists the questions with outcome and offer, the capacity with totals, the waiting and the unplaced', async () => {
    const section = (await html()).getElementById('vraag-en-aanbod')!.closest('section')!;
    const tables = [...section.querySelectorAll('table')];
    expect(tables.map((t) => t.querySelector('caption')!.textContent)).toEqual([
      'Uitkomsten van de open vragen',
      'Open kennisvragen en het aanbod dat past',
      'Capaciteit per aanbod en periode',
    ]);
    const questions = [...tables[1]!.querySelectorAll('tbody tr')].map(cells);
    expect(questions.map((r) => r[1])).toEqual(['past', 'past', 'vol', 'te laat', 'geen aanbod']);
    expect(questions[3]!.slice(2, 4)).toEqual([
      'Afstuderen Built Environment 2026-2027',
      'afstudeerronde voorjaar: 2027-02-08 – 2027-06-25',
    ]);
    const capacity = tables[2]!;
    expect(cells(capacity.querySelector('thead tr')!)).toEqual([
      'Aanbod',
      'Periode',
      'Plaatsen',
      'Bezet',
      'Vrij',
      'Projecten',
      'Contactpersoon',
    ]);
    expect(cells(capacity.querySelector('tfoot tr')!)).toEqual(['Totaal', '', '25', '5', '20', '', '']);
    const lists = [...section.querySelectorAll('h3')].map((h) => h.textContent);
    expect(lists).toContain('Wachten op een volgende periode');
    expect(lists).toContain('Niet tot stand: geen aanbod dat past');
    expect(section.textContent).toContain('aanmelden kon tot en met');
  });

  it('leaves the contact column out with --public', async () => {
    const section = (await html(['--public'])).getElementById('vraag-en-aanbod')!.closest('section')!;
    const capacity = [...section.querySelectorAll('table')][2]!;
    expect(cells(capacity.querySelector('thead tr')!)).not.toContain('Contactpersoon');
    expect(section.textContent).not.toContain('Pieter van Dijk');
  });
});
