// The werkplaats summary for managers and the steering group, as data: every figure of `kwp report`,
// counted by the rules of cli.md. Pure: the knowledge base, the period and today in; the report out.
import type { ChainLink } from '../graph.js';
import type { EntryOf, KnowledgeBase } from '../knowledge-base.js';
import { budgetOf, type ProjectView } from '../model/views.js';
import type { NotRead } from '../unread.js';
import type { Lang } from '../../messages/catalogue.js';
import { type Matched, offerSection, type OfferSection } from './offer-section.js';
import { overlaps, type Period } from './period.js';
import { leaderName } from './leader.js';
import type { Stand } from './stand.js';

export type Light = 'op-schema' | 'aandacht' | 'klaar';

export interface ReportOptions {
  period: Period | null;
  history?: FileDates;
  programme?: string;
  /** YYYY-MM-DD: for "past its planned end". */
  today: string;
  /** The files that could not be read: what they hold is missing, and the report says so. */
  notRead?: readonly NotRead[];
  /** When the report was made and from which commit; without it, `today` and no commit. */
  stand?: Stand;
  /** The language of the sentences in the data (the matcher's explanations); default nl. */
  lang?: Lang;
  /** The matcher's outcome on `today`, when the caller has it already (the site does). */
  matched?: Matched;
}

export interface EvaluationSummary {
  project: string;
  titel: string;
  thema: string[];
  datum: string | null;
  status: string;
  conclusies: string[];
  leerpunten: string[];
  verbeterpunten: string[];
  nieuwe_kennisvragen: string[];
}

export interface WerkplaatsReport {
  werkplaats: string;
  /** The day the report was made, and the commit its files come from. */
  stand: Stand;
  periode: { van: string | null; tot: string | null } | null;
  programma: string | null;
  /** Files that could not be read, whatever their kind: nothing in them is counted. */
  niet_gelezen: NotRead[];
  projecten: {
    totaal: number;
    per_status: Record<string, number>;
    per_programma: Record<string, number>;
    per_thema: Record<string, number>;
    per_gebied: Record<string, number>;
    doel: number | null;
  };
  studenten: {
    totaal: number;
    per_niveau: Record<string, number>;
    per_instelling: Record<string, number>;
    doel: number | null;
  };
  gebieden: { actief: number; namen: string[]; doel: number | null };
  partners: { per_groep: Record<string, number>; namen_per_groep: Record<string, string[]> };
  multilevel: number;
  begroting: {
    kosten: number;
    dekking: number;
    tekort: number;
    per_partner: { partner: string; bedrag: number; uren: number }[];
  };
  kennisvragen: { per_status: Record<string, number>; totaal: number };
  evaluaties: EvaluationSummary[];
  nieuwe_vragen: { id: string; vraag: string; project: string; status: string; opgepakt_door: string[] }[];
  ketens: string[][];
  /** The real `vervolg_op` links within the groups of `ketens`, group by group: what a picture may draw. */
  ketenlinks: ChainLink[];
  statuslicht: { project: string; titel: string; status: string; licht: Light; redenen: string[] }[];
  projectlijst: ProjectRow[];
  /** From git: null when there is none (or a shallow clone), with the reason in `geschiedenis_reden`. */
  geschiedenis: {
    per_project: Record<string, { aangemaakt: string | null; gewijzigd: string | null }>;
  } | null;
  geschiedenis_reden: 'no-git' | 'shallow' | null;
  /**
   * What happened in the period, each figure from the dates written in the files (one source, also
   * without git): projects that started (`planning.start`), evaluations made (`evaluatie.datum`),
   * questions submitted (`ingediend`). Null without a period.
   */
  in_periode: {
    bron: 'datums-in-bestanden';
    nieuwe_projecten: string[];
    nieuwe_evaluaties: string[];
    nieuwe_vragen: string[];
  } | null;
  /**
   * Vraag en aanbod (issue 15): the open questions' outcomes on the report's day, capacity per offer
   * and period, the questions waiting for a next period and those no offer can take. The whole
   * register and every offer, whatever the programme; capacity within the report's period.
   */
  vraag_en_aanbod: OfferSection;
}

/** Creation and last change per file path, when git could tell. */
export type FileDates =
  | { created: ReadonlyMap<string, string>; changed: ReadonlyMap<string, string> }
  | { reason: 'no-git' | 'shallow' };

export interface ProjectRow {
  id: string;
  titel: string;
  status: string;
  programma: string;
  thema: string[];
  gebied: string;
  start: string;
  einde: string;
  studenten: number;
  niveaus: string[];
  partners: string[];
  kosten: number;
  dekking: number;
  tekort: number;
  evaluatie: string;
  /** Who leads the project (name only); `[…]` under --public, where md, html and csv leave it out. */
  projectleider: string | null;
  /** The education offers (aanbod ids) the project is carried out in, as its file lists them. */
  aanbod: string[];
}

/** A list's values, each once, in order (a new list). */
function unique(list: readonly string[]): string[] {
  return list.length < 2 ? list.slice() : Array.from(new Set(list));
}

