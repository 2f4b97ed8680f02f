// The werkplaats summary for managers and the steering group, as data: every figure of `kwp report`,
// counted by the rules of cli.md. Pure: the knowledge base, the period and today in; the report out.
import { isRecord, list, num, str, stringsAt, valueAt } from '../data.js';
import type { ChainLink } from '../graph.js';
import type { Entry, KnowledgeBase } from '../knowledge-base.js';
import { budgetTotals } from '../rules/project-rules.js';
import type { NotRead } from '../unread.js';
import { overlaps, type Period } from './period.js';

export type Light = 'op-schema' | 'aandacht' | 'klaar';

export interface ReportOptions {
  period: Period | null;
  history?: FileDates;
  programme?: string;
  /** YYYY-MM-DD: for "past its planned end". */
  today: string;
  /** The files that could not be read: what they hold is missing, and the report says so. */
  notRead?: readonly NotRead[];
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
    in_periode: { nieuwe_projecten: string[]; nieuwe_evaluaties: string[]; nieuwe_vragen: string[] } | null;
  } | null;
  geschiedenis_reden: 'no-git' | 'shallow' | null;
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
}

const count = (map: Record<string, number>, key: string, by = 1) => {
  map[key] = (map[key] ?? 0) + by;
};
const sorted = (map: Record<string, number>) =>
  Object.fromEntries(Object.entries(map).sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'nl')));

export function werkplaatsReport(kb: KnowledgeBase, options: ReportOptions): WerkplaatsReport {
  const w = kb.werkplaats?.data ?? null;
  const projects = kb
    .ofKind('project')
    .filter((p) => p.data && overlaps(p.data, options.period))
    .filter((p) => options.programme === undefined || str(p.data, 'programma') === options.programme)
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

  for (const p of projects) {
    const d = p.data;
    count(perStatus, str(d, 'status') ?? '?');
    count(perProgramma, str(d, 'programma') ?? '?');
    const themas = [...new Set(stringsAt(d, 'thema').map((s) => s.value))];
    for (const thema of themas) count(perThema, thema);
    const gebied = str(d, 'gebied');
    if (gebied) count(perGebied, gebied);
    const levels = new Set<string>();
    let own = 0;
    for (const partner of list(d, 'partners')) {
      const naam = str(partner, 'naam');
      const groep = str(partner, 'groep');
      if (naam && groep) (groups[groep] ??= new Set()).add(naam);
      if (groep !== 'onderwijs') continue;
      const niveau = str(partner, 'niveau');
      if (niveau) levels.add(niveau);
      const n = num(partner, 'studenten') ?? 0;
      own += n;
      if (niveau) count(perNiveau, niveau, n);
      if (naam) count(perInstelling, naam, n);
    }
    studenten += own;
    if (levels.size >= 2) multilevel++;
    const money = budgetTotals(d);
    kosten += money.costs;
    dekking += money.covered;
    tekort += Math.max(0, money.costs - money.covered);
    for (const item of list(d, 'begroting', 'dekking')) {
      const naam = str(item, 'partner');
      if (!naam) continue;
      const sum = perPartner.get(naam) ?? { bedrag: 0, uren: 0 };
      sum.bedrag += num(item, 'bedrag') ?? 0;
      sum.uren += num(item, 'uren') ?? 0;
      perPartner.set(naam, sum);
    }
    rows.push({
      id: p.id,
      titel: str(d, 'titel') ?? '',
      status: str(d, 'status') ?? '',
      programma: str(d, 'programma') ?? '',
      thema: themas,
      gebied: gebied ?? '',
      start: str(d, 'planning', 'start') ?? '',
      einde: str(d, 'planning', 'einde') ?? '',
      studenten: own,
      niveaus: [...levels].sort(),
      partners: list(d, 'partners')
        .map((x) => str(x, 'naam') ?? '')
        .filter(Boolean),
      kosten: money.costs,
      dekking: money.covered,
      tekort: Math.max(0, money.costs - money.covered),
      evaluatie: str(d, 'evaluatie', 'datum') ?? '',
    });
  }

  const questionStatus: Record<string, number> = { open: 0, opgepakt: 0, beantwoord: 0, vervallen: 0 };
  for (const q of kb.ofKind('vraag')) count(questionStatus, str(q.data, 'status') ?? '?');

  const evaluaties = projects
    .filter((p) => isRecord(valueAt(p.data, ['evaluatie'])))
    .map((p) => evaluationOf(p));
  const raised = new Map<string, string>();
  for (const e of evaluaties) for (const id of e.nieuwe_kennisvragen) raised.set(id, e.project);
  const nieuwe_vragen = [...raised].map(([id, project]) => {
    const q = kb.get(id);
    return {
      id,
      vraag: str(q?.data, 'vraag') ?? '',
      project,
      status: str(q?.data, 'status') ?? '',
      opgepakt_door: kb.takenUpBy(id),
    };
  });

  // Groups of counted projects only: a link to a project outside the period is left out with it.
  const ketens = kb.graph.chains(counted);
  const doelen = (key: string) => num(w, 'doelen', key) ?? null;
  const gebiedNamen = Object.keys(perGebied).sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    werkplaats: str(w, 'naam') ?? '',
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
    statuslicht: projects
      .filter((p) => str(p.data, 'status') !== 'voorbereiding')
      .map((p) => light(p, options.today)),
    projectlijst: rows,
    ...history(kb, projects, evaluaties, options),
  };
}

