// What every `kwp new …` does once it knows the values: claim an id, write the file from its
// template, optionally commit it, and say where it went (text, or {"id","path"} with --json).
import { rmSync } from 'node:fs';
import type { FolderKind } from '../../core/kinds.js';
import { EXIT } from '../../errors.js';
import { type Lang, t } from '../../messages/catalogue.js';
import { assertCanCommit, commitFiles, unstageNewFiles } from '../../store/git.js';
import { applyEdit, type PlannedEdit, undoEdit } from '../../store/edit-file.js';
import { type Created, createRecord, planRecord } from '../../store/records.js';
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
  /** Records written together with this one, or none of them (partners new to the register). */
  along: NewRecord[] = [],
  /** Edits of existing files made in the same step (a question becoming opgepakt). */
  edits: PlannedEdit[] = [],
): Promise<number> {
  const all = [record, ...along];
  if (options.dryRun) {
    const planned = all.map((r) => planRecord(root, r.kind, r.base, r.taken));
    if (options.json)
      io.out(`${JSON.stringify({ id: planned[0]!.id, path: planned[0]!.path, dryRun: true })}\n`);
    else {
      for (const [i, p] of planned.entries()) {
        io.out(`${t(lang, 'new.dry-run', { path: p.path })}\n\n${all[i]!.render(p.id)}\n`);
      }
    }
    return EXIT.ok;
  }
  // Before writing: a commit that cannot be made must not leave a file behind either.
  if (options.commit) await assertCanCommit(root);
  const created: Created[] = [];
  const applied: PlannedEdit[] = [];
  const undo = () => {
    for (const edit of applied) undoEdit(edit);
    for (const c of created) rmSync(c.absolute, { force: true });
  };
  try {
    for (const r of all) created.push(createRecord(root, r.kind, r.base, r.taken, r.render));
    for (const edit of edits) {
      applyEdit(edit);
      applied.push(edit);
    }
  } catch (e) {
    undo(); // all or none
    throw e;
  }
  if (options.commit) {
    const files = [...created.map((c) => c.absolute), ...applied.map((a) => a.absolute)];
    try {
      const others = [...created.slice(1), ...applied].map((c) => `- ${c.path}`);
      const message =
        record.commitMessage(created[0]!.id) + (others.length > 0 ? `\n\n${others.join('\n')}` : '');
      await commitFiles(root, files, message);
    } catch (e) {
      // The commit was asked for and failed (a hook, no identity): the new files go too, unstaged,
      // so that exit 2 means nothing changed.
      await unstageNewFiles(root, files);
      undo();
      throw e;
    }
  }
  const main = created[0]!;
  if (options.json) {
    const also = created.slice(1).map((c) => ({ id: c.id, path: c.path }));
    io.out(`${JSON.stringify({ id: main.id, path: main.path, ...(also.length > 0 ? { also } : {}) })}\n`);
  } else io.out([...created, ...applied].map((c) => `${c.path}\n`).join(''));
  return EXIT.ok;
}

/** The end of an interview: the file as it will be written, and a confirmation before anything is. */
export async function confirmWrite(ask: Prompter, lang: Lang, preview: string): Promise<boolean> {
  ask.note(`\n${t(lang, 'ask.summary')}\n\n${preview}`);
  return ask.confirm({ message: t(lang, 'ask.confirm'), default: true });
}

/**
 * The end of an interactive `kwp new vraag|partner`: the file as it will be written, a confirmation,
 * then writing. Without a prompter (flags), or with --dry-run, it writes (or shows) at once.
 */
export async function confirmAndWrite(
  io: Io,
  root: string,
  lang: Lang,
  record: NewRecord,
  options: WriteOptions,
  prompter: Prompter | undefined,
): Promise<number> {
  if (prompter && !options.dryRun) {
    const preview = record.render(planRecord(root, record.kind, record.base, record.taken).id);
    if (!(await confirmWrite(prompter, lang, preview))) {
      io.err(`${t(lang, 'cli.cancelled')}\n`);
      return EXIT.ok;
    }
  }
  return writeNewRecord(io, root, lang, record, options);
}