/** The names of a project's partners, those that have one. */
function partnerNames(project: ProjectView): string[] {
  const names: string[] = [];
  for (const { naam } of project.partners) if (naam) names.push(naam);
  return names;
}

const count = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};
const sorted = (map: Record<string, number>) =>
  Object.fromEntries(Object.entries(map).sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'nl')));

export function werkplaatsReport(kb: KnowledgeBase, options: ReportOptions): WerkplaatsReport {
  const w = kb.werkplaats?.view;
  const projects = kb
    .ofKind('project')
    .filter((p) => p.data && overlaps(p.view, options.period))
    .filter((p) => options.programme === undefined || p.view.programma === options.programme)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const counted = new Set(projects.map((p) => p.id));

  const perStatus: Record<string, number> = {};
  const perProgramma: Record<string, number> = {};
  const perThema: Record<string, number> = {};
  const perGebied: Record<string, number> = {};
  const perNiveau: Record<string, number> = {};
  const perInstelling: Record<string, number> = {};
  const groups: Record<string, Set<string>> = {};
  const perPartner = new Map<string, { bedrag: number; uren: number }>();
  let studenten = 0;
  let multilevel = 0;
  let kosten = 0;
  let dekking = 0;
  let tekort = 0;
  const rows: ProjectRow[] = [];
  const statuslicht: WerkplaatsReport['statuslicht'] = [];

  for (const p of projects) {
    const d = p.view;
    count(perStatus, d.status ?? '?');
    count(perProgramma, d.programma ?? '?');
    const themas = unique(d.thema);
    for (const thema of themas) count(perThema, thema);
    const gebied = d.gebied;
    if (gebied) count(perGebied, gebied);
    const levels = new Set<string>();
    let own = 0;
    for (const { naam, groep, niveau, studenten } of d.partners) {
      if (naam && groep) (groups[groep] ??= new Set()).add(naam);
      if (groep !== 'onderwijs') continue;
      if (niveau) levels.add(niveau);
      const n = studenten ?? 0;
      own += n;
      if (niveau) count(perNiveau, niveau, n);
      if (naam) count(perInstelling, naam, n);
    }
    studenten += own;
    if (levels.size >= 2) multilevel++;
    const money = budgetOf(d);
    if (d.status !== 'voorbereiding') statuslicht.push(light(p, options.today, money));
    kosten += money.costs;
    dekking += money.covered;
    tekort += Math.max(0, money.costs - money.covered);
    for (const item of d.begroting.dekking) {
      const naam = item.partner;
      if (!naam) continue;
      const sum = perPartner.get(naam) ?? { bedrag: 0, uren: 0 };
      sum.bedrag += item.bedrag ?? 0;
      sum.uren += item.uren ?? 0;
      perPartner.set(naam, sum);
    }
    rows.push({
      id: p.id,
      titel: d.titel ?? '',
      status: d.status ?? '',
      programma: d.programma ?? '',
      thema: themas,
      gebied: gebied ?? '',
      start: d.planning.start ?? '',
      einde: d.planning.einde ?? '',
      studenten: own,
      niveaus: [...levels].sort(),
      partners: partnerNames(d),
      kosten: money.costs,
      dekking: money.covered,
      tekort: Math.max(0, money.costs - money.covered),
      evaluatie: d.evaluatie?.datum ?? '',
      projectleider: leaderName(d),
      aanbod: unique(d.aanbod),
    });
  }

  const questionStatus: Record<string, number> = { open: 0, opgepakt: 0, beantwoord: 0, vervallen: 0 };
  for (const q of kb.ofKind('vraag')) count(questionStatus, q.view.status ?? '?');

  const evaluaties = projects.filter((p) => p.view.evaluatie).map((p) => evaluationOf(p));
  const raised = new Map<string, string>();
  for (const e of evaluaties) for (const id of e.nieuwe_kennisvragen) raised.set(id, e.project);
  const nieuwe_vragen = [...raised].map(([id, project]) => {
    const q = kb.get(id);
    const view = q?.kind === 'vraag' ? q.view : undefined;
    return {
      id,
      vraag: view?.vraag ?? '',
      project,
      status: view?.status ?? '',
      opgepakt_door: kb.takenUpBy(id),
    };
  });

  // Groups of counted projects only: a link to a project outside the period is left out with it.
  const ketens = kb.graph.chains(counted);
  const doelen = (key: 'studenten' | 'gebieden' | 'projecten') => w?.doelen[key] ?? null;
  const gebiedNamen = Object.keys(perGebied).sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    werkplaats: w?.naam ?? '',
    stand: options.stand ?? { datum: options.today, commit: null, gewijzigd: null },
    periode: options.period ? { van: options.period.van ?? null, tot: options.period.tot ?? null } : null,
    programma: options.programme ?? null,
    niet_gelezen: [...(options.notRead ?? [])],
    projecten: {
      totaal: projects.length,
      per_status: sorted(perStatus),
      per_programma: sorted(perProgramma),
      per_thema: sorted(perThema),
      per_gebied: sorted(perGebied),
      doel: doelen('projecten'),
    },
    studenten: {
      totaal: studenten,
      per_niveau: sorted(perNiveau),
      per_instelling: sorted(perInstelling),
      doel: doelen('studenten'),
    },
    gebieden: { actief: gebiedNamen.length, namen: gebiedNamen, doel: doelen('gebieden') },
    partners: {
      per_groep: sorted(Object.fromEntries(Object.entries(groups).map(([g, names]) => [g, names.size]))),
      namen_per_groep: Object.fromEntries(
        Object.entries(groups).map(([g, names]) => [g, [...names].sort((a, b) => a.localeCompare(b, 'nl'))]),
      ),
    },
    multilevel,
    begroting: {
      kosten,
      dekking,
      tekort,
      per_partner: [...perPartner]
        .map(([partner, s]) => ({ partner, ...s }))
        .sort((a, b) => b.bedrag - a.bedrag || a.partner.localeCompare(b.partner, 'nl')),
    },
    kennisvragen: { per_status: questionStatus, totaal: kb.ofKind('vraag').length },
    evaluaties,
    nieuwe_vragen,
    ketens,
    ketenlinks: ketens.flatMap((group) => kb.graph.linksAmong(group)),
    statuslicht,
    projectlijst: rows,
    ...history(projects, options),
    in_periode: inPeriod(kb, options),
    vraag_en_aanbod: offerSection(kb, {
      today: options.today,
      period: options.period,
      lang: options.lang ?? 'nl',
      matched: options.matched,
    }),
  };
}

