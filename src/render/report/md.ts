// `kwp report --format md`: tables, the chains as a Mermaid diagram, ready to commit. Every value
// from a file is escaped so it cannot break a table, a list or the diagram, nor open an HTML tag.
// The chains are drawn along their real links only, by the renderer `kwp graph` uses.
import { chainShape, linksByGroup } from '../../core/chain.js';
import type { KnowledgeGraph } from '../../core/knowledge-graph.js';
import type { ProjectReport } from '../../core/report/project-report.js';
import type { WerkplaatsReport } from '../../core/report/summary.js';
import type { NotRead } from '../../core/unread.js';
import { money } from '../../core/format/money.js';
import { evaluationsByTheme } from '../../core/report/evaluation-groups.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import { chainLines } from '../chain-text.js';
import { renderMermaid } from '../graph-mermaid.js';
import type { ReportData, ReportView } from './index.js';
import { mdText, table } from './md-text.js';
import { offerMarkdown } from './md-offer.js';
import { standText } from './stand-text.js';

export { mdText };

export function renderMarkdown(data: ReportData, lang: Lang, view: ReportView = {}): string {
  return data.kind === 'werkplaats' ? werkplaats(data.report, lang, view) : project(data.report, lang, view);
}

function werkplaats(r: WerkplaatsReport, lang: Lang, view: ReportView): string {
  const l = (id: MessageId, args = {}) => t(lang, id, args);
  const euro = (n: number) => money(n, lang);
  const counts = (map: Record<string, number>, header: string) =>
    table(
      [header, l('report.count')],
      Object.entries(map).map(([k, n]) => [mdText(k), n]),
    );
  const target = (n: number, doel: number | null) =>
    doel === null ? String(n) : l('report.of-target', { n, target: doel });
  const out: string[] = [];
  out.push(`# ${l('report.title', { name: mdText(r.werkplaats) })}`, '');
  out.push(`_${mdText(standText(r.stand, lang))}_`, '');
  out.push(
    r.periode
      ? l('report.period', { from: r.periode.van ?? '…', to: r.periode.tot ?? '…' })
      : l('report.period.all'),
  );
  if (r.programma) out.push('', l('report.programme', { programme: mdText(r.programma) }));
  out.push('', ...unreadSection(r.niet_gelezen, lang));
  out.push('', `## ${l('report.key-figures')}`, '');
  out.push(
    table(
      [l('report.figure'), l('report.value')],
      [
        [l('report.projects'), target(r.projecten.totaal, r.projecten.doel)],
        [l('report.students'), target(r.studenten.totaal, r.studenten.doel)],
        [l('report.areas'), target(r.gebieden.actief, r.gebieden.doel)],
        [l('report.multilevel'), r.multilevel],
        [l('report.costs'), euro(r.begroting.kosten)],
        [l('report.coverage'), euro(r.begroting.dekking)],
        [l('report.shortfall'), euro(r.begroting.tekort)],
      ],
    ),
  );
  // With a period, the targets still are the werkplaats' targets: said, not silently prorated.
  if (r.periode) out.push('', l('report.targets-whole'));
  if (r.statuslicht.length > 0) {
    out.push('', `## ${l('report.lights')}`, '');
    out.push(
      table(
        [l('report.project'), l('label.status'), l('report.light'), l('report.reasons')],
        r.statuslicht.map((s) => [
          `${mdText(s.titel)} (${mdText(s.project)})`,
          s.status,
          l(`report.light.${s.licht}` as MessageId),
          s.redenen.map((x) => l(`report.reason.${x}` as MessageId)).join('; '),
        ]),
      ),
    );
  }
  out.push('', `## ${l('report.projects-by')}`, '');
  for (const [key, map] of [
    ['label.status', r.projecten.per_status],
    ['label.programma', r.projecten.per_programma],
    ['report.theme', r.projecten.per_thema],
    ['label.gebied', r.projecten.per_gebied],
  ] as const) {
    const block = counts(map, l(key));
    if (block) out.push(block, '');
  }
  out.push(`## ${l('report.students')}`, '');
  out.push(counts(r.studenten.per_niveau, l('label.niveau')) || l('report.none'), '');
  const perInstelling = counts(r.studenten.per_instelling, l('report.institution'));
  if (perInstelling) out.push(perInstelling, '');
  out.push(`## ${l('report.partners')}`, '');
  out.push(
    table(
      [l('label.groep'), l('report.count'), l('report.names')],
      Object.entries(r.partners.per_groep).map(([g, n]) => [
        mdText(g),
        n,
        (r.partners.namen_per_groep[g] ?? []).map(mdText).join(', '),
      ]),
    ) || l('report.none'),
    '',
  );
  if (r.begroting.per_partner.length > 0) {
    out.push(`## ${l('report.budget')}`, '');
    out.push(
      table(
        [l('report.partner'), l('report.money'), l('report.hours')],
        r.begroting.per_partner.map((p) => [mdText(p.partner), euro(p.bedrag), p.uren]),
      ),
      '',
    );
  }
  const q = r.kennisvragen.per_status;
  out.push(`## ${l('report.questions')}`, '');
  out.push(
    l('report.funnel', {
      open: q['open'] ?? 0,
      taken: q['opgepakt'] ?? 0,
      answered: q['beantwoord'] ?? 0,
      dropped: q['vervallen'] ?? 0,
    }),
    '',
  );
  out.push(...offerMarkdown(r.vraag_en_aanbod, lang, view));
  if (r.evaluaties.length > 0) {
    out.push(`## ${l('report.evaluations')}`, '', l('report.eval.once'), '');
    for (const group of evaluationsByTheme(r.evaluaties, Object.keys(r.projecten.per_thema))) {
      out.push(`### ${group.thema === null ? l('report.no-theme') : mdText(group.thema)}`, '');
      for (const e of group.evaluaties) {
        out.push(
          `**${mdText(e.titel)}** (${mdText(e.project)}, ${e.status}${e.datum ? `, ${e.datum}` : ''})`,
          '',
        );
        if (e.thema.length > 0)
          out.push(l('report.eval.themes', { themes: [...new Set(e.thema)].map(mdText).join(', ') }), '');
        for (const [key, items] of [
          ['story.conclusions', e.conclusies],
          ['story.lessons', e.leerpunten],
          ['story.improvements', e.verbeterpunten],
        ] as const) {
          if (items.length > 0) out.push(`${l(key)}`, '', ...items.map((s) => `- ${mdText(s)}`), '');
        }
      }
    }
  }
  if (r.nieuwe_vragen.length > 0) {
    out.push(`## ${l('report.new-questions')}`, '');
    out.push(
      table(
        [l('label.vraag'), l('report.from-project'), l('label.status'), l('label.opgepakt_door')],
        r.nieuwe_vragen.map((v) => [
          mdText(v.vraag || v.id),
          mdText(v.project),
          v.status,
          v.opgepakt_door.map(mdText).join(', ') || l('report.not-yet'),
        ]),
      ),
      '',
    );
  }
  if (r.ketens.length > 0) {
    out.push(`## ${l('report.chains')}`, '', '```mermaid', chainDiagram(r, lang).trimEnd(), '```', '');
    const links = linksByGroup(r.ketens, r.ketenlinks);
    r.ketens.forEach((group, i) => {
      const told = chainLines(chainShape(group, links[i]!), lang, mdText);
      // A branched group: its projects, then per project what it builds on.
      if ('line' in told) out.push(`- ${told.line}`);
      else out.push(`- ${group.map(mdText).join(', ')}`, ...told.sentences.map((s) => `  - ${s}`));
    });
    out.push('');
  }
  out.push(`## ${l('report.project-list')}`, '');
  // Who leads each project, except in a --public report.
  const leader = !view.public;
  out.push(
    table(
      [
        l('label.id'),
        l('label.titel'),
        l('label.status'),
        ...(leader ? [l('report.projectleider')] : []),
        l('label.start'),
        l('report.end'),
        l('report.students'),
        l('report.shortfall'),
      ],
      r.projectlijst.map((p) => [
        mdText(p.id),
        mdText(p.titel),
        p.status,
        ...(leader ? [mdText(p.projectleider ?? '') || '—'] : []),
        p.start,
        p.einde,
        p.studenten,
        euro(p.tekort),
      ]),
    ) || l('report.none'),
    '',
  );
  const dates = r.geschiedenis?.per_project;
  if (dates && r.projectlijst.length > 0) {
    out.push(`### ${l('report.history.dates')}`, '');
    out.push(
      table(
        [l('label.id'), l('report.created'), l('report.changed')],
        r.projectlijst.map((p) => [
          mdText(p.id),
          dates[p.id]?.aangemaakt ?? '',
          dates[p.id]?.gewijzigd ?? '',
        ]),
      ),
      '',
    );
  }
  if (r.geschiedenis_reden) {
    out.push(
      `_${l(r.geschiedenis_reden === 'shallow' ? 'report.history.shallow' : 'report.history.none')}_`,
      '',
    );
  }
  const inPeriod = r.in_periode;
  if (inPeriod) {
    out.push(`## ${l('report.history.period')}`, '', l('report.history.source'), '');
    for (const [key, ids] of [
      ['report.history.new-projects', inPeriod.nieuwe_projecten],
      ['report.history.new-evaluations', inPeriod.nieuwe_evaluaties],
      ['report.history.new-questions', inPeriod.nieuwe_vragen],
    ] as const) {
      out.push(`- ${l(key)}: ${ids.length > 0 ? ids.map(mdText).join(', ') : l('report.none')}`);
    }
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** The chains as `kwp graph` draws them: each project once, an arrow for each real link. */
function chainDiagram(r: WerkplaatsReport, lang: Lang): string {
  const rows = new Map(r.projectlijst.map((p) => [p.id, p]));
  const graph: KnowledgeGraph = {
    nodes: r.ketens.flat().map((id) => ({
      id,
      kind: 'project',
      label: rows.get(id)?.titel || id,
      status: rows.get(id)?.status || null,
    })),
    edges: r.ketenlinks.map((link) => ({ from: link.van, to: link.naar, kind: 'vervolg_op' })),
  };
  return renderMermaid(graph, lang);
}

/**
 * The files that could not be read, near the top where no reader misses it, so a printed or
 * forwarded copy says itself that it may be incomplete. Nothing when every file was read.
 */
function unreadSection(unread: readonly NotRead[], lang: Lang): string[] {
  if (unread.length === 0) return [];
  return [
    `## ${t(lang, 'report.unread.title')}`,
    '',
    t(lang, 'report.unread.intro', { count: unread.length }),
    '',
    ...unread.map(
      (u) =>
        `- ${t(lang, 'report.unread.item', { file: mdText(u.bestand), line: u.regel, column: u.kolom, reason: mdText(u.reden) })}`,
    ),
    '',
  ];
}

function project(r: ProjectReport, lang: Lang, view: ReportView): string {
  const l = (id: MessageId, args = {}) => t(lang, id, args);
  const euro = (n: number) => money(n, lang);
  const out: string[] = [];
  out.push(`# ${mdText(r.titel)}`, '', `_${mdText(standText(r.stand, lang))}_`, '');
  out.push(`${mdText(r.id)} · ${r.status} · ${mdText(r.programma)}`, '');
  if (!view.public && r.projectleider)
    out.push(`${l('report.projectleider')}: ${mdText(r.projectleider)}`, '');
  out.push(...unreadSection(r.niet_gelezen, lang));
  out.push(`## ${l('report.p.question')}`, '', `> ${mdText(r.kennisvraag)}`, '');
  out.push(
    `### ${l('story.conclusions')}`,
    '',
    ...(r.conclusies.length > 0 ? r.conclusies.map((s) => `- ${mdText(s)}`) : [l('report.not-yet')]),
    '',
  );
  out.push(`## ${l('report.p.learning')}`, '');
  out.push(
    table(
      [l('report.p.who'), l('report.p.wanted')],
      r.leerdoelen.map((g) => [mdText(g.wie), mdText(g.wat)]),
    ) || l('report.none'),
    '',
  );
  out.push(
    `### ${l('story.lessons')}`,
    '',
    ...(r.leerpunten.length > 0 ? r.leerpunten.map((s) => `- ${mdText(s)}`) : [l('report.none')]),
    '',
  );
  if (r.verbeterpunten.length > 0)
    out.push(`### ${l('story.improvements')}`, '', ...r.verbeterpunten.map((s) => `- ${mdText(s)}`), '');
  out.push(`## ${l('report.p.plan')}`, '');
  out.push(
    table(
      [l('report.figure'), l('report.value')],
      [
        [l('label.start'), r.planning.start ?? '—'],
        [l('report.p.planned-end'), r.planning.einde ?? '—'],
        [l('report.p.evaluated'), r.evaluatiedatum ?? l('report.not-yet')],
      ],
    ),
    '',
  );
  out.push(`## ${l('report.partners')}`, '', l('report.p.students', { n: r.studenten }), '');
  out.push(
    table(
      [l('report.partner'), l('label.groep'), l('label.niveau'), l('report.students')],
      r.partners.map((p) => [mdText(p.naam), p.groep, p.niveau ?? '', p.studenten ?? '']),
    ) || l('report.none'),
    '',
  );
  out.push(`## ${l('report.budget')}`, '');
  out.push(
    table(
      [l('report.figure'), l('report.value')],
      [
        [l('report.costs'), euro(r.begroting.kosten)],
        [l('report.coverage'), euro(r.begroting.dekking)],
        [l('report.shortfall'), euro(r.begroting.tekort)],
      ],
    ),
    '',
  );
  const cover = table(
    [l('report.partner'), l('report.money'), l('report.hours')],
    r.begroting.dekking_per_partner.map((d) => [
      mdText(d.partner),
      d.bedrag === null ? '' : euro(d.bedrag),
      d.uren ?? '',
    ]),
  );
  if (cover) out.push(cover, '');
  if (r.nieuwe_kennisvragen.length > 0) {
    out.push(`## ${l('report.new-questions')}`, '');
    out.push(
      table(
        [l('label.vraag'), l('label.status'), l('label.opgepakt_door')],
        r.nieuwe_kennisvragen.map((v) => [
          mdText(v.vraag || v.id),
          v.status,
          v.opgepakt_door.map(mdText).join(', ') || l('report.not-yet'),
        ]),
      ),
      '',
    );
  }
  if (r.keten.length > 1) {
    const names = new Map(r.keten.map((k) => [k.id, mdText(k.titel || k.id)]));
    const name = (id: string) => (id === r.id ? `**${names.get(id)}**` : names.get(id)!);
    const told = chainLines(
      chainShape(
        r.keten.map((k) => k.id),
        r.ketenlinks,
      ),
      lang,
      name,
    );
    out.push(
      `## ${l('report.chain')}`,
      '',
      ...('line' in told ? [told.line] : told.sentences.map((s) => `- ${s}`)),
      '',
    );
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
