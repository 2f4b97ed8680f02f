// A project is not evaluated before it started; one that was stopped may be (stopped before its
// planned start).
import { dateOrUndefined } from '../../dates.js';
import { str, valueAt } from '../../data.js';
import { value } from '../context.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const evaluationBeforeStart: FileRule<'evaluation-before-start'> = {
  id: 'evaluation-before-start',
  severity: 'error',
  scope: 'file',
  kinds: ['project'],
  messages: ['rule.evaluation-before-start'],
  example: {
    bad: {
      [EXAMPLE_PROJECT]:
        'status: afgerond\nevaluatie:\n  datum: 2026-01-15\n  conclusies:\n    - Bewoners willen de daken zelf onderhouden.',
    },
    good: {
      [EXAMPLE_PROJECT]:
        'status: afgerond\nevaluatie:\n  datum: 2026-07-03\n  conclusies:\n    - Bewoners willen de daken zelf onderhouden.',
    },
  },
  check({ data, report }) {
    const start = dateOrUndefined(valueAt(data, ['planning', 'start']));
    const datum = dateOrUndefined(valueAt(data, ['evaluatie', 'datum']));
    // A project may be stopped before its planned start; finished before it began, it may not.
    if (start && datum && datum < start && str(data, 'status') !== 'gestopt') {
      report(value('evaluatie', 'datum'), 'rule.evaluation-before-start', { value: datum, start });
    }
  },
};
