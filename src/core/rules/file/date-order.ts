// Dates in order: a project's planning (start, tussentijds, einde), the werkplaats planning
// (eerste_opzet, tussentijds, afronding), a question's gewenst (van, tot), and each period of an
// offer (start ≤ einde, intake_tot ≤ start).
import { dateOrUndefined } from '../../dates.js';
import { list, valueAt } from '../../data.js';
import { periodLabel } from '../../offer/period-text.js';
import { type FileContext, value } from '../context.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const dateOrder: FileRule<'date-order'> = {
  id: 'date-order',
  severity: 'error',
  scope: 'file',
  kinds: ['project', 'werkplaats', 'vraag', 'aanbod'],
  messages: ['rule.date-order', 'rule.period-date-order', 'rule.intake-after-start'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'planning:\n  start: 2026-06-26\n  einde: 2026-02-02' },
    good: { [EXAMPLE_PROJECT]: 'planning:\n  start: 2026-02-02\n  einde: 2026-06-26' },
  },
  check(ctx) {
    if (ctx.file.kind === 'project') checkProject(ctx);
    else if (ctx.file.kind === 'vraag') checkGewenst(ctx);
    else if (ctx.file.kind === 'aanbod') checkPeriods(ctx);
    else checkWerkplaats(ctx);
  },
};

function checkGewenst({ data, report }: FileContext): void {
  const van = dateOrUndefined(valueAt(data, ['gewenst', 'van']));
  const tot = dateOrUndefined(valueAt(data, ['gewenst', 'tot']));
  if (van && tot && tot < van)
    report(value('gewenst', 'tot'), 'rule.date-order', {
      key: 'gewenst.tot',
      value: tot,
      other: 'gewenst.van',
      otherValue: van,
    });
}

/** Each period of an offer: it ends on or after its start, and its intake closes on or before it. */
function checkPeriods({ data, report }: FileContext): void {
  list(data, 'periodes').forEach((period, index) => {
    const at = (key: string) => dateOrUndefined(valueAt(period, [key]));
    const [start, einde, intake] = [at('start'), at('einde'), at('intake_tot')];
    const naam = valueAt(period, ['naam']);
    const label = periodLabel({ naam: typeof naam === 'string' ? naam : undefined }, index);
    if (start && einde && einde < start)
      report(value('periodes', index, 'einde'), 'rule.period-date-order', { period: label, start, einde });
    if (start && intake && intake > start)
      report(value('periodes', index, 'intake_tot'), 'rule.intake-after-start', {
        period: label,
        start,
        intake,
      });
  });
}

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
