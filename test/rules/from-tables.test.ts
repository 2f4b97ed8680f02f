// The rules across files follow the link table (src/core/model/links.ts): for every row of LINKS,
// VOCABULARY_FIELDS and NAME_LINKS, a record that breaks it gets the rule's diagnostic at the key of
// that row. A row added to a table is checked without a line of rule code (and this test covers it).
import { describe, expect, it } from 'vitest';
import type { Data } from '../../src/core/data.js';
import type { PendingDiagnostic } from '../../src/core/diagnostics.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { KIND_FOLDERS, type Kind, WERKPLAATS_PATH } from '../../src/core/kinds.js';
import { LINKS, NAME_LINKS, VOCABULARY_FIELDS } from '../../src/core/model/links.js';
import { type ParsedFile, unreadFile } from '../../src/core/read-file.js';
import { checkAcrossFiles } from '../../src/core/validate.js';

function record(kind: Kind, id: string, data: Data): ParsedFile {
  const path = kind === 'werkplaats' ? WERKPLAATS_PATH : `knowledge/${KIND_FOLDERS[kind]}/${id}.md`;
  return { ...unreadFile(path, kind), data: kind === 'werkplaats' ? data : { id, ...data } };
}

/** `data` with `value` at `path` (a `[]` segment is a list of one item). */
function setIn(data: Data, path: readonly string[], value: unknown): Data {
  const [head, ...rest] = path;
  if (head === undefined) return data;
  if (rest[0] === '[]') {
    const item = rest.length === 1 ? value : setIn({}, rest.slice(1), value);
    return { ...data, [head]: [item] };
  }
  const inner = (data[head] ?? {}) as Data;
  return { ...data, [head]: rest.length === 0 ? value : setIn(inner, rest, value) };
}

const across = (files: ParsedFile[]): PendingDiagnostic[] =>
  checkAcrossFiles(new KnowledgeBase(files)).map((d) => ({ ...d }));

describe('the reference rules, for every link of the link table', () => {
  it.each(LINKS.map((link) => [link.name, link] as const))(
    '%s: an unknown id is unknown-reference, an id of another kind wrong-kind, at the link',
    (_, link) => {
      const at = link.many ? [...link.path, 0] : [...link.path];
      const holder = (target: string) =>
        record(link.from, 'de-houder', setIn({}, link.path, link.many ? [target] : target));
      const other: Kind = (link.to as Kind) === 'partner' ? 'vraag' : 'partner';

      const unknown = across([holder('bestaat-niet')]);
      expect(unknown.map((d) => [d.rule, d.message.id, d.anchor])).toEqual([
        ['unknown-reference', 'cross.unknown-reference', { kind: 'value', path: at }],
      ]);

      const wrong = across([holder('iets-anders'), record(other, 'iets-anders', {})]);
      expect(wrong.map((d) => [d.rule, d.message.id, d.anchor])).toEqual([
        ['unknown-reference', 'cross.wrong-kind', { kind: 'value', path: at }],
      ]);

      const right = across([holder('het-doel'), record(link.to, 'het-doel', {})]);
      expect(right.filter((d) => d.rule === 'unknown-reference')).toEqual([]);
    },
  );

  it.each(LINKS.filter((link) => link.from === link.to).map((link) => [link.name, link] as const))(
    '%s: naming itself is self-reference where the table forbids it',
    (_, link) => {
      const own = record(link.from, 'zelf', setIn({}, link.path, link.many ? ['zelf'] : 'zelf'));
      const rules = across([own]).map((d) => d.rule);
      expect(rules).toEqual(('noSelf' in link && link.noSelf ? ['self-reference'] : []) as string[]);
    },
  );

  it.each(
    LINKS.filter((link) => 'acyclic' in link && link.acyclic).map((link) => [link.name, link] as const),
  )('%s: two records naming each other are a cycle, told at the first one', (_, link) => {
    const names = (target: string) => setIn({}, link.path, link.many ? [target] : target);
    const found = across([
      record(link.from, 'a-een', names('b-twee')),
      record(link.from, 'b-twee', names('a-een')),
    ]);
    expect(found.map((d) => [d.rule, d.file, d.anchor])).toEqual([
      [
        'cycle',
        `knowledge/${KIND_FOLDERS[link.from as keyof typeof KIND_FOLDERS]}/a-een.md`,
        { kind: 'value', path: link.many ? [...link.path, 0] : [...link.path] },
      ],
    ]);
  });
});

describe('unknown-vocabulary, for every vocabulary field', () => {
  const cases = VOCABULARY_FIELDS.flatMap((field) =>
    field.kinds.map((kind) => [field.list, kind, field] as const),
  );
  it.each(cases)('%s in a %s: a word the werkplaats list lacks, at the field', (_, kind, field) => {
    const werkplaats = record('werkplaats', '', { [field.list]: ['bekend'] });
    const holder = (word: string) =>
      record(kind, 'de-houder', setIn({}, field.path, field.many ? [word] : word));
    const found = across([werkplaats, holder('onbekend')]);
    expect(found.map((d) => [d.rule, d.anchor, d.message.args['list']])).toEqual([
      [
        'unknown-vocabulary',
        { kind: 'value', path: field.many ? [...field.path, 0] : [...field.path] },
        field.list,
      ],
    ]);
    expect(across([werkplaats, holder('bekend')])).toEqual([]);
  });
});

describe('the name links', () => {
  const rules = {
    partners: 'unregistered-partner',
    dekking: 'unknown-funder',
    instelling: 'unregistered-partner',
  } as const;
  it.each(NAME_LINKS.map((link) => [link.name, link] as const))(
    '%s: a name the register lacks is a warning at the name',
    (name, link) => {
      const holder = record(link.from, 'de-houder', setIn({}, link.path, 'Onbekende Organisatie'));
      const found = across([holder, record(link.to, 'iemand', { [link.byKey]: 'Een Heel Andere Naam' })]);
      const at = link.path.map((segment) => (segment === '[]' ? 0 : segment));
      expect(found.map((d) => [d.rule, d.severity, d.anchor])).toEqual([
        [rules[name], 'warning', { kind: 'value', path: at }],
      ]);
      const known = record(link.to, 'iemand', { [link.byKey]: 'Onbekende Organisatie' });
      expect(across([holder, known])).toEqual([]);
    },
  );
});
