// A project that is underway says what it does in a section `## Inhoud` with text in it.
import { findSection, hasText } from '../../sections.js';
import { underwayStatus } from '../project-rules.js';
import { EXAMPLE_PROJECT, type FileRule } from '../rule.js';

export const missingInhoud: FileRule<'missing-inhoud'> = {
  id: 'missing-inhoud',
  severity: 'error',
  scope: 'file',
  kinds: ['project'],
  messages: ['rule.inhoud-missing', 'rule.inhoud-empty'],
  example: {
    bad: {
      [EXAMPLE_PROJECT]: {
        frontmatter: 'status: lopend',
        body: '## Inhoud\n\n<!-- Wat gaan de studenten doen? -->\n',
      },
    },
    good: {
      [EXAMPLE_PROJECT]: {
        frontmatter: 'status: lopend',
        body: '## Inhoud\n\nStudenten ontwerpen groene daken met bewoners.\n',
      },
    },
  },
  check({ file, data, report }) {
    if (underwayStatus(data) === undefined) return;
    const inhoud = findSection(file.body, 'Inhoud');
    if (!inhoud) {
      // Absent: point at the closing fence, after which the section belongs.
      const fence = (file.text ?? '').lastIndexOf('\n', Math.max(0, file.bodyOffset - 2)) + 1;
      report({ kind: 'offset', offset: fence }, 'rule.inhoud-missing');
    } else if (!hasText(inhoud.content)) {
      report({ kind: 'offset', offset: file.bodyOffset + inhoud.offset }, 'rule.inhoud-empty');
    }
  },
};
