// A question marked `opgepakt` (taken up) is listed in the `kennisvragen` of some project: else
// nobody can find who took it up. A warning.
import { str } from '../../data.js';
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
    for (const entry of kb.entries) {
      if (entry.kind !== 'vraag' || !entry.data) continue;
      if (str(entry.data, 'status') === 'opgepakt' && kb.takenUpBy(entry.id).length === 0) {
        report(entry.file.path)(value('status'), 'cross.taken-up-unlisted', { id: entry.id });
      }
    }
  },
};
