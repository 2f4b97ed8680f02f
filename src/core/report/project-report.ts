// The evaluation summary of one project, as data: what it asked and concluded, what each stakeholder
// wanted to learn beside what was learned, plan beside reality, people, money, questions, chain.
import { list, num, str, stringsAt } from '../data.js';
import type { ChainLink } from '../graph.js';
import type { Entry, KnowledgeBase } from '../knowledge-base.js';
import { budgetTotals } from '../rules/project-rules.js';
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
  p: Entry,
  notRead: readonly NotRead[],
  stand: Stand,
): ProjectReport {
  const d = p.data;
  const strings = (key: string) => stringsAt(d, 'evaluatie', key).map((s) => s.value);
  const money = budgetTotals(d);
  const partners = list(d, 'partners').map((x) => ({
    naam: str(x, 'naam') ?? '',
    groep: str(x, 'groep') ?? '',
    niveau: str(x, 'niveau') ?? null,
    studenten: num(x, 'studenten') ?? null,
  }));
  const chain = kb.graph.chainOf(p.id);
  return {
    id: p.id,
    titel: str(d, 'titel') ?? '',
    status: str(d, 'status') ?? '',
    programma: str(d, 'programma') ?? '',
    thema: [...new Set(stringsAt(d, 'thema').map((s) => s.value))],
    gebied: str(d, 'gebied') ?? null,
    projectleider: leaderName(d),
    stand,
    niet_gelezen: [...notRead],
    kennisvraag: str(d, 'kennisvraag') ?? '',
    conclusies: strings('conclusies'),
    leerdoelen: list(d, 'leerdoelen').map((g) => ({ wie: str(g, 'wie') ?? '', wat: str(g, 'wat') ?? '' })),
    leerpunten: strings('leerpunten'),
    verbeterpunten: strings('verbeterpunten'),
    planning: { start: str(d, 'planning', 'start') ?? null, einde: str(d, 'planning', 'einde') ?? null },
    evaluatiedatum: str(d, 'evaluatie', 'datum') ?? null,
    studenten: partners.reduce((sum, x) => sum + (x.groep === 'onderwijs' ? (x.studenten ?? 0) : 0), 0),
    partners,
    begroting: {
      kosten: money.costs,
      dekking: money.covered,
      tekort: Math.max(0, money.costs - money.covered),
      dekking_per_partner: list(d, 'begroting', 'dekking').map((x) => ({
        partner: str(x, 'partner') ?? '',
        bedrag: num(x, 'bedrag') ?? null,
        uren: num(x, 'uren') ?? null,
      })),
    },
    nieuwe_kennisvragen: strings('nieuwe_kennisvragen').map((id) => {
      const q = kb.get(id);
      return {
        id,
        vraag: str(q?.data, 'vraag') ?? '',
        status: str(q?.data, 'status') ?? '',
        opgepakt_door: kb.takenUpBy(id),
      };
    }),
    keten: chain.map((id) => {
      const e = kb.get(id);
      return { id, titel: str(e?.data, 'titel') ?? '', status: str(e?.data, 'status') ?? '' };
    }),
    ketenlinks: kb.graph.linksAmong(chain),
  };
}
