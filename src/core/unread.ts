// The files kwp could not read into data, each with where and why: what every command that reads the
// knowledge base names on standard error, and every report names in itself, so nothing is left out
// silently. Pure: from parsed files, without the position-aware YAML reader (the reasons already
// carry offsets or lines).
import type { PendingDiagnostic, RuleName } from './diagnostics.js';
import type { ParsedFile } from './read-file.js';
import { LineIndex } from './source-text.js';
import type { Message } from '../messages/catalogue.js';

/**
 * A file whose frontmatter could not be read into data: YAML that does not parse, frontmatter that is
 * missing, unclosed or in another language, text that is not UTF-8, a file that cannot be opened,
 * a link out of the knowledge base, a folder or other file where records belong. A file that is read
 * but breaks the format (a wrong status, a missing key) is not unread: it is counted with what it
 * holds, and `kwp validate` reports it.
 */
export interface UnreadFile {
  /** Relative to the kb root, forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The validation rule, as `kwp validate` names it. */
  rule: RuleName;
  message: Message;
}

/** Every file that could not be read, in path order (the order files are read in). */
export function unreadFiles(files: readonly ParsedFile[]): UnreadFile[] {
  const out: UnreadFile[] = [];
  for (const file of files) if (file.data === null && !file.standIn) out.push(unreadFile(file));
  return out;
}

/** One unread file: its first reason, located. */
export function unreadFile(file: ParsedFile): UnreadFile {
  const reason = firstReason(file.problems);
  if (!reason)
    return { file: file.path, line: 1, column: 1, rule: 'unreadable-file', message: UNKNOWN_REASON };
  const { line, column } = position(file, reason);
  return { file: file.path, line, column, rule: reason.rule, message: reason.message };
}

const UNKNOWN_REASON: Message = { id: 'file.unreadable', args: { reason: '?' } };

/**
 * The reason that kept the file from being read. "Too large" alone does not (a large file is still
 * read), so another error comes first when there is one.
 */
function firstReason(problems: readonly PendingDiagnostic[]): PendingDiagnostic | undefined {
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.find((p) => p.rule !== 'file-too-large') ?? errors[0] ?? problems[0];
}

function position(file: ParsedFile, d: PendingDiagnostic): { line: number; column: number } {
  const anchor = d.anchor;
  if (anchor.kind === 'line') return { line: anchor.line, column: anchor.column };
  if (anchor.kind === 'offset' && file.text !== null) return new LineIndex(file.text).position(anchor.offset);
  return { line: 1, column: 1 };
}

/** An unread file as a report carries it: the JSON key `niet_gelezen`, in the report's language. */
export interface NotRead {
  bestand: string;
  regel: number;
  kolom: number;
  /** The validation rule, as `kwp validate` names it: stable, for scripts. */
  code: RuleName;
  /** Why, in one line. */
  reden: string;
}

/** The unread files for a report; `say` puts a message into words (the catalogue, in a language). */
export function notRead(unread: readonly UnreadFile[], say: (message: Message) => string): NotRead[] {
  return unread.map((u) => ({
    bestand: u.file,
    regel: u.line,
    kolom: u.column,
    code: u.rule,
    reden: oneLine(say(u.message)),
  }));
}

/** A reason on one line: a YAML detail can span several. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
