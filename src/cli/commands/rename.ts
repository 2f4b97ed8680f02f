// `kwp rename <id> <new-id>`: the record's file and `id`, and every reference to it in other records
// (the links of the link table), in one write transaction; each edit touches only the id's characters.
// Records named by name (a partner in a project's `partners`) keep their name: only the id changes.
import { join } from 'node:path';
import type { Edit } from '../../core/edit/frontmatter-edit.js';
import { byHolder, idReferences, nameReferences } from '../../core/rename/references.js';
import { newIdProblem, recordPath } from '../../core/rename/new-id.js';
import { commitMessage, type FileOp, type WritePlan } from '../../core/write-plan.js';
import { EXIT, KwpError } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { planEdit } from '../../store/edit-file.js';
import { applyPlan } from '../../store/transaction.js';
import { changedLines, refuseUnreadMentions, requireRecord } from '../change/target.js';
import type { GlobalOptions } from '../context.js';
import type { Io } from '../io.js';
import { openKnowledgeBase } from '../open-kb.js';

export interface RenameOptions extends GlobalOptions {
  commit?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export async function renameCommand(
  io: Io,
  id: string,
  newId: string,
  options: RenameOptions,
): Promise<number> {
  const { root, files, kb, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => {
      const entry = kb.byId.get(id)?.[0];
      return entry ? [entry, ...idReferences(kb, entry).map((r) => r.holder)] : [];
    },
    writes: true,
  });
  const entry = requireRecord(kb, id);
  const problem = newIdProblem(kb, entry, newId);
  if (problem) throw new KwpError(problem.id, problem.args);
  refuseUnreadMentions(files, id);

  const refs = idReferences(kb, entry);
  const path = recordPath(entry, newId);
  // The record itself: its id, and any reference it makes to itself, in the renamed file.
  const declared = entry.data !== null && typeof entry.data['id'] === 'string';
  const own: Edit[] = [
    declared
      ? { op: 'replace-item', path: ['id'], from: id, to: newId }
      : { op: 'set', path: ['id'], value: newId },
    ...refs.filter((r) => r.holder === entry).map((r) => swap(r.link.path, id, newId)),
  ];
  const self = planEdit(join(root, entry.file.path), entry.file.path, own);
  const others = byHolder(refs.filter((r) => r.holder !== entry)).map(({ holder, keys }) => ({
    keys,
    edit: planEdit(
      join(root, holder.file.path),
      holder.file.path,
      refs.filter((r) => r.holder === holder).map((r) => swap(r.link.path, id, newId)),
    ),
  }));
  const ops: FileOp[] = [
    { op: 'rename', from: entry.file.path, path, before: self.before, content: self.after },
    ...others.map(({ edit }) => ({
      op: 'replace' as const,
      path: edit.path,
      before: edit.before,
      content: edit.after,
    })),
  ];
  const changed = others.map((o) => o.edit.path);
  const plan: WritePlan = {
    ops,
    ...(options.commit
      ? { commit: { message: commitMessage(`kwp rename: ${id} → ${newId}`, changed) } }
      : {}),
  };

  if (!options.dryRun) await applyPlan(plan, { root });
  if (options.json) {
    io.out(
      `${JSON.stringify({ id, new_id: newId, path, changed, ...(options.dryRun ? { dryRun: true } : {}) })}\n`,
    );
  } else {
    const lines = [
      t(lang, options.dryRun ? 'rename.would' : 'rename.done', { from: entry.file.path, path }),
      ...(options.dryRun ? changedLines(self.before.toString('utf8'), self.after) : []),
    ];
    for (const { keys, edit } of others) {
      lines.push(t(lang, 'rename.reference', { path: edit.path, keys }));
      if (options.dryRun) lines.push(...changedLines(edit.before.toString('utf8'), edit.after));
    }
    if (options.dryRun) lines.push(t(lang, 'rename.nothing-written'));
    io.out(`${lines.join('\n')}\n`);
  }
  // Named by name, not by id: those records stay as they are, and the person is told so.
  const named = byHolder(nameReferences(kb, entry));
  if (named.length > 0)
    io.err(
      `${t(lang, 'rename.by-name', {
        count: named.length,
        ids: named.map((n) => n.holder.id),
        keys: [...new Set(named.flatMap((n) => n.keys))],
      })}\n`,
    );
  return EXIT.ok;
}

function swap(path: readonly string[], from: string, to: string): Edit {
  return { op: 'replace-item', path: [...path], from, to };
}
