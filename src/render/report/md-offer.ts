// The report's "Vraag en aanbod" in Markdown (and so on the terminal): the outcomes of the open
// questions, each question with its offer, the capacity per offer and period, the questions that
// wait for a next period and those no offer can take. --public leaves the contact column out.
import type { OfferCapacity } from '../../core/report/offer-capacity.js';
import type { OfferSection, SectionPeriod } from '../../core/report/offer-section.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import type { ReportView } from './index.js';
import { mdText, table } from './md-text.js';

/** Whether the section has anything to say: open questions, or offers in the period. */
export function hasOfferSection(s: OfferSection): boolean {
  return s.vragen.length > 0 || s.capaciteit.length > 0;
}

/** `najaar: 2026-09-01 – 2027-01-29`, or the dates alone. */
export function periodName(p: { naam?: string | null; start?: string; einde?: string }): string {
  const dates = `${p.start ?? '…'} – ${p.einde ?? '…'}`;
  return p.naam?.trim() ? `${p.naam.trim()}: ${dates}` : dates;
}

export function offerMarkdown(s: OfferSection, lang: Lang, view: ReportView): string[] {
  if (!hasOfferSection(s)) return [];
  const l = (id: MessageId, args = {}) => t(lang, id, args);
  const outcome = (u: string) => l(`report.offer.outcome.${u}` as MessageId);
  const n = s.per_uitkomst;
  const out: string[] = [`## ${l('report.offer.title')}`, '', l('report.offer.intro', { date: s.op }), ''];
  if (s.vragen.length === 0) out.push(l('report.offer.no-questions'), '');
  else {
    out.push(
      l('report.offer.summary', {
        total: s.vragen.length,
        date: s.op,
        past: n.past,
        vol: n.vol,
        late: n.te_laat,
        none: n.geen_aanbod,
      }),
      '',
      table(
        [l('report.offer.col.uitkomst'), l('report.count')],
        Object.entries(n).map(([u, count]) => [outcome(u), count]),
      ),
      '',
      `### ${l('report.offer.h.vragen')}`,
      '',
      table(
        [
          l('report.offer.col.vraag'),
          l('report.offer.col.uitkomst'),
          l('report.offer.col.aanbod'),
          l('report.offer.col.periode'),
          l('report.offer.col.toelichting'),
        ],
        s.vragen.map((q) => [
          `${mdText(q.tekst || q.vraag)} (${mdText(q.vraag)})`,
          outcome(q.uitkomst),
          q.aanbod_titel ? mdText(q.aanbod_titel) : '—',
          q.periode ? mdText(periodName(q.periode)) : '—',
          mdText(q.uitleg),
        ]),
      ),
      '',
    );
  }
  out.push(`### ${l('report.offer.h.capaciteit')}`, '');
  if (s.capaciteit.length === 0) out.push(l('report.offer.no-offers'), '');
  else out.push(capacityTable(s.capaciteit, lang, view), '', capacityTotal(s, lang), '');
  if (s.vragen.length > 0) {
    out.push(`### ${l('report.offer.h.wachten')}`, '');
    if (s.wachten.length === 0) out.push(l('report.offer.wachten.none'), '');
    else
      out.push(
        l('report.offer.wachten.intro'),
        '',
        ...s.wachten.map(
          (w) =>
            `- **${mdText(w.tekst || w.vraag)}** (${mdText(w.vraag)}): ${l('report.offer.wachten.item', {
              offer: mdText(w.aanbod_titel),
              period: mdText(periodName(w.periode)),
              date: w.periode.intake_tot,
            })}`,
        ),
        '',
      );
    out.push(`### ${l('report.offer.h.niet-tot-stand')}`, '');
    if (s.niet_tot_stand.length === 0) out.push(l('report.offer.niet-tot-stand.none'), '');
    else
      out.push(
        l('report.offer.niet-tot-stand.intro'),
        '',
        ...s.niet_tot_stand.map(
          (q) => `- **${mdText(q.tekst || q.vraag)}** (${mdText(q.vraag)}): ${mdText(q.uitleg)}`,
        ),
        '',
      );
  }
  return out;
}

function capacityTable(rows: readonly OfferCapacity[], lang: Lang, view: ReportView): string {
  const l = (id: MessageId, args = {}) => t(lang, id, args);
  const contact = !view.public;
  return table(
    [
      l('report.offer.col.aanbod'),
      l('report.offer.col.instelling'),
      l('report.offer.col.periode'),
      l('report.offer.col.intake'),
      l('report.offer.col.plaatsen'),
      l('report.offer.col.bezet'),
      l('report.offer.col.vrij'),
      l('report.offer.col.projecten'),
      ...(contact ? [l('report.offer.col.contactpersoon')] : []),
    ],
    rows.flatMap((o) =>
      o.periodes.map((p) => [
        `${mdText(o.titel || o.aanbod)}${o.status === 'open' ? '' : ` (${mdText(l('report.offer.closed', { status: o.status }))})`}`,
        mdText(o.instelling) || '—',
        mdText(periodName(p)),
        p.intake_tot ?? '—',
        p.vragen,
        p.bezet > p.vragen ? `${p.bezet} (${l('report.offer.overbooked')})` : p.bezet,
        p.vrij,
        p.projecten.map(mdText).join(', ') || '—',
        ...(contact ? [mdText(o.contactpersoon) || '—'] : []),
      ]),
    ),
  );
}

function capacityTotal(s: OfferSection, lang: Lang): string {
  const total = s.capaciteit_totaal;
  return t(lang, 'report.offer.total', { places: total.vragen, taken: total.bezet, left: total.vrij });
}

/** A period in a sentence or cell (exported for the HTML report). */
export function sectionPeriod(p: SectionPeriod | null): string {
  return p ? periodName(p) : '—';
}
