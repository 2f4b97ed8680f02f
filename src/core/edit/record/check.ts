// Would an edit make the knowledge base worse? The edited file is read as validation reads it, its
// own rules run, then the rules across files on the knowledge base with the edited file in place of
// the old one. Only errors the edit brings are returned: a problem that was there before is not
// the edit's to solve, and must not stop it. Pure: parsed files and text in, diagnostics out.
import type { PendingDiagnostic } from '../../diagnostics.js';
import { KnowledgeBase } from '../../knowledge-base.js';
import { type ParsedFile, readSourceFile } from '../../read-file.js';
import { checkAcrossFiles, checkFileAlone } from '../../validate.js';
import { readYamlFull } from '../../yaml-full.js';

/** The file as validation would read it, from its new text. */
export function reparse(old: ParsedFile, text: string): ParsedFile {
  const bytes = new TextEncoder().encode(text);
  return readSourceFile(old.path, old.kind, bytes, readYamlFull)!;
}

/** Errors with `text` in place of `old` that were not there before, in every file they concern. */
export function introducedErrors(
  files: readonly ParsedFile[],
  old: ParsedFile,
  text: string,
): PendingDiagnostic[] {
  const edited = reparse(old, text);
  const before = errors([...checkFileAlone(old), ...checkAcrossFiles(new KnowledgeBase(files))]);
  const others = files.map((f) => (f === old ? edited : f));
  const after = errors([...checkFileAlone(edited), ...checkAcrossFiles(new KnowledgeBase(others))]);
  // Counted, so that a second error of the same kind (a second unknown id) is still new.
  const seen = new Map<string, number>();
  for (const d of before) seen.set(keyOf(d), (seen.get(keyOf(d)) ?? 0) + 1);
  return after.filter((d) => {
    const left = seen.get(keyOf(d)) ?? 0;
    seen.set(keyOf(d), left - 1);
    return left <= 0;
  });
}

function errors(list: PendingDiagnostic[]): PendingDiagnostic[] {
  return list.filter((d) => d.severity === 'error');
}

/** A problem apart from where it is: an edit moves lines, not problems. */
function keyOf(d: PendingDiagnostic): string {
  return JSON.stringify([d.file, d.rule, d.message.id, d.message.args]);
}
