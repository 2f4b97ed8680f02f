// A new education offer's values (format.md, `knowledge/aanbod/`), however they were gathered (flags
// or prompts): the `--period` text read, every value checked before anything is written, and the
// values of templates/aanbod.md. Pure.
import type { Message } from '../../messages/catalogue.js';
import { dateMessage, isRealDate } from '../dates.js';
import { CSL_NIVEAUS, NIVEAUS, VORMEN } from '../enums.js';
import type { Persoon } from '../scaffold/person.js';
import type { TemplateValues } from '../scaffold/template.js';
import { closest, notAllowed } from '../suggest.js';
import { dayBefore } from './periods.js';

/** One period of an offer as given: every value optional until checked. */
export interface PeriodInput {
  naam?: string;
  start?: string;
  einde?: string;
  intake_tot?: string;
  studenten?: number;
  vragen?: number;
}

export interface OfferInput {
  titel?: string;
  instelling?: string;
  niveau?: string;
  opleiding?: string;
  vorm?: string;
  csl_niveau?: string;
  thema: string[];
  gebied: string[];
  periodes: PeriodInput[];
  contactpersoon?: Persoon;
}

export function emptyOfferInput(): OfferInput {
  return { thema: [], gebied: [], periodes: [] };
}

/** A partner of the register: the institution must be one with `groep: onderwijs`. */
export interface OfferPartner {
  naam: string;
  groep?: string;
  niveau?: string;
}

/** What the werkplaats allows: its vocabularies (when listed) and the partner register. */
export interface OfferContext {
  themas?: string[];
  gebieden?: string[];
  partners: readonly OfferPartner[];
}

/** How `--period` is written (cli.md). */
export const PERIOD_SYNTAX = 'start..einde[,intake_tot][,studenten][,vragen][,naam]';

/**
 * `--period "2027-02-01..2027-06-30,2026-12-15,20,2,blok 3"`: the dates, then, each optional and in
 * this order, the intake deadline, the students, the number of questions and the name (which may hold
 * commas: it is the rest). An empty part skips its value: `2027-02-01..2027-06-30,,20`.
 */
export function parsePeriod(text: string): { period: PeriodInput; problems: Message[] } {
  const option = '--period';
  const problems: Message[] = [];
  const period: PeriodInput = {};
  const parts = text.split(',');
  const [range = '', intake = '', studenten = '', vragen = ''] = parts.slice(0, 4).map((s) => s.trim());
  // The name is the rest, commas and all.
  const naam = parts.slice(4).join(',').trim();
  const dates = range.split('..').map((s) => s.trim());
  if (dates.length !== 2 || dates[0] === '' || dates[1] === '') {
    problems.push({ id: 'offer.period-format', args: { value: text, syntax: PERIOD_SYNTAX } });
    return { period, problems };
  }
  const date = (value: string): string | undefined => {
    if (isRealDate(value)) return value;
    problems.push(dateMessage(value, 'new.date-format', 'new.date', { option, value }));
    return undefined;
  };
  const [start, einde] = dates as [string, string];
  const s = date(start);
  if (s) period.start = s;
  const e = date(einde);
  if (e) period.einde = e;
  if (intake !== '') {
    const i = date(intake);
    if (i) period.intake_tot = i;
  }
  const whole = (value: string, key: 'studenten' | 'vragen', min: number) => {
    if (value === '') return;
    if (/^\d+$/.test(value) && Number(value) >= min) period[key] = Number(value);
    else problems.push({ id: 'offer.period-number', args: { option, value: text, key, part: value, min } });
  };
  whole(studenten, 'studenten', 0);
  whole(vragen, 'vragen', 1);
  if (naam) period.naam = naam;
  return { period, problems };
}

/** How a person names a period in a message: `2 (blok 3)`, or its number. */
export function periodName(p: PeriodInput, index: number): string {
  return p.naam?.trim() ? `${index + 1} (${p.naam.trim()})` : `${index + 1}`;
}

/**
 * The problems of one period whose dates are real (or absent): a start and an end are needed, the
 * end not before the start, the intake deadline not after the start (format.md).
 */
export function periodProblems(p: PeriodInput, index: number): Message[] {
  const problems: Message[] = [];
  const period = periodName(p, index);
  if (p.start === undefined || p.einde === undefined) {
    problems.push({ id: 'offer.period-dates-missing', args: { period, syntax: PERIOD_SYNTAX } });
    return problems;
  }
  if (p.einde < p.start)
    problems.push({ id: 'offer.period-end-before-start', args: { period, start: p.start, end: p.einde } });
  if (p.intake_tot !== undefined && p.intake_tot > p.start)
    problems.push({
      id: 'offer.period-intake-after-start',
      args: { period, start: p.start, intake: p.intake_tot },
    });
  return problems;
}

