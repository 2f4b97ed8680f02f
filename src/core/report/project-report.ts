// The evaluation summary of one project, as data: what it asked and concluded, what each stakeholder
// wanted to learn beside what was learned, plan beside reality, people, money, questions, chain.
import type { ChainLink } from '../graph.js';
import type { EntryOf, KnowledgeBase } from '../knowledge-base.js';
import { budgetOf } from '../model/views.js';
import type { NotRead } from '../unread.js';
import { leaderName } from './leader.js';
import type { Stand } from './stand.js';

export interface ProjectReport {
  id: string;
  titel: string;
  status: string;
  programma: string;
  thema: string[];
  gebied: string | null;
  /** The education offers (aanbod ids) the project is carried out in. */
  aanbod: string[];
  /** Who leads the project (name only); `[…]` under --public, where md, html and csv leave it out. */
  projectleider: string | null;
  /** The day the report was made, and the commit its files come from. */
  stand: Stand;
  /** Files that could not be read (never the project itself: then there is no report). */
  niet_gelezen: NotRead[];
  kennisvraag: string;
  conclusies: string[];
  leerdoelen: { wie: string; wat: string }[];
  leerpunten: string[];
  verbeterpunten: string[];
  planning: { start: string | null; einde: string | null };
  evaluatiedatum: string | null;
  studenten: number;
  partners: { naam: string; groep: string; niveau: string | null; studenten: number | null }[];
  begroting: {
    kosten: number;
    dekking: number;
    tekort: number;
    dekking_per_partner: { partner: string; bedrag: number | null; uren: number | null }[];
  };
  nieuwe_kennisvragen: { id: string; vraag: string; status: string; opgepakt_door: string[] }[];
  keten: { id: string; titel: string; status: string }[];
  /** The real `vervolg_op` links within `keten`. */
  ketenlinks: ChainLink[];
}

export function projectReport(
  kb: KnowledgeBase,
  p: EntryOf<'project'>,
  notRead: readonly NotRead[],
  stand: Stand,
): ProjectReport {
  const d = p.view;
  const money = budgetOf(d);
  const partners = d.partners.map((x) => ({
    naam: x.naam ?? '',
    groep: x.groep ?? '',
    niveau: x.niveau ?? null,
    studenten: x.studenten ?? null,
  }));
  const chain = kb.graph.chainOf(p.id);
  return {
    id: p.id,
    titel: d.titel ?? '',
    status: d.status ?? '',
    programma: d.programma ?? '',
    thema: [...new Set(d.thema)],
    gebied: d.gebied ?? null,
    aanbod: [...new Set(d.aanbod)],
    projectleider: leaderName(d),
    stand,
    niet_gelezen: [...notRead],
    kennisvraag: d.kennisvraag ?? '',
    conclusies: [...(d.evaluatie?.conclusies ?? [])],
    leerdoelen: d.leerdoelen.map((g) => ({ wie: g.wie ?? '', wat: g.wat ?? '' })),
    leerpunten: [...(d.evaluatie?.leerpunten ?? [])],
    verbeterpunten: [...(d.evaluatie?.verbeterpunten ?? [])],
    planning: { start: d.planning.start ?? null, einde: d.planning.einde ?? null },
    evaluatiedatum: d.evaluatie?.datum ?? null,
    studenten: partners.reduce((sum, x) => sum + (x.groep === 'onderwijs' ? (x.studenten ?? 0) : 0), 0),
    partners,
    begroting: {
      kosten: money.costs,
      dekking: money.covered,
      tekort: Math.max(0, money.costs - money.covered),
      dekking_per_partner: d.begroting.dekking.map((x) => ({
        partner: x.partner ?? '',
        bedrag: x.bedrag ?? null,
        uren: x.uren ?? null,
      })),
    },
    nieuwe_kennisvragen: (d.evaluatie?.nieuwe_kennisvragen ?? []).map((id) => {
      const q = kb.get(id);
      const vraag = q?.kind === 'vraag' ? q.view : undefined;
      return { id, vraag: vraag?.vraag ?? '', status: vraag?.status ?? '', opgepakt_door: kb.takenUpBy(id) };
    }),
    keten: chain.map((id) => {
      const e = kb.get(id);
      const project = e?.kind === 'project' ? e.view : undefined;
      return { id, titel: project?.titel ?? '', status: project?.status ?? '' };
    }),
    ketenlinks: kb.graph.linksAmong(chain),
  };
}
