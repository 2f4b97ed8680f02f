// The full YAML reader: slower, but it knows where everything is. Used for files the fast path
// declines and for locating diagnostics. It never resolves an alias and never runs a tag.
import { type Document, isAlias, isNode, parseDocument, visit } from 'yaml';
import type { MessageArgs, MessageId } from '../messages/catalogue.js';
import type { RuleName } from './diagnostics.js';

export interface YamlProblem {
  rule: RuleName;
  /** Offset into the YAML text. */
  offset: number;
  length: number;
  message: { id: MessageId; args: MessageArgs };
}

export interface FullResult {
  doc: Document | null;
  /** The data, unless the YAML could not be trusted (syntax errors or aliases). */
  data: unknown;
  hasData: boolean;
  problems: YamlProblem[];
}

/** Deeper flow nesting than this is refused before parsing: nobody writes it by hand. */
export const MAX_FLOW_DEPTH = 64;

export function parseYamlDocument(yaml: string): Document {
  return parseDocument(yaml, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
}

export function readYamlFull(yaml: string): FullResult {
  const tooDeep = flowDepthExceeded(yaml);
  if (tooDeep !== -1) return refuse('yaml-too-deep', tooDeep, 'yaml.too-deep', { max: MAX_FLOW_DEPTH });
  let doc: Document;
  try {
    doc = parseYamlDocument(yaml);
  } catch (e) {
    if (e instanceof RangeError) return refuse('yaml-too-deep', 0, 'yaml.too-deep', { max: MAX_FLOW_DEPTH });
    throw e;
  }
  const problems: YamlProblem[] = [];
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (error.code === 'DUPLICATE_KEY') {
      problems.push(
        problem('yaml-duplicate-key', start, end, 'yaml.duplicate-key', { key: yaml.slice(start, end) }),
      );
    } else if (error.code === 'TAB_AS_INDENT') {
      problems.push(problem('yaml-tabs', start, end, 'yaml.tabs', {}));
    } else {
      problems.push(problem('yaml-syntax', start, end, 'yaml.syntax', { detail }));
    }
  }
  let aliases = 0;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        aliases++;
        const [s, e] = node.range ?? [0, 0];
        problems.push(problem('yaml-anchor', s, e, 'yaml.alias', { name: node.source }));
        return;
      }
      if (!isNode(node)) return;
      const [s, e] = node.range ?? [0, 0];
      if (node.anchor) problems.push(problem('yaml-anchor', s, e, 'yaml.anchor', { name: node.anchor }));
      if (node.tag) problems.push(problem('yaml-tag', s, e, 'yaml.tag', { tag: shortTag(node.tag) }));
    },
  });
  problems.sort((a, b) => a.offset - b.offset);
  if (doc.errors.length > 0 || aliases > 0) return { doc, data: undefined, hasData: false, problems };
  // Safe now: no aliases to expand, so no alias bomb; tags were only reported, never resolved to code.
  return { doc, data: doc.toJS({ maxAliasCount: 0 }), hasData: true, problems };
}

function shortTag(tag: string): string {
  return tag.replace(/^tag:yaml\.org,2002:/, '!!');
}

function problem(rule: RuleName, start: number, end: number, id: MessageId, args: MessageArgs): YamlProblem {
  return { rule, offset: start, length: Math.max(1, end - start), message: { id, args } };
}

function refuse(rule: RuleName, offset: number, id: MessageId, args: MessageArgs): FullResult {
  return {
    doc: null,
    data: undefined,
    hasData: false,
    problems: [problem(rule, offset, offset + 1, id, args)],
  };
}

/** Offset where flow collections nest deeper than MAX_FLOW_DEPTH, or -1. Quotes are skipped. */
export function flowDepthExceeded(yaml: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '\n') quote = '';
  }
  return -1;
}
