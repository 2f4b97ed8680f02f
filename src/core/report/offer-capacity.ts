// The capacity half of the report's "Vraag en aanbod": per education offer and period, how many
// questions (projects) it can take, which projects occupy it and how much room is left. Pure: the
// offers and projects of the knowledge base and the report's period in, rows out.
import { type AanbodView, personName, type ProjectView } from '../model/views.js';
import { offerStatus } from '../offer/periods.js';
import { type PeriodUse, periodUses } from '../offer/period-use.js';
import type { Period } from './period.js';

export interface CapacityPeriod extends PeriodUse {
  /** How many projects occupy it: `projecten.length` (may exceed `vragen`: over-booked). */
  bezet: number;
}

export interface OfferCapacity {
  aanbod: string;
  titel: string;
  instelling: string;
  niveau: string | null;
  vorm: string | null;
  /** As written, else `open`. */
  status: string;
  /** The teacher or coordinator, by name; `[…]` in a --public report (md, html and csv leave it out). */
  contactpersoon: string | null;
  /** The periods that overlap the report's period (all of them without one), in the file's order. */
  periodes: CapacityPeriod[];
}

/**
 * Every offer with a period in the report's period, by id. Occupancy counts every project that uses
 * the offer, whatever the report's programme or period: a place taken is taken.
 */
export function offerCapacity(
  offers: readonly AanbodView[],
  projects: readonly ProjectView[],
  period: Period | null,
): OfferCapacity[] {
  const out: OfferCapacity[] = [];
  const seen = new Set<string>();
  const using = projects.filter((p) => p.aanbod.length > 0);
  for (const offer of [...offers].sort((a, b) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1))) {
    const id = offer.id;
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const periodes = periodUses(id, offer, using)
      .filter((p) => inPeriod(p, period))
      .map((p) => ({ ...p, bezet: p.projecten.length }));
    if (periodes.length === 0) continue;
    out.push({
      aanbod: id,
      titel: offer.titel ?? '',
      instelling: offer.instelling ?? '',
      niveau: offer.niveau ?? null,
      vorm: offer.vorm ?? null,
      status: offerStatus(offer),
      contactpersoon: personName(offer.contactpersoon) ?? null,
      periodes,
    });
  }
  return out;
}

/** An offer period counts when it overlaps the report's period; one without dates counts only without a period. */
function inPeriod(p: PeriodUse, period: Period | null): boolean {
  if (!period) return true;
  if (p.start === undefined && p.einde === undefined) return false;
  if (period.tot && p.start !== undefined && p.start > period.tot) return false;
  if (period.van && p.einde !== undefined && p.einde < period.van) return false;
  return true;
}

/** Totals over every listed period: what the offers can take, what is taken, what is left. */
export function capacityTotals(rows: readonly OfferCapacity[]): {
  vragen: number;
  bezet: number;
  vrij: number;
} {
  let vragen = 0;
  let bezet = 0;
  let vrij = 0;
  for (const row of rows)
    for (const p of row.periodes) {
      vragen += p.vragen;
      bezet += p.bezet;
      vrij += p.vrij;
    }
  return { vragen, bezet, vrij };
}
