// What every `kwp new …` does once it knows the values: claim an id, write the file from its
// template, optionally commit it, and say where it went (text, or {"id","path"} with --json).
import type { FolderKind } from '../../core/kinds.js';
import { commitMessage, describePlan, type WritePlan } from '../../core/write-plan.js';
import { EXIT } from '../../errors.js';
import { type Lang, t } from '../../messages/catalogue.js';
import { type PlannedEdit, replaceOp } from '../../store/edit-file.js';
import { nextFreeRecord, planRecord } from '../../store/records.js';
import { applyRebuilding } from '../../store/transaction.js';
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
  // The ids are the first free ones now; when another kwp takes one before it is written, the
  // transaction leaves nothing behind and the plan is made again with the next free id.
  const build = () => {
    const claimed = new Set<string>();
    const created = all.map((r) => {
      const c = nextFreeRecord(root, r.kind, r.base, new Set([...r.taken, ...claimed]));
      claimed.add(c.id);
      return c;
    });
    const plan: WritePlan = {
      ops: [
        ...created.map((c, i) => ({ op: 'create' as const, path: c.path, content: all[i]!.render(c.id) })),
        ...edits.map(replaceOp),
      ],
      ...(options.commit
        ? {
            commit: {
              message: commitMessage(
                record.commitMessage(created[0]!.id),
                [...created.slice(1), ...edits].map((c) => c.path),
              ),
            },
          }
        : {}),
    };
    return { created, plan };
  };
  if (options.dryRun) {
    // The plan shown, not applied: each new file with its text.
    const { created, plan } = build();
    if (options.json)
      io.out(`${JSON.stringify({ id: created[0]!.id, path: created[0]!.path, dryRun: true })}\n`);
    else {
      for (const line of describePlan(plan).filter((l) => l.op === 'create'))
        io.out(`${t(lang, 'new.dry-run', { path: line.path })}\n\n${line.content ?? ''}\n`);
    }
    return EXIT.ok;
  }
  const { created } = await applyRebuilding(build, { root });
  const main = created[0]!;
  if (options.json) {
    const also = created.slice(1).map((c) => ({ id: c.id, path: c.path }));
    io.out(`${JSON.stringify({ id: main.id, path: main.path, ...(also.length > 0 ? { also } : {}) })}\n`);
  } else io.out([...created, ...edits].map((c) => `${c.path}\n`).join(''));
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
