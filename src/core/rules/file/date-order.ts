// Dates in order: a project's planning (start, tussentijds, einde), and the werkplaats planning
// (eerste_opzet, tussentijds, afronding).
import { dateOrUndefined } from '../../dates.js';
import { valueAt } from '../../data.js';
import { type FileContext, value } from '../context.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const dateOrder: FileRule<'date-order'> = {
  id: 'date-order',
  severity: 'error',
  scope: 'file',
  kinds: ['project', 'werkplaats'],
  messages: ['rule.date-order'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'planning:\n  start: 2026-06-26\n  einde: 2026-02-02' },
    good: { [EXAMPLE_PROJECT]: 'planning:\n  start: 2026-02-02\n  einde: 2026-06-26' },
  },
  check(ctx) {
    if (ctx.file.kind === 'project') checkProject(ctx);
    else checkWerkplaats(ctx);
  },
};

function checkProject({ data, report }: FileContext): void {
  const at = (key: string) => dateOrUndefined(valueAt(data, ['planning', key]));
  const start = at('start');
  const tussentijds = at('tussentijds');
  const einde = at('einde');
  const wrong = (key: string, found: string, other: string, otherValue: string) =>
    report(value('planning', key), 'rule.date-order', {
      key: `planning.${key}`,
      value: found,
      other: `planning.${other}`,
      otherValue,
    });
  if (start && einde && einde < start) wrong('einde', einde, 'start', start);
  if (start && tussentijds && tussentijds < start) wrong('tussentijds', tussentijds, 'start', start);
  else if (einde && tussentijds && einde < tussentijds) wrong('einde', einde, 'tussentijds', tussentijds);
}

function checkWerkplaats({ data, report }: FileContext): void {
  const order = ['eerste_opzet', 'tussentijds', 'afronding'] as const;
  const dates = order.map((k) => dateOrUndefined(valueAt(data, ['planning', k])));
  for (let i = 1; i < order.length; i++) {
    const earlier = dates.slice(0, i).findLast((d) => d !== undefined);
    const current = dates[i];
    if (earlier && current && current < earlier) {
      const other = order[dates.indexOf(earlier)]!;
      report(value('planning', order[i]!), 'rule.date-order', {
        key: `planning.${order[i]}`,
        value: current,
        other: `planning.${other}`,
        otherValue: earlier,
      });
    }
  }
}
