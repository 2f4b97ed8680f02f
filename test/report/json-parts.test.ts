import { describe, expect, it } from 'vitest';
import { reportJsonParts } from '../../src/render/report/index.js';

// `kwp report --format json` writes the report key by key; together the pieces must be exactly the
// text of JSON.stringify(report, null, 2) and a newline.
describe('the JSON report in pieces', () => {
  const cases: Record<string, object> = {
    empty: {},
    'one key': { werkplaats: 'Rivelde' },
    'nested, with lists and nulls': {
      werkplaats: 'Rivelde',
      periode: null,
      projecten: { totaal: 2, per_status: { lopend: 1, afgerond: 1 }, doel: null },
      ketens: [['p1', 'p2'], []],
      leeg: {},
      lijst: [],
    },
    'values JSON leaves out, first and last': { a: undefined, b: 1, c: () => 1, d: undefined },
    'only values JSON leaves out': { a: undefined },
    'a character beyond Latin-1 in one key only': {
      projectlijst: [{ titel: 'Café' }],
      vraag_en_aanbod: { uitleg: 'blok 3: 2027-02-01 – 2027-04-16' },
      na: 'ok',
    },
    'odd keys': { '': 1, 'a"b': 2, '10': 3, __proto__x: 4 },
  };
  for (const [name, report] of Object.entries(cases)) {
    it(name, () => {
      expect(reportJsonParts(report).join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    });
  }
});
