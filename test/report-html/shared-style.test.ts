// The report's stylesheet is kwp's shared page style (src/render/html/style.ts) with the report's own
// rules between its halves: the card layout for narrow screens must come after the rules it
// overrides at the same specificity (the list of projects' row headings), or a phone shows the
// desktop widths.
import { describe, expect, it } from 'vitest';
import { BASE_STYLE, SMALL_SCREEN_STYLE } from '../../src/render/html/style.js';
import { STYLE } from '../../src/render/report/html-style.js';

describe('the shared page style in the report', () => {
  it('holds both halves of the shared style, in order, with the report’s rules between', () => {
    const base = STYLE.indexOf(BASE_STYLE);
    const small = STYLE.indexOf(SMALL_SCREEN_STYLE);
    expect(base).toBe(0);
    expect(small).toBeGreaterThan(base + BASE_STYLE.length);
    const lijst = STYLE.indexOf('table.lijst th[scope="row"] { min-width: 12rem; }');
    expect(lijst).toBeGreaterThan(base + BASE_STYLE.length);
    expect(lijst).toBeLessThan(small);
    expect(SMALL_SCREEN_STYLE).toContain('table.stack th[scope="row"] { min-width: 0;');
  });

  it('keeps the report’s own parts out of the shared style', () => {
    for (const own of ['.lijst', '.light', '.funnel', 'article.eval', 'section.unread', '@media print'])
      expect(BASE_STYLE + SMALL_SCREEN_STYLE, own).not.toContain(own);
  });
});
