// Rules across files: ids unique, references that resolve to the right kind, no cycles, the
// werkplaats vocabularies, questions taken up, partners registered.
import type { MessageArgs } from '../../messages/catalogue.js';
import { keyLabel, list, str, stringsAt } from '../data.js';
import type { KeyPath, PendingDiagnostic } from '../diagnostics.js';
import type { Entry, KnowledgeBase } from '../knowledge-base.js';
import type { Kind } from '../kinds.js';
import { closest, closestName } from '../suggest.js';
import { key, reporterFor, value } from './context.js';

export function checkAcrossFiles(kb: KnowledgeBase): PendingDiagnostic[] {
  const out: PendingDiagnostic[] = [];
  checkDuplicateIds(kb, out);
  for (const entry of kb.entries) {
    if (!entry.data) continue;
    const report = reporterFor(entry.file.path, out);
    const ref = (path: KeyPath, target: string, kind: Kind) =>
      checkReference(kb, entry, report, path, target, kind);
    if (entry.kind === 'project') {
      for (const { value: target, index } of stringsAt(entry.data, 'vervolg_op')) {
        if (target === entry.id)
          report('self-reference', value('vervolg_op', index), 'cross.self-reference', { id: target });
        else ref(['vervolg_op', index], target, 'project');
      }
      for (const { value: target, index } of stringsAt(entry.data, 'kennisvragen'))
        ref(['kennisvragen', index], target, 'vraag');
      for (const { value: target, index } of stringsAt(entry.data, 'evaluatie', 'nieuwe_kennisvragen')) {
        ref(['evaluatie', 'nieuwe_kennisvragen', index], target, 'vraag');
      }
    }
    if (entry.kind === 'vraag') {
      const project = str(entry.data, 'project');
      if (project !== undefined) ref(['project'], project, 'project');
      if (str(entry.data, 'status') === 'opgepakt' && kb.takenUpBy(entry.id).length === 0) {
        report('taken-up-unlisted', value('status'), 'cross.taken-up-unlisted', { id: entry.id }, 'warning');
      }
    }
  }
  checkCycles(kb, out);
  checkVocabularies(kb, out);
  checkPartners(kb, out);
  checkFunders(kb, out);
  return out;
}

function checkDuplicateIds(kb: KnowledgeBase, out: PendingDiagnostic[]): void {
  for (const [id, entries] of kb.byId) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      const others = entries.filter((e) => e !== entry).map((e) => e.file.path);
      const anchor = entry.data && str(entry.data, 'id') !== undefined ? value('id') : key();
      reporterFor(entry.file.path, out)('duplicate-id', anchor, 'cross.duplicate-id', { id, other: others });
    }
  }
}

function checkReference(
  kb: KnowledgeBase,
  entry: Entry,
  report: ReturnType<typeof reporterFor>,
  path: KeyPath,
  target: string,
  kind: Kind,
): void {
  const found = kb.get(target);
  if (found?.kind === kind) return;
  const keyName = keyLabel(path);
  if (found) {
    report('unknown-reference', value(...path), 'cross.wrong-kind', {
      key: keyName,
      id: target,
      kind: `@kind.${kind}`,
      found: `@kind.${found.kind}`,
    });
    return;
  }
  const args: MessageArgs = { key: keyName, id: target, kind: `@kind.${kind}` };
  const suggestion = closest(
    target,
    kb.idsOfKind(kind).filter((id) => id !== entry.id),
  );
  report(
    'unknown-reference',
    value(...path),
    'cross.unknown-reference',
    suggestion ? { ...args, suggestion } : args,
  );
}

function checkCycles(kb: KnowledgeBase, out: PendingDiagnostic[]): void {
  for (const cycle of kb.graph.cycles()) {
    const first = kb.get(cycle[0]!);
    if (!first?.data) continue;
    const link = stringsAt(first.data, 'vervolg_op').find((s) => s.value === cycle[1]);
    reporterFor(first.file.path, out)(
      'cycle',
      link ? value('vervolg_op', link.index) : key('vervolg_op'),
      'cross.cycle',
      { cycle: cycle.join(' → ') },
    );
  }
}

