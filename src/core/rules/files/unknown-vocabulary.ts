// Words from the werkplaats' lists (programmas, themas, gebieden) are in those lists: every field
// of the vocabulary table (VOCABULARY_FIELDS in src/core/model/links.ts). A list the werkplaats
// does not have allows every word.
import type { MessageArgs } from '../../../messages/catalogue.js';
import { str, stringsAt } from '../../data.js';
import type { KeyPath } from '../../diagnostics.js';
import type { Kind } from '../../kinds.js';
import { VOCABULARY_FIELDS, type VocabularyField } from '../../model/links.js';
import { closest } from '../../suggest.js';
import { type Reporter, value } from '../context.js';
import { EXAMPLE_PROJECT, type FilesRule } from '../rule.js';

export const unknownVocabulary: FilesRule<'unknown-vocabulary'> = {
  id: 'unknown-vocabulary',
  severity: 'error',
  scope: 'files',
  messages: ['cross.unknown-vocabulary'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'gebied: Rivierewijk' },
    good: { [EXAMPLE_PROJECT]: 'gebied: Rivierenwijk' },
  },
  checkAll({ kb, report }) {
    const w = kb.werkplaats?.data;
    if (!w) return;
    // Per kind, each field with the list it is held against; a list the werkplaats lacks is left out.
    const byKind = new Map<Kind, [VocabularyField, Vocabulary][]>();
    const lists = new Map<string, Vocabulary>();
    for (const field of VOCABULARY_FIELDS) {
      if (!Array.isArray(w[field.list])) continue;
      let vocabulary = lists.get(field.list);
      if (!vocabulary) {
        const words = stringsAt(w, field.list).map((s) => s.value);
        // A set to look in (every project asks it, 40,000 times for 10,000 projects), the list for messages.
        lists.set(field.list, (vocabulary = { list: field.list, words, has: new Set(words) }));
      }
      for (const kind of field.kinds) byKind.set(kind, [...(byKind.get(kind) ?? []), [field, vocabulary]]);
    }
    for (const entry of kb.withData) {
      const fields = byKind.get(entry.kind);
      if (!entry.data || !fields) continue;
      for (const [field, vocabulary] of fields) {
        if (field.many) {
          for (const { value: word, index } of stringsAt(entry.data, ...field.path)) {
            if (!vocabulary.has.has(word)) {
              checkWord(report(entry.file.path), [...field.path, index], word, vocabulary);
            }
          }
        } else {
          const word = str(entry.data, ...field.path);
          if (word !== undefined && !vocabulary.has.has(word)) {
            checkWord(report(entry.file.path), field.path, word, vocabulary);
          }
        }
      }
    }
  },
};

interface Vocabulary {
  list: string;
  words: string[];
  has: Set<string>;
}

/** A word that is not in its werkplaats list, with the closest word of the list when one is near. */
function checkWord(report: Reporter, path: KeyPath, found: string, vocabulary: Vocabulary): void {
  const allowed = vocabulary.words;
  const args: MessageArgs = { value: found, list: vocabulary.list, allowed };
  const suggestion = closest(found, allowed);
  report(value(...path), 'cross.unknown-vocabulary', suggestion ? { ...args, suggestion } : args);
}
