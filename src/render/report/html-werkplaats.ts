// The werkplaats summary as HTML: key figures and the steering group's status light first, then the
// counts (each chart beside a table with the same numbers), the evaluations by theme, the new
// questions, the chains and the full list of projects.
import { chainShape, linksByGroup } from '../../core/chain.js';
import { evaluationsByTheme } from '../../core/report/evaluation-groups.js';
import type { EvaluationSummary, WerkplaatsReport } from '../../core/report/summary.js';
import type { MessageId } from '../../messages/nl.js';
import { barChart, targetChart } from '../html/charts.js';
import { hasOfferSection, offerHtml } from './html-offer.js';
import { bullets, chainMarkup, columns, table } from '../html/blocks.js';
import type { Context } from '../html/context.js';
import { join, markup, type Markup, type Part } from '../html/markup.js';
import type { Page } from './html.js';
import { type LinkKind, linkTo, partnerLink, partnerList } from './html-links.js';
import { unreadNotice } from './html-unread.js';
import type { ReportView } from './index.js';
import { standText } from './stand-text.js';

/** The status light is told by a symbol and a word, not by colour alone. */
const SYMBOL: Record<string, string> = { 'op-schema': '●', aandacht: '▲', klaar: '✓' };

interface Section {
  id: string;
  heading: MessageId;
  body: Markup;
}

export function werkplaatsPage(ctx: Context, r: WerkplaatsReport, view: ReportView = {}): Page {
  const titles = new Map(r.projectlijst.map((p) => [p.id, p.titel]));
  // A project's title, linked to its page where the report has links (the site's report page).
  const name = (id: string) => linkTo(view, 'project', id, titles.get(id) || id);
  const title = r.werkplaats
    ? ctx.plain('report.html.title.werkplaats', { naam: r.werkplaats })
    : ctx.text('report.html.title.unnamed');

  const sections: Section[] = [
    { id: 'kerncijfers', heading: 'report.html.h.kerncijfers', body: keyFigures(ctx, r) },
    { id: 'statuslicht', heading: 'report.html.h.statuslicht', body: statusLight(ctx, r, view) },
    { id: 'projecten', heading: 'report.html.h.projecten', body: projects(ctx, r) },
    { id: 'studenten', heading: 'report.html.h.studenten', body: students(ctx, r) },
    { id: 'partners', heading: 'report.html.h.partners', body: partners(ctx, r, view) },
    { id: 'begroting', heading: 'report.html.h.begroting', body: budget(ctx, r, view) },
    { id: 'kennisvragen', heading: 'report.html.h.kennisvragen', body: funnel(ctx, r) },
    ...(hasOfferSection(r.vraag_en_aanbod)
      ? [
          {
            id: 'vraag-en-aanbod',
            heading: 'report.offer.title' as const,
            body: offerHtml(ctx, r.vraag_en_aanbod, view),
          },
        ]
      : []),
    { id: 'evaluaties', heading: 'report.html.h.evaluaties', body: evaluations(ctx, r, view) },
    { id: 'nieuwe-vragen', heading: 'report.html.h.nieuwe-vragen', body: newQuestions(ctx, r, view, name) },
    { id: 'ketens', heading: 'report.html.h.ketens', body: chains(ctx, r, name) },
    { id: 'projectlijst', heading: 'report.html.h.projectlijst', body: projectList(ctx, r, view) },
  ];
  if (r.in_periode)
    sections.splice(sections.length - 1, 0, {
      id: 'veranderd',
      heading: 'report.history.period',
      body: changedInPeriod(ctx, r, view, name),
    });

  const body = markup`<header class="top">
<p class="kicker">${ctx.m('report.html.kicker.werkplaats')}</p>
<h1>${title}</h1>
<p class="meta stand">${standText(r.stand, ctx.lang)}</p>
<p class="meta"><strong>${period(ctx, r)}</strong></p>
${r.periode ? markup`<p class="meta">${ctx.m('report.html.period-rule')}</p>\n` : ''}${
    r.programma !== null
      ? markup`<p class="meta">${ctx.m('report.html.programme', { programma: r.programma })}</p>\n`
      : ''
  }</header>
${unreadNotice(ctx, r.niet_gelezen)}<nav class="toc" aria-labelledby="inhoudsopgave"><h2 id="inhoudsopgave">${ctx.m('report.html.toc')}</h2>
<ol>${sections.map((s) => markup`<li><a href="#${s.id}">${ctx.m(s.heading)}</a></li>`)}</ol></nav>
${sections.map((s) => sectionMarkup(ctx, s))}<footer><p>${ctx.m('report.html.footer')}</p></footer>
`;
  return { title, body };
}

