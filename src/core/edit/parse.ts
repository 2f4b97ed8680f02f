// Reading frontmatter before an edit: anything kwp would have to guess about is refused, with where.
// The YAML is read as `kwp check` reads it, so a refusal names the same problem at the same place.
import { type Document, isMap } from 'yaml';
import type { MessageArgs, MessageId } from '../../messages/catalogue.js';
import { readYamlFull, type YamlProblem } from '../yaml-full.js';

export type RefusalReason = 'no-frontmatter' | 'yaml' | 'not-a-mapping' | 'not-a-list';

/** A refusal at an offset into the YAML text. */
export interface Refused {
  ok: false;
  reason: RefusalReason;
  offset?: number;
  detail?: string;
  message?: { id: MessageId; args: MessageArgs };
}

export type Parsed = { ok: true; doc: Document; data: Record<string, unknown> } | Refused;

export function refused(reason: RefusalReason, offset: number | undefined, detail?: string): Refused {
  return { ok: false, reason, ...(offset === undefined ? {} : { offset }), ...(detail ? { detail } : {}) };
}

/** Refused: YAML errors, duplicate keys, anchors, aliases, tags, nesting too deep, a root that is no mapping. */
export function parseForEdit(yaml: string): Parsed {
  const full = readYamlFull(yaml);
  const problem = full.problems[0];
  if (problem) return { ...refused('yaml', problem.offset, detailOf(problem)), message: problem.message };
  const doc = full.doc!;
  // Only comments, or nothing, between the fences: an empty mapping that keys can be added to.
  if (doc.contents === null) return { ok: true, doc, data: {} };
  if (!isMap(doc.contents)) return refused('not-a-mapping', doc.contents.range?.[0], '(root)');
  return { ok: true, doc, data: full.data as Record<string, unknown> };
}

/**
 * The problem in a few words of English, for logs (a syntax error by its message id); `message` has
 * it in the reader's language, and is what a person is shown.
 */
function detailOf(problem: YamlProblem): string {
  const { id, args } = problem.message;
  const arg = (name: string) => String(args[name] ?? '');
  if (id === 'yaml.duplicate-key') return `duplicate key ${arg('key')}`;
  if (id === 'yaml.alias') return `alias *${arg('name')}`;
  if (id === 'yaml.anchor') return `anchor &${arg('name')}`;
  if (id === 'yaml.tag') return `tag ${arg('tag')}`;
  if (id === 'yaml.tabs') return 'tab used for indentation';
  if (id === 'yaml.complex-key') return `a list or mapping as key: ${arg('key')}`;
  return id === 'yaml.too-deep' ? `nested deeper than ${arg('max')} levels` : id;
}
