// Every link names a record that exists, of the kind the link asks for: one rule for every link of
// the link table (src/core/model/links.ts). A link to itself where the table forbids it is
// self-reference's.
import type { MessageArgs } from '../../../messages/catalogue.js';
import { keyLabel } from '../../data.js';
import type { Entry, KnowledgeBase } from '../../knowledge-base.js';
import type { Link } from '../../model/links.js';
import { closest } from '../../suggest.js';
import { type Reporter, value } from '../context.js';
import { forEachTarget, linksByKind, targetPath } from '../../model/link-values.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const unknownReference: FilesRule<'unknown-reference'> = {
  id: 'unknown-reference',
  severity: 'error',
  scope: 'files',
  messages: ['cross.unknown-reference', 'cross.wrong-kind'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'vervolg_op: [2025-hittekaart-oud]' },
    good: { [EXAMPLE_PROJECT]: 'vervolg_op: [2025-hittekaart]' },
  },
  checkAll({ kb, report }) {
    const byKind = linksByKind();
    for (const entry of kb.withData) {
      const links = byKind.get(entry.kind);
      if (!entry.data || !links) continue;
      for (const link of links) {
        forEachTarget(entry.data, link, (target, index) => {
          if (link.noSelf && target === entry.id) return;
          const found = kb.get(target);
          if (found?.kind === link.to) return;
          reportTarget(kb, entry, report(entry.file.path), link, target, index);
        });
      }
    }
  },
};

/** A target that is not a record of the link's kind: another kind, or none (with the closest id). */
function reportTarget(
  kb: KnowledgeBase,
  entry: Entry,
  report: Reporter,
  link: Link,
  target: string,
  index: number | undefined,
): void {
  const found = kb.get(target);
  const path = targetPath(link, index);
  const keyName = keyLabel(path);
  if (found) {
    report(value(...path), 'cross.wrong-kind', {
      key: keyName,
      id: target,
      kind: `@kind.${link.to}`,
      found: `@kind.${found.kind}`,
    });
    return;
  }
  const args: MessageArgs = { key: keyName, id: target, kind: `@kind.${link.to}` };
  const suggestion = closest(
    target,
    kb.idsOfKind(link.to).filter((id) => id !== entry.id),
  );
  report(value(...path), 'cross.unknown-reference', suggestion ? { ...args, suggestion } : args);
}
