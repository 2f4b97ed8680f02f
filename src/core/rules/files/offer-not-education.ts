// An education offer comes from a school: its `instelling`, when the partner register holds that
// name, is registered with `groep: onderwijs`. A name the register lacks is unregistered-partner's.
import { str } from '../../data.js';
import { nameLinkNamed } from '../../model/link-values.js';
import { value } from '../context.js';
import type { FilesRule } from '../rule.js';

const OFFER = 'aanbod/minor-groene-stad.md';

export const offerNotEducation: FilesRule<'offer-not-education'> = {
  id: 'offer-not-education',
  severity: 'error',
  scope: 'files',
  messages: ['cross.offer-not-education'],
  example: {
    bad: { [OFFER]: 'instelling: Gemeente Rivelde' },
    good: { [OFFER]: 'instelling: Hogeschool Rivelde' },
  },
  checkAll({ kb, report }) {
    const link = nameLinkNamed('instelling');
    // Each registered name with the groups it is registered under (a name twice, in two groups,
    // passes when one of them is onderwijs).
    const groups = new Map<string, { group: string; file: string }[]>();
    for (const partner of kb.withDataOfKind(link.to)) {
      const name = partner.data ? str(partner.data, link.byKey)?.trim() : undefined;
      const group = partner.data ? str(partner.data, 'groep') : undefined;
      if (name === undefined || group === undefined) continue;
      groups.set(name, [...(groups.get(name) ?? []), { group, file: partner.file.path }]);
    }
    for (const offer of kb.withDataOfKind(link.from)) {
      const name = offer.data ? str(offer.data, ...link.path) : undefined;
      const registered = name === undefined ? undefined : groups.get(name.trim());
      if (!registered || registered.some((r) => r.group === 'onderwijs')) continue;
      report(offer.file.path)(value(...link.path), 'cross.offer-not-education', {
        name: name!,
        group: registered[0]!.group,
        file: registered[0]!.file,
      });
    }
  },
};
