// What a rule is: one module per rule (src/core/rules/<scope>/<id>.ts) exports one `Rule` with its
// metadata, and — for the rules kwp checks by code here — its check. The index (index.ts) lists
// them all; validation runs the checks through it, and the README's rule reference, the SARIF rule
// descriptions and the example tests are made from it.
//
// What a rule says to a person (a title, a one-line summary of what is wrong, help that says how to
// fix it) is in the rule texts beside the message catalogue, by rule id, in both languages
// (src/messages/rules-nl.ts, rules-en.ts; `ruleText(lang, rule.id)`), so the core stays free of prose.
import type { MessageId } from '../../messages/catalogue.js';
import type { RuleName, Severity } from '../diagnostics.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { Kind } from '../kinds.js';
import type { FileContext, Reporter } from './context.js';

/** What a rule reads: a file as bytes and YAML, one file against the format, or files together. */
export type RuleScope = 'reading' | 'file' | 'files';

/**
 * One file of an example, by its path inside `knowledge/`. A string is frontmatter lines that take
 * the place of the same top-level keys in a small valid record of the folder's kind (so an example
 * shows only what matters); `body` replaces that record's text below the frontmatter; `whole` is
 * the entire file.
 */
export type ExampleFile = string | { frontmatter: string; body: string } | { whole: string };

export interface RuleExample {
  bad: Readonly<Record<string, ExampleFile>>;
  good: Readonly<Record<string, ExampleFile>>;
}

interface RuleMeta<R extends RuleName> {
  id: R;
  /** The severity kwp reports it with. */
  severity: Severity;
  /** Absent only where the problem cannot be written as text (bytes, size, links, permissions). */
  example?: RuleExample;
}

/**
 * A rule whose diagnostics another part of kwp produces while it reads or checks a file: the
 * reader (`reader`: src/store/read-kb.ts and read-entry.ts, src/core/read-file.ts, the YAML readers) or the schema check
 * (`schema`: src/core/schema-check.ts against src/core/schema/*). Only its metadata lives here.
 */
export interface ProducedRule<R extends RuleName = RuleName> extends RuleMeta<R> {
  scope: 'reading' | 'file';
  producedBy: 'reader' | 'schema';
  /** The module that reports it (a test checks that it does). */
  producedIn: string;
}

/** A rule between the fields of one file, checked for each file of the kinds it reads. */
export interface FileRule<R extends RuleName = RuleName> extends RuleMeta<R> {
  scope: 'file';
  /** The kinds of file it reads. */
  kinds: readonly Kind[];
  /** The catalogue messages it reports with. */
  messages: readonly MessageId[];
  check(ctx: FileContext): void;
}

/** What a rule across files gets: the knowledge base, and a reporter for any of its files. */
export interface FilesContext {
  kb: KnowledgeBase;
  /** The reporter for diagnostics in the file at `path`. */
  report(path: string): Reporter;
}

/** A rule across files, checked once on the whole knowledge base. */
export interface FilesRule<R extends RuleName = RuleName> extends RuleMeta<R> {
  scope: 'files';
  /** The catalogue messages it reports with. */
  messages: readonly MessageId[];
  checkAll(ctx: FilesContext): void;
}

export type Rule<R extends RuleName = RuleName> = ProducedRule<R> | FileRule<R> | FilesRule<R>;

/** The file most examples change: a project that is `lopend`. */
export const EXAMPLE_PROJECT = 'projecten/2026-groene-daken.md';
