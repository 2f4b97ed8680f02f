// The read model: a lenient, typed view of each record, made once from its raw frontmatter. Every
// reader outside the validation rules reads records through these views instead of string paths.
//
// Lenient means a view never throws and never guesses: a value of the wrong type in a broken file
// is left out (undefined for one value, [] for a list, a list item that is no mapping becomes an
// empty item so that counts stay as written). Strings stay as written (not trimmed); enum fields
// (`status`, `groep`, …) keep any string, because reports count what the file says. Groups whose
// presence means nothing (`planning`, `begroting`, `team`, …) are always there; `evaluatie` is
// there only when the file has one, since its presence is what marks a project evaluated.
//
// A list of strings in a view is the file's own list when it holds nothing else (no copy is made:
// 10,000 projects hold a dozen lists each): views are read-only, and nothing changes parsed data.
//
// The validation rules read the raw document instead: they must point at keys and see broken values.
// test/core/views.test.ts checks at the type level that each view covers its zod schema's fields.
import { type Data, isRecord } from '../data.js';
import type { Kind } from '../kinds.js';

/** A persoon mapping, each field a string when it is one. */
export interface PersonView {
  readonly naam?: string;
  readonly email?: string;
  readonly telefoon?: string;
  readonly organisatie?: string;
  readonly rol?: string;
}

/**
 * A field that holds a person: a persoon mapping, or a plain string as people write it
 * ("Naam <email>", an organisation) — a vraageigenaar may be one; elsewhere a rule flags it.
 */
export type PersonRef = PersonView | string;

export interface ProjectPartnerView {
  readonly naam?: string;
  readonly groep?: string;
  readonly niveau?: string;
  readonly opleiding?: string;
  readonly studenten?: number;
}

export interface LeerdoelView {
  readonly wie?: string;
  readonly wat?: string;
}

export interface KostenpostView {
  readonly post?: string;
  readonly bedrag?: number;
}

export interface DekkingView {
  /** The paying organisation, by its `naam` in the partner register. */
  readonly partner?: string;
  readonly bedrag?: number;
  readonly uren?: number;
}

export interface EvaluatieView {
  readonly datum?: string;
  readonly conclusies: readonly string[];
  readonly leerpunten: readonly string[];
  readonly verbeterpunten: readonly string[];
  readonly nieuwe_kennisvragen: readonly string[];
}

export interface TeamView {
  readonly ondernemers: readonly string[];
  readonly onderwijs: readonly string[];
  readonly bewoners: readonly string[];
  readonly overheid: readonly string[];
  readonly overig: readonly string[];
}

export interface ProjectView {
  readonly kind: 'project';
  readonly id?: string;
  readonly titel?: string;
  readonly status?: string;
  readonly programma?: string;
  readonly kennisvraag?: string;
  readonly vervolg_op: readonly string[];
  readonly kennisvragen: readonly string[];
  readonly thema: readonly string[];
  readonly gebied?: string;
  readonly csl_niveau?: string;
  readonly projectleider?: PersonRef;
  readonly contactpersoon?: PersonRef;
  readonly team: TeamView;
  readonly partners: readonly ProjectPartnerView[];
  readonly leerdoelen: readonly LeerdoelView[];
  readonly planning: { readonly start?: string; readonly tussentijds?: string; readonly einde?: string };
  readonly begroting: {
    readonly kosten: readonly KostenpostView[];
    readonly dekking: readonly DekkingView[];
  };
  /** Present only when the file has an `evaluatie` mapping. */
  readonly evaluatie?: EvaluatieView;
  /** The education offers (aanbod ids) the project is carried out in. */
  readonly aanbod: readonly string[];
}

export interface VraagView {
  readonly kind: 'vraag';
  readonly id?: string;
  readonly vraag?: string;
  readonly status?: string;
  readonly bron?: string;
  /** The project the question came from (an id). */
  readonly project?: string;
  readonly vraageigenaar?: PersonRef;
  readonly thema: readonly string[];
  readonly gebied?: string;
  readonly ingediend?: string;
  /** The levels that may work on it; empty: any. */
  readonly niveau: readonly string[];
  /** The forms of education that suit it; empty: any. */
  readonly vorm: readonly string[];
  readonly studenten?: number;
  /** When the work should happen: not starting before `van`, finished by `tot`. */
  readonly gewenst: { readonly van?: string; readonly tot?: string };
}

export interface PartnerView {
  readonly kind: 'partner';
  readonly id?: string;
  readonly naam?: string;
  readonly groep?: string;
  readonly niveau?: string;
  readonly aanspreekpunt?: PersonRef;
  readonly website?: string;
}

