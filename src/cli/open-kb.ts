// Finding and reading the knowledge base, shared by the commands that read it. The one place that
// says which files could not be read (on standard error, once), and that stops a command needing
// one of them (exit 2, naming the file, line and reason) before it asks or writes anything.
import { type Entry, KnowledgeBase } from '../core/knowledge-base.js';
import type { ParsedFile } from '../core/read-file.js';
import { oneLine, unreadFile, unreadFiles, type UnreadFile } from '../core/unread.js';
import { KwpError } from '../errors.js';
import { formatMessage, type Lang, t } from '../messages/catalogue.js';
import { loadKnowledgeBase } from '../store/read-kb.js';
import { recoverJournal, type Recovery } from '../store/journal.js';
import { chooseLang, type GlobalOptions, kbRoot } from './context.js';
import { printable } from '../render/printable.js';
import type { Io } from './io.js';

export interface OpenKb {
  root: string;
  files: ParsedFile[];
  lang: Lang;
  kb: KnowledgeBase;
  /** The files that could not be read, in path order (already named on standard error). */
  unread: UnreadFile[];
}

export interface Needs {
  /**
   * The records a command cannot do its job without (undefined entries are ignored: an unknown id
   * is the command's own error to give). One that could not be read stops the command.
   */
  files?: (kb: KnowledgeBase) => Iterable<Entry | undefined>;
  /** The command would write: the stop says nothing was changed. */
  writes?: boolean;
  /**
   * The command reads only the records' data, never their text: the text of every file that was
   * read without a problem is let go as soon as it is parsed (the report: peak memory for 10,000
   * dense projects 413 → 342 MB, and less for the garbage collector to go through).
   */
  dataOnly?: boolean;
}

/** The werkplaats file, for commands that need its name, targets or vocabularies. */
export const werkplaatsFile = (kb: KnowledgeBase): Entry[] => (kb.werkplaats ? [kb.werkplaats] : []);

export async function openKnowledgeBase(io: Io, options: GlobalOptions, needs: Needs = {}): Promise<OpenKb> {
  const root = kbRoot(io, options);
  const interrupted = finishInterrupted(root, Boolean(needs.writes));
  const { files } = await loadKnowledgeBase(root, needs.dataOnly ? 'data-only' : 'keep');
  const lang = chooseLang(
    io,
    options,
    files.find((f) => f.kind === 'werkplaats'),
  );
  tellInterrupted(io, lang, interrupted);
  const kb = new KnowledgeBase(files);
  if (needs.files) stopIfUnread(needs.files(kb), Boolean(needs.writes));
  const unread = unreadFiles(files);
  tellUnread(io, lang, unread);
  return { root, files, lang, kb, unread };
}

/**
 * A write a killed kwp left halfway (its journal, store/journal.ts) is put back before anything is
 * read. A command that writes stops when that cannot be done (another kwp writing now, a file changed
 * since); one that only reads goes on, and is told.
 */
export function finishInterrupted(root: string, writes: boolean): Recovery | KwpError | undefined {
  try {
    return recoverJournal(root);
  } catch (e) {
    if (writes || !(e instanceof KwpError)) throw e;
    return e;
  }
}

export function tellInterrupted(io: Io, lang: Lang, done: Recovery | KwpError | undefined): void {
  if (done === undefined) return;
  const message =
    done instanceof KwpError
      ? { id: done.messageId, args: done.args }
      : { id: `journal.${done.action}` as const, args: { paths: done.paths } };
  io.err(`kwp: ${printable(formatMessage(lang, message))}\n`);
}

/**
 * Stops (exit 2) at the first of `entries` that could not be read, naming its file, line and reason.
 * For a need that shows only later (a partner to register, known after the questions).
 */
export function stopIfUnread(entries: Iterable<Entry | undefined>, writes: boolean): void {
  for (const entry of entries) {
    if (!entry || entry.data !== null || entry.file.standIn) continue;
    const u = unreadFile(entry.file);
    const error = new KwpError('open.needed-unread', { file: u.file, line: u.line, column: u.column });
    // The reason on a line of its own, in the same language as the rest of the error.
    error.details.push(u.message);
    if (writes) error.details.push({ id: 'open.nothing-changed', args: {} });
    throw error;
  }
}

/** Names every unread file on standard error: one line each, where and why. */
function tellUnread(io: Io, lang: Lang, unread: readonly UnreadFile[]): void {
  if (unread.length === 0) return;
  const lines = [`kwp: ${t(lang, 'open.unread', { count: unread.length })}`];
  for (const u of unread)
    lines.push(`  ${u.file}:${u.line}:${u.column}: ${oneLine(formatMessage(lang, u.message))}`);
  io.err(`${printable(lines.join('\n'))}\n`);
}
