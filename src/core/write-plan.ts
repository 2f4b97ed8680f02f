// What a command that writes is going to do, decided before anything is written: a list of file
// operations and, with --commit, the commit message. Pure data, so it can be shown (--dry-run),
// tested and checked without touching the disk; src/store/transaction.ts applies it all or nothing.
//
// Paths are relative to the knowledge base root with forward slashes (an absolute path is allowed
// for a file outside it, such as a CI workflow at the top of the repository). The bytes an operation
// expects to find are the bytes the command read: a file that changed on disk since is refused.

/** A new file; refused when the name is taken (kwp never overwrites a file it did not read). */
export interface CreateOp {
  op: 'create';
  path: string;
  content: string;
  /** An existing file here is kept as it is instead (a README someone wrote): not an error, not committed. */
  keepExisting?: boolean;
}

/** A file read earlier, written with new content. */
export interface ReplaceOp {
  op: 'replace';
  path: string;
  /** The bytes read: the file must still hold exactly these. */
  before: Uint8Array;
  content: string;
}

/** A file moved to a new name, optionally with new content; the new name must be free. */
export interface RenameOp {
  op: 'rename';
  from: string;
  path: string;
  before: Uint8Array;
  /** The content under the new name; unchanged when absent. */
  content?: string;
}

/** A file read earlier, removed. */
export interface DeleteOp {
  op: 'delete';
  path: string;
  before: Uint8Array;
}

export type FileOp = CreateOp | ReplaceOp | RenameOp | DeleteOp;

export interface PlanCommit {
  message: string;
  /** Files already on disk that go into the same commit (kwp init finishing an earlier run). */
  include?: readonly string[];
}

export interface WritePlan {
  ops: readonly FileOp[];
  /** With --commit: one commit of exactly the files the plan touches. */
  commit?: PlanCommit;
}

/** Every path the plan writes, creates or removes, in order (a rename gives both of its names). */
export function touchedPaths(plan: WritePlan): string[] {
  const paths = plan.ops.flatMap((o) => (o.op === 'rename' ? [o.from, o.path] : [o.path]));
  return [...new Set([...paths, ...(plan.commit?.include ?? [])])];
}

/** One line per operation, for a dry run or a log: what would happen to which file. */
export interface PlanLine {
  op: FileOp['op'];
  path: string;
  from?: string;
  /** The new content, where there is one. */
  content?: string;
}

export function describePlan(plan: WritePlan): PlanLine[] {
  return plan.ops.map((o) => {
    switch (o.op) {
      case 'create':
      case 'replace':
        return { op: o.op, path: o.path, content: o.content };
      case 'rename':
        return {
          op: o.op,
          path: o.path,
          from: o.from,
          ...(o.content === undefined ? {} : { content: o.content }),
        };
      case 'delete':
        return { op: o.op, path: o.path };
    }
  });
}

/** A commit message: the subject, then the files besides the main one as a list (when there are any). */
export function commitMessage(subject: string, others: readonly string[] = []): string {
  return subject + (others.length > 0 ? `\n\n${others.map((p) => `- ${p}`).join('\n')}` : '');
}
