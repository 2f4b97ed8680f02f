// What several rules on a project file read alike: whether its status asks for a leader, a planning
// and content, and the money of its budget (the reports count it the same way).
import { num, list, str } from '../data.js';

const KNOWN_STATUS = new Set(['voorbereiding', 'lopend', 'afgerond', 'gestopt']);

/**
 * The status of a project whose status asks for a leader, a planning and `## Inhoud` (running or
 * finished, not in preparation, and not stopped while still in preparation); undefined for others.
 */
export function underwayStatus(data: unknown): string | undefined {
  const status = str(data, 'status');
  if (status === undefined || !KNOWN_STATUS.has(status) || status === 'voorbereiding') return undefined;
  // A project stopped while still in preparation may never have had a leader, a planning or content:
  // `gestopt` asks for an evaluation, not for what the project never got to. (format.md asks these
  // "unless voorbereiding", which would make a project stopped in preparation invalid forever.)
  // Stopped in preparation: no planned start, or stopped before it (kwp evaluate stops a project in
  // voorbereiding only as gestopt, and lets it stop before its planned start).
  const plannedStart = str(data, 'planning', 'start');
  const stoppedOn = str(data, 'evaluatie', 'datum');
  const stoppedEarly =
    status === 'gestopt' && (!plannedStart || (stoppedOn !== undefined && stoppedOn < plannedStart));
  return stoppedEarly ? undefined : status;
}

/** The money in `dekking` against the total of `kosten`; hours are not money and do not count. */
export function budgetTotals(data: unknown): { costs: number; covered: number } {
  const sum = (items: readonly unknown[]) =>
    items.reduce<number>((total, item) => total + (num(item, 'bedrag') ?? 0), 0);
  return { costs: sum(list(data, 'begroting', 'kosten')), covered: sum(list(data, 'begroting', 'dekking')) };
}
