// `kwp edit <id>`: changes an existing record, from flags or by the questions of its kind filled in
// with what the file says now. Only the fields whose value changed are written (every other byte
// stays); a new status gets what it needs, or the command names the missing flags; an edit that
// would make the knowledge base invalid is refused with the rules' messages. read → plan → show/apply.
import { join } from 'node:path';
import { introducedErrors, reparse } from '../../core/edit/record/check.js';
import { neededFor } from '../../core/edit/record/fields.js';
import { type FlagValues, wantedFromFlags } from '../../core/edit/record/flags.js';
import { editRecord } from '../../core/edit/record/plan-record.js';
import { isEmpty, readValues, type RecordValues } from '../../core/edit/record/values.js';
import type { Entry, KnowledgeBase } from '../../core/knowledge-base.js';
import { closest } from '../../core/suggest.js';
import { commitMessage, type WritePlan } from '../../core/write-plan.js';
import { ALL_LINKS } from '../../core/model/link-values.js';
import { EXIT, KwpError, problemsError } from '../../errors.js';
import { type Message, t } from '../../messages/catalogue.js';
import { unifiedDiff } from '../../render/unified-diff.js';
import { type PlannedEdit, planEdit, readEditable, refusalError, replaceOp } from '../../store/edit-file.js';
import { applyPlan } from '../../store/transaction.js';
import type { GlobalOptions } from '../context.js';
import { interactivePrompter, type Io } from '../io.js';
import { openDraft } from '../prompt/draft.js';
import { newContext } from '../new/context.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';

export interface EditOptions extends GlobalOptions, FlagValues {
  yes?: boolean;
  commit?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export async function editCommand(io: Io, id: string, options: EditOptions): Promise<number> {
  const { root, kb, files, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => [recordOf(kb, id), ...werkplaatsFile(kb)],
    writes: true,
  });
  const entry = recordOf(kb, id);
  if (!entry) {
    const suggestion = closest(id, kb.byId.keys());
    throw new KwpError('cli.unknown-id', suggestion ? { id, suggestion } : { id });
  }
  const { kind, file } = entry;
  const path = file.path;
  // The bytes read now are the ones edited: a file kwp cannot edit safely (its YAML) is refused
  // before anything is asked, and a change on disk meanwhile is someone else's work (refused).
  const before = readEditable(join(root, path), path);
  const text = before.toString('utf8');
  const read = reparse(file, text);
  const current = readValues(kind, read.data ?? {}, read.body);
  const ctx = newContext(kb);
  const flags = wantedFromFlags(kind, current, options, ctx.partners);
  if (flags.problems.length > 0) throw problemsError(flags.problems);

  const terminal = await interactivePrompter(io, options.yes, lang);
  // Answers are kept in a draft per record as they are given: Ctrl-C or a crash loses none
  // (prompt/draft.ts); a run that ends, written or not, removes it.
  const draft = terminal
    ? await openDraft(io, lang, { kbRoot: root, command: 'edit', key: entry.id }, terminal)
    : undefined;
  const ended = (code: number) => {
    draft?.finish();
    return code;
  };
  // In a terminal without --yes: the questions of the record's kind, the flags as their prefill.
  const asking = draft ? { prompter: draft.prompter, interview: await interviewOf(kb, entry) } : undefined;

  const plan = (wanted: RecordValues) => {
    const result = editRecord(text, kind, current, wanted);
    if (!result.ok) throw refusalError(path, result);
    return result;
  };
  let wanted = flags.wanted;
  let result: { text: string; changed: string[] };
  for (;;) {
    if (asking) {
      const answered = await asking.interview.ask(
        asking.prompter,
        lang,
        { ...current, ...wanted },
        // Nothing to show when nothing would change: then nothing is asked either.
        (w) => unifiedDiff(path, text, plan(w).text) || undefined,
      );
      if (!answered) {
        io.err(`${t(lang, 'cli.cancelled')}\n`);
        return ended(EXIT.ok);
      }
      wanted = answered;
    }
    requireNeeded(kind, current, wanted);
    result = plan(wanted);
    const introduced = result.changed.length > 0 ? introducedErrors(files, file, result.text) : [];
    if (introduced.length === 0) break;
    const rules = [...new Set(introduced.map((d) => d.rule))];
    const messages: Message[] = introduced.map((d) => d.message);
    if (!asking) {
      const error = new KwpError('edit.invalid', { path, rules });
      error.details = messages;
      throw error;
    }
    // Interactively the questions come again, with the answers given so far filled in.
    asking.prompter.note(t(lang, 'edit.invalid.ask', { rules }));
    for (const m of messages) asking.prompter.note(`  ${t(lang, m.id, m.args)}`);
    asking.prompter.note(t(lang, 'edit.invalid.again'));
  }

