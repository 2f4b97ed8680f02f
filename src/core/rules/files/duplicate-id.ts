// Every record has its own id: two files with the same id make every link to it ambiguous. Each
// of them is told, with the others' paths.
import { str } from '../../data.js';
import { key, value } from '../context.js';
import type { FilesRule } from '../rule.js';

export const duplicateId: FilesRule<'duplicate-id'> = {
  id: 'duplicate-id',
  severity: 'error',
  scope: 'files',
  messages: ['cross.duplicate-id'],
  example: {
    bad: { 'kennisvragen/2025-hittekaart.md': 'id: 2025-hittekaart' },
    good: { 'kennisvragen/hittekaart-vervolg.md': 'id: hittekaart-vervolg' },
  },
  checkAll({ kb, report }) {
    for (const [id, entries] of kb.byId) {
      if (entries.length < 2) continue;
      for (const entry of entries) {
        const others = entries.filter((e) => e !== entry).map((e) => e.file.path);
        const anchor = entry.data && str(entry.data, 'id') !== undefined ? value('id') : key();
        report(entry.file.path)(anchor, 'cross.duplicate-id', { id, other: others });
      }
    }
  },
};
