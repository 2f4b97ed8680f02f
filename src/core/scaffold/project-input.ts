// A new project's values, however they were gathered (flags or prompts), checked before anything is
// written, and turned into the values of the project template.
import type { Message } from '../../messages/catalogue.js';
import { dateRangeProblems } from '../dates.js';
import { closest, notAllowed } from '../suggest.js';
import type { Persoon } from './person.js';
import type { TemplateValues } from './template.js';

export const NEW_PROJECT_STATUSES = ['voorbereiding', 'lopend'] as const;

export interface ProjectPartner {
  naam: string;
  groep: string;
  niveau?: string;
  opleiding?: string;
  studenten?: number;
}

export interface ProjectInput {
  titel?: string;
  status: string;
  programma?: string;
  kennisvraag?: string;
  vervolg_op: string[];
  kennisvragen: string[];
  inhoud?: string;
  thema: string[];
  gebied?: string;
  csl_niveau?: string;
  projectleider?: Persoon;
  contactpersoon?: Persoon;
  partners: ProjectPartner[];
  leerdoelen: { wie: string; wat: string }[];
  start?: string;
  tussentijds?: string;
  einde?: string;
  kosten: { post: string; bedrag: number }[];
  dekking: { partner: string; bedrag?: number; uren?: number }[];
  /** The education offers it is carried out in (`--aanbod`). */
  aanbod: string[];
}

export function emptyProjectInput(): ProjectInput {
  return {
    status: 'voorbereiding',
    vervolg_op: [],
    kennisvragen: [],
    thema: [],
    partners: [],
    leerdoelen: [],
    kosten: [],
    dekking: [],
    aanbod: [],
  };
}

/** What the werkplaats and the knowledge base allow: vocabularies (when listed) and existing ids. */
export interface ProjectContext {
  programmas?: string[];
  themas?: string[];
  gebieden?: string[];
  projects: ReadonlyMap<string, string>;
  /** Every id of any kind, to tell "not a project" from "does not exist". */
  kindOf: (id: string) => string | undefined;
}

/** Every problem at once, each naming the flag it concerns; empty when the project can be written. */
export function checkProjectInput(input: ProjectInput, ctx: ProjectContext): Message[] {
  const problems: Message[] = [];
  const missing: string[] = [];
  const blank = (v: string | undefined) => v === undefined || v.trim() === '';
  if (blank(input.titel)) missing.push('--title');
  if (blank(input.programma)) missing.push('--programme');
  if (blank(input.kennisvraag)) missing.push('--question');
  if (!input.contactpersoon) missing.push('--contact');
  if (input.status !== 'voorbereiding') {
    if (!input.projectleider) missing.push('--lead');
    if (blank(input.start)) missing.push('--start');
    if (blank(input.einde)) missing.push('--end');
    if (blank(input.inhoud)) missing.push('--content');
  }
  if (missing.length > 0) problems.push({ id: 'new.missing', args: { flags: missing } });

  if (!(NEW_PROJECT_STATUSES as readonly string[]).includes(input.status)) {
    problems.push({ id: 'new.status', args: { value: input.status, allowed: [...NEW_PROJECT_STATUSES] } });
  }
  const allowed = (option: string, value: string | undefined, list: string[] | undefined) => {
    const problem = notAllowed(option, value, list);
    if (problem) problems.push(problem);
  };
  allowed('--programme', input.programma, ctx.programmas);
  for (const thema of input.thema) allowed('--theme', thema, ctx.themas);
  allowed('--area', input.gebied, ctx.gebieden);

  problems.push(
    ...dateRangeProblems(
      { option: '--start', value: input.start },
      { option: '--end', value: input.einde },
      (start, end) => ({
        id: 'new.end-before-start',
        args: { start, end },
      }),
    ),
  );
  for (const id of input.vervolg_op) {
    if (ctx.projects.has(id)) continue;
    const kind = ctx.kindOf(id);
    const suggestion = closest(id, ctx.projects.keys());
    const args = {
      option: '--follows',
      id,
      ...(kind ? { found: `@kind.${kind}` } : {}),
      ...(suggestion ? { suggestion } : {}),
    };
    problems.push({ id: kind ? 'new.not-a-project' : 'new.unknown-project', args });
  }
  return problems;
}

/** The values of templates/project.md for this input and its final id. */
export function projectTemplateValues(input: ProjectInput, id: string): TemplateValues {
  const list = <T>(items: T[]) => (items.length > 0 ? items : undefined);
  return {
    id,
    titel: input.titel,
    status: input.status,
    programma: input.programma,
    kennisvraag: input.kennisvraag,
    vervolg_op: list(input.vervolg_op),
    kennisvragen: list(input.kennisvragen),
    thema: list(input.thema),
    gebied: input.gebied,
    csl_niveau: input.csl_niveau,
    projectleider: input.projectleider as TemplateValues[string],
    contactpersoon: input.contactpersoon as TemplateValues[string],
    partners: list(input.partners) as TemplateValues[string],
    leerdoelen: list(input.leerdoelen),
    start: input.start,
    tussentijds: input.tussentijds,
    einde: input.einde,
    kosten: list(input.kosten),
    dekking: list(input.dekking) as TemplateValues[string],
    inhoud: input.inhoud,
    aanbod: list(input.aanbod),
  };
}