  // The questions a project takes up or lets go follow in the same step (the register's funnel).
  const register = registerEdits(kb, root, entry, current, wanted);
  const diffs = () =>
    [unifiedDiff(path, text, result.text), ...register.map((r) => unifiedDiff(r.path, r.text, r.after))].join(
      '',
    );
  const out = {
    id: entry.id,
    path,
    changed: result.changed,
    ...(register.length > 0
      ? { questions: register.map(({ id, path, status }) => ({ id, path, status })) }
      : {}),
  };
  if (result.changed.length === 0) {
    if (options.json) io.out(`${JSON.stringify(out)}\n`);
    else io.err(`${t(lang, 'edit.unchanged', { path })}\n`);
    return ended(EXIT.ok);
  }
  if (options.dryRun) {
    if (options.json) io.out(`${JSON.stringify({ ...out, dryRun: true })}\n`);
    else io.out(`${t(lang, 'edit.dry-run', { path })}\n\n${diffs()}`);
    return ended(EXIT.ok);
  }
  if (asking && !asking.interview.confirms) {
    asking.prompter.note(`\n${diffs()}`);
    if (!(await asking.prompter.confirm({ message: t(lang, 'edit.ask.confirm'), default: true }))) {
      io.err(`${t(lang, 'cli.cancelled')}\n`);
      return ended(EXIT.ok);
    }
  }
  const writePlan: WritePlan = {
    ops: [
      replaceOp({ absolute: join(root, path), path, before, after: result.text }),
      ...register.map(replaceOp),
    ],
    ...(options.commit
      ? {
          commit: {
            message: commitMessage(
              commitSubject(entry.id, current, wanted, result.changed),
              register.map((r) => r.path),
            ),
          },
        }
      : {}),
  };
  await applyPlan(writePlan, { root });
  if (options.json) io.out(`${JSON.stringify(out)}\n`);
  else {
    io.out(`${t(lang, 'edit.done', { path, changed: result.changed })}\n`);
    for (const r of register)
      io.out(`${t(lang, 'edit.question-status', { path: r.path, status: r.status, id: r.id })}\n`);
  }
  return ended(EXIT.ok);
}

/** The ids of a list value. */
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The links by which a record takes questions up (a project's `kennisvragen`), from the link table. */
const TAKING_UP = ALL_LINKS.filter((link) => link.inverseChecked && link.to === 'vraag');

interface RegisterEdit extends PlannedEdit {
  id: string;
  status: string;
  /** The question file as read. */
  text: string;
}

/**
 * A question the edit adds to what the record takes up becomes `opgepakt` when it was `open`; one it
 * lets go becomes `open` again when it was `opgepakt` and no other record takes it up — as
 * `kwp new project --from-question` marks the question it starts from. Only the `status` line changes.
 */
function registerEdits(
  kb: KnowledgeBase,
  root: string,
  entry: Entry,
  current: RecordValues,
  wanted: RecordValues,
): RegisterEdit[] {
  const out: RegisterEdit[] = [];
  for (const link of TAKING_UP) {
    if (link.from !== entry.kind || !Object.hasOwn(wanted, link.name)) continue;
    const before = ids(current[link.name]);
    const after = ids(wanted[link.name]);
    const moves: [string, string, string][] = [
      ...after
        .filter((q) => !before.includes(q))
        .map((q): [string, string, string] => [q, 'open', 'opgepakt']),
      ...before
        .filter((q) => !after.includes(q) && kb.inverse(link, q).every((holder) => holder === entry.id))
        .map((q): [string, string, string] => [q, 'opgepakt', 'open']),
    ];
    for (const [id, from, to] of moves) {
      const question = kb.get(id);
      if (question?.kind !== link.to || question.view.kind !== 'vraag' || question.view.status !== from)
        continue;
      const planned = planEdit(join(root, question.file.path), question.file.path, [
        { op: 'set', path: ['status'], value: to },
      ]);
      out.push({ ...planned, id, status: to, text: planned.before.toString('utf8') });
    }
  }
  return out;
}

/** The record with this id; `werkplaats` names the werkplaats file. */
function recordOf(kb: KnowledgeBase, id: string): Entry | undefined {
  if (id === 'werkplaats' && !kb.get(id)) return kb.werkplaats;
  return kb.get(id);
}

/**
 * What the status needs and neither the file nor the answers give: exit 2 naming each flag. A gap
 * that was there before is the edit's business only when the status changes (or the value is cleared).
 */
function requireNeeded(kind: Entry['kind'], current: RecordValues, wanted: RecordValues): void {
  const value = (name: string) => (Object.hasOwn(wanted, name) ? wanted[name] : current[name]);
  const status = value('status');
  const moving = status !== current['status'];
  const missing = neededFor(kind, typeof status === 'string' ? status : undefined).filter(
    (f) => isEmpty(value(f.name)) && (moving || !isEmpty(current[f.name])),
  );
  if (missing.length > 0) throw new KwpError('new.missing', { flags: missing.map((f) => `--${f.flag}`) });
}

/** `kwp edit: <id> (status voorbereiding → lopend, planning.start)`: what changed, in one line. */
function commitSubject(id: string, current: RecordValues, wanted: RecordValues, changed: string[]): string {
  const said = changed.map((name) =>
    name === 'status'
      ? `status ${String(current['status'] ?? '-')} → ${String(wanted['status'] ?? '-')}`
      : name,
  );
  return `kwp edit: ${id} (${said.join(', ')})`;
}

/** The questions of the record's kind, filled in (loaded only when a person is there to answer). */
async function interviewOf(kb: KnowledgeBase, entry: Entry) {
  const { interviewFor } = await import('../edit/interviews.js');
  return interviewFor(kb, entry);
}
