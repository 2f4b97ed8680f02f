// A project's partners are in the partner register (the `partners` name link of
// src/core/model/links.ts): another name is a warning, with the closest registered name.
import type { MessageArgs } from '../../../messages/catalogue.js';
import { str } from '../../data.js';
import { NAME_LINKS } from '../../model/links.js';
import { closest } from '../../suggest.js';
import { value } from '../context.js';
import { nameReader, registeredNames } from '../../model/link-values.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const unregisteredPartner: FilesRule<'unregistered-partner'> = {
  id: 'unregistered-partner',
  severity: 'warning',
  scope: 'files',
  messages: ['cross.unregistered-partner', 'cross.unregistered-partner-typo'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'partners:\n  - naam: Bakkerij De Korrel\n    groep: ondernemers' },
    good: { [EXAMPLE_PROJECT]: 'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid' },
  },
  checkAll({ kb, report }) {
    const link = NAME_LINKS.find((l) => l.name === 'partners')!;
    const registered = registeredNames(kb, link);
    const names = nameReader(link);
    for (const project of kb.ofKind(link.from)) {
      if (!project.data) continue;
      const items = names.items(project.data);
      for (let index = 0; index < items.length; index++) {
        const item = items[index];
        const name = names.nameOf(item);
        if (name === undefined || registered.has(name.trim())) continue;
        const args: MessageArgs = { name, group: str(item, 'groep') ?? 'overig' };
        const suggestion = closest(name, registered);
        report(project.file.path)(
          value(...names.path(index)),
          suggestion ? 'cross.unregistered-partner-typo' : 'cross.unregistered-partner',
          suggestion ? { ...args, closest: suggestion } : args,
        );
      }
    }
  },
};