/** Dates from git per counted project: when its file was created and last changed. */
function history(
  projects: EntryOf<'project'>[],
  options: ReportOptions,
): Pick<WerkplaatsReport, 'geschiedenis' | 'geschiedenis_reden'> {
  const dates = options.history;
  if (!dates || 'reason' in dates) {
    return { geschiedenis: null, geschiedenis_reden: dates && 'reason' in dates ? dates.reason : null };
  }
  const per_project = Object.fromEntries(
    projects.map((p) => [
      p.id,
      {
        aangemaakt: dates.created.get(p.file.path) ?? null,
        gewijzigd: dates.changed.get(p.file.path) ?? null,
      },
    ]),
  );
  return { geschiedenis: { per_project }, geschiedenis_reden: null };
}

/**
 * What happened in the period, by the dates the files themselves hold: one source for every figure,
 * the same with or without git. Projects of the chosen programme only; questions from the whole register.
 */
function inPeriod(kb: KnowledgeBase, options: ReportOptions): WerkplaatsReport['in_periode'] {
  const period = options.period;
  if (!period) return null;
  const within = (date: string | undefined) =>
    date !== undefined && (!period.van || date >= period.van) && (!period.tot || date <= period.tot);
  const projects = kb
    .ofKind('project')
    .filter((p) => options.programme === undefined || p.view.programma === options.programme);
  const ids = (entries: { id: string }[]) => entries.map((e) => e.id).sort();
  return {
    bron: 'datums-in-bestanden',
    nieuwe_projecten: ids(projects.filter((p) => within(p.view.planning.start))),
    nieuwe_evaluaties: ids(projects.filter((p) => within(p.view.evaluatie?.datum))),
    nieuwe_vragen: ids(kb.ofKind('vraag').filter((q) => within(q.view.ingediend))),
  };
}

function evaluationOf(p: EntryOf<'project'>): EvaluationSummary {
  const { titel, thema, status, evaluatie } = p.view;
  return {
    project: p.id,
    titel: titel ?? '',
    thema: [...thema],
    datum: evaluatie?.datum ?? null,
    status: status ?? '',
    conclusies: [...(evaluatie?.conclusies ?? [])],
    leerpunten: [...(evaluatie?.leerpunten ?? [])],
    verbeterpunten: [...(evaluatie?.verbeterpunten ?? [])],
    nieuwe_kennisvragen: [...(evaluatie?.nieuwe_kennisvragen ?? [])],
  };
}

/**
 * The steering group's light: attention past the planned end without an evaluation, or with a budget
 * that is not covered — also when the project is finished or stopped, since the gap remains;
 * otherwise done when finished or stopped, on schedule while it runs.
 */
function light(
  p: EntryOf<'project'>,
  today: string,
  money: { costs: number; covered: number },
): WerkplaatsReport['statuslicht'][number] {
  const view = p.view;
  const status = view.status ?? '';
  const done = status === 'afgerond' || status === 'gestopt';
  const redenen: string[] = [];
  const einde = view.planning.einde;
  if (!done && einde && einde < today && !view.evaluatie) redenen.push('einde-voorbij');
  if (money.covered < money.costs) redenen.push('tekort');
  const licht: Light = redenen.length > 0 ? 'aandacht' : done ? 'klaar' : 'op-schema';
  return { project: p.id, titel: view.titel ?? '', status, licht, redenen };
}
