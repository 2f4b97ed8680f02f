// The site's markdown: the direct path for plain bodies writes exactly what the unified processor
// writes, and leaves every body with more markdown than that to the processor.
import { describe, expect, it } from 'vitest';
import { fastHtml, markdownHtml } from '../../src/render/site/markdown.js';

/** What the processor writes, whatever the direct path would do: a body it never takes. */
const slow = (body: string) => markdownHtml(`${body}\n\n<!-- -->\n`, 'nl');

const PLAIN = [
  '## Inhoud\n\nStudenten werken aan de vraag.\n',
  '## Inhoud\n\nEen alinea\nover twee regels, met "aanhalingstekens" en \'enkele\'.\n\n## Resultaten\n\n- 132 huisbezoeken, anoniem verwerkt.\n- Zes koffieochtenden (gemiddeld 18 bezoekers); twee groepen gaan door.\n',
  '# Titel\n\nTekst. Nog een zin? Ja! 50% = half.\n',
  '\n\nAlleen een alinea.\n\n\n\nEn nog een.\n',
  '### Koppen van 3\n\n###### en 6\n',
  'Getallen: 2024 en 1.5 en 3) midden in een zin.\n',
  '## Van Aken & Zonen\n\nDienstverlening en Producten (D&P), Meet & Match.\n\n- R&D & meer\n',
];

const NOT_PLAIN = [
  'Een *nadruk* hier.\n',
  'Een [link](https://example.org).\n',
  'Zie www.example.org.\n',
  'Mail a@example.org.\n',
  '1. eerste\n2. tweede\n',
  'Alinea\n- lijst zonder witregel\n',
  '- item\n  vervolg\n',
  '> citaat\n',
  'Kop\n===\n',
  'Kop\n---\n',
  '    code\n',
  'Harde  \nregelbreuk\n',
  '## Kop met sluiting ##\n',
  'a | b\n--|--\n1 | 2\n',
  '~~weg~~\n',
  '&amp; &lt;\n',
  'Een &#38; getal\n',
  'Een &copy; teken\n',
  '<b>html</b>\n',
  'Tab\there\n',
  'Regel\r\nmet CRLF\n',
  '- [ ] taak\n',
  '#geen kop\n',
  '-\n',
];

describe('the direct path for plain bodies', () => {
  it.each(PLAIN)('writes what the processor writes: %j', (body) => {
    const fast = fastHtml(body);
    expect(fast).toBeDefined();
    expect(fast).toBe(
      slow(body)
        .replace(/\n?<!-- -->$/, '')
        .replace(/\n$/, ''),
    );
  });

  it.each(NOT_PLAIN)('leaves %j to the processor', (body) => {
    expect(fastHtml(body)).toBeUndefined();
  });
});
