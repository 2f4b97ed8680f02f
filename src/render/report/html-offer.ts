// The report's "Vraag en aanbod" in HTML: the outcomes of the open questions as a chart beside a
// table with the same numbers, each question with its offer, the capacity per offer and period, the
// questions that wait for a next period and those no offer can take. --public leaves the contact
// column out.
import type { OfferSection } from '../../core/report/offer-section.js';
import type { MessageId } from '../../messages/nl.js';
import { bullets, columns, table } from '../html/blocks.js';
import type { Context } from '../html/context.js';
import { join, markup, type Markup } from '../html/markup.js';
import { barChart } from '../html/charts.js';
import { linkTo, partnerLink } from './html-links.js';
import type { ReportView } from './index.js';
import { hasOfferSection, periodName, sectionPeriod } from './md-offer.js';

export { hasOfferSection };

export function offerHtml(ctx: Context, s: OfferSection, view: ReportView): Markup {
  const outcome = (u: string) => ctx.text(`report.offer.outcome.${u}` as MessageId);
  const intro = markup`<p class="note">${ctx.m('report.offer.intro', { date: ctx.date(s.op) })}</p>\n`;
  const capacity = markup`<h3>${ctx.m('report.offer.h.capaciteit')}</h3>
${s.capaciteit.length === 0 ? markup`<p class="empty">${ctx.m('report.offer.no-offers')}</p>\n` : capacityTable(ctx, s, view)}`;
  if (s.vragen.length === 0)
    return markup`${intro}<p class="empty">${ctx.m('report.offer.no-questions')}</p>\n${capacity}`;
  const n = s.per_uitkomst;
  const counts = Object.entries(n).map(([u, value]) => ({ label: outcome(u), value }));
  const chartTitle = ctx.text('report.offer.chart');
  return markup`${intro}<h3>${ctx.m('report.offer.h.uitkomsten')}</h3>
<p>${ctx.m('report.offer.summary', {
    // Numbers, not text: the sentence chooses its plural forms by them ("1 open vraag", "3 passen").
    total: s.vragen.length,
    date: ctx.date(s.op),
    past: n.past,
    vol: n.vol,
    late: n.te_laat,
    none: n.geen_aanbod,
  })}</p>
<div class="pair">
<figure class="figure">${barChart(ctx, chartTitle, counts)}
<figcaption class="legend">${chartTitle}. ${ctx.m('report.offer.chart-legend')}</figcaption>
</figure>
${table(ctx, {
  caption: ctx.m('report.offer.h.uitkomsten'),
  quiet: true,
  head: [ctx.m('report.offer.col.uitkomst'), ctx.m('report.html.col.aantal')],
  rows: counts.map((c) => [c.label, ctx.int(c.value)]),
  numeric: [1],
  foot: [ctx.m('report.html.total'), ctx.int(s.vragen.length)],
})}</div>
<h3>${ctx.m('report.offer.h.vragen')}</h3>
${table(ctx, {
  caption: ctx.m('report.offer.h.vragen'),
  quiet: true,
  ...columns(ctx, [
    'report.offer.col.vraag',
    'report.offer.col.uitkomst',
    'report.offer.col.aanbod',
    'report.offer.col.periode',
    'report.offer.col.toelichting',
  ]),
  rows: s.vragen.map((q) => [
    markup`${linkTo(view, 'vraag', q.vraag, q.tekst || q.vraag)}<span class="sub">${q.vraag}</span>`,
    markup`<span class="outcome outcome-${q.uitkomst}">${outcome(q.uitkomst)}</span>`,
    q.aanbod === null ? '—' : linkTo(view, 'aanbod', q.aanbod, q.aanbod_titel ?? q.aanbod),
    sectionPeriod(q.periode),
    q.uitleg,
  ]),
  columns: { 4: 'wide' },
})}${capacity}<h3>${ctx.m('report.offer.h.wachten')}</h3>
${
  s.wachten.length === 0
    ? markup`<p class="empty">${ctx.m('report.offer.wachten.none')}</p>\n`
    : markup`<p class="note">${ctx.m('report.offer.wachten.intro')}</p>
${bullets(
  ctx,
  s.wachten.map(
    (w) =>
      markup`<strong>${linkTo(view, 'vraag', w.vraag, w.tekst || w.vraag)}</strong> (${w.vraag}): ${ctx.m(
        'report.offer.wachten.item',
        {
          offer: linkTo(view, 'aanbod', w.aanbod, w.aanbod_titel),
          period: periodName(w.periode),
          date: ctx.date(w.periode.intake_tot),
        },
      )}`,
  ),
)}\n`
}<h3>${ctx.m('report.offer.h.niet-tot-stand')}</h3>
${
  s.niet_tot_stand.length === 0
    ? markup`<p class="empty">${ctx.m('report.offer.niet-tot-stand.none')}</p>\n`
    : markup`<p class="note">${ctx.m('report.offer.niet-tot-stand.intro')}</p>
${bullets(
  ctx,
  s.niet_tot_stand.map(
    (q) =>
      markup`<strong>${linkTo(view, 'vraag', q.vraag, q.tekst || q.vraag)}</strong> (${q.vraag}): ${q.uitleg}`,
  ),
)}\n`
}`;
}

function capacityTable(ctx: Context, s: OfferSection, view: ReportView): Markup {
  const contact = !view.public;
  // Seven columns at most, the school and the dates beneath the offer and the period, and words
  // that may break: the table fits a portrait page.
  const ids: MessageId[] = [
    'report.offer.col.aanbod',
    'report.offer.col.periode',
    'report.offer.col.plaatsen',
    'report.offer.col.bezet',
    'report.offer.col.vrij',
    'report.offer.col.projecten',
    ...(contact ? (['report.offer.col.contactpersoon'] as const) : []),
  ];
  const total = s.capaciteit_totaal;
  return table(ctx, {
    caption: ctx.m('report.offer.h.capaciteit'),
    quiet: true,
    className: 'aanbod',
    ...columns(ctx, ids),
    rows: s.capaciteit.flatMap((o) =>
      o.periodes.map((p) => [
        markup`${linkTo(view, 'aanbod', o.aanbod, o.titel || o.aanbod)}<span class="sub">${o.instelling ? partnerLink(view, o.instelling) : o.aanbod}${
          o.status === 'open' ? '' : markup` · ${ctx.m('report.offer.closed', { status: o.status })}`
        }</span>`,
        markup`${p.naam?.trim() || periodName(p)}${
          p.naam?.trim() ? markup`<span class="sub">${p.start ?? '…'} – ${p.einde ?? '…'}</span>` : ''
        }${
          p.intake_tot
            ? markup`<span class="sub">${ctx.m('report.offer.col.intake')} ${ctx.date(p.intake_tot)}</span>`
            : ''
        }`,
        ctx.int(p.vragen),
        p.bezet > p.vragen
          ? markup`${ctx.int(p.bezet)} <strong>(${ctx.m('report.offer.overbooked')})</strong>`
          : ctx.int(p.bezet),
        ctx.int(p.vrij),
        p.projecten.length > 0
          ? join(
              p.projecten.map((id) => linkTo(view, 'project', id, id)),
              ', ',
            )
          : '—',
        ...(contact ? [o.contactpersoon || '—'] : []),
      ]),
    ),
    numeric: [2, 3, 4],
    foot: [
      ctx.m('report.html.total'),
      '',
      ctx.int(total.vragen),
      ctx.int(total.bezet),
      ctx.int(total.vrij),
      '',
      ...(contact ? [''] : []),
    ],
  });
}
