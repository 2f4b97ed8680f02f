// The capacity half of the report's "Vraag en aanbod" (core/report/offer-capacity.ts): per offer and
// period what it can take, who occupies it and what is left, within the report's period.
import { describe, expect, it } from 'vitest';
import { aanbodView, projectView } from '../../src/core/model/views.js';
import { capacityTotals, offerCapacity } from '../../src/core/report/offer-capacity.js';

const offer = (id: string, periodes: object[], extra: object = {}) =>
  aanbodView({
    id,
    titel: `Titel ${id}`,
    instelling: 'Hogeschool Rivelde',
    niveau: 'hbo',
    periodes,
    ...extra,
  });
const project = (id: string, aanbod: string[], start: string, status = 'lopend', programma = 'A') =>
  projectView({ id, status, programma, aanbod, planning: { start, einde: '2030-01-01' } });

const NAJAAR = {
  naam: 'najaar',
  start: '2026-09-01',
  einde: '2027-01-29',
  intake_tot: '2026-06-30',
  vragen: 2,
};
const VOORJAAR = { naam: 'voorjaar', start: '2027-02-08', einde: '2027-06-25', studenten: 8 };

describe('offerCapacity', () => {
  const offers = [
    offer('minor-b', [NAJAAR, VOORJAAR], { vorm: 'minor', contactpersoon: { naam: 'Femke de Vries' } }),
    offer('afstuderen-a', [VOORJAAR], { status: 'vol' }),
  ];
  const projects = [
    project('p-een', ['minor-b'], '2026-09-07'),
    project('p-twee', ['minor-b'], '2026-10-01', 'afgerond'),
    project('p-drie', ['minor-b'], '2026-11-01', 'gestopt'),
    project('p-vier', ['minor-b', 'afstuderen-a'], '2027-02-08'),
    project('p-vijf', ['afstuderen-a'], '2027-03-01', 'lopend', 'B'),
  ];

  it('gives every offer by id, each period with its capacity, its projects and the room left', () => {
    const rows = offerCapacity(offers, projects, null);
    expect(rows.map((r) => r.aanbod)).toEqual(['afstuderen-a', 'minor-b']);
    const minor = rows[1]!;
    expect(minor).toMatchObject({
      titel: 'Titel minor-b',
      instelling: 'Hogeschool Rivelde',
      niveau: 'hbo',
      vorm: 'minor',
      status: 'open',
      contactpersoon: 'Femke de Vries',
    });
    // A gestopt project takes no place; an afgerond one does.
    expect(minor.periodes[0]).toEqual({
      periode: 1,
      naam: 'najaar',
      start: '2026-09-01',
      einde: '2027-01-29',
      intake_tot: '2026-06-30',
      vragen: 2,
      projecten: ['p-een', 'p-twee'],
      bezet: 2,
      vrij: 0,
    });
    // intake_tot defaults to the day before start; vragen to 1.
    expect(minor.periodes[1]).toMatchObject({
      intake_tot: '2027-02-07',
      vragen: 1,
      studenten: 8,
      bezet: 1,
      vrij: 0,
    });
  });

  it('says an over-booked period is over-booked: bezet above vragen, vrij never below 0', () => {
    const afstuderen = offerCapacity(offers, projects, null)[0]!;
    expect(afstuderen.status).toBe('vol');
    expect(afstuderen.contactpersoon).toBeNull();
    expect(afstuderen.periodes[0]).toMatchObject({
      vragen: 1,
      bezet: 2,
      vrij: 0,
      projecten: ['p-vier', 'p-vijf'],
    });
  });

  it('lists within a report period only the offer periods that overlap it, and offers with one', () => {
    const autumn = offerCapacity(offers, projects, { van: '2026-09-01', tot: '2026-12-31' });
    expect(autumn.map((r) => [r.aanbod, r.periodes.map((p) => p.naam)])).toEqual([['minor-b', ['najaar']]]);
    const spring = offerCapacity(offers, projects, { van: '2027-01-30' });
    expect(spring.map((r) => [r.aanbod, r.periodes.map((p) => p.naam)])).toEqual([
      ['afstuderen-a', ['voorjaar']],
      ['minor-b', ['voorjaar']],
    ]);
    // Both ends count: a period ending on the first day of the report period overlaps it.
    expect(offerCapacity(offers, projects, { van: '2027-06-25' }).length).toBe(2);
    expect(offerCapacity(offers, projects, { van: '2027-06-26' })).toEqual([]);
  });

  it('counts a period without dates only without a report period', () => {
    const undated = [offer('x-y', [{ naam: 'ooit' }])];
    expect(offerCapacity(undated, [], null)[0]!.periodes).toHaveLength(1);
    expect(offerCapacity(undated, [], { van: '2026-01-01' })).toEqual([]);
  });

  it('adds up what the listed periods can take, what is taken and what is left', () => {
    expect(capacityTotals(offerCapacity(offers, projects, null))).toEqual({ vragen: 4, bezet: 5, vrij: 0 });
    expect(capacityTotals([])).toEqual({ vragen: 0, bezet: 0, vrij: 0 });
  });

  it('is empty in a knowledge base without offers', () => {
    expect(offerCapacity([], projects, null)).toEqual([]);
  });
});
