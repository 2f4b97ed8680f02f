// Editing frontmatter the way a person would: only the characters of the edited values change.
// Other keys, their order, comments, quoting, blank lines, line ends, a byte-order mark and the body
// stay byte for byte. Pure: text in, text out. Each edit is one splice of the YAML text; the result
// is parsed again and must read as the old data with exactly that edit made, or kwp throws rather
// than hand back text it did not mean to write.
import { isDeepStrictEqual } from 'node:util';
import type { MessageArgs, MessageId } from '../../messages/catalogue.js';
import { splitFrontmatter } from '../frontmatter.js';
import type { YamlValue } from '../scaffold/yaml-value.js';
import { LineIndex } from '../source-text.js';
import { expectedAppend, expectedDelete, expectedReplaceItem, expectedSet, normalize } from './expected.js';
import { detectLayout } from './nodes.js';
import { parseForEdit, type RefusalReason, type Refused } from './parse.js';
import type { Ctx } from './insert.js';
import { planAppend, planDelete, planReplaceItem, planSet, unique } from './plan.js';

export type EditValue = YamlValue;

export type Edit =
  /** Set a key's value (scalar, list or mapping), creating the key, and parent mappings, when absent. */
  | { op: 'set'; path: string[]; value: EditValue }
  /** Add items to the end of a list, creating it when absent or blank; items already there are skipped. */
  | { op: 'append'; path: string[]; items: EditValue[] }
  /** Remove a key with its value (a value cleared); nothing happens when it is absent. */
  | { op: 'delete'; path: string[] }
  /**
   * Replace the text `from` with `to` where the key holds it: the value itself, or each item of a
   * list that is exactly `from` (kwp rename). Only those characters change, their quoting kept; a
   * key that is absent or holds `from` nowhere is left as it is.
   */
  | { op: 'replace-item'; path: string[]; from: string; to: string };

export type EditResult =
  | { ok: true; text: string }
  | {
      ok: false;
      reason: RefusalReason;
      /** 1-based, in the file as it was before any of the edits. */
      line?: number;
      column?: number;
      /** What is wrong, in a few words of English: the key path, or the YAML problem. */
      detail?: string;
      /** For `yaml`: the problem as `kwp check` reports it, to show in the reader's language. */
      message?: { id: MessageId; args: MessageArgs };
    };

/**
 * Applies the edits in order to the frontmatter of a whole file (as decoded, a leading byte-order mark
 * included). All or nothing: a refusal means none of the edits is made. Refused: no frontmatter, YAML
 * with an error, an anchor, alias or tag, a root that is not a mapping, a path through something that
 * is not a mapping, an `append` to something that is not a list.
 */
export function editFrontmatter(fileText: string, edits: readonly Edit[]): EditResult {
  const bom = fileText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = fileText.slice(bom.length);
  const split = splitFrontmatter(text);
  if (!split.ok) {
    const detail = split.problem === 'language' ? `language ${split.language}` : split.problem;
    return { ok: false, reason: 'no-frontmatter', detail };
  }
  // New lines end as the opening fence does: that is the file's style.
  const eol = text.slice(0, text.indexOf('\n') + 1).endsWith('\r\n') ? '\r\n' : '\n';
  let yaml = split.yaml;
  const undo: Undo[] = [];
  for (const edit of edits) {
    if (edit.path.length === 0) throw new RangeError('an edit needs a path of at least one key');
    const step = applyEdit(yaml, edit, eol);
    if (!step.ok) return refusal(text, split.yamlOffset, undo, step);
    if (step.undo) undo.push(step.undo);
    yaml = step.yaml;
  }
  const after = text.slice(split.yamlOffset + split.yaml.length);
  return { ok: true, text: bom + text.slice(0, split.yamlOffset) + yaml + after };
}

/**
 * Whether kwp can edit this file's frontmatter at all, before any edit is chosen (a command that asks
 * questions first refuses a file it could not write back): the same refusals as editFrontmatter.
 */
export function checkEditable(fileText: string): EditResult {
  const text = fileText.startsWith('\uFEFF') ? fileText.slice(1) : fileText;
  const split = splitFrontmatter(text);
  if (!split.ok) {
    const detail = split.problem === 'language' ? `language ${split.language}` : split.problem;
    return { ok: false, reason: 'no-frontmatter', detail };
  }
  const parsed = parseForEdit(split.yaml);
  return parsed.ok ? { ok: true, text: fileText } : refusal(text, split.yamlOffset, [], parsed);
}

/** Where an edit wrote, so a later refusal can point into the file as it was. */
interface Undo {
  at: number;
  written: number;
  replaced: number;
}

type Step = { ok: true; yaml: string; undo: Undo | null } | Refused;

function applyEdit(yaml: string, edit: Edit, eol: string): Step {
  const parsed = parseForEdit(yaml);
  if (!parsed.ok) return parsed;
  const ctx: Ctx = { yaml, eol, doc: parsed.doc, layout: detectLayout(parsed.doc, yaml) };
  const plan =
    edit.op === 'set'
      ? planSet(ctx, edit.path, edit.value)
      : edit.op === 'append'
        ? planAppend(ctx, edit.path, edit.items)
        : edit.op === 'delete'
          ? planDelete(ctx, edit.path)
          : planReplaceItem(ctx, edit.path, edit.from, edit.to);
  if (!plan.ok) return plan;
  if (!plan.splice) return { ok: true, yaml, undo: null };
  const { start, end, text } = plan.splice;
  const next = yaml.slice(0, start) + text + yaml.slice(end);
  const expected =
    edit.op === 'set'
      ? expectedSet(parsed.data, edit.path, normalize(edit.value))
      : edit.op === 'append'
        ? expectedAppend(parsed.data, edit.path, unique(edit.items).map(normalize))
        : edit.op === 'delete'
          ? expectedDelete(parsed.data, edit.path)
          : expectedReplaceItem(parsed.data, edit.path, edit.from, edit.to);
  const reread = parseForEdit(next);
  if (!reread.ok || !isDeepStrictEqual(reread.data, expected)) {
    // A bug in kwp, never the file's fault: better no edit than one that changes other data.
    throw new Error(`kwp: editing ${edit.path.join('.')} would change other data in the frontmatter`);
  }
  return { ok: true, yaml: next, undo: { at: start, written: text.length, replaced: end - start } };
}

/** A refusal with its line and column in the file as it was, before any of the edits. */
function refusal(text: string, yamlOffset: number, undo: readonly Undo[], refused: Refused): EditResult {
  const { reason, offset, detail, message } = refused;
  const out: EditResult = {
    ok: false,
    reason,
    ...(detail ? { detail } : {}),
    ...(message ? { message } : {}),
  };
  if (offset === undefined) return out;
  let at = offset;
  for (const u of [...undo].reverse()) {
    if (at >= u.at + u.written) at += u.replaced - u.written;
    else if (at > u.at) at = u.at;
  }
  return { ...out, ...new LineIndex(text).position(yamlOffset + at) };
}
