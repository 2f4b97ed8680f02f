// Words from the werkplaats' lists (programmas, themas, gebieden) are in those lists: every field
// of the vocabulary table (VOCABULARY_FIELDS in src/core/model/links.ts). A list the werkplaats
// does not have allows every word.
import type { MessageArgs } from '../../../messages/catalogue.js';
import { str, stringsAt } from '../../data.js';
import type { KeyPath } from '../../diagnostics.js';
import { VOCABULARY_FIELDS } from '../../model/links.js';
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
    const vocabularies = new Map<string, Vocabulary | undefined>();
    for (const field of VOCABULARY_FIELDS) {
      if (vocabularies.has(field.list)) continue;
      if (!Array.isArray(w[field.list])) vocabularies.set(field.list, undefined);
      else {
        const words = stringsAt(w, field.list).map((s) => s.value);
        // A set to look in (every project asks it, 40,000 times for 10,000 projects), the list for messages.
        vocabularies.set(field.list, { words, has: new Set(words) });
      }
    }
    for (const entry of kb.entries) {
      if (!entry.data) continue;
      let inFile: Reporter | undefined;
      const check = (path: KeyPath, found: string, list: string) => {
        const vocabulary = vocabularies.get(list);
        if (!vocabulary || vocabulary.has.has(found)) return;
        checkWord((inFile ??= report(entry.file.path)), path, found, vocabulary, list);
      };
      for (const field of VOCABULARY_FIELDS) {
        if (!(field.kinds as readonly string[]).includes(entry.kind)) continue;
        if (field.many) {
          for (const { value: word, index } of stringsAt(entry.data, ...field.path))
            check([...field.path, index], word, field.list);
        } else {
          const word = str(entry.data, ...field.path);
          if (word !== undefined) check(field.path, word, field.list);
        }
      }
    }
  },
};

interface Vocabulary {
  words: string[];
  has: Set<string>;
}

/** A word that is not in its werkplaats list, with the closest word of the list when one is near. */
function checkWord(
  report: Reporter,
  path: KeyPath,
  found: string,
  vocabulary: Vocabulary,
  list: string,
): void {
  const allowed = vocabulary.words;
  const args: MessageArgs = { value: found, list, allowed };
  const suggestion = closest(found, allowed);
  report(value(...path), 'cross.unknown-vocabulary', suggestion ? { ...args, suggestion } : args);
}
