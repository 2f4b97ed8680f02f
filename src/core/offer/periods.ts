// The periods of an education offer (format.md, `knowledge/aanbod/`): their defaults, and which
// projects occupy which period. Shared by the rules, `kwp show`, the matcher and the report.
import { isRealDate } from '../dates.js';
import type { AanbodView, PeriodeView, ProjectView } from '../model/views.js';

/** The last day a question can still be taken into the period: `intake_tot`, else the day before `start`. */
export function intakeTot(p: PeriodeView): string | undefined {
  if (p.intake_tot !== undefined) return p.intake_tot;
  return p.start !== undefined && isRealDate(p.start) ? dayBefore(p.start) : undefined;
}

/** An offer's status: as written, else `open` (format.md). */
export function offerStatus(offer: AanbodView): string {
  return offer.status ?? 'open';
}

/** How many questions (projects) the period can take: `vragen`, else 1. */
export function periodCapacity(p: PeriodeView): number {
  return p.vragen ?? 1;
}

/**
 * The index of the period a project starting on `planningStart` occupies: the first with
 * `start` ≤ planningStart ≤ `einde`; undefined when none does (or the project has no start).
 */
export function occupiedPeriod(offer: AanbodView, planningStart: string | undefined): number | undefined {
  if (planningStart === undefined) return undefined;
  const index = offer.periodes.findIndex(
    (p) =>
      p.start !== undefined && p.einde !== undefined && p.start <= planningStart && planningStart <= p.einde,
  );
  return index === -1 ? undefined : index;
}

/**
 * Per aanbod id, per period (by index), the ids of the projects that occupy it: those not `gestopt`
 * that list the aanbod and start within the period. Ids are sorted; a project counts once per offer.
 */
export function occupancy(
  offers: readonly AanbodView[],
  projects: readonly Pick<ProjectView, 'id' | 'status' | 'aanbod' | 'planning'>[],
): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const byId = new Map<string, AanbodView>();
  for (const offer of offers) {
    if (offer.id === undefined || out.has(offer.id)) continue;
    byId.set(offer.id, offer);
    out.set(
      offer.id,
      offer.periodes.map(() => []),
    );
  }
  for (const project of projects) {
    if (project.id === undefined || project.status === 'gestopt') continue;
    // Each offer once (most projects list one, or none).
    for (const aanbodId of project.aanbod.length < 2 ? project.aanbod : new Set(project.aanbod)) {
      const offer = byId.get(aanbodId);
      if (offer === undefined) continue;
      const index = occupiedPeriod(offer, project.planning.start);
      if (index !== undefined) out.get(aanbodId)![index]!.push(project.id);
    }
  }
  for (const periods of out.values()) for (const ids of periods) ids.sort();
  return out;
}

/** The calendar day before a real `YYYY-MM-DD` date (any year 0001–9999, leap days included). */
export function dayBefore(date: string): string {
  const moment = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  moment.setUTCFullYear(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)) - 1,
  );
  return moment.toISOString().slice(0, 10);
}
