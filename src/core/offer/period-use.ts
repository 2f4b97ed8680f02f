// What `kwp show <aanbod>` tells of each period of an offer: its dates, the intake deadline (its
// default filled in), the students, and how much of its capacity the projects in it use.
import type { AanbodView, ProjectView } from '../model/views.js';
import { intakeTot, occupancy, periodCapacity } from './periods.js';

export interface PeriodUse {
  /** Counted from 1, as people number them. */
  periode: number;
  naam?: string;
  start?: string;
  einde?: string;
  /** The last day to bring in a question: as written, else the day before `start`. */
  intake_tot?: string;
  studenten?: number;
  /** How many questions it takes (`vragen`, default 1). */
  vragen: number;
  /** The projects occupying it (not gestopt, starting within it). */
  projecten: string[];
  /** Room left: `vragen` less the projects in it, never below 0. */
  vrij: number;
}

/** Each period of the offer known by `id`, with the projects that occupy it. */
export function periodUses(id: string, offer: AanbodView, projects: readonly ProjectView[]): PeriodUse[] {
  const taken = occupancy([{ ...offer, id }], projects).get(id) ?? [];
  return offer.periodes.map((p, index) => {
    const inIt = taken[index] ?? [];
    const vragen = periodCapacity(p);
    const intake = intakeTot(p);
    return {
      periode: index + 1,
      ...(p.naam !== undefined ? { naam: p.naam } : {}),
      ...(p.start !== undefined ? { start: p.start } : {}),
      ...(p.einde !== undefined ? { einde: p.einde } : {}),
      ...(intake !== undefined ? { intake_tot: intake } : {}),
      ...(p.studenten !== undefined ? { studenten: p.studenten } : {}),
      vragen,
      projecten: inIt,
      vrij: Math.max(0, vragen - inIt.length),
    };
  });
}
