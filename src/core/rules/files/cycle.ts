// The links the link table marks `acyclic` (a project follows another: `vervolg_op`) form no
// cycle. A cycle is told once, at the link that leaves its first project.
import type { Anchor } from '../../diagnostics.js';
import { key, value } from '../context.js';
import { ALL_LINKS, forEachTarget, targetPath } from '../../model/link-values.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const cycle: FilesRule<'cycle'> = {
  id: 'cycle',
  severity: 'error',
  scope: 'files',
  messages: ['cross.cycle'],
  example: {
    bad: {
      [EXAMPLE_PROJECT]: 'vervolg_op: [2025-hittekaart]',
      'projecten/2025-hittekaart.md': 'vervolg_op: [2026-groene-daken]',
    },
    good: { [EXAMPLE_PROJECT]: 'vervolg_op: [2025-hittekaart]' },
  },
  checkAll({ kb, report }) {
    const acyclic = ALL_LINKS.filter((link) => link.acyclic);
    for (const cycle of kb.graph.cycles()) {
      const first = kb.get(cycle[0]!);
      if (!first?.data) continue;
      // The link from the first project to the next one, where one of the acyclic links holds it.
      const at: { anchor?: Anchor } = {};
      for (const link of acyclic) {
        if (link.from !== first.kind) continue;
        forEachTarget(first.data, link, (target, index) => {
          if (!at.anchor && target === cycle[1]) at.anchor = value(...targetPath(link, index));
        });
      }
      report(first.file.path)(at.anchor ?? key(...acyclic[0]!.path), 'cross.cycle', {
        cycle: cycle.join(' → '),
      });
    }
  },
};