function sectionMarkup(ctx: Context, s: Section): Markup {
  // The long list prints on landscape pages of its own.
  const cls = s.id === 'projectlijst' ? markup` class="lijst-section"` : '';
  return markup`<section aria-labelledby="${s.id}"${cls}>
<h2 id="${s.id}">${ctx.m(s.heading)}</h2>
${s.body}</section>
`;
}

function period(ctx: Context, r: WerkplaatsReport): Markup {
  const p = r.periode;
  if (!p || (!p.van && !p.tot)) return ctx.m('report.html.period-all');
  if (p.van && p.tot) return ctx.m('report.html.period', { van: ctx.date(p.van), tot: ctx.date(p.tot) });
  if (p.van) return ctx.m('report.html.period-from', { van: ctx.date(p.van) });
  return ctx.m('report.html.period-until', { tot: ctx.date(p.tot) });
}

/** A record's title (linked where the report has links) with its id beneath, for row headers. */
function projectCell(view: ReportView, kind: LinkKind, titel: string, id: string): Markup {
  return titel
    ? markup`${linkTo(view, kind, id, titel)}<span class="sub">${id}</span>`
    : linkTo(view, kind, id, id);
}

function keyFigures(ctx: Context, r: WerkplaatsReport): Markup {
  const target = (value: number, doel: number | null) =>
    doel === null
      ? ctx.m('report.html.note.no-target')
      : ctx.m('report.html.note.of-target', { pct: ctx.pct(value, doel) ?? '—' });
  const coverage = ctx.pct(r.begroting.dekking, r.begroting.kosten);
  const rows: Part[][] = [
    [
      ctx.m('report.html.kf.projecten'),
      ctx.int(r.projecten.totaal),
      doel(ctx, r.projecten.doel),
      target(r.projecten.totaal, r.projecten.doel),
    ],
    [
      ctx.m('report.html.kf.studenten'),
      ctx.int(r.studenten.totaal),
      doel(ctx, r.studenten.doel),
      target(r.studenten.totaal, r.studenten.doel),
    ],
    [
      ctx.m('report.html.kf.gebieden'),
      ctx.int(r.gebieden.actief),
      doel(ctx, r.gebieden.doel),
      markup`${target(r.gebieden.actief, r.gebieden.doel)}${
        r.gebieden.namen.length > 0 ? markup`: ${r.gebieden.namen.join(', ')}` : ''
      }`,
    ],
    [
      ctx.m('report.html.kf.multilevel'),
      ctx.int(r.multilevel),
      '—',
      ctx.m('report.html.note.multilevel', { n: r.multilevel, total: r.projecten.totaal }),
    ],
    [ctx.m('report.html.kf.kosten'), ctx.euro(r.begroting.kosten), '—', ''],
    [
      ctx.m('report.html.kf.dekking'),
      ctx.euro(r.begroting.dekking),
      '—',
      coverage === null ? '' : ctx.m('report.html.note.coverage', { pct: coverage }),
    ],
    [ctx.m('report.html.kf.tekort'), ctx.euro(r.begroting.tekort), '—', ctx.m('report.html.note.shortfall')],
  ];
  const targetRow = (label: MessageId, value: number, goal: number | null) => {
    const text = ctx.text(label);
    return {
      label: text,
      value,
      target: goal,
      text:
        goal === null
          ? ctx.plain('report.html.chart.no-target-row', { label: text, value: ctx.int(value) })
          : ctx.plain('report.html.chart.target-row', {
              label: text,
              value: ctx.int(value),
              target: ctx.int(goal),
              pct: ctx.pct(value, goal) ?? '—',
            }),
    };
  };
  const chartTitle = ctx.text('report.html.chart.targets');
  return markup`${table(ctx, {
    caption: ctx.m('report.html.h.kerncijfers'),
    quiet: true,
    head: [
      ctx.m('report.html.col.kengetal'),
      ctx.m('report.html.col.waarde'),
      ctx.m('report.html.col.doel'),
      ctx.m('report.html.col.toelichting'),
    ],
    rows,
    numeric: [1, 2],
  })}<figure class="figure">
${targetChart(ctx, chartTitle, [
  targetRow('report.html.kf.studenten', r.studenten.totaal, r.studenten.doel),
  targetRow('report.html.kf.projecten', r.projecten.totaal, r.projecten.doel),
  targetRow('report.html.kf.gebieden', r.gebieden.actief, r.gebieden.doel),
])}
<figcaption class="legend">${chartTitle}. ${ctx.m('report.html.chart.targets-legend')}</figcaption>
</figure>
${r.periode ? markup`<p class="note targets-whole">${ctx.m('report.targets-whole')}</p>\n` : ''}`;
}

