// The full YAML reader: slower, but it knows where everything is. Used for files the fast path
// declines and for locating diagnostics. It never resolves an alias and never runs a tag.
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  visit,
} from 'yaml';
import type { MessageArgs, MessageId } from '../messages/catalogue.js';
import type { RuleName } from './diagnostics.js';
import { explainYamlError } from './yaml-explain.js';

export interface YamlProblem {
  rule: RuleName;
  /** Offset into the YAML text. */
  offset: number;
  length: number;
  message: { id: MessageId; args: MessageArgs };
  /** The line of the problem as it should read, when kwp knows it (see yaml-explain.ts). */
  fixedLine?: string;
}

export interface FullResult {
  doc: Document | null;
  /** The data, unless the YAML could not be trusted (syntax errors, aliases, keys that are not names). */
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
    // Not even yaml's own extras (!!binary, !!timestamp, !!omap, !!pairs, !!set): they would hand
    // the checks a Buffer, Date or Map where frontmatter only has strings, numbers, lists and mappings.
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
    // yaml's only warning (a list or mapping as a key, when turned into plain data) would go to
    // process.emitWarning and so to stderr; kwp reports such keys itself (yaml-complex-key).
    logLevel: 'error',
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
  // Block nesting thousands deep overflows yaml's stack, which it reports once per level: say it once.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return refuse('yaml-too-deep', exhausted.pos[0], 'yaml.too-deep', { max: MAX_FLOW_DEPTH });
  const problems: YamlProblem[] = [];
  const said = new Set<number>();
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (error.code === 'DUPLICATE_KEY') {
      problems.push(
        problem('yaml-duplicate-key', start, end, 'yaml.duplicate-key', {
          key: keyAt(doc, start) ?? yaml.slice(start, end),
        }),
      );
    } else if (error.code === 'TAB_AS_INDENT') {
      problems.push(problem('yaml-tabs', start, end, 'yaml.tabs', {}));
    } else {
      const at = openedAt(doc, error.code, detail, start);
      const explained = explainYamlError(yaml, { code: error.code, message: detail, offset: at });
      // yaml often reports one mistake several times on a line, as it recovers from it: the first
      // explanation is the one that helps, the others describe yaml's recovery.
      const key = yaml.lastIndexOf('\n', Math.max(0, at - 1));
      if (said.has(key)) continue;
      said.add(key);
      const p = problem('yaml-syntax', at, at === start ? end : at + 1, explained.id, explained.args);
      problems.push(explained.fixedLine === undefined ? p : { ...p, fixedLine: explained.fixedLine });
    }
  }
  let aliases = 0;
  let complexKeys = 0;
  visit(doc, {
    Pair(_key, pair) {
      // A list or mapping as a key (`? [a, b]`, `[a]: b`, `{a: 1}: b`): a key in frontmatter is a
      // name. Not after a syntax error: yaml's recovery from one can build such keys by itself.
      if (isCollection(pair.key) && doc.errors.length === 0) {
        complexKeys++;
        const [s, e] = pair.key.range ?? [0, 0];
        problems.push(
          problem('yaml-complex-key', s, e, 'yaml.complex-key', { key: keyText(yaml.slice(s, e)) }),
        );
      }
    },
    Node(_key, node) {
      if (isAlias(node)) {
        aliases++;
        const [s, e] = node.range ?? [0, 0];
        problems.push(problem('yaml-anchor', s, e, 'yaml.alias', { name: node.source }));
        return;
      }
      if (!isNode(node)) return;
      const [s, e] = node.range ?? [0, 0];
      // The node's range starts after its anchor and tag: point at what the person wrote (`&a`, `!!str`).
      if (node.anchor) {
        const at = propertyAt(yaml, s, '&');
        problems.push(
          problem('yaml-anchor', at, at === s ? e : at + 1, 'yaml.anchor', { name: node.anchor }),
        );
      }
      if (node.tag) {
        const at = propertyAt(yaml, s, '!');
        problems.push(
          problem('yaml-tag', at, at === s ? e : at + 1, 'yaml.tag', { tag: shortTag(node.tag) }),
        );
      }
    },
  });
  problems.sort((a, b) => a.offset - b.offset);
  if (doc.errors.length > 0 || aliases > 0 || complexKeys > 0)
    return { doc, data: undefined, hasData: false, problems };
  // Safe now: no aliases to expand, so no alias bomb; tags were only reported, never resolved to code.
  return { doc, data: plainData(doc.toJS({ maxAliasCount: 0, mapAsMap: true })), hasData: true, problems };
}

/**
 * Mappings as plain objects, with keys written as the fast path (js-yaml) writes them, so that both
 * readers hand the checks the same data: a key is `String(key)`, so a null key (`~:`, or `: x` with no
 * key) is "null" (yaml itself would write ""). A key that is a list or mapping never gets here (it is
 * reported as yaml-complex-key, and the file's data is not used); should one, it is left out.
 */
function plainData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainData);
  if (!(value instanceof Map)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of value as Map<unknown, unknown>) {
    if (key !== null && typeof key === 'object') continue;
    const name = String(key);
    // `__proto__` as a key is data, as in js-yaml: an own property, never the object's prototype.
    if (name === '__proto__')
      Object.defineProperty(out, name, {
        value: plainData(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[name] = plainData(item);
  }
  return out;
}

/** A key as written, on one line and short enough for a message. */
function keyText(source: string): string {
  const line = source.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** The key that starts at an offset: yaml marks only the first character of a duplicate key. */
function keyAt(doc: Document, offset: number): string | undefined {
  let key: string | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) key = String(pair.key.value);
    },
  });
  return key;
}

/**
 * Where an unclosed quote or flow collection was opened. yaml reports where it noticed, often the next
 * line or the end of the frontmatter; a person needs the line with the opening quote or bracket.
 */
function openedAt(doc: Document, code: string, detail: string, offset: number): number {
  const quote = code === 'MISSING_CHAR' && detail.includes('quote');
  const flow = (code === 'BAD_INDENT' || code === 'MISSING_CHAR') && detail.startsWith('Flow ');
  if (!quote && !flow) return offset;
  let opened = offset;
  visit(doc, {
    Node(_key, node) {
      if (!isNode(node) || node.range?.[1] !== offset) return;
      const match = quote
        ? isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
        : (isMap(node) || isSeq(node)) && node.flow === true && isMap(node) === detail.startsWith('Flow map');
      if (match) opened = node.range[0]; // visited outside-in, so the innermost one wins
    },
  });
  return opened;
}

/** Offset of the anchor (`&`) or tag (`!`) token written just before a node; the node's start if none. */
function propertyAt(yaml: string, nodeStart: number, sigil: '&' | '!'): number {
  const separator = /[\s[{,]/;
  let end = nodeStart;
  for (let token = 0; token < 2; token++) {
    while (end > 0 && /\s/.test(yaml[end - 1]!)) end--;
    let start = end;
    const verbatim = yaml[end - 1] === '>' ? yaml.lastIndexOf('!<', end) : -1;
    // A verbatim tag (`!<tag:yaml.org,2002:str>`) holds a separator itself.
    if (verbatim !== -1 && !/\s/.test(yaml.slice(verbatim, end))) start = verbatim;
    else while (start > 0 && !separator.test(yaml[start - 1]!)) start--;
    if (yaml[start] === sigil) return start;
    if (yaml[start] !== '&' && yaml[start] !== '!') break;
    end = start;
  }
  return nodeStart;
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
