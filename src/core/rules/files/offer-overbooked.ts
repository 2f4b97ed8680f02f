// A period of an education offer takes at most `vragen` questions (default 1): more projects (not
// gestopt) occupying it is a warning on the offer, at the period, naming the projects.
import { isRecord, list, valueAt } from '../../data.js';
import { linkNamed } from '../../model/link-values.js';
import { occupancy, periodCapacity } from '../../offer/periods.js';
import { periodLabel } from '../../offer/period-text.js';
import { key, value } from '../context.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const offerOverbooked: FilesRule<'offer-overbooked'> = {
  id: 'offer-overbooked',
  severity: 'warning',
  scope: 'files',
  messages: ['cross.offer-overbooked'],
  example: {
    // Two projects start in the offer's one period, which takes one question (vragen absent).
    bad: {
      [EXAMPLE_PROJECT]: 'aanbod: [minor-groene-stad]',
      'projecten/2026-koele-pleinen.md': 'aanbod: [minor-groene-stad]',
      'aanbod/minor-groene-stad.md': '',
    },
    good: {
      [EXAMPLE_PROJECT]: 'aanbod: [minor-groene-stad]',
      'projecten/2026-koele-pleinen.md': 'aanbod: [minor-groene-stad]',
      'aanbod/minor-groene-stad.md': 'periodes:\n  - start: 2026-02-02\n    einde: 2026-06-26\n    vragen: 2',
    },
  },
  checkAll({ kb, report }) {
    const offers = kb.withDataOfKind('aanbod');
    if (offers.length === 0) return;
    // Views only of the projects that name an offer (views of thousands of projects cost time).
    const inOffers = kb
      .withDataOfKind('project')
      .filter((p) => p.data && list(p.data, ...linkNamed('aanbod').path).length > 0);
    const taken = occupancy(
      offers.map((o) => o.view),
      inOffers.map((p) => p.view),
    );
    const seen = new Set<string>();
    for (const offer of offers) {
      const id = offer.view.id;
      // occupancy counts for the first offer of an id; a second one is duplicate-id's.
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      taken.get(id)?.forEach((projects, index) => {
        const period = offer.view.periodes[index]!;
        const written = valueAt(offer.data, ['periodes', index, 'vragen']);
        // A capacity that is no whole number of 1 or more is the schema's to report.
        if (
          written !== undefined &&
          written !== null &&
          !(Number.isInteger(written) && (written as number) >= 1)
        )
          return;
        const capacity = periodCapacity(period);
        if (projects.length <= capacity) return;
        const item = valueAt(offer.data, ['periodes', index]);
        report(offer.file.path)(
          isRecord(item) && Object.hasOwn(item, 'vragen')
            ? value('periodes', index, 'vragen')
            : key('periodes', index),
          'cross.offer-overbooked',
          {
            period: periodLabel(period, index),
            start: period.start ?? '',
            einde: period.einde ?? '',
            capacity,
            count: projects.length,
            projects,
          },
        );
      });
    }
  },
};