/** One period of an education offer, as written (defaults: see core/offer/periods.ts). */
export interface PeriodeView {
  readonly naam?: string;
  readonly start?: string;
  readonly einde?: string;
  /** As written; absent means the day before `start` (intakeTot()). */
  readonly intake_tot?: string;
  readonly studenten?: number;
  /** As written; absent means 1 (periodCapacity()). */
  readonly vragen?: number;
}

export interface AanbodView {
  readonly kind: 'aanbod';
  readonly id?: string;
  readonly titel?: string;
  /** The school, by its `naam` in the partner register. */
  readonly instelling?: string;
  readonly niveau?: string;
  readonly opleiding?: string;
  readonly vorm?: string;
  readonly csl_niveau?: string;
  /** Empty: any theme. */
  readonly thema: readonly string[];
  /** Empty: the whole werkplaats. */
  readonly gebied: readonly string[];
  readonly periodes: readonly PeriodeView[];
  readonly contactpersoon?: PersonRef;
  /** As written; absent means `open`. */
  readonly status?: string;
}

export interface WerkplaatsView {
  readonly kind: 'werkplaats';
  readonly id?: string;
  readonly naam?: string;
  /**
   * The vocabularies. Undefined when the file has no such list (then any word is allowed), the
   * strings of it when it has one.
   */
  readonly programmas?: readonly string[];
  readonly themas?: readonly string[];
  readonly gebieden?: readonly string[];
  readonly rollen: {
    readonly manager?: PersonRef;
    readonly beheerder?: PersonRef;
    readonly kwartiermakers: {
      readonly ondernemers: readonly PersonRef[];
      readonly onderwijs: readonly PersonRef[];
      readonly bewoners: readonly PersonRef[];
      readonly overheid: readonly PersonRef[];
    };
    readonly sparringpartners: readonly PersonRef[];
    readonly stuurgroep: readonly PersonRef[];
  };
  readonly planning: {
    readonly eerste_opzet?: string;
    readonly tussentijds?: string;
    readonly afronding?: string;
  };
  readonly doelen: { readonly studenten?: number; readonly gebieden?: number; readonly projecten?: number };
  readonly taal?: string;
}

export type RecordView = ProjectView | VraagView | PartnerView | AanbodView | WerkplaatsView;

/** The view of a kind of record. */
export interface ViewByKind {
  project: ProjectView;
  vraag: VraagView;
  partner: PartnerView;
  aanbod: AanbodView;
  werkplaats: WerkplaatsView;
}
export type ViewOf<K extends Kind> = ViewByKind[K];

// ---- lenient readers of one value ----

const EMPTY: Data = Object.freeze({});

function record(value: unknown): Data {
  return isRecord(value) ? value : EMPTY;
}

/** A key's own value (never one inherited from the prototype, whatever the file's keys are). */
function own(data: Data, key: string): unknown {
  const value = data[key];
  // What a mapping inherits is Object.prototype's: functions, and the prototype itself (`__proto__`).
  // Any other value is the mapping's own; only those two need asking.
  if (value === undefined || (typeof value !== 'function' && value !== OBJECT_PROTOTYPE)) return value;
  return Object.hasOwn(data, key) ? value : undefined;
}

const OBJECT_PROTOTYPE: unknown = Object.prototype;

function text(data: Data, key: string): string | undefined {
  const value = own(data, key);
  return typeof value === 'string' ? value : undefined;
}

