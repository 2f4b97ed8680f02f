// What every `kwp new …` does once it knows the values: claim an id, write the file from its
// template, optionally commit it, and say where it went (text, or {"id","path"} with --json).
import { rmSync } from 'node:fs';
import type { FolderKind } from '../../core/kinds.js';
import { EXIT } from '../../errors.js';
import { type Lang, t } from '../../messages/catalogue.js';
import { assertCanCommit, commitFiles, unstageNewFiles } from '../../store/git.js';
import { createRecord, planRecord } from '../../store/records.js';
import type { Io } from '../io.js';
import type { Prompter } from '../prompt/prompter.js';

export interface WriteOptions {
  commit?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export interface NewRecord {
  kind: FolderKind;
  /** The id before a suffix makes it unique. */
  base: string;
  /** Every id in the knowledge base, of any kind. */
  taken: ReadonlySet<string>;
  render: (id: string) => string;
  /** The commit message, given the final id. */
  commitMessage: (id: string) => string;
}

export async function writeNewRecord(
  io: Io,
  root: string,
  lang: Lang,
  record: NewRecord,
  options: WriteOptions,
): Promise<number> {
  if (options.dryRun) {
    const planned = planRecord(root, record.kind, record.base, record.taken);
    if (options.json) io.out(`${JSON.stringify({ id: planned.id, path: planned.path, dryRun: true })}\n`);
    else io.out(`${t(lang, 'new.dry-run', { path: planned.path })}\n\n${record.render(planned.id)}`);
    return EXIT.ok;
  }
  // Before writing: a commit that cannot be made must not leave a file behind either.
  if (options.commit) await assertCanCommit(root);
  const created = createRecord(root, record.kind, record.base, record.taken, record.render);
  if (options.commit) {
    try {
      await commitFiles(root, [created.absolute], record.commitMessage(created.id));
    } catch (e) {
      // The commit was asked for and failed (a hook, no identity): the new file goes too, unstaged,
      // so that exit 2 means nothing changed.
      await unstageNewFiles(root, [created.absolute]);
      rmSync(created.absolute, { force: true });
      throw e;
    }
  }
  if (options.json) io.out(`${JSON.stringify({ id: created.id, path: created.path })}\n`);
  else io.out(`${created.path}\n`);
  return EXIT.ok;
}

/** The end of an interview: the file as it will be written, and a confirmation before anything is. */
export async function confirmWrite(ask: Prompter, lang: Lang, preview: string): Promise<boolean> {
  ask.note(`\n${t(lang, 'ask.summary')}\n\n${preview}`);
  return ask.confirm({ message: t(lang, 'ask.confirm'), default: true });
}
