// One project's evaluation summary as HTML: the question and what was concluded, what each
// stakeholder wanted to learn beside what was learned, plan beside reality, people, money, the new
// questions and who took them up, and the chain the project belongs to.
import { chainShape } from '../../core/chain.js';
import type { ProjectReport } from '../../core/report/project-report.js';
import { bullets, chainMarkup, table } from '../html/blocks.js';
import { type Context, isoDay } from '../html/context.js';
import { join, markup, type Markup } from '../html/markup.js';
import type { Page } from './html.js';
import { unreadNotice } from './html-unread.js';
import type { ReportView } from './index.js';
import { standText } from './stand-text.js';

const DAY = 86_400_000;

export function projectPage(ctx: Context, r: ProjectReport, view: ReportView = {}): Page {
  const name = r.titel || r.id;
  const title = ctx.plain('report.html.title.project', { titel: name });
  const body = markup`<header class="top">
<p class="kicker">${ctx.m('report.html.kicker.project')}</p>
<h1>${name}</h1>
<p class="meta stand">${standText(r.stand, ctx.lang)}</p>
<dl class="facts">
<dt>${ctx.m('report.html.project.id')}</dt><dd>${r.id}</dd>
<dt>${ctx.m('report.html.col.status')}</dt><dd>${ctx.word('status', r.status)}</dd>
<dt>${ctx.m('report.html.col.programma')}</dt><dd>${r.programma || '—'}</dd>
${view.public ? '' : markup`<dt>${ctx.m('report.projectleider')}</dt><dd>${r.projectleider || '—'}</dd>\n`}</dl>
</header>
${unreadNotice(ctx, r.niet_gelezen)}${section('vraag', ctx.m('report.html.h.vraag'), question(ctx, r))}${section('leren', ctx.m('report.html.h.leren'), learning(ctx, r))}${section(
    'planning',
    ctx.m('report.html.h.planning'),
    planning(ctx, r),
  )}${section('mensen', ctx.m('report.html.h.mensen'), people(ctx, r))}${section(
    'begroting',
    ctx.m('report.html.h.project-begroting'),
    budget(ctx, r),
  )}${section('vragen', ctx.m('report.html.h.project-vragen'), newQuestions(ctx, r))}${section(
    'keten',
    ctx.m('report.html.h.keten'),
    chain(ctx, r),
  )}<footer><p>${ctx.m('report.html.footer-project')}</p></footer>
`;
  return { title, body };
}

function section(id: string, heading: Markup, body: Markup): Markup {
  return markup`<section aria-labelledby="${id}">
<h2 id="${id}">${heading}</h2>
${body}</section>
`;
}

function question(ctx: Context, r: ProjectReport): Markup {
  return markup`${
    r.kennisvraag
      ? markup`<blockquote><p>${r.kennisvraag}</p></blockquote>`
      : markup`<p class="empty">${ctx.m('report.html.empty.kennisvraag')}</p>`
  }
<h3>${ctx.m('report.html.eval.conclusies')}</h3>
${bullets(ctx, r.conclusies, 'report.html.empty.conclusies')}
`;
}

function learning(ctx: Context, r: ProjectReport): Markup {
  const goals =
    r.leerdoelen.length === 0
      ? markup`<p class="empty">${ctx.m('report.html.empty.leerdoelen')}</p>\n`
      : table(ctx, {
          caption: ctx.m('report.html.h.leerdoelen'),
          quiet: true,
          head: [ctx.m('report.html.col.wie'), ctx.m('report.html.col.wat')],
          rows: r.leerdoelen.map((g) => [g.wie || '—', g.wat || '—']),
        });
  return markup`<div class="cols">
<section><h3>${ctx.m('report.html.h.leerdoelen')}</h3>
${goals}</section>
<section><h3>${ctx.m('report.html.h.leerpunten')}</h3>
${bullets(ctx, r.leerpunten, 'report.html.empty.leerpunten')}
</section>
</div>
<h3>${ctx.m('report.html.h.verbeterpunten')}</h3>
${bullets(ctx, r.verbeterpunten)}
`;
}

function planning(ctx: Context, r: ProjectReport): Markup {
  const end = r.planning.einde ? isoDay(r.planning.einde) : null;
  const evaluated = r.evaluatiedatum ? isoDay(r.evaluatiedatum) : null;
  let note: Markup | string = '';
  if (!r.evaluatiedatum) note = ctx.m('report.html.plan.not-evaluated');
  else if (end !== null && evaluated !== null) {
    const days = Math.round((evaluated - end) / DAY);
    note =
      days === 0
        ? ctx.m('report.html.plan.on-time')
        : ctx.m(days > 0 ? 'report.html.plan.late' : 'report.html.plan.early', {
            n: Math.abs(days),
          });
  }
  return markup`<dl class="facts">
<dt>${ctx.m('report.html.plan.start')}</dt><dd>${ctx.date(r.planning.start)}</dd>
<dt>${ctx.m('report.html.plan.einde')}</dt><dd>${ctx.date(r.planning.einde)}</dd>
<dt>${ctx.m('report.html.plan.evaluatie')}</dt><dd>${r.evaluatiedatum ? markup`${ctx.date(r.evaluatiedatum)}${note ? markup` (${note})` : ''}` : note}</dd>
</dl>
`;
}