function doel(ctx: Context, n: number | null): string {
  return n === null ? '—' : ctx.int(n);
}

function statusLight(ctx: Context, r: WerkplaatsReport, view: ReportView): Markup {
  const intro = markup`<p class="note">${ctx.m('report.html.licht.intro')}</p>\n`;
  if (r.statuslicht.length === 0)
    return markup`${intro}<p class="empty">${ctx.m('report.html.empty.statuslicht')}</p>\n`;
  return markup`${intro}${table(ctx, {
    caption: ctx.m('report.html.h.statuslicht'),
    quiet: true,
    ...columns(ctx, [
      'report.html.col.project',
      'report.html.col.status',
      'report.html.col.licht',
      'report.html.col.redenen',
    ]),
    rows: r.statuslicht.map((s) => [
      projectCell(view, 'project', s.titel, s.project),
      ctx.word('status', s.status),
      markup`<span class="light light-${s.licht}"><span class="sym" aria-hidden="true">${SYMBOL[s.licht] ?? '?'}</span>${ctx.word('licht', s.licht)}</span>`,
      s.redenen.length > 0 ? s.redenen.map((x) => ctx.word('reden', x)).join('; ') : '—',
    ]),
  })}`;
}

/** A table of counts, in the order the report gives them (largest first), under a heading of its own. */
function countTable(
  ctx: Context,
  spec: {
    heading: MessageId;
    keyHead: MessageId;
    valueHead: MessageId;
    counts: Record<string, number>;
    label?: (key: string) => string;
    /** Leave out the total where one project counts more than once (themes). */
    total?: boolean;
  },
): Markup {
  const label = spec.label ?? ((k: string) => (k === '?' ? ctx.text('report.html.unknown') : k));
  const entries = Object.entries(spec.counts);
  if (entries.length === 0) return markup`<p class="empty">${ctx.m('report.html.empty.table')}</p>\n`;
  return table(ctx, {
    caption: ctx.m(spec.heading),
    quiet: true,
    head: [ctx.m(spec.keyHead), ctx.m(spec.valueHead)],
    rows: entries.map(([key, n]) => [label(key), ctx.int(n)]),
    numeric: [1],
    ...(spec.total === false
      ? {}
      : { foot: [ctx.m('report.html.total'), ctx.int(entries.reduce((sum, [, n]) => sum + n, 0))] }),
  });
}

/** A heading, then a bar chart beside (on a wide screen) a table with the same numbers. */
function chartAndTable(ctx: Context, spec: Parameters<typeof countTable>[1], note?: MessageId): Markup {
  const label = spec.label ?? ((k: string) => (k === '?' ? ctx.text('report.html.unknown') : k));
  const rows = Object.entries(spec.counts).map(([key, value]) => ({ label: label(key), value }));
  const figure =
    rows.length === 0
      ? ''
      : markup`<figure class="figure">${barChart(ctx, ctx.text(spec.heading), rows)}</figure>\n`;
  return markup`<h3>${ctx.m(spec.heading)}</h3>
${note ? markup`<p class="note">${ctx.m(note)}</p>\n` : ''}<div class="pair">
${figure}${countTable(ctx, spec)}</div>
`;
}

/** A heading and its table of counts, one of a row of such sections. */
function countedSection(ctx: Context, spec: Parameters<typeof countTable>[1]): Markup {
  return markup`<section><h3>${ctx.m(spec.heading)}</h3>
${countTable(ctx, spec)}</section>
`;
}

