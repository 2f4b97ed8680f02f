// Templates filled with hostile values stay valid YAML and read back as the same values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../src/core/read-file.js';
import { renderTemplate } from '../../src/core/scaffold/template.js';
import { baseId, candidateId, slugify } from '../../src/core/scaffold/slug.js';
import { yamlString } from '../../src/core/scaffold/yaml-value.js';
import { readYamlFull } from '../../src/core/yaml-full.js';
import { REPO } from '../helpers/kb.js';

const project = readFileSync(join(REPO, 'templates', 'project.md'), 'utf8');

function readBack(text: string) {
  const file = readSourceFile('knowledge/projecten/x.md', 'project', Buffer.from(text), readYamlFull)!;
  expect(file.problems).toEqual([]);
  return file.data!;
}

const HOSTILE = [
  'Groene daken',
  'Titel: met dubbele punt',
  '# geen commentaar',
  '---',
  '- geen lijst',
  '"aanhalingstekens" en \'enkele\'',
  'regel\nnieuwe regel',
  'tab\there',
  '  spaties eromheen  ',
  'true',
  'no',
  '0123',
  '2026-02-30',
  '1e3',
  '~',
  '[lijst], {map}',
  '&anker *alias !tag',
  '@iemand `code` %procent',
  'emoji 🌳🏫',
  'עברית right-to-left',
  'a\u202ebidi',
  '../../etc/passwd',
  'C:\\map\\bestand',
  '{{titel}}',
  'x'.repeat(500),
];

describe('yamlString and renderTemplate', () => {
  it.each(HOSTILE)('keeps %j valid YAML and reads it back unchanged', (value) => {
    const text = renderTemplate(project, {
      id: '2026-x',
      titel: value,
      kennisvraag: value,
      thema: [value, 'tweede'],
      contactpersoon: { naam: value, email: 'a@example.org' },
      partners: [{ naam: value, groep: 'onderwijs', studenten: 3 }],
      inhoud: value,
    });
    const data = readBack(text);
    expect(data['titel']).toBe(value);
    expect(data['thema']).toEqual([value, 'tweede']);
    expect(data['contactpersoon']).toEqual({ naam: value, email: 'a@example.org' });
    expect(data['partners']).toEqual([{ naam: value, groep: 'onderwijs', studenten: 3 }]);
  });

  it('writes plain text plainly and quotes only what needs it', () => {
    expect(yamlString('Groene daken in de Rivierenwijk')).toBe('Groene daken in de Rivierenwijk');
    expect(yamlString('Coöperatie Zuid')).toBe('Coöperatie Zuid');
    expect(yamlString('true')).toBe('"true"');
    expect(yamlString('0123')).toBe('"0123"');
    expect(yamlString('a: b')).toBe('"a: b"');
    expect(yamlString('x, y', true)).toBe('"x, y"');
  });

  it('leaves keys without a value blank, and a list of mappings as a block list', () => {
    const text = renderTemplate(project, {
      id: '2026-x',
      partners: [{ naam: 'Saxion', groep: 'onderwijs' }],
      kosten: [{ post: 'materiaal', bedrag: 100 }],
    });
    expect(text).toContain('\ngebied:\n');
    expect(text).toContain('\npartners:\n  - {naam: Saxion, groep: onderwijs}\n');
    expect(text).toContain('\n  kosten:\n    - {post: materiaal, bedrag: 100}\n');
  });
});

describe('ids', () => {
  it('transliterates accents and keeps a-z, digits and single hyphens', () => {
    expect(slugify("Coöperatie & zorg in 't Zand!")).toBe('cooperatie-zorg-in-t-zand');
    expect(slugify('Één café, één idee')).toBe('een-cafe-een-idee');
    expect(slugify('?!…')).toBe('');
    expect(baseId('2026', '?!…', 'project')).toBe('2026-project');
    expect(baseId('2026', '🌳🌳', 'project')).toBe('2026-project');
  });

  it('bounds the length at a word boundary and makes room for a suffix', () => {
    const id = baseId('2026', 'woord '.repeat(100), 'project');
    expect(id.length).toBeLessThanOrEqual(65);
    expect(id).toMatch(/^2026-woord(-woord)*$/);
    expect(candidateId(id, 12).length).toBeLessThanOrEqual(80);
    expect(candidateId('2026-a', 2)).toBe('2026-a-2');
  });
});
