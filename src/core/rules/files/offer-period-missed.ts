// A project carried out in an education offer occupies one of its periods: the one its
// `planning.start` falls in (format.md). A project that is not gestopt and occupies none of them
// (it starts outside every period, or has no start) is a warning at the offer's id in `aanbod`.
import { dateOrUndefined } from '../../dates.js';
import { stringsAt } from '../../data.js';
import { linkNamed } from '../../model/link-values.js';
import { occupiedPeriod } from '../../offer/periods.js';
import { periodsText } from '../../offer/period-text.js';
import { value } from '../context.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const offerPeriodMissed: FilesRule<'offer-period-missed'> = {
  id: 'offer-period-missed',
  severity: 'warning',
  scope: 'files',
  messages: ['cross.offer-period-missed', 'cross.offer-period-missed-no-start'],
  example: {
    // The offer's one period runs 2026-02-02 – 2026-06-26; the project starts after it.
    bad: {
      [EXAMPLE_PROJECT]: 'aanbod: [minor-groene-stad]\nplanning:\n  start: 2026-09-07\n  einde: 2026-12-18',
      'aanbod/minor-groene-stad.md': '',
    },
    good: { [EXAMPLE_PROJECT]: 'aanbod: [minor-groene-stad]', 'aanbod/minor-groene-stad.md': '' },
  },
  checkAll({ kb, report }) {
    const link = linkNamed('aanbod');
    if (kb.withDataOfKind('aanbod').length === 0) return; // an offer not read has no periods
    for (const project of kb.withDataOfKind('project')) {
      // The raw list first: a view is made only for a project that names an offer (views of
      // thousands of projects cost validation time and memory).
      if (!project.data || stringsAt(project.data, ...link.path).length === 0) continue;
      if (project.view.status === 'gestopt') continue;
      const written = project.view.planning.start;
      // A start that is no real date is the schema's to report.
      if (written !== undefined && dateOrUndefined(written) === undefined) continue;
      for (const { value: id, index } of stringsAt(project.data, ...link.path)) {
        const offer = kb.get(id);
        if (offer?.kind !== 'aanbod') continue; // unknown-reference's
        const periods = periodsText(offer.view);
        if (periods === '') continue; // no period with both dates: the schema's
        if (written !== undefined && occupiedPeriod(offer.view, written) !== undefined) continue;
        report(project.file.path)(
          value(...link.path, index),
          written === undefined ? 'cross.offer-period-missed-no-start' : 'cross.offer-period-missed',
          { id, periods, start: written ?? '' },
        );
      }
    }
  },
};
