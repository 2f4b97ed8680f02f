// Which projects a report counts: those whose planning overlaps the period (cli.md's counting rule).
import type { ProjectView } from '../model/views.js';

export interface Period {
  van?: string;
  tot?: string;
}

/**
 * A missing `start` or `einde` leaves that side open; a project with neither counts only when no
 * period was asked for.
 */
export function overlaps(project: ProjectView, period: Period | null): boolean {
  if (!period) return true;
  const { start, einde } = project.planning;
  if (!start && !einde) return false;
  if (period.tot && start && start > period.tot) return false;
  if (period.van && einde && einde < period.van) return false;
  return true;
}