function people(ctx: Context, r: ProjectReport): Markup {
  const total = markup`<p>${ctx.m('report.html.studenten-total', { n: markup`<strong>${ctx.int(r.studenten)}</strong>` })}</p>\n`;
  if (r.partners.length === 0)
    return markup`${total}<p class="empty">${ctx.m('report.html.empty.partners')}</p>\n`;
  return markup`${total}${table(ctx, {
    caption: ctx.m('report.html.col.partners'),
    head: [
      ctx.m('report.html.col.partner'),
      ctx.m('report.html.col.groep'),
      ctx.m('report.html.col.niveau'),
      ctx.m('report.html.col.studenten'),
    ],
    rows: r.partners.map((p) => [
      p.naam || '—',
      p.groep ? ctx.word('groep', p.groep) : '—',
      p.niveau ?? '—',
      p.studenten === null ? '—' : ctx.int(p.studenten),
    ]),
    numeric: [3],
  })}`;
}

function budget(ctx: Context, r: ProjectReport): Markup {
  const b = r.begroting;
  const coverage = ctx.pct(b.dekking, b.kosten);
  const summary = table(ctx, {
    caption: ctx.m('report.html.h.project-begroting'),
    quiet: true,
    head: [
      ctx.m('report.html.col.kengetal'),
      ctx.m('report.html.col.bedrag'),
      ctx.m('report.html.col.toelichting'),
    ],
    rows: [
      [ctx.m('report.html.kf.kosten'), ctx.euro(b.kosten), ''],
      [
        ctx.m('report.html.kf.dekking'),
        ctx.euro(b.dekking),
        coverage === null ? '' : ctx.m('report.html.note.coverage', { pct: coverage }),
      ],
      [ctx.m('report.html.kf.tekort'), ctx.euro(b.tekort), ''],
    ],
    numeric: [1],
  });
  if (b.dekking_per_partner.length === 0)
    return markup`${summary}<p class="empty">${ctx.m('report.html.empty.dekking')}</p>\n`;
  return markup`${summary}${table(ctx, {
    caption: ctx.m('report.html.h.per-partner'),
    head: [ctx.m('report.html.col.partner'), ctx.m('report.html.col.bedrag'), ctx.m('report.html.col.uren')],
    rows: b.dekking_per_partner.map((p) => [
      p.partner || '—',
      p.bedrag === null ? '—' : ctx.euro(p.bedrag),
      p.uren === null ? '—' : ctx.int(p.uren),
    ]),
    numeric: [1, 2],
  })}`;
}

function newQuestions(ctx: Context, r: ProjectReport): Markup {
  if (r.nieuwe_kennisvragen.length === 0)
    return markup`<p class="empty">${ctx.m('report.html.empty.list')}</p>\n`;
  return table(ctx, {
    caption: ctx.m('report.html.h.project-vragen'),
    quiet: true,
    head: [
      ctx.m('report.html.col.vraag'),
      ctx.m('report.html.col.status'),
      ctx.m('report.html.col.opgepakt-door'),
    ],
    rows: r.nieuwe_kennisvragen.map((q) => [
      q.vraag ? markup`${q.vraag}<span class="sub">${q.id}</span>` : q.id,
      ctx.word('vraagstatus', q.status),
      q.opgepakt_door.length > 0
        ? join(
            q.opgepakt_door.map((id) => markup`${id}`),
            markup`<br>`,
          )
        : markup`<em>${ctx.m('report.html.not-taken-up')}</em>`,
    ]),
  });
}

function chain(ctx: Context, r: ProjectReport): Markup {
  if (r.keten.length < 2) return markup`<p class="empty">${ctx.m('report.html.empty.keten')}</p>\n`;
  const names = new Map(r.keten.map((k) => [k.id, k.titel || k.id]));
  const step = (id: string) =>
    id === r.id
      ? markup`<span class="step this">${names.get(id)} ${ctx.m('report.html.keten.this')}</span>`
      : markup`<span class="step">${names.get(id)}</span>`;
  const shape = chainShape(
    r.keten.map((k) => k.id),
    r.ketenlinks,
  );
  return markup`<p class="note">${ctx.m('report.html.ketens.intro')}</p>
<ol class="chains"><li>${chainMarkup(ctx, shape, step)}</li></ol>
`;
}
