// A project's partners and the school of an education offer are in the partner register (the
// `partners` and `instelling` name links of src/core/model/links.ts): another name is a warning,
// with the closest registered name.
import type { MessageArgs } from '../../../messages/catalogue.js';
import { str } from '../../data.js';
import { NAME_LINKS } from '../../model/links.js';
import { closest } from '../../suggest.js';
import { value } from '../context.js';
import { nameReader, registeredNames } from '../../model/link-values.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

/** The name links it checks, each with its messages (plain, and with a suggestion). */
const CHECKED = [
  { name: 'partners', plain: 'cross.unregistered-partner', typo: 'cross.unregistered-partner-typo' },
  {
    name: 'instelling',
    plain: 'cross.unregistered-institution',
    typo: 'cross.unregistered-institution-typo',
  },
] as const;

export const unregisteredPartner: FilesRule<'unregistered-partner'> = {
  id: 'unregistered-partner',
  severity: 'warning',
  scope: 'files',
  messages: [
    'cross.unregistered-partner',
    'cross.unregistered-partner-typo',
    'cross.unregistered-institution',
    'cross.unregistered-institution-typo',
  ],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'partners:\n  - naam: Bakkerij De Korrel\n    groep: ondernemers' },
    good: { [EXAMPLE_PROJECT]: 'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid' },
  },
  checkAll({ kb, report }) {
    for (const checked of CHECKED) {
      const link = NAME_LINKS.find((l) => l.name === checked.name)!;
      const registered = registeredNames(kb, link);
      const names = nameReader(link);
      for (const holder of kb.withDataOfKind(link.from)) {
        if (!holder.data) continue;
        const items = names.items(holder.data);
        for (let index = 0; index < items.length; index++) {
          const item = items[index];
          const name = names.nameOf(item);
          if (name === undefined || registered.has(name.trim())) continue;
          const args: MessageArgs = { name, group: str(item, 'groep') ?? 'overig' };
          const suggestion = closest(name, registered);
          report(holder.file.path)(
            value(...names.path(index)),
            suggestion ? checked.typo : checked.plain,
            suggestion ? { ...args, closest: suggestion } : args,
          );
        }
      }
    }
  },
};
