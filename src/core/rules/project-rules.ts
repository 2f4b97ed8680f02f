// Rules between the fields of one project file: what its status asks for, dates in order, the
// `## Inhoud` section, the budget, and students only at schools.
import { dateOrUndefined } from '../dates.js';
import { isRecord, list, num, str, valueAt } from '../data.js';
import { findSection, hasText } from '../sections.js';
import { type FileContext, key, value } from './context.js';

const FINISHED = new Set(['afgerond', 'gestopt']);
const KNOWN_STATUS = new Set(['voorbereiding', 'lopend', 'afgerond', 'gestopt']);

export function checkProject({ file, data, report }: FileContext): void {
  const status = str(data, 'status');
  // A project stopped while still in preparation may never have had a leader, a planning or content:
  // `gestopt` asks for an evaluation, not for what the project never got to. (format.md asks these
  // "unless voorbereiding", which would make a project stopped in preparation invalid forever.)
  // Stopped in preparation: no planned start, or stopped before it (kwp evaluate stops a project in
  // voorbereiding only as gestopt, and lets it stop before its planned start).
  const plannedStart = str(data, 'planning', 'start');
  const stoppedOn = str(data, 'evaluatie', 'datum');
  const stoppedEarly =
    status === 'gestopt' && (!plannedStart || (stoppedOn !== undefined && stoppedOn < plannedStart));
  const active =
    status !== undefined && KNOWN_STATUS.has(status) && status !== 'voorbereiding' && !stoppedEarly;

  if (active) {
    const projectleider = valueAt(data, ['projectleider']);
    if (projectleider == null) {
      // A key left blank (`projectleider:`) is pointed at; an absent one at the opening fence.
      const anchor = projectleider === null ? key('projectleider') : key();
      report('required-for-status', anchor, 'rule.required-for-status', { key: 'projectleider', status });
    }
    const planning = valueAt(data, ['planning']);
    // `planning: 5` is the schema's invalid-type; saying start and einde are missing too would double it.
    if (planning === undefined) {
      report('required-for-status', key(), 'rule.required-for-status', {
        key: 'planning (start, einde)',
        status,
      });
    }
    for (const k of isRecord(planning) || planning === null ? ['start', 'einde'] : []) {
      const given = valueAt(planning, [k]);
      if (given == null) {
        const anchor = given === null ? key('planning', k) : planning != null ? key('planning') : key();
        report('required-for-status', anchor, 'rule.required-for-status', { key: `planning.${k}`, status });
      }
    }
    const inhoud = findSection(file.body, 'Inhoud');
    if (!inhoud) {
      // Absent: point at the closing fence, after which the section belongs.
      const fence = (file.text ?? '').lastIndexOf('\n', Math.max(0, file.bodyOffset - 2)) + 1;
      report('missing-inhoud', { kind: 'offset', offset: fence }, 'rule.inhoud-missing');
    } else if (!hasText(inhoud.content)) {
      report(
        'missing-inhoud',
        { kind: 'offset', offset: file.bodyOffset + inhoud.offset },
        'rule.inhoud-empty',
      );
    }
  }

  if (status !== undefined && FINISHED.has(status)) {
    const evaluatie = valueAt(data, ['evaluatie']);
    // A value of the wrong type (`evaluatie: ja`, `conclusies: tekst`) is the schema's invalid-type: not doubled here.
    if (evaluatie == null) {
      report(
        'evaluation-required',
        evaluatie === undefined ? key() : key('evaluatie'),
        'rule.evaluation-missing',
        { status },
      );
    } else if (isRecord(evaluatie)) {
      if (evaluatie['datum'] == null)
        report('evaluation-required', key('evaluatie'), 'rule.evaluation-date-missing');
      const conclusies = evaluatie['conclusies'];
      if (conclusies == null || (Array.isArray(conclusies) && conclusies.length === 0)) {
        const anchor = conclusies === undefined ? key('evaluatie') : key('evaluatie', 'conclusies');
        report('evaluation-required', anchor, 'rule.evaluation-conclusion-missing');
      }
    }
  }

  const start = dateOrUndefined(valueAt(data, ['planning', 'start']));
  const tussentijds = dateOrUndefined(valueAt(data, ['planning', 'tussentijds']));
  const einde = dateOrUndefined(valueAt(data, ['planning', 'einde']));
  if (start && einde && einde < start) {
    report('date-order', value('planning', 'einde'), 'rule.date-order', {
      key: 'planning.einde',
      value: einde,
      other: 'planning.start',
      otherValue: start,
    });
  }
  if (start && tussentijds && tussentijds < start) {
    report('date-order', value('planning', 'tussentijds'), 'rule.date-order', {
      key: 'planning.tussentijds',
      value: tussentijds,
      other: 'planning.start',
      otherValue: start,
    });
  } else if (einde && tussentijds && einde < tussentijds) {
    report('date-order', value('planning', 'einde'), 'rule.date-order', {
      key: 'planning.einde',
      value: einde,
      other: 'planning.tussentijds',
      otherValue: tussentijds,
    });
  }
  const datum = dateOrUndefined(valueAt(data, ['evaluatie', 'datum']));
  // A project may be stopped before its planned start; finished before it began, it may not.
  if (start && datum && datum < start && status !== 'gestopt') {
    report('evaluation-before-start', value('evaluatie', 'datum'), 'rule.evaluation-before-start', {
      value: datum,
      start,
    });
  }

  checkBudget({ file, data, report });

  const partners = list(data, 'partners');
  for (let i = 0; i < partners.length; i++) {
    const groep = str(partners[i], 'groep');
    if (groep !== undefined && groep !== 'onderwijs' && valueAt(partners[i], ['studenten']) != null) {
      report('students-not-education', key('partners', i, 'studenten'), 'rule.students-not-education', {
        group: groep,
      });
    }
  }
}

/** The money in `dekking` against the total of `kosten`; hours are not money and do not count. */
export function budgetTotals(data: unknown): { costs: number; covered: number } {
  const sum = (items: readonly unknown[]) =>
    items.reduce<number>((total, item) => total + (num(item, 'bedrag') ?? 0), 0);
  return { costs: sum(list(data, 'begroting', 'kosten')), covered: sum(list(data, 'begroting', 'dekking')) };
}

function checkBudget({ data, report }: FileContext): void {
  const { costs, covered } = budgetTotals(data);
  if (covered >= costs) return;
  const anchor =
    valueAt(data, ['begroting', 'dekking']) === undefined ? key('begroting') : key('begroting', 'dekking');
  report(
    'budget-shortfall',
    anchor,
    'rule.budget-shortfall',
    { costs, covered, shortfall: costs - covered },
    'warning',
  );
}
