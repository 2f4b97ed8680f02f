// The search documents of a knowledge base: every record that could be read, the werkplaats
// included; with `public`, without any person (../privacy), as `kwp report --public` hides them.
import type { Entry, KnowledgeBase } from '../knowledge-base.js';
import { publicRedactor, type Redactor } from '../privacy/redact.js';
import { type RecordInput, type SearchDocument, searchDocument } from './document.js';

function input(entry: Entry): RecordInput {
  return {
    id: entry.id,
    kind: entry.kind,
    path: entry.file.path,
    data: entry.data,
    view: entry.view,
    body: entry.file.body,
  };
}

/**
 * With `public`, the documents name no person; `redact` is then the redactor to use, when the caller
 * has one for this knowledge base already (making one reads every record's people again).
 */
export function searchDocuments(
  kb: KnowledgeBase,
  options: { public?: boolean; redact?: Redactor } = {},
): SearchDocument[] {
  const entries = [...kb.entries, ...(kb.werkplaats ? [kb.werkplaats] : [])].filter((e) => e.data !== null);
  const redact = options.public
    ? (options.redact ?? publicRedactor(entries.map((e) => ({ kind: e.kind, data: e.data }))))
    : undefined;
  return entries.map((e) => searchDocument(input(e), redact));
}
