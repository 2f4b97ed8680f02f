// A question that arose during a project or from its evaluation names that project.
import { str, valueAt } from '../../data.js';
import { key } from '../context.js';
import type { FileRule } from '../rule.js';

export const questionProjectRequired: FileRule<'question-project-required'> = {
  id: 'question-project-required',
  severity: 'error',
  scope: 'file',
  kinds: ['vraag'],
  messages: ['rule.question-project-required'],
  example: {
    bad: { 'kennisvragen/vrijwilligers-vasthouden.md': 'bron: evaluatie' },
    good: { 'kennisvragen/vrijwilligers-vasthouden.md': 'bron: evaluatie\nproject: 2025-hittekaart' },
  },
  check({ data, report }) {
    const bron = str(data, 'bron');
    if ((bron === 'tijdens-project' || bron === 'evaluatie') && valueAt(data, ['project']) == null) {
      report(key('bron'), 'rule.question-project-required', { source: bron });
    }
  },
};
