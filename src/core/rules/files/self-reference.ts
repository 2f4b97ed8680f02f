// A record does not name itself where the link table forbids it (`noSelf`: a project does not
// follow itself).
import { valueAt } from '../../data.js';
import { value } from '../context.js';
import { ALL_LINKS, forEachTarget, targetPath } from '../../model/link-values.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const selfReference: FilesRule<'self-reference'> = {
  id: 'self-reference',
  severity: 'error',
  scope: 'files',
  messages: ['cross.self-reference'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'vervolg_op: [2026-groene-daken]' },
    good: { [EXAMPLE_PROJECT]: 'vervolg_op: [2025-hittekaart]' },
  },
  checkAll({ kb, report }) {
    const links = ALL_LINKS.filter((link) => link.noSelf);
    for (const entry of kb.withData) {
      if (!entry.data) continue;
      for (const link of links) {
        if (link.from !== entry.kind) continue;
        // Nearly every record names others only: one look at the raw value before walking it.
        const raw = valueAt(entry.data, link.path);
        if (raw !== entry.id && !(Array.isArray(raw) && raw.includes(entry.id))) continue;
        forEachTarget(entry.data, link, (target, index) => {
          if (target !== entry.id) return;
          report(entry.file.path)(value(...targetPath(link, index)), 'cross.self-reference', { id: target });
        });
      }
    }
  },
};
