// The pages of the site: one per record (with its links both ways), the overview of projects with
// its facets, the question register, the partners, the offers, and the search page. Every value from
// the knowledge base is escaped (`esc`) or sanitised (bodies, ./markdown.ts); every link is relative.
import type { QuestionMatch } from '../../core/match/match.js';
import type { PersonRef } from '../../core/model/views.js';
import { personName } from '../../core/model/views.js';
import { offerStatus } from '../../core/offer/periods.js';
import { nl } from '../../messages/nl.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import { dateHtml, esc, upOf } from './html.js';
import { markdownHtml } from './markdown.js';
import type { SiteRecord, SiteRecords } from './records.js';

export interface PageContext {
  readonly lang: Lang;
  readonly records: SiteRecords;
  readonly public: boolean;
  /** Per project id, the number of its chain on the chains page (ketens.html#keten-N). */
  readonly chainOf: ReadonlyMap<string, number>;
  /** Vraag en aanbod (core/match) for each open question, on `matchedOn`; none outside git. */
  readonly matches?: ReadonlyMap<string, QuestionMatch>;
  readonly matchedOn?: string;
}

const text = (ctx: PageContext, id: MessageId, args?: Readonly<Record<string, string>>) =>
  esc(t(ctx.lang, id, args));

/** A value from a fixed vocabulary (status, group) in the reader's language; unknown ones as written. */
export function word(lang: Lang, family: 'status' | 'vraagstatus' | 'groep', value: string): string {
  const id = `report.html.${family}.${value}`;
  return Object.hasOwn(nl, id) ? t(lang, id as MessageId) : value;
}

/** A link to a record's page from a page at `up`, or the word as text when no page has it. */
export function recordLink(up: string, target: SiteRecord | string): string {
  return typeof target === 'string' ? esc(target) : `<a href="${up}${target.href}">${esc(target.title)}</a>`;
}

function facts(rows: readonly (readonly [string, string])[]): string {
  const shown = rows.filter(([, value]) => value !== '');
  if (shown.length === 0) return '';
  return `<dl class="facts">\n${shown.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>\n`).join('')}</dl>\n`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>\n`;
}

const words = (values: readonly (string | undefined)[]) =>
  values
    .filter((v): v is string => v !== undefined && v.trim() !== '')
    .map(esc)
    .join(', ');

/** A person's name (and organisation), never under `--public`. */
function person(ctx: PageContext, value: PersonRef | undefined): string {
  if (ctx.public || value === undefined) return '';
  const name = personName(value);
  const organisation = typeof value === 'object' ? value.organisatie : undefined;
  return [name, organisation]
    .filter((v) => v !== undefined && v.trim() !== '')
    .map((v) => esc(v!))
    .join(', ');
}

function section(title: string, body: string, id?: string): string {
  if (body === '') return '';
  return `<section${id ? ` id="${id}"` : ''}>\n<h2>${title}</h2>\n${body}</section>\n`;
}

function linksSection(ctx: PageContext, record: SiteRecord, up: string): string {
  const rows = ctx.records
    .linksOf(record)
    .map(
      ({ label, targets }) => [text(ctx, label), targets.map((x) => recordLink(up, x)).join(', ')] as const,
    );
  let chain = '';
  const n = ctx.chainOf.get(record.id);
  if (n !== undefined)
    chain = `<p><a href="${up}ketens.html#keten-${n}">${text(ctx, 'site.chain-link', { n: String(n) })}</a></p>\n`;
  return section(text(ctx, 'site.links'), facts(rows) + chain);
}

function bodySection(ctx: PageContext, record: SiteRecord): string {
  if (record.body.trim() === '') return '';
  return `<div class="body">\n${markdownHtml(record.body, ctx.lang)}\n</div>\n`;
}

function header(ctx: PageContext, record: SiteRecord, kicker: MessageId): string {
  return `<header class="record">\n<p class="kicker">${text(ctx, kicker)}</p>\n<h1>${esc(record.title)}</h1>\n</header>\n`;
}