/** The registered partner named so (any case), or undefined. */
export function registeredSchool(name: string | undefined, ctx: OfferContext): OfferPartner | undefined {
  const wanted = name?.trim().toLowerCase();
  if (!wanted) return undefined;
  return ctx.partners.find((p) => p.naam.toLowerCase() === wanted);
}

/** The partners an offer can come from: those of group onderwijs. */
export function schools(ctx: OfferContext): OfferPartner[] {
  return ctx.partners.filter((p) => p.groep === 'onderwijs');
}

/** Every problem at once, each naming the flag it concerns; empty when the offer can be written. */
export function checkOfferInput(
  input: OfferInput,
  ctx: OfferContext,
  /** Whether a `--period` was given (a refused one is not missing, it is wrong). */
  periodGiven = false,
): Message[] {
  const problems: Message[] = [];
  const missing: string[] = [];
  const blank = (v: string | undefined) => v === undefined || v.trim() === '';
  if (blank(input.titel)) missing.push('--title');
  if (blank(input.instelling)) missing.push('--institution');
  if (blank(input.niveau)) missing.push('--level');
  if (input.periodes.length === 0 && !periodGiven) missing.push('--period');
  if (missing.length > 0) problems.push({ id: 'new.missing', args: { flags: missing } });

  if (!blank(input.instelling)) {
    const name = input.instelling!.trim();
    const school = registeredSchool(name, ctx);
    if (!school) {
      const suggestion = closest(
        name,
        schools(ctx).map((p) => p.naam),
      );
      problems.push(
        suggestion
          ? { id: 'offer.unknown-institution-typo', args: { name, closest: suggestion } }
          : { id: 'offer.unknown-institution', args: { name } },
      );
    } else if (school.groep !== 'onderwijs') {
      problems.push({
        id: 'offer.institution-not-school',
        args: { name: school.naam, group: school.groep ?? '-' },
      });
    }
  }
  const oneOf = (option: string, value: string | undefined, allowed: readonly string[]) => {
    const problem = notAllowed(option, value, allowed);
    if (problem) problems.push(problem);
  };
  oneOf('--level', input.niveau, NIVEAUS);
  oneOf('--form', input.vorm, VORMEN);
  oneOf('--csl', input.csl_niveau, CSL_NIVEAUS);
  const vocabulary = (option: string, value: string, list: string[] | undefined) => {
    const problem = notAllowed(option, value, list);
    if (problem) problems.push(problem);
  };
  for (const thema of input.thema) vocabulary('--theme', thema, ctx.themas);
  for (const gebied of input.gebied) vocabulary('--area', gebied, ctx.gebieden);
  input.periodes.forEach((p, i) => problems.push(...periodProblems(p, i)));
  return problems;
}

/** The values of templates/aanbod.md for this input and its final id; a new offer is `open`. */
export function offerTemplateValues(input: OfferInput, id: string): TemplateValues {
  const list = <T>(items: T[]) => (items.length > 0 ? items : undefined);
  return {
    id,
    titel: input.titel?.trim(),
    instelling: input.instelling?.trim(),
    niveau: input.niveau,
    opleiding: input.opleiding?.trim() || undefined,
    vorm: input.vorm || undefined,
    csl_niveau: input.csl_niveau || undefined,
    thema: list(input.thema),
    gebied: list(input.gebied),
    periodes: input.periodes.map(periodValues),
    contactpersoon: input.contactpersoon as TemplateValues[string],
    status: 'open',
  };
}

/** A period's keys in the order of format.md, without the ones not given. */
export function periodValues(p: PeriodInput): TemplateValues {
  return {
    ...(p.naam?.trim() ? { naam: p.naam.trim() } : {}),
    ...(p.start !== undefined ? { start: p.start } : {}),
    ...(p.einde !== undefined ? { einde: p.einde } : {}),
    ...(p.intake_tot !== undefined ? { intake_tot: p.intake_tot } : {}),
    ...(p.studenten !== undefined ? { studenten: p.studenten } : {}),
    ...(p.vragen !== undefined ? { vragen: p.vragen } : {}),
  };
}

/** The intake deadline a period gets when none is written: the day before its start. */
export function defaultIntake(start: string): string {
  return dayBefore(start);
}
