// A record's id is its file name: `kwp` finds a record by the name of its file, and a link names it
// by its id.
import { str } from '../../data.js';
import { KINDS } from '../../model/kinds.js';
import { value } from '../context.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const idMismatch: FileRule<'id-mismatch'> = {
  id: 'id-mismatch',
  severity: 'error',
  scope: 'file',
  // The kinds whose id is their file name (the kind table): not the one werkplaats file.
  kinds: Object.values(KINDS).flatMap((spec) => (spec.idIsFileName ? [spec.kind] : [])),
  messages: ['rule.id-mismatch'],
  example: {
    bad: { [EXAMPLE_PROJECT]: 'id: 2026-groen-dak' },
    good: { [EXAMPLE_PROJECT]: 'id: 2026-groene-daken' },
  },
  check({ file, data, report }) {
    const id = str(data, 'id');
    if (id !== undefined && id !== file.stem) {
      report(value('id'), 'rule.id-mismatch', { id, file: `${file.stem}.md`, expected: file.stem });
    }
  },
};