/** The page of one record. */
export function recordPage(ctx: PageContext, record: SiteRecord): string {
  const up = upOf(record.path);
  const v = record.view;
  const parts: string[] = [];
  switch (v.kind) {
    case 'project': {
      parts.push(header(ctx, record, 'kind.project'));
      const planning = [dateHtml(v.planning.start, ctx.lang), dateHtml(v.planning.einde, ctx.lang)];
      parts.push(
        facts([
          [text(ctx, 'site.field.status'), v.status ? esc(word(ctx.lang, 'status', v.status)) : ''],
          [text(ctx, 'site.field.programma'), words([v.programma])],
          [text(ctx, 'site.field.thema'), words(v.thema)],
          [text(ctx, 'site.field.gebied'), words([v.gebied])],
          [text(ctx, 'site.field.csl_niveau'), words([v.csl_niveau])],
          [text(ctx, 'site.field.planning'), planning.some(Boolean) ? planning.join(' – ') : ''],
          [text(ctx, 'site.field.projectleider'), person(ctx, v.projectleider)],
          [text(ctx, 'site.field.contactpersoon'), person(ctx, v.contactpersoon)],
        ]),
      );
      if (v.kennisvraag)
        parts.push(
          section(
            text(ctx, 'site.field.kennisvraag'),
            `<blockquote><p>${esc(v.kennisvraag)}</p></blockquote>\n`,
          ),
        );
      parts.push(bodySection(ctx, record));
      const partners = v.partners.map((p) => {
        const name =
          p.naam === undefined ? '' : recordLink(up, ctx.records.named(p.naam) ?? ctx.records.text(p.naam));
        const about = [p.groep ? word(ctx.lang, 'groep', p.groep) : undefined, p.niveau, p.opleiding];
        const students =
          p.studenten === undefined ? '' : ` (${text(ctx, 'site.students', { n: String(p.studenten) })})`;
        const detail = words(about);
        return `${name}${detail ? ` — ${detail}` : ''}${students}`;
      });
      parts.push(section(text(ctx, 'site.field.partners'), list(partners)));
      parts.push(
        section(
          text(ctx, 'site.field.leerdoelen'),
          list(
            v.leerdoelen
              .filter((l) => l.wat)
              .map((l) => (l.wie ? `<strong>${esc(l.wie)}</strong>: ` : '') + esc(l.wat!)),
          ),
        ),
      );
      if (v.evaluatie) {
        const e = v.evaluatie;
        const sub = (id: MessageId, items: readonly string[]) =>
          items.length === 0 ? '' : `<h3>${text(ctx, id)}</h3>\n${list(items.map(esc))}`;
        parts.push(
          section(
            text(ctx, 'site.field.evaluatie'),
            (e.datum ? `<p class="meta">${dateHtml(e.datum, ctx.lang)}</p>\n` : '') +
              sub('site.field.conclusies', e.conclusies) +
              sub('site.field.leerpunten', e.leerpunten) +
              sub('site.field.verbeterpunten', e.verbeterpunten),
          ),
        );
      }
      break;
    }
    case 'vraag':
      parts.push(header(ctx, record, 'kind.vraag'));
      parts.push(
        facts([
          [text(ctx, 'site.field.status'), v.status ? esc(word(ctx.lang, 'vraagstatus', v.status)) : ''],
          [text(ctx, 'site.field.bron'), words([v.bron])],
          [text(ctx, 'site.field.thema'), words(v.thema)],
          [text(ctx, 'site.field.gebied'), words([v.gebied])],
          [text(ctx, 'site.field.ingediend'), dateHtml(v.ingediend, ctx.lang)],
          [text(ctx, 'site.field.niveau'), words(v.niveau)],
          [text(ctx, 'site.field.vorm'), words(v.vorm)],
          [
            text(ctx, 'site.field.gewenst'),
            [dateHtml(v.gewenst.van, ctx.lang), dateHtml(v.gewenst.tot, ctx.lang)]
              .filter(Boolean)
              .join(' – '),
          ],
          [text(ctx, 'site.field.vraageigenaar'), person(ctx, v.vraageigenaar)],
        ]),
      );
      parts.push(bodySection(ctx, record));
      break;
    case 'partner': {
      parts.push(header(ctx, record, 'kind.partner'));
      const site = v.website && /^https?:\/\/[^\s"<>]+$/i.test(v.website) ? v.website : undefined;
      parts.push(
        facts([
          [text(ctx, 'site.field.groep'), v.groep ? esc(word(ctx.lang, 'groep', v.groep)) : ''],
          [text(ctx, 'site.field.niveau'), words([v.niveau])],
          [
            text(ctx, 'site.field.website'),
            site ? `<a href="${esc(site)}" rel="external noopener">${esc(site)}</a>` : '',
          ],
          [text(ctx, 'site.field.aanspreekpunt'), person(ctx, v.aanspreekpunt)],
        ]),
      );
      parts.push(bodySection(ctx, record));
      break;
    }
    case 'aanbod': {
      parts.push(header(ctx, record, 'kind.aanbod'));
      parts.push(
        facts([
          [text(ctx, 'site.field.status'), esc(offerStatus(v))],
          [text(ctx, 'site.field.niveau'), words([v.niveau])],
          [text(ctx, 'site.field.opleiding'), words([v.opleiding])],
          [text(ctx, 'site.field.vorm'), words([v.vorm])],
          [text(ctx, 'site.field.csl_niveau'), words([v.csl_niveau])],
          [text(ctx, 'site.field.thema'), words(v.thema)],
          [text(ctx, 'site.field.gebied'), words(v.gebied)],
          [text(ctx, 'site.field.contactpersoon'), person(ctx, v.contactpersoon)],
        ]),
      );
      const periods = v.periodes.map((p) => {
        const dates = [dateHtml(p.start, ctx.lang), dateHtml(p.einde, ctx.lang)].filter(Boolean).join(' – ');
        const students =
          p.studenten === undefined ? '' : ` (${text(ctx, 'site.students', { n: String(p.studenten) })})`;
        return `${p.naam ? `<strong>${esc(p.naam)}</strong> ` : ''}${dates}${students}`;
      });
      parts.push(section(text(ctx, 'site.field.periodes'), list(periods)));
      parts.push(bodySection(ctx, record));
      break;
    }
    case 'werkplaats':
      parts.push(header(ctx, record, 'kind.werkplaats'));
      parts.push(
        facts([
          [text(ctx, 'site.field.programmas'), words(v.programmas ?? [])],
          [text(ctx, 'site.field.themas'), words(v.themas ?? [])],
          [text(ctx, 'site.field.gebieden'), words(v.gebieden ?? [])],
          [text(ctx, 'site.field.manager'), person(ctx, v.rollen.manager)],
          [text(ctx, 'site.field.beheerder'), person(ctx, v.rollen.beheerder)],
        ]),
      );
      parts.push(bodySection(ctx, record));
      break;
  }
  parts.push(linksSection(ctx, record, up));
  return parts.join('');
}

// ---- the overview and its facets ----

/** The facets of the overview: each a name in the address (`?thema=…`) and its values per project. */
export const FACETS = ['status', 'programma', 'thema', 'gebied', 'jaar', 'niveau', 'partner'] as const;
export type Facet = (typeof FACETS)[number];

/** A project's values for each facet. */
function facetValues(record: SiteRecord): Record<Facet, string[]> {
  const v = record.view;
  if (v.kind !== 'project') throw new Error('facets are of projects');
  const clean = (values: readonly (string | undefined)[]) => [
    ...new Set(values.filter((x): x is string => x !== undefined && x.trim() !== '').map((x) => x.trim())),
  ];
  const year = /^(\d{4})-/.exec(v.planning.start ?? '')?.[1];
  return {
    status: clean([v.status]),
    programma: clean([v.programma]),
    thema: clean(v.thema),
    gebied: clean([v.gebied]),
    jaar: clean([year]),
    niveau: clean(v.partners.map((p) => p.niveau)),
    partner: clean(v.partners.map((p) => p.naam)),
  };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** The overview: every project, with facets to narrow the list (./web/site.ts does the narrowing). */
export function overviewPage(ctx: PageContext, intro: string): string {
  const projects = ctx.records.ofKind('project');
  const perProject = projects.map(facetValues);
  const options = new Map<Facet, string[]>();
  for (const facet of FACETS) {
    const all = new Set<string>();
    for (const values of perProject) for (const value of values[facet]) all.add(value);
    options.set(facet, [...all].sort(facet === 'jaar' ? (a, b) => (a < b ? 1 : -1) : collator.compare));
  }
  const index = new Map(FACETS.map((f) => [f, new Map(options.get(f)!.map((v, i) => [v, i]))]));
  const shownValue = (facet: Facet, value: string) =>
    facet === 'status'
      ? word(ctx.lang, 'status', value)
      : facet === 'partner'
        ? ctx.records.text(value)
        : value;
  const selects = FACETS.filter((f) => options.get(f)!.length > 0).map((facet) => {
    const opts = options
      .get(facet)!
      .map((value) => `<option value="${esc(value)}">${esc(shownValue(facet, value))}</option>`)
      .join('');
    return `<p><label for="facet-${facet}">${text(ctx, `site.facet.${facet}`)}</label>
<select id="facet-${facet}" name="${facet}"><option value="">${text(ctx, 'site.facet.all')}</option>${opts}</select></p>\n`;
  });
  // The latest start first (dates as written compare as text), then by id.
  const startOf = (r: SiteRecord) => (r.view.kind === 'project' && r.view.planning.start) || '';
  const sorted = projects
    .map((record, i) => ({ record, values: perProject[i]!, start: startOf(record) }))
    .sort((a, b) =>
      a.start !== b.start
        ? a.start < b.start
          ? 1
          : -1
        : a.record.id < b.record.id
          ? -1
          : a.record.id > b.record.id
            ? 1
            : 0,
    );
  const items = sorted.map(({ record, values }) => {
    const attributes = FACETS.map((facet) => {
      const codes = values[facet].map((value) => index.get(facet)!.get(value)!);
      return codes.length === 0 ? '' : ` data-${facet}="${codes.join(' ')}"`;
    }).join('');
    const v = record.view.kind === 'project' ? record.view : undefined;
    const meta = [
      v?.status ? word(ctx.lang, 'status', v.status) : undefined,
      v?.gebied,
      values.jaar[0],
      ...(v?.thema ?? []),
    ]
      .filter((x) => x !== undefined && x !== '')
      .map((x) => esc(x!))
      .join(' · ');
    return `<li${attributes}><a href="${record.href}">${esc(record.title)}</a>${meta ? `<span class="meta">${meta}</span>` : ''}</li>\n`;
  });
  return `<h1>${text(ctx, 'site.overview.title')}</h1>
${intro}<form class="facets" data-kwp-facets hidden aria-label="${text(ctx, 'site.facets')}">
${selects.join('')}<p><button type="reset">${text(ctx, 'site.facet.clear')}</button></p>
</form>
<p role="status" class="count" data-kwp-count data-kwp-text="${text(ctx, 'site.facet.count')}">${text(ctx, 'site.projects.count', { n: String(projects.length) })}</p>
<ul class="records" data-kwp-list>
${items.join('')}</ul>
`;
}

// ---- the registers ----

function table(caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return `<p class="empty">${caption}</p>\n`;
  return `<div class="table-wrap" role="group" aria-label="${caption}" tabindex="0">
<table class="stack">
<caption>${caption}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows
  .map(
    (row) =>
      `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td data-label="${head[i]}">${cell}</td>`)).join('')}</tr>\n`,
  )
  .join('')}</tbody>
</table>
</div>
`;
}

const byTitle = (a: SiteRecord, b: SiteRecord) =>
  collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1);

/** The question register: every question, its status, and the projects that took it up. */
export function questionsPage(ctx: PageContext): string {
  const questions = ctx.records.ofKind('vraag').sort(byTitle);
  const rows = questions.map((q) => {
    const v = q.view.kind === 'vraag' ? q.view : undefined;
    const takenUp = ctx.records.kb.takenUpBy(q.id).map((id) => recordLink('', ctx.records.get(id) ?? id));
    return [
      recordLink('', q),
      v?.status ? esc(word(ctx.lang, 'vraagstatus', v.status)) : '',
      words(v?.thema ?? []),
      words([v?.gebied]),
      takenUp.join(', '),
      ...(ctx.matches ? [matchCell(ctx, ctx.matches.get(q.id))] : []),
    ];
  });
  return `<h1>${text(ctx, 'site.questions.title')}</h1>
${table(
  text(ctx, 'site.questions.caption', { n: String(questions.length) }),
  [
    text(ctx, 'site.field.vraag'),
    text(ctx, 'site.field.status'),
    text(ctx, 'site.field.thema'),
    text(ctx, 'site.field.gebied'),
    text(ctx, 'site.inverse.opgepakt_door'),
    ...(ctx.matches ? [text(ctx, 'site.questions.match', { datum: ctx.matchedOn ?? '' })] : []),
  ],
  rows,
)}`;
}

/** An open question's outcome of vraag en aanbod, with the best (or nearest) offer and period. */
function matchCell(ctx: PageContext, match: QuestionMatch | undefined): string {
  if (!match) return '';
  const outcome = esc(t(ctx.lang, `report.offer.outcome.${match.uitkomst}`));
  const best = match.matches[0];
  if (!best) return outcome;
  const offer = recordLink('', ctx.records.get(best.aanbod) ?? best.aanbod);
  const period = best.periode.naam ? ` (${esc(ctx.records.text(best.periode.naam))})` : '';
  return `${outcome}: ${offer}${period}`;
}

export function partnersPage(ctx: PageContext): string {
  const partners = ctx.records.ofKind('partner').sort(byTitle);
  const rows = partners.map((p) => {
    const v = p.view.kind === 'partner' ? p.view : undefined;
    const projects =
      ctx.records.linksOf(p).find((l) => l.label === 'site.inverse.projecten')?.targets.length ?? 0;
    return [
      recordLink('', p),
      v?.groep ? esc(word(ctx.lang, 'groep', v.groep)) : '',
      words([v?.niveau]),
      String(projects),
    ];
  });
  return `<h1>${text(ctx, 'site.partners.title')}</h1>
${table(
  text(ctx, 'site.partners.caption', { n: String(partners.length) }),
  [
    text(ctx, 'site.field.naam'),
    text(ctx, 'site.field.groep'),
    text(ctx, 'site.field.niveau'),
    text(ctx, 'site.inverse.projecten'),
  ],
  rows,
)}`;
}

export function offersPage(ctx: PageContext): string {
  const offers = ctx.records.ofKind('aanbod').sort(byTitle);
  const rows = offers.map((o) => {
    const v = o.view.kind === 'aanbod' ? o.view : undefined;
    const school = v?.instelling
      ? recordLink('', ctx.records.named(v.instelling) ?? ctx.records.text(v.instelling))
      : '';
    return [recordLink('', o), school, words([v?.niveau]), words([v?.vorm]), v ? esc(offerStatus(v)) : ''];
  });
  return `<h1>${text(ctx, 'site.offers.title')}</h1>
${table(
  text(ctx, 'site.offers.caption', { n: String(offers.length) }),
  [
    text(ctx, 'site.field.titel'),
    text(ctx, 'site.field.instelling'),
    text(ctx, 'site.field.niveau'),
    text(ctx, 'site.field.vorm'),
    text(ctx, 'site.field.status'),
  ],
  rows,
)}`;
}

/** The search page: the form and results the search script (src/web/search.ts) brings to life. */
export function searchPage(ctx: PageContext): string {
  return `<h1>${text(ctx, 'site.search.title')}</h1>
<form data-kwp-search role="search">
<p><label for="zoekterm">${text(ctx, 'site.search.label')}</label>
<input type="search" id="zoekterm" name="q" autocomplete="off">
<button type="submit">${text(ctx, 'site.search.button')}</button></p>
</form>
<div data-kwp-results data-kwp-href="{page}" data-kwp-text-count="${text(ctx, 'site.search.count')}" data-kwp-text-none="${text(ctx, 'site.search.none')}"></div>
<noscript><p>${text(ctx, 'site.search.noscript')}</p></noscript>
`;
}
