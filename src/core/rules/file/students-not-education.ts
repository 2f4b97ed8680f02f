// Students come with a school: only a partner in the group `onderwijs` brings `studenten`.
import { list, str, valueAt } from '../../data.js';
import { key } from '../context.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const studentsNotEducation: FileRule<'students-not-education'> = {
  id: 'students-not-education',
  severity: 'error',
  scope: 'file',
  kinds: ['project'],
  messages: ['rule.students-not-education'],
  example: {
    bad: {
      [EXAMPLE_PROJECT]: 'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid\n    studenten: 4',
    },
    good: {
      [EXAMPLE_PROJECT]:
        'partners:\n  - naam: Gemeente Rivelde\n    groep: overheid\n  - naam: Hogeschool Rivelde\n    groep: onderwijs\n    studenten: 4',
      'partners/hogeschool-rivelde.md': 'naam: Hogeschool Rivelde\ngroep: onderwijs',
    },
  },
  check({ data, report }) {
    const partners = list(data, 'partners');
    for (let i = 0; i < partners.length; i++) {
      const groep = str(partners[i], 'groep');
      if (groep !== undefined && groep !== 'onderwijs' && valueAt(partners[i], ['studenten']) != null) {
        report(key('partners', i, 'studenten'), 'rule.students-not-education', { group: groep });
      }
    }
  },
};
