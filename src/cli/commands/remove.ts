// `kwp remove <id>`: deletes a record's file, but never while another record refers to it, by id
// (the link table) or, for a partner, by name (the name links): each is named, and nothing changes.
// Asks first in a terminal; without one it needs --yes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byHolder, idReferences, nameReferences } from '../../core/rename/references.js';
import type { WritePlan } from '../../core/write-plan.js';
import { EXIT, KwpError } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { applyPlan } from '../../store/transaction.js';
import { refuseUnreadMentions, requireRecord } from '../change/target.js';
import type { GlobalOptions } from '../context.js';
import { interactivePrompter, type Io } from '../io.js';
import { openKnowledgeBase } from '../open-kb.js';

export interface RemoveOptions extends GlobalOptions {
  yes?: boolean;
  commit?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export async function removeCommand(io: Io, id: string, options: RemoveOptions): Promise<number> {
  const { root, files, kb, lang } = await openKnowledgeBase(io, options, { writes: true });
  const entry = requireRecord(kb, id);
  // A reference from the record to itself goes with it.
  const referring = byHolder([
    ...idReferences(kb, entry).filter((r) => r.holder !== entry),
    ...nameReferences(kb, entry),
  ]);
  if (referring.length > 0) {
    const error = new KwpError('remove.referenced', { id });
    error.details = referring.map(({ holder, keys }) => ({
      id: 'remove.referenced-by' as const,
      args: { path: holder.file.path, keys },
    }));
    throw error;
  }
  refuseUnreadMentions(files, id);
  const path = entry.file.path;
  let before: Buffer;
  try {
    before = readFileSync(join(root, path));
  } catch (e) {
    throw new KwpError('edit.unreadable', { path, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  const plan: WritePlan = {
    ops: [{ op: 'delete', path, before }],
    ...(options.commit ? { commit: { message: `kwp remove: ${id}` } } : {}),
  };
  const report = (done: boolean) =>
    io.out(
      options.json
        ? `${JSON.stringify({ id, path, ...(done ? {} : { dryRun: true }) })}\n`
        : `${t(lang, done ? 'remove.done' : 'remove.would', { path })}\n`,
    );
  if (options.dryRun) {
    report(false);
    return EXIT.ok;
  }
  if (!options.yes) {
    const prompter = await interactivePrompter(io, false, lang);
    if (!prompter) throw new KwpError('remove.needs-yes');
    // A choice rather than y/n: "no" is the default, and a Dutch `j` is not read as no.
    const sure = await prompter.select({
      message: t(lang, 'remove.confirm', { path }),
      choices: [
        { name: t(lang, 'remove.keep'), value: false },
        { name: t(lang, 'remove.delete'), value: true },
      ],
      default: false,
    });
    if (!sure) {
      io.err(`${t(lang, 'cli.cancelled')}\n`);
      return EXIT.ok;
    }
  }
  await applyPlan(plan, { root });
  report(true);
  return EXIT.ok;
}