function projects(ctx: Context, r: WerkplaatsReport): Markup {
  if (r.projecten.totaal === 0) return markup`<p class="empty">${ctx.m('report.html.empty.projecten')}</p>\n`;
  const counted = (heading: MessageId, keyHead: MessageId, counts: Record<string, number>) =>
    countedSection(ctx, { heading, keyHead, valueHead: 'report.html.col.projecten', counts });
  return markup`${chartAndTable(ctx, {
    heading: 'report.html.h.per-status',
    keyHead: 'report.html.col.status',
    valueHead: 'report.html.col.projecten',
    counts: r.projecten.per_status,
    label: (k) => ctx.word('status', k),
  })}${chartAndTable(
    ctx,
    {
      heading: 'report.html.h.per-thema',
      keyHead: 'report.html.col.thema',
      valueHead: 'report.html.col.projecten',
      counts: r.projecten.per_thema,
      total: false,
    },
    'report.html.eval.intro',
  )}<div class="cols">
${counted('report.html.h.per-programma', 'report.html.col.programma', r.projecten.per_programma)}${counted(
    'report.html.h.per-gebied',
    'report.html.col.gebied',
    r.projecten.per_gebied,
  )}</div>
`;
}

function students(ctx: Context, r: WerkplaatsReport): Markup {
  const counted = (heading: MessageId, keyHead: MessageId, counts: Record<string, number>) =>
    countedSection(ctx, { heading, keyHead, valueHead: 'report.html.col.studenten', counts });
  return markup`<p>${ctx.m('report.html.studenten-total', { n: markup`<strong>${ctx.int(r.studenten.totaal)}</strong>` })}</p>
<div class="cols">
${counted('report.html.h.per-niveau', 'report.html.col.niveau', r.studenten.per_niveau)}${counted(
    'report.html.h.per-instelling',
    'report.html.col.instelling',
    r.studenten.per_instelling,
  )}</div>
`;
}

function partners(ctx: Context, r: WerkplaatsReport, view: ReportView): Markup {
  const groups = Object.entries(r.partners.per_groep);
  if (groups.length === 0) return markup`<p class="empty">${ctx.m('report.html.empty.table')}</p>\n`;
  return table(ctx, {
    caption: ctx.m('report.html.h.partners'),
    quiet: true,
    head: [
      ctx.m('report.html.col.groep'),
      ctx.m('report.html.col.aantal'),
      ctx.m('report.html.col.organisaties'),
    ],
    rows: groups.map(([groep, n]) => [
      ctx.word('groep', groep),
      ctx.int(n),
      partnerList(view, r.partners.namen_per_groep[groep] ?? []),
    ]),
    numeric: [1],
  });
}

function budget(ctx: Context, r: WerkplaatsReport, view: ReportView): Markup {
  const b = r.begroting;
  const summary = table(ctx, {
    caption: ctx.m('report.html.h.begroting'),
    quiet: true,
    head: [ctx.m('report.html.col.kengetal'), ctx.m('report.html.col.bedrag')],
    rows: [
      [ctx.m('report.html.kf.kosten'), ctx.euro(b.kosten)],
      [ctx.m('report.html.kf.dekking'), ctx.euro(b.dekking)],
      [ctx.m('report.html.kf.tekort'), ctx.euro(b.tekort)],
    ],
    numeric: [1],
  });
  if (b.per_partner.length === 0)
    return markup`${summary}<p class="empty">${ctx.m('report.html.empty.dekking')}</p>\n`;
  const dash = (n: number, show: (n: number) => string) => (n === 0 ? '—' : show(n));
  return markup`${summary}${table(ctx, {
    caption: ctx.m('report.html.h.per-partner'),
    head: [ctx.m('report.html.col.partner'), ctx.m('report.html.col.bedrag'), ctx.m('report.html.col.uren')],
    rows: b.per_partner.map((p) => [
      partnerLink(view, p.partner),
      dash(p.bedrag, (n) => ctx.euro(n)),
      dash(p.uren, (n) => ctx.int(n)),
    ]),
    numeric: [1, 2],
    foot: [
      ctx.m('report.html.total'),
      ctx.euro(b.per_partner.reduce((s, p) => s + p.bedrag, 0)),
      ctx.int(b.per_partner.reduce((s, p) => s + p.uren, 0)),
    ],
  })}`;
}

