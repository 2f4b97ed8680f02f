// Fase 4: an evaluation against the project description. Pure: what may be evaluated, and the new
// `evaluatie` value, amending an earlier evaluation rather than losing it.
import { isDeepStrictEqual } from 'node:util';
import type { Message } from '../messages/catalogue.js';
import type { Edit } from './edit/frontmatter-edit.js';
import { dateMessage, isRealDate } from './dates.js';
import type { ProjectView } from './model/views.js';

export const EVALUATION_STATUSES = ['afgerond', 'gestopt'] as const;

export interface EvaluationInput {
  datum: string;
  status: string;
  conclusies: string[];
  leerpunten: string[];
  verbeterpunten: string[];
  /** Texts of new knowledge questions, or ids of questions already registered. */
  nieuweVragen: string[];
}

export interface EarlierEvaluation {
  datum?: string;
  conclusies: string[];
  leerpunten: string[];
  verbeterpunten: string[];
  nieuwe_kennisvragen: string[];
}

/** The evaluation already in a project file (empty lists when there is none). */
export function earlierEvaluation(project: ProjectView): EarlierEvaluation {
  const evaluatie = project.evaluatie;
  const datum = evaluatie?.datum;
  return {
    ...(datum ? { datum } : {}),
    conclusies: [...(evaluatie?.conclusies ?? [])],
    leerpunten: [...(evaluatie?.leerpunten ?? [])],
    verbeterpunten: [...(evaluatie?.verbeterpunten ?? [])],
    nieuwe_kennisvragen: [...(evaluatie?.nieuwe_kennisvragen ?? [])],
  };
}

export function isEvaluated(project: ProjectView): boolean {
  const status = project.status;
  return status === 'afgerond' || status === 'gestopt' || project.evaluatie !== undefined;
}

/** Every reason the evaluation cannot be written, each naming the flag concerned. */
export function checkEvaluation(
  project: ProjectView,
  input: EvaluationInput,
  earlier: EarlierEvaluation,
): Message[] {
  const problems: Message[] = [];
  if (!(EVALUATION_STATUSES as readonly string[]).includes(input.status)) {
    problems.push({
      id: 'cli.unknown-option-value',
      args: { value: input.status, option: '--status', allowed: [...EVALUATION_STATUSES] },
    });
  } else if (project.status === 'voorbereiding' && input.status !== 'gestopt') {
    problems.push({ id: 'evaluate.not-started', args: {} });
  }
  if (!isRealDate(input.datum))
    problems.push(
      dateMessage(input.datum, 'new.date-format', 'new.date', { option: '--date', value: input.datum }),
    );
  else {
    const start = project.planning.start;
    if (start && isRealDate(start) && input.datum < start && input.status !== 'gestopt')
      problems.push({ id: 'evaluate.before-start', args: { date: input.datum, start } });
  }
  if (earlier.conclusies.length + input.conclusies.length === 0)
    problems.push({ id: 'evaluate.no-conclusion', args: {} });
  return problems;
}

/** The new `evaluatie`: earlier entries kept, new ones added after them, nothing twice. */
export function evaluationValue(earlier: EarlierEvaluation, input: EvaluationInput, questionIds: string[]) {
  const merged = (a: string[], b: string[]) => [
    ...new Set([...a, ...b.map((s) => s.trim()).filter(Boolean)]),
  ];
  return {
    datum: input.datum,
    conclusies: merged(earlier.conclusies, input.conclusies),
    leerpunten: merged(earlier.leerpunten, input.leerpunten),
    verbeterpunten: merged(earlier.verbeterpunten, input.verbeterpunten),
    nieuwe_kennisvragen: merged(earlier.nieuwe_kennisvragen, questionIds),
  };
}

/**
 * The edits that write the new `evaluatie`. Into an evaluation already in the file they go key by
 * key: the date is set, a list whose earlier entries were kept gets only the new ones appended (its
 * comments, quoting and style stay), a list whose entries were let go is replaced.
 */
export function evaluationEdits(
  project: ProjectView,
  earlier: EarlierEvaluation,
  keep: EarlierEvaluation,
  value: ReturnType<typeof evaluationValue>,
): Edit[] {
  if (!project.evaluatie) return [{ op: 'set', path: ['evaluatie'], value }];
  const edits: Edit[] = [{ op: 'set', path: ['evaluatie', 'datum'], value: value.datum }];
  for (const key of ['conclusies', 'leerpunten', 'verbeterpunten', 'nieuwe_kennisvragen'] as const) {
    const path = ['evaluatie', key];
    if (isDeepStrictEqual(keep[key], earlier[key])) edits.push({ op: 'append', path, items: value[key] });
    else edits.push({ op: 'set', path, value: value[key] });
  }
  return edits;
}
