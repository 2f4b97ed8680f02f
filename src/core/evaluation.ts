// Fase 4: an evaluation against the project description. Pure: what may be evaluated, and the new
// `evaluatie` value, amending an earlier evaluation rather than losing it.
import type { Message } from '../messages/catalogue.js';
import { type Data, isRecord, str, stringsAt, valueAt } from './data.js';
import { isRealDate } from './dates.js';

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
export function earlierEvaluation(project: Data | null): EarlierEvaluation {
  const evaluatie = valueAt(project, ['evaluatie']);
  const strings = (key: string) => (isRecord(evaluatie) ? stringsAt(evaluatie, key).map((s) => s.value) : []);
  const datum = str(evaluatie, 'datum');
  return {
    ...(datum ? { datum } : {}),
    conclusies: strings('conclusies'),
    leerpunten: strings('leerpunten'),
    verbeterpunten: strings('verbeterpunten'),
    nieuwe_kennisvragen: strings('nieuwe_kennisvragen'),
  };
}

export function isEvaluated(project: Data | null): boolean {
  const status = str(project, 'status');
  return status === 'afgerond' || status === 'gestopt' || isRecord(valueAt(project, ['evaluatie']));
}

/** Every reason the evaluation cannot be written, each naming the flag concerned. */
export function checkEvaluation(
  project: Data | null,
  input: EvaluationInput,
  earlier: EarlierEvaluation,
): Message[] {
  const problems: Message[] = [];
  if (!(EVALUATION_STATUSES as readonly string[]).includes(input.status)) {
    problems.push({
      id: 'cli.unknown-option-value',
      args: { value: input.status, option: '--status', allowed: [...EVALUATION_STATUSES] },
    });
  } else if (str(project, 'status') === 'voorbereiding' && input.status !== 'gestopt') {
    problems.push({ id: 'evaluate.not-started', args: {} });
  }
  if (!isRealDate(input.datum))
    problems.push({ id: 'new.date', args: { option: '--date', value: input.datum } });
  else {
    const start = str(project, 'planning', 'start');
    if (start && isRealDate(start) && input.datum < start)
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