function checkVocabularies(kb: KnowledgeBase, out: PendingDiagnostic[]): void {
  const w = kb.werkplaats?.data;
  if (!w) return;
  const vocab = (name: string) => {
    if (!Array.isArray(w[name])) return undefined;
    const words = stringsAt(w, name).map((s) => s.value);
    // A set to look in (every project asks it, 40,000 times for 10,000 projects), the list for messages.
    return { words, has: new Set(words) };
  };
  const programmas = vocab('programmas');
  const themas = vocab('themas');
  const gebieden = vocab('gebieden');
  for (const entry of kb.entries) {
    if (!entry.data || (entry.kind !== 'project' && entry.kind !== 'vraag')) continue;
    const file = entry.file.path;
    const programma = str(entry.data, 'programma');
    if (entry.kind === 'project' && programma !== undefined)
      checkWord(out, file, ['programma'], programma, programmas, 'programmas');
    for (const { value: thema, index } of stringsAt(entry.data, 'thema'))
      checkWord(out, file, ['thema', index], thema, themas, 'themas');
    const gebied = str(entry.data, 'gebied');
    if (gebied !== undefined) checkWord(out, file, ['gebied'], gebied, gebieden, 'gebieden');
  }
}

/** One word against a werkplaats list; a list the werkplaats does not have allows every word. */
function checkWord(
  out: PendingDiagnostic[],
  file: string,
  path: KeyPath,
  found: string,
  vocabulary: { words: string[]; has: Set<string> } | undefined,
  listName: string,
): void {
  if (!vocabulary || vocabulary.has.has(found)) return;
  const allowed = vocabulary.words;
  const args: MessageArgs = { value: found, list: listName, allowed };
  const suggestion = closest(found, allowed);
  reporterFor(file, out)(
    'unknown-vocabulary',
    value(...path),
    'cross.unknown-vocabulary',
    suggestion ? { ...args, suggestion } : args,
  );
}

function registeredNames(kb: KnowledgeBase): Set<string> {
  const registered = new Set<string>();
  for (const partner of kb.ofKind('partner')) {
    const naam = partner.data ? str(partner.data, 'naam') : undefined;
    if (naam !== undefined) registered.add(naam.trim());
  }
  return registered;
}

/**
 * Who pays (`begroting.dekking[].partner`) is a partner of the project or of the register; another
 * name is most often the same organisation written differently, so the closest name is suggested.
 */
function checkFunders(kb: KnowledgeBase, out: PendingDiagnostic[]): void {
  const registered = registeredNames(kb);
  for (const project of kb.ofKind('project')) {
    if (!project.data) continue;
    const dekking = list(project.data, 'begroting', 'dekking');
    if (dekking.length === 0) continue;
    const own = list(project.data, 'partners').flatMap((p) => str(p, 'naam')?.trim() ?? []);
    for (let index = 0; index < dekking.length; index++) {
      const name = str(dekking[index], 'partner')?.trim();
      if (!name || own.includes(name) || registered.has(name)) continue;
      // Only a funder that is unknown pays for the list of every name to suggest from.
      const suggestion = closestName(name, new Set([...own, ...registered]));
      reporterFor(project.file.path, out)(
        'unknown-funder',
        value('begroting', 'dekking', index, 'partner'),
        suggestion ? 'cross.unknown-funder-typo' : 'cross.unknown-funder',
        suggestion ? { name, closest: suggestion } : { name },
        'warning',
      );
    }
  }
}

function checkPartners(kb: KnowledgeBase, out: PendingDiagnostic[]): void {
  const registered = registeredNames(kb);
  for (const project of kb.ofKind('project')) {
    if (!project.data) continue;
    const partners = list(project.data, 'partners');
    for (let index = 0; index < partners.length; index++) {
      const partner = partners[index];
      const naam = str(partner, 'naam');
      if (naam === undefined || registered.has(naam.trim())) continue;
      const args: MessageArgs = { name: naam, group: str(partner, 'groep') ?? 'overig' };
      const suggestion = closest(naam, registered);
      reporterFor(project.file.path, out)(
        'unregistered-partner',
        value('partners', index, 'naam'),
        suggestion ? 'cross.unregistered-partner-typo' : 'cross.unregistered-partner',
        suggestion ? { ...args, closest: suggestion } : args,
        'warning',
      );
    }
  }
}
