// The `--changed` scope follows the link table: for every row of LINKS, NAME_LINKS and
// VOCABULARY_FIELDS, a change at one end brings the file at the other end into scope, and leaves a
// file of the same kind that has no such link out. A new row is tested here without a line more.
import { describe, expect, it } from 'vitest';
import { affectedPaths, type ChangedPath } from '../../src/core/affected.js';
import type { Kind } from '../../src/core/kinds.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { KINDS } from '../../src/core/model/kinds.js';
import {
  type Link,
  LINKS,
  NAME_LINKS,
  type NameLink,
  VOCABULARY_FIELDS,
} from '../../src/core/model/links.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { makeKb } from '../helpers/kb.js';

type Fields = Record<string, unknown>;

function pathOf(kind: Kind, id: string): string {
  const spec = KINDS[kind];
  return spec.folder === null ? spec.file! : `knowledge/${spec.folder}/${id}.md`;
}

/** A record of `kind` with only an id and `fields`: the scope reads links, not whether a file is valid. */
function file(kind: Kind, id: string, fields: Fields = {}): Record<string, string> {
  const lines = Object.entries({ id, ...fields }).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return { [pathOf(kind, id)]: `---\n${lines.join('\n')}\n---\n` };
}

/** `value` placed at a link-table path (`[]` is one item of a list). */
function at(path: readonly string[], value: unknown): Fields {
  let out: unknown = value;
  for (const segment of [...path].reverse()) out = segment === '[]' ? [out] : { [segment]: out };
  return out as Fields;
}

async function scope(files: Record<string, string>, changes: ChangedPath[]): Promise<Set<string>> {
  const { files: parsed } = await loadKnowledgeBase(makeKb(files));
  return affectedPaths(changes, new KnowledgeBase(parsed));
}

describe('the --changed scope follows every link of the link table', () => {
  it.each((LINKS as readonly Link[]).map((link) => [link.name, link] as const))(
    'link %s: a changed or deleted target brings in the record that names it',
    async (_, link) => {
      const target = 'doel-een';
      const holder = 'houder-een';
      const other = 'houder-twee';
      const files = {
        ...file(link.to, target),
        ...file(link.from, holder, at(link.path, link.many ? [target] : target)),
        ...file(link.from, other),
      };
      for (const status of ['M', 'D'] as const) {
        const found = await scope(files, [{ status, path: pathOf(link.to, target) }]);
        expect(found.has(pathOf(link.from, holder))).toBe(true);
        expect(found.has(pathOf(link.from, other))).toBe(false);
      }
    },
  );

  it.each((LINKS as readonly Link[]).filter((l) => l.inverseChecked).map((l) => [l.name, l] as const))(
    'link %s: a changed holder brings in the targets it names now and named before',
    async (_, link) => {
      const files = {
        ...file(link.to, 'doel-nu'),
        ...file(link.to, 'doel-eerder'),
        ...file(link.to, 'doel-nooit'),
        ...file(link.from, 'houder-een', at(link.path, link.many ? ['doel-nu'] : 'doel-nu')),
      };
      const found = await scope(files, [
        { status: 'M', path: pathOf(link.from, 'houder-een'), dropped: ['doel-eerder'] },
      ]);
      expect(found.has(pathOf(link.to, 'doel-nu'))).toBe(true);
      expect(found.has(pathOf(link.to, 'doel-eerder'))).toBe(true);
      expect(found.has(pathOf(link.to, 'doel-nooit'))).toBe(false);
    },
  );

  it.each((NAME_LINKS as readonly NameLink[]).map((link) => [link.name, link] as const))(
    'name link %s: a changed target brings in the record that names it',
    async (_, link) => {
      const files = {
        ...file(link.to, 'naam-een', { [link.byKey]: 'Organisatie Een' }),
        ...file(link.to, 'naam-twee', { [link.byKey]: 'Organisatie Twee' }),
        ...file(link.from, 'houder-een', at(link.path, 'Organisatie Een')),
        ...file(link.from, 'houder-twee', at(link.path, 'Organisatie Twee')),
      };
      const found = await scope(files, [{ status: 'M', path: pathOf(link.to, 'naam-een') }]);
      expect(found.has(pathOf(link.from, 'houder-een'))).toBe(true);
      expect(found.has(pathOf(link.from, 'houder-twee'))).toBe(false);
    },
  );

  it.each(VOCABULARY_FIELDS.flatMap((f) => f.kinds.map((kind) => [f.path.join('.'), kind] as const)))(
    'vocabulary field %s of %s: a changed werkplaats brings in every record that has it',
    async (key, kind) => {
      const files = { ...file(kind, 'record-een', at(key.split('.'), 'woord')) };
      const found = await scope(files, [{ status: 'M', path: pathOf('werkplaats', '') }]);
      expect(found.has(pathOf(kind, 'record-een'))).toBe(true);
    },
  );
});
