// Which projects a report counts: those whose planning overlaps the period (cli.md's counting rule).
import { str } from '../data.js';

export interface Period {
  van?: string;
  tot?: string;
}

/**
 * A missing `start` or `einde` leaves that side open; a project with neither counts only when no
 * period was asked for.
 */
export function overlaps(project: unknown, period: Period | null): boolean {
  if (!period) return true;
  const start = str(project, 'planning', 'start');
  const einde = str(project, 'planning', 'einde');
  if (!start && !einde) return false;
  if (period.tot && start && start > period.tot) return false;
  if (period.van && einde && einde < period.van) return false;
  return true;
}