/** Dates from git per counted project, and with a period what happened in it. */
function history(
  kb: KnowledgeBase,
  projects: Entry[],
  evaluaties: EvaluationSummary[],
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
  const period = options.period;
  const within = (date: string | null | undefined) =>
    Boolean(date) && (!period?.van || date! >= period.van) && (!period?.tot || date! <= period.tot);
  const in_periode = period
    ? {
        nieuwe_projecten: kb
          .ofKind('project')
          .filter((p) => within(dates.created.get(p.file.path)))
          .map((p) => p.id)
          .sort(),
        nieuwe_evaluaties: evaluaties.filter((e) => within(e.datum)).map((e) => e.project),
        nieuwe_vragen: kb
          .ofKind('vraag')
          .filter((q) => within(dates.created.get(q.file.path)))
          .map((q) => q.id)
          .sort(),
      }
    : null;
  return { geschiedenis: { per_project, in_periode }, geschiedenis_reden: null };
}

function evaluationOf(p: Entry): EvaluationSummary {
  const strings = (key: string) => stringsAt(p.data, 'evaluatie', key).map((s) => s.value);
  return {
    project: p.id,
    titel: str(p.data, 'titel') ?? '',
    thema: stringsAt(p.data, 'thema').map((s) => s.value),
    datum: str(p.data, 'evaluatie', 'datum') ?? null,
    status: str(p.data, 'status') ?? '',
    conclusies: strings('conclusies'),
    leerpunten: strings('leerpunten'),
    verbeterpunten: strings('verbeterpunten'),
    nieuwe_kennisvragen: strings('nieuwe_kennisvragen'),
  };
}

/** The steering group's light: done when evaluated; needs attention past its end without evaluation, or with uncovered budget. */
function light(p: Entry, today: string): WerkplaatsReport['statuslicht'][number] {
  const status = str(p.data, 'status') ?? '';
  const base = { project: p.id, titel: str(p.data, 'titel') ?? '', status };
  if (status === 'afgerond' || status === 'gestopt') return { ...base, licht: 'klaar', redenen: [] };
  const redenen: string[] = [];
  const einde = str(p.data, 'planning', 'einde');
  if (einde && einde < today && !isRecord(valueAt(p.data, ['evaluatie']))) redenen.push('einde-voorbij');
  const money = budgetTotals(p.data);
  if (money.covered < money.costs) redenen.push('tekort');
  return { ...base, licht: redenen.length > 0 ? 'aandacht' : 'op-schema', redenen };
}