function funnel(ctx: Context, r: WerkplaatsReport): Markup {
  const n = (status: string) => ctx.int(r.kennisvragen.per_status[status] ?? 0);
  const step = (status: string, cls = '') =>
    markup`<li${cls ? markup` class="${cls}"` : ''}>${ctx.word('vraagstatus', status)}: <strong>${n(status)}</strong></li>`;
  const arrow = markup`<li class="arrow">→</li>`;
  return markup`<p class="note">${ctx.m('report.html.funnel.intro')}</p>
<ul class="funnel" aria-label="${ctx.text('report.html.funnel.flow')}">${step('open')}${arrow}${step('opgepakt')}${arrow}${step('beantwoord')}${step('vervallen', 'aside')}</ul>
${table(ctx, {
  caption: ctx.m('report.html.h.kennisvragen'),
  quiet: true,
  head: [ctx.m('report.html.col.status'), ctx.m('report.html.col.aantal')],
  rows: Object.entries(r.kennisvragen.per_status).map(([status, count]) => [
    ctx.word('vraagstatus', status),
    ctx.int(count),
  ]),
  numeric: [1],
  foot: [ctx.m('report.html.total'), ctx.int(r.kennisvragen.totaal)],
})}`;
}

/** The evaluations grouped by theme: themes in the report's order, then any others, then none. */
/** The evaluations grouped by theme, each once (core/report/evaluation-groups.ts), with all its themes. */
function evaluations(ctx: Context, r: WerkplaatsReport, view: ReportView): Markup {
  if (r.evaluaties.length === 0)
    return markup`<p class="empty">${ctx.m('report.html.empty.evaluaties')}</p>\n`;
  const groups = evaluationsByTheme(r.evaluaties, Object.keys(r.projecten.per_thema));
  return markup`<p class="note">${ctx.m('report.eval.once')}</p>
${groups.map(
  (g) =>
    markup`<h3>${g.thema ?? ctx.m('report.html.eval.no-theme')}</h3>\n${g.evaluaties.map((e) => evaluation(ctx, e, view))}`,
)}`;
}

function evaluation(ctx: Context, e: EvaluationSummary, view: ReportView): Markup {
  const status = ctx.word('status', e.status);
  const meta = e.datum
    ? ctx.m('report.html.eval.meta', { datum: ctx.date(e.datum), status })
    : ctx.m('report.html.eval.no-date', { status });
  const list = (heading: MessageId, items: string[]) =>
    items.length === 0 ? '' : markup`<h5>${ctx.m(heading)}</h5>\n${bullets(ctx, items)}\n`;
  const lists =
    e.conclusies.length + e.leerpunten.length + e.verbeterpunten.length === 0
      ? markup`<p class="empty">${ctx.m('report.html.empty.list')}</p>\n`
      : join([
          list('report.html.eval.conclusies', e.conclusies),
          list('report.html.eval.leerpunten', e.leerpunten),
          list('report.html.eval.verbeterpunten', e.verbeterpunten),
        ]);
  return markup`<article class="eval">
<h4>${linkTo(view, 'project', e.project, e.titel || e.project)}</h4>
<p class="meta">${meta}</p>
${e.thema.length > 0 ? markup`<p class="meta themes">${ctx.m('report.eval.themes', { themes: [...new Set(e.thema)].join(', ') })}</p>\n` : ''}${lists}</article>
`;
}

function newQuestions(
  ctx: Context,
  r: WerkplaatsReport,
  view: ReportView,
  name: (id: string) => Markup,
): Markup {
  if (r.nieuwe_vragen.length === 0)
    return markup`<p class="empty">${ctx.m('report.html.empty.nieuwe-vragen')}</p>\n`;
  return table(ctx, {
    caption: ctx.m('report.html.h.nieuwe-vragen'),
    quiet: true,
    ...columns(ctx, [
      'report.html.col.vraag',
      'report.html.col.gesteld-in',
      'report.html.col.status',
      'report.html.col.opgepakt-door',
    ]),
    rows: r.nieuwe_vragen.map((q) => [
      projectCell(view, 'vraag', q.vraag, q.id),
      name(q.project),
      ctx.word('vraagstatus', q.status),
      q.opgepakt_door.length > 0
        ? join(
            q.opgepakt_door.map((id) => markup`${name(id)}`),
            markup`<br>`,
          )
        : markup`<em>${ctx.m('report.html.not-taken-up')}</em>`,
    ]),
  });
}

