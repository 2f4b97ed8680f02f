// Rules for one file of each kind that the schema cannot say: the id against the file name, a
// question's project when it arose in one, the werkplaats planning in order.
import { dateOrUndefined } from '../dates.js';
import { str, valueAt } from '../data.js';
import { type FileContext, key, value } from './context.js';
import { checkPersons } from './person-rules.js';
import { checkProject } from './project-rules.js';

export function checkFile(ctx: FileContext): void {
  const { file, data, report } = ctx;
  if (file.kind !== 'werkplaats') {
    const id = str(data, 'id');
    if (id !== undefined && id !== file.stem) {
      report('id-mismatch', value('id'), 'rule.id-mismatch', {
        id,
        file: `${file.stem}.md`,
        expected: file.stem,
      });
    }
  }
  checkPersons(file.kind, data, report);
  if (file.kind === 'project') checkProject(ctx);
  if (file.kind === 'vraag') {
    const bron = str(data, 'bron');
    if ((bron === 'tijdens-project' || bron === 'evaluatie') && valueAt(data, ['project']) == null) {
      report('question-project-required', key('bron'), 'rule.question-project-required', { source: bron });
    }
  }
  if (file.kind === 'werkplaats') {
    const order = ['eerste_opzet', 'tussentijds', 'afronding'] as const;
    const dates = order.map((k) => dateOrUndefined(valueAt(data, ['planning', k])));
    for (let i = 1; i < order.length; i++) {
      const earlier = dates.slice(0, i).findLast((d) => d !== undefined);
      const current = dates[i];
      if (earlier && current && current < earlier) {
        const other = order[dates.indexOf(earlier)]!;
        report('date-order', value('planning', order[i]!), 'rule.date-order', {
          key: `planning.${order[i]}`,
          value: current,
          other: `planning.${other}`,
          otherValue: earlier,
        });
      }
    }
  }
}
