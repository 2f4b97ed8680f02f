// A finished or stopped project has an evaluation: a date and at least one conclusion.
import { isRecord, str, valueAt } from '../../data.js';
import { key } from '../context.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const evaluationRequired: FileRule<'evaluation-required'> = {
  id: 'evaluation-required',
  severity: 'error',
  scope: 'file',
  kinds: ['project'],
  messages: ['rule.evaluation-missing', 'rule.evaluation-date-missing', 'rule.evaluation-conclusion-missing'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'status: afgerond' },
    good: {
      [EXAMPLE_PROJECT]:
        'status: afgerond\nevaluatie:\n  datum: 2026-07-03\n  conclusies:\n    - Bewoners willen de daken zelf onderhouden.',
    },
  },
  check({ data, report }) {
    const status = str(data, 'status');
    if (status !== 'afgerond' && status !== 'gestopt') return;
    const evaluatie = valueAt(data, ['evaluatie']);
    // A value of the wrong type (`evaluatie: ja`, `conclusies: tekst`) is the schema's invalid-type: not doubled here.
    if (evaluatie == null) {
      report(evaluatie === undefined ? key() : key('evaluatie'), 'rule.evaluation-missing', { status });
    } else if (isRecord(evaluatie)) {
      if (evaluatie['datum'] == null) report(key('evaluatie'), 'rule.evaluation-date-missing');
      const conclusies = evaluatie['conclusies'];
      if (conclusies == null || (Array.isArray(conclusies) && conclusies.length === 0)) {
        const anchor = conclusies === undefined ? key('evaluatie') : key('evaluatie', 'conclusies');
        report(anchor, 'rule.evaluation-conclusion-missing');
      }
    }
  },
};
