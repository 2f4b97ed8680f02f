// The period helpers of an education offer (core/offer/periods.ts): defaults as format.md gives
// them, which period a project occupies, and who occupies what.
import { describe, expect, it } from 'vitest';
import { aanbodView, projectView } from '../../src/core/model/views.js';
import {
  dayBefore,
  intakeTot,
  occupancy,
  occupiedPeriod,
  periodCapacity,
} from '../../src/core/offer/periods.js';

const offer = (id: string, periodes: object[], extra: object = {}) =>
  aanbodView({ id, titel: id, instelling: 'Hogeschool Rivelde', niveau: 'hbo', periodes, ...extra });
const project = (id: string, aanbod: string[], start?: string, status = 'lopend') =>
  projectView({ id, status, aanbod, planning: start === undefined ? {} : { start, einde: '2030-01-01' } });

const BLOK1 = { naam: 'blok 1', start: '2026-09-01', einde: '2026-11-13', vragen: 2 };
const BLOK2 = { naam: 'blok 2', start: '2026-11-16', einde: '2027-01-29' };

describe('intakeTot', () => {
  it('is intake_tot as written', () => {
    expect(intakeTot({ start: '2027-02-01', intake_tot: '2026-12-15' })).toBe('2026-12-15');
  });
  it('defaults to the day before start, across months, years and leap days', () => {
    expect(intakeTot({ start: '2027-02-01' })).toBe('2027-01-31');
    expect(intakeTot({ start: '2027-01-01' })).toBe('2026-12-31');
    expect(intakeTot({ start: '2028-03-01' })).toBe('2028-02-29');
    expect(intakeTot({ start: '2027-03-01' })).toBe('2027-02-28');
    expect(intakeTot({ start: '2026-09-15' })).toBe('2026-09-14');
  });
  it('is undefined without a real start', () => {
    expect(intakeTot({})).toBeUndefined();
    expect(intakeTot({ start: '2027-02-30' })).toBeUndefined();
    expect(intakeTot({ start: 'februari' })).toBeUndefined();
  });
  it('reads years below 100 as written, not as 19xx', () => {
    expect(dayBefore('0050-01-01')).toBe('0049-12-31');
  });
});

describe('periodCapacity', () => {
  it('is vragen, else 1', () => {
    expect(periodCapacity({ vragen: 3 })).toBe(3);
    expect(periodCapacity({})).toBe(1);
    // A broken value is left out of the view, so it counts as the default.
    expect(periodCapacity(offer('x-y', [{ vragen: 'twee' }]).periodes[0]!)).toBe(1);
  });
});

describe('occupiedPeriod', () => {
  const o = offer('minor-x', [BLOK1, BLOK2]);
  it('is the first period whose start ≤ planning.start ≤ einde (both ends included)', () => {
    expect(occupiedPeriod(o, '2026-09-01')).toBe(0);
    expect(occupiedPeriod(o, '2026-11-13')).toBe(0);
    expect(occupiedPeriod(o, '2026-11-16')).toBe(1);
    expect(occupiedPeriod(o, '2027-01-29')).toBe(1);
  });
  it('is undefined between, before and after the periods, and without a start', () => {
    expect(occupiedPeriod(o, '2026-11-14')).toBeUndefined();
    expect(occupiedPeriod(o, '2026-08-31')).toBeUndefined();
    expect(occupiedPeriod(o, '2027-01-30')).toBeUndefined();
    expect(occupiedPeriod(o, undefined)).toBeUndefined();
  });
  it('takes the first of overlapping periods, and skips a period without both dates', () => {
    const overlapping = offer('o-x', [{ start: '2026-09-01' }, { ...BLOK2, start: '2026-09-01' }, BLOK1]);
    expect(occupiedPeriod(overlapping, '2026-10-01')).toBe(1);
  });
});

describe('occupancy', () => {
  it('lists per offer and period the projects in it, not gestopt ones, each once, sorted', () => {
    const a = offer('aanbod-a', [BLOK1, BLOK2]);
    const b = offer('aanbod-b', [BLOK1]);
    const map = occupancy(
      [a, b],
      [
        project('p-zeta', ['aanbod-a'], '2026-09-10'),
        project('p-alfa', ['aanbod-a', 'aanbod-a', 'aanbod-b'], '2026-10-01', 'voorbereiding'),
        project('p-stop', ['aanbod-a'], '2026-09-10', 'gestopt'),
        project('p-later', ['aanbod-a'], '2026-12-01', 'afgerond'),
        project('p-buiten', ['aanbod-a'], '2027-05-01'),
        project('p-geen-start', ['aanbod-a']),
        project('p-onbekend', ['aanbod-z'], '2026-09-10'),
      ],
    );
    expect([...map.keys()]).toEqual(['aanbod-a', 'aanbod-b']);
    expect(map.get('aanbod-a')).toEqual([['p-alfa', 'p-zeta'], ['p-later']]);
    expect(map.get('aanbod-b')).toEqual([['p-alfa']]);
  });
  it('gives an offer without projects an empty list per period, and skips an offer without id', () => {
    const map = occupancy(
      [offer('leeg-aanbod', [BLOK1, BLOK2, BLOK1]), aanbodView({ periodes: [BLOK1] })],
      [],
    );
    expect([...map.entries()]).toEqual([['leeg-aanbod', [[], [], []]]]);
  });
});