function number(data: Data, key: string): number | undefined {
  const value = own(data, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function items(data: Data, key: string): readonly unknown[] {
  const value = own(data, key);
  return Array.isArray(value) ? value : [];
}

/** The strings of a list, in order; anything else in it is left out. */
function strings(data: Data, key: string): readonly string[] {
  const value = own(data, key);
  if (!Array.isArray(value)) return NO_STRINGS;
  const list = value as unknown[];
  let i = 0;
  while (i < list.length && typeof list[i] === 'string') i++;
  // A list of strings only (as a valid file has): the view reads it as it is, without a copy.
  if (i === list.length) return list.length === 0 ? NO_STRINGS : (list as string[]);
  const out = list.slice(0, i) as string[];
  for (; i < list.length; i++) if (typeof list[i] === 'string') out.push(list[i] as string);
  return out;
}

/** Every empty list of strings of every view: one, frozen. */
const NO_STRINGS: readonly string[] = Object.freeze([]);

/** The strings of a list that is there; undefined when the key holds no list. */
function stringsIfList(data: Data, key: string): readonly string[] | undefined {
  return Array.isArray(own(data, key)) ? strings(data, key) : undefined;
}

/** Each item of a list of mappings, read by `read`; an item that is no mapping reads as empty. */
function mappings<T>(data: Data, key: string, read: (item: Data) => T): T[] {
  const value = own(data, key);
  const out: T[] = [];
  if (!Array.isArray(value)) return out;
  for (const item of value as unknown[]) out.push(read(record(item)));
  return out;
}

export function personView(value: unknown): PersonRef | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  return {
    naam: text(value, 'naam'),
    email: text(value, 'email'),
    telefoon: text(value, 'telefoon'),
    organisatie: text(value, 'organisatie'),
    rol: text(value, 'rol'),
  };
}

function person(data: Data, key: string): PersonRef | undefined {
  return personView(own(data, key));
}

function persons(data: Data, key: string): PersonRef[] {
  return items(data, key)
    .map(personView)
    .filter((p): p is PersonRef => p !== undefined);
}

// ---- one constructor per kind ----

export function projectView(raw: unknown): ProjectView {
  const d = record(raw);
  const begroting = record(own(d, 'begroting'));
  const team = record(own(d, 'team'));
  return {
    kind: 'project',
    id: text(d, 'id'),
    titel: text(d, 'titel'),
    status: text(d, 'status'),
    programma: text(d, 'programma'),
    kennisvraag: text(d, 'kennisvraag'),
    vervolg_op: strings(d, 'vervolg_op'),
    kennisvragen: strings(d, 'kennisvragen'),
    thema: strings(d, 'thema'),
    gebied: text(d, 'gebied'),
    csl_niveau: text(d, 'csl_niveau'),
    projectleider: person(d, 'projectleider'),
    contactpersoon: person(d, 'contactpersoon'),
    team: {
      ondernemers: strings(team, 'ondernemers'),
      onderwijs: strings(team, 'onderwijs'),
      bewoners: strings(team, 'bewoners'),
      overheid: strings(team, 'overheid'),
      overig: strings(team, 'overig'),
    },
    partners: partnersOf(d),
    leerdoelen: mappings(d, 'leerdoelen', (g) => ({ wie: text(g, 'wie'), wat: text(g, 'wat') })),
    planning: planningOf(d),
    begroting: {
      kosten: mappings(begroting, 'kosten', (k) => ({ post: text(k, 'post'), bedrag: number(k, 'bedrag') })),
      dekking: mappings(begroting, 'dekking', (k) => ({
        partner: text(k, 'partner'),
        bedrag: number(k, 'bedrag'),
        uren: number(k, 'uren'),
      })),
    },
    evaluatie: evaluatieOf(d),
    aanbod: strings(d, 'aanbod'),
  };
}

function partnersOf(d: Data): ProjectPartnerView[] {
  return mappings(d, 'partners', (p) => ({
    naam: text(p, 'naam'),
    groep: text(p, 'groep'),
    niveau: text(p, 'niveau'),
    opleiding: text(p, 'opleiding'),
    studenten: number(p, 'studenten'),
  }));
}

function planningOf(d: Data): ProjectView['planning'] {
  const planning = record(own(d, 'planning'));
  return {
    start: text(planning, 'start'),
    tussentijds: text(planning, 'tussentijds'),
    einde: text(planning, 'einde'),
  };
}

function evaluatieOf(d: Data): EvaluatieView | undefined {
  const evaluatie = own(d, 'evaluatie');
  return isRecord(evaluatie)
    ? {
        datum: text(evaluatie, 'datum'),
        conclusies: strings(evaluatie, 'conclusies'),
        leerpunten: strings(evaluatie, 'leerpunten'),
        verbeterpunten: strings(evaluatie, 'verbeterpunten'),
        nieuwe_kennisvragen: strings(evaluatie, 'nieuwe_kennisvragen'),
      }
    : undefined;
}

/** What the matcher reads of a project (core/match): these fields of its view, made as the view makes them. */
export type ProjectMatchView = Pick<
  ProjectView,
  'kind' | 'id' | 'status' | 'thema' | 'partners' | 'planning' | 'evaluatie' | 'aanbod'
>;

/**
 * A project's ProjectMatchView without the rest of its view: for `kwp match`, which reads no more of
 * 10,000 projects (their teams, budgets and people are most of a view).
 */
export function projectMatchView(raw: unknown): ProjectMatchView {
  const d = record(raw);
  return {
    kind: 'project',
    id: text(d, 'id'),
    status: text(d, 'status'),
    thema: strings(d, 'thema'),
    partners: partnersOf(d),
    planning: planningOf(d),
    evaluatie: evaluatieOf(d),
    aanbod: strings(d, 'aanbod'),
  };
}

export function vraagView(raw: unknown): VraagView {
  const d = record(raw);
  const gewenst = record(own(d, 'gewenst'));
  return {
    kind: 'vraag',
    id: text(d, 'id'),
    vraag: text(d, 'vraag'),
    status: text(d, 'status'),
    bron: text(d, 'bron'),
    project: text(d, 'project'),
    vraageigenaar: person(d, 'vraageigenaar'),
    thema: strings(d, 'thema'),
    gebied: text(d, 'gebied'),
    ingediend: text(d, 'ingediend'),
    niveau: strings(d, 'niveau'),
    vorm: strings(d, 'vorm'),
    studenten: number(d, 'studenten'),
    gewenst: { van: text(gewenst, 'van'), tot: text(gewenst, 'tot') },
  };
}

export function partnerView(raw: unknown): PartnerView {
  const d = record(raw);
  return {
    kind: 'partner',
    id: text(d, 'id'),
    naam: text(d, 'naam'),
    groep: text(d, 'groep'),
    niveau: text(d, 'niveau'),
    aanspreekpunt: person(d, 'aanspreekpunt'),
    website: text(d, 'website'),
  };
}

export function aanbodView(raw: unknown): AanbodView {
  const d = record(raw);
  return {
    kind: 'aanbod',
    id: text(d, 'id'),
    titel: text(d, 'titel'),
    instelling: text(d, 'instelling'),
    niveau: text(d, 'niveau'),
    opleiding: text(d, 'opleiding'),
    vorm: text(d, 'vorm'),
    csl_niveau: text(d, 'csl_niveau'),
    thema: strings(d, 'thema'),
    gebied: strings(d, 'gebied'),
    periodes: mappings(d, 'periodes', (p) => ({
      naam: text(p, 'naam'),
      start: text(p, 'start'),
      einde: text(p, 'einde'),
      intake_tot: text(p, 'intake_tot'),
      studenten: number(p, 'studenten'),
      vragen: number(p, 'vragen'),
    })),
    contactpersoon: person(d, 'contactpersoon'),
    status: text(d, 'status'),
  };
}

export function werkplaatsView(raw: unknown): WerkplaatsView {
  const d = record(raw);
  const rollen = record(own(d, 'rollen'));
  const kwartiermakers = record(own(rollen, 'kwartiermakers'));
  const planning = record(own(d, 'planning'));
  const doelen = record(own(d, 'doelen'));
  return {
    kind: 'werkplaats',
    id: text(d, 'id'),
    naam: text(d, 'naam'),
    programmas: stringsIfList(d, 'programmas'),
    themas: stringsIfList(d, 'themas'),
    gebieden: stringsIfList(d, 'gebieden'),
    rollen: {
      manager: person(rollen, 'manager'),
      beheerder: person(rollen, 'beheerder'),
      kwartiermakers: {
        ondernemers: persons(kwartiermakers, 'ondernemers'),
        onderwijs: persons(kwartiermakers, 'onderwijs'),
        bewoners: persons(kwartiermakers, 'bewoners'),
        overheid: persons(kwartiermakers, 'overheid'),
      },
      sparringpartners: persons(rollen, 'sparringpartners'),
      stuurgroep: persons(rollen, 'stuurgroep'),
    },
    planning: {
      eerste_opzet: text(planning, 'eerste_opzet'),
      tussentijds: text(planning, 'tussentijds'),
      afronding: text(planning, 'afronding'),
    },
    doelen: {
      studenten: number(doelen, 'studenten'),
      gebieden: number(doelen, 'gebieden'),
      projecten: number(doelen, 'projecten'),
    },
    taal: text(d, 'taal'),
  };
}

const CONSTRUCTORS: { readonly [K in Kind]: (raw: unknown) => ViewOf<K> } = {
  project: projectView,
  vraag: vraagView,
  partner: partnerView,
  aanbod: aanbodView,
  werkplaats: werkplaatsView,
};

/** The view of a record of a kind, from its raw frontmatter (null or broken: an empty view). */
export function viewOf<K extends Kind>(kind: K, raw: unknown): ViewOf<K> {
  return CONSTRUCTORS[kind](raw);
}

// ---- reading a person field ----

/** The name in a person field: a mapping's `naam`, or the string as written. */
export function personName(value: PersonRef | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.naam;
}

/** The title a record is named by in lists, graphs and reports (see KINDS[kind].title). */
export function titleOf(view: RecordView): string | undefined {
  switch (view.kind) {
    case 'project':
    case 'aanbod':
      return view.titel;
    case 'vraag':
      return view.vraag;
    case 'partner':
    case 'werkplaats':
      return view.naam;
  }
}

/** What a project's budget costs and what its `dekking` covers, in euros (amounts that are no number count 0). */
export function budgetOf(project: ProjectView): { costs: number; covered: number } {
  const sum = (items: readonly { readonly bedrag?: number }[]) =>
    items.reduce((total, item) => total + (item.bedrag ?? 0), 0);
  return { costs: sum(project.begroting.kosten), covered: sum(project.begroting.dekking) };
}
