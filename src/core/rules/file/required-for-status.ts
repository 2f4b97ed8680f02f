// What a project's status asks for: a project that is underway has a leader and a planning (start
// and end).
import { isRecord, valueAt } from '../../data.js';
import { key } from '../context.js';
import { underwayStatus } from '../project-rules.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const requiredForStatus: FileRule<'required-for-status'> = {
  id: 'required-for-status',
  severity: 'error',
  scope: 'file',
  kinds: ['project'],
  messages: ['rule.required-for-status'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'status: lopend\nprojectleider:' },
    good: { [EXAMPLE_PROJECT]: 'status: lopend\nprojectleider:\n  naam: Femke de Vries' },
  },
  check({ data, report }) {
    const status = underwayStatus(data);
    if (status === undefined) return;
    const projectleider = valueAt(data, ['projectleider']);
    if (projectleider == null) {
      // A key left blank (`projectleider:`) is pointed at; an absent one at the opening fence.
      const anchor = projectleider === null ? key('projectleider') : key();
      report(anchor, 'rule.required-for-status', { key: 'projectleider', status });
    }
    const planning = valueAt(data, ['planning']);
    // `planning: 5` is the schema's invalid-type; saying start and einde are missing too would double it.
    if (planning === undefined) {
      report(key(), 'rule.required-for-status', { key: 'planning (start, einde)', status });
    }
    for (const k of isRecord(planning) || planning === null ? ['start', 'einde'] : []) {
      const given = valueAt(planning, [k]);
      if (given == null) {
        const anchor = given === null ? key('planning', k) : planning != null ? key('planning') : key();
        report(anchor, 'rule.required-for-status', { key: `planning.${k}`, status });
      }
    }
  },
};
