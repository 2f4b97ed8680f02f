// A question marked `opgepakt` (taken up) is listed in the `kennisvragen` of some project: else
// nobody can find who took it up. A warning. Which links say "taken up" is the link table's:
// those to questions whose inverse a rule checks (Link.inverseChecked), which is also what tells
// `validate --changed` to look at the questions a changed project lists or listed.
import { str } from '../../data.js';
import { ALL_LINKS } from '../../model/link-values.js';
import { value } from '../context.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const takenUpUnlisted: FilesRule<'taken-up-unlisted'> = {
  id: 'taken-up-unlisted',
  severity: 'warning',
  scope: 'files',
  messages: ['cross.taken-up-unlisted'],
  example: {
    bad: { 'kennisvragen/vrijwilligers-vasthouden.md': 'status: opgepakt' },
    good: {
      'kennisvragen/vrijwilligers-vasthouden.md': 'status: opgepakt',
      [EXAMPLE_PROJECT]: 'kennisvragen: [vrijwilligers-vasthouden]',
    },
  },
  checkAll({ kb, report }) {
    for (const entry of kb.withData) {
      if (entry.kind !== 'vraag' || !entry.data || str(entry.data, 'status') !== 'opgepakt') continue;
      if (TAKEN_UP.every((link) => kb.inverse(link, entry.id).length === 0)) {
        report(entry.file.path)(value('status'), 'cross.taken-up-unlisted', { id: entry.id });
      }
    }
  },
};

/** The links that take a question up. */
const TAKEN_UP = ALL_LINKS.filter((link) => link.inverseChecked && link.to === 'vraag');
