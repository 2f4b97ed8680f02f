// A budget whose cover (`dekking`) is less money than its costs (`kosten`): a warning, as a
// project may still be looking for money.
import { valueAt } from '../../data.js';
import { key } from '../context.js';
import { budgetTotals } from '../project-rules.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const budgetShortfall: FileRule<'budget-shortfall'> = {
  id: 'budget-shortfall',
  severity: 'warning',
  scope: 'file',
  kinds: ['project'],
  messages: ['rule.budget-shortfall'],
  example: {
    bad: {
      [EXAMPLE_PROJECT]:
        'begroting:\n  kosten:\n    - post: plantmateriaal\n      bedrag: 6000\n  dekking:\n    - partner: Gemeente Rivelde\n      bedrag: 4500',
    },
    good: {
      [EXAMPLE_PROJECT]:
        'begroting:\n  kosten:\n    - post: plantmateriaal\n      bedrag: 6000\n  dekking:\n    - partner: Gemeente Rivelde\n      bedrag: 6000',
    },
  },
  check({ data, report }) {
    const { costs, covered } = budgetTotals(data);
    if (covered >= costs) return;
    const anchor =
      valueAt(data, ['begroting', 'dekking']) === undefined ? key('begroting') : key('begroting', 'dekking');
    report(anchor, 'rule.budget-shortfall', { costs, covered, shortfall: costs - covered });
  },
};
