// Who pays (`begroting.dekking[].partner`, the `dekking` name link of src/core/model/links.ts) is a
// partner of the project or of the register; another name is most often the same organisation
// written differently, so the closest name is suggested. A warning.
import { NAME_LINKS } from '../../model/links.js';
import { closestName } from '../../suggest.js';
import { value } from '../context.js';
import { nameReader, registeredNames } from '../../model/link-values.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const unknownFunder: FilesRule<'unknown-funder'> = {
  id: 'unknown-funder',
  severity: 'warning',
  scope: 'files',
  messages: ['cross.unknown-funder', 'cross.unknown-funder-typo'],
  example: {
    bad: {
      [EXAMPLE_PROJECT]: 'begroting:\n  dekking:\n    - partner: Gemeente Den Bosch\n      uren: 40',
      'partners/gemeente-s-hertogenbosch.md': "naam: Gemeente 's-Hertogenbosch\ngroep: overheid",
    },
    good: {
      [EXAMPLE_PROJECT]: "begroting:\n  dekking:\n    - partner: Gemeente 's-Hertogenbosch\n      uren: 40",
      'partners/gemeente-s-hertogenbosch.md': "naam: Gemeente 's-Hertogenbosch\ngroep: overheid",
    },
  },
  checkAll({ kb, report }) {
    const link = NAME_LINKS.find((l) => l.name === 'dekking')!;
    const partners = NAME_LINKS.find((l) => l.name === 'partners')!;
    const registered = registeredNames(kb, link);
    const funders = nameReader(link);
    const ownNames = nameReader(partners);
    for (const project of kb.withDataOfKind(link.from)) {
      if (!project.data) continue;
      const items = funders.items(project.data);
      if (items.length === 0) continue;
      const own = ownNames.items(project.data).flatMap((p) => ownNames.nameOf(p)?.trim() ?? []);
      for (let index = 0; index < items.length; index++) {
        const name = funders.nameOf(items[index])?.trim();
        if (!name || own.includes(name) || registered.has(name)) continue;
        // Only a funder that is unknown pays for the list of every name to suggest from.
        const suggestion = closestName(name, new Set([...own, ...registered]));
        report(project.file.path)(
          value(...funders.path(index)),
          suggestion ? 'cross.unknown-funder-typo' : 'cross.unknown-funder',
          suggestion ? { name, closest: suggestion } : { name },
        );
      }
    }
  },
};