function chains(ctx: Context, r: WerkplaatsReport, name: (id: string) => Markup): Markup {
  if (r.ketens.length === 0) return markup`<p class="empty">${ctx.m('report.html.empty.ketens')}</p>\n`;
  const links = linksByGroup(r.ketens, r.ketenlinks);
  const chain = (ids: string[], i: number) => {
    const label = ctx.m('report.html.keten.label', { n: i + 1 });
    const shape = chainShape(ids, links[i]!);
    const drawn = chainMarkup(ctx, shape, (id) => markup`<span class="step">${name(id)}</span>`);
    return markup`<li><span class="chain-label">${label}</span>${drawn}</li>\n`;
  };
  return markup`<p class="note">${ctx.m('report.html.ketens.intro')}</p>
<ol class="chains">
${r.ketens.map(chain)}</ol>
`;
}

/** Every counted project; on a narrow screen each row becomes a card (labels from `labels`). */
function projectList(ctx: Context, r: WerkplaatsReport, view: ReportView): Markup {
  if (r.projectlijst.length === 0)
    return markup`<p class="empty">${ctx.m('report.html.empty.projecten')}</p>\n`;
  const day = (d: string) => (d ? markup`<time datetime="${d}">${d}</time>` : '—');
  // Who leads each project, except in a --public report.
  const leader = !view.public;
  const columns: MessageId[] = [
    'report.html.col.project',
    'report.html.col.status',
    ...(leader ? (['report.projectleider'] as const) : []),
    'report.html.col.programma',
    'report.html.col.themas',
    'report.html.col.gebied',
    'report.html.col.start',
    'report.html.col.einde',
    'report.html.col.studenten',
    'report.html.col.partners',
    'report.html.col.kosten',
    'report.html.col.dekking',
    'report.html.col.tekort',
    'report.html.col.evaluatie',
  ];
  const shift = leader ? 1 : 0;
  const at = (i: number) => i + shift;
  return table(ctx, {
    caption: ctx.m('report.html.h.projectlijst'),
    quiet: true,
    className: 'lijst',
    wide: true,
    labels: columns.map((id) => ctx.text(id)),
    head: [
      ctx.m('report.html.col.project'),
      ctx.m('report.html.col.status'),
      ...(leader ? [ctx.m('report.projectleider')] : []),
      ctx.m('report.html.col.programma'),
      ctx.m('report.html.col.themas'),
      ctx.m('report.html.col.gebied'),
      ctx.m('report.html.col.start'),
      ctx.m('report.html.col.einde'),
      markup`${ctx.m('report.html.col.studenten')}<span class="sub">${ctx.m('report.html.col.niveaus')}</span>`,
      ctx.m('report.html.col.partners'),
      ctx.m('report.html.col.kosten'),
      ctx.m('report.html.col.dekking'),
      ctx.m('report.html.col.tekort'),
      ctx.m('report.html.col.evaluatie'),
    ],
    rows: r.projectlijst.map((p) => [
      projectCell(view, 'project', p.titel, p.id),
      ctx.word('status', p.status),
      ...(leader ? [p.projectleider || '—'] : []),
      p.programma || '—',
      p.thema.join(', ') || '—',
      p.gebied || '—',
      day(p.start),
      day(p.einde),
      markup`${ctx.int(p.studenten)}${p.niveaus.length > 0 ? markup`<span class="sub">${p.niveaus.join(', ')}</span>` : ''}`,
      p.partners.length > 0 ? partnerList(view, p.partners) : '—',
      ctx.euro(p.kosten),
      ctx.euro(p.dekking),
      ctx.euro(p.tekort),
      day(p.evaluatie),
    ]),
    numeric: [7, 9, 10, 11].map(at),
    columns: { [at(5)]: 'date', [at(6)]: 'date', [at(8)]: 'wide', [at(12)]: 'date' },
  });
}

/** What happened in the period, from the dates in the files (one source, named in the note). */
function changedInPeriod(
  ctx: Context,
  r: WerkplaatsReport,
  view: ReportView,
  name: (id: string) => Markup,
): Markup {
  const p = r.in_periode!;
  const item = (label: MessageId, ids: string[], show: (id: string) => Markup = name) =>
    markup`<li>${ctx.m(label)}: ${ids.length > 0 ? join(ids.map(show), ', ') : ctx.m('report.none')}</li>\n`;
  return markup`<p class="note">${ctx.m('report.history.source')}</p>
<ul>
${item('report.history.new-projects', p.nieuwe_projecten)}${item('report.history.new-evaluations', p.nieuwe_evaluaties)}${item('report.history.new-questions', p.nieuwe_vragen, (id) => linkTo(view, 'vraag', id, id))}</ul>
`;
}
