// The read model (core/model/views.ts): each view covers its zod schema (checked by the compiler),
// reads a valid file fully, and reads a broken one without throwing, leaving wrong values out.
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Kind } from '../../src/core/kinds.js';
import {
  aanbodView,
  partnerView,
  personName,
  projectMatchView,
  projectView,
  titleOf,
  vraagView,
  type ViewByKind,
  viewOf,
  werkplaatsView,
} from '../../src/core/model/views.js';
import type { Aanbod } from '../../src/core/schema/aanbod.js';
import type { Partner } from '../../src/core/schema/partner.js';
import type { Project } from '../../src/core/schema/project.js';
import { SCHEMAS } from '../../src/core/schema/index.js';
import type { Vraag } from '../../src/core/schema/vraag.js';
import type { Werkplaats } from '../../src/core/schema/werkplaats.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { REPO } from '../helpers/kb.js';
import { random } from '../helpers/random.js';

// ---- at the type level: every field of each schema has a field in its view that can hold it ----

/** Whether a value of schema type S fits view type V (null in the schema is undefined in the view). */
type Fits<S, V> = [S] extends [readonly (infer SE)[]]
  ? [V] extends [readonly (infer VE)[]]
    ? Fits<NonNullable<SE>, NonNullable<VE>>
    : false
  : S extends object
    ? Extract<V, object> extends never
      ? false
      : Covers<S, Extract<V, object>>
    : [S] extends [V]
      ? true
      : false;

/** Whether view V has, for every key of schema S, a field that fits it. */
type Covers<S, V> = false extends {
  [K in keyof S]-?: K extends keyof V ? Fits<NonNullable<S[K]>, NonNullable<V[K]>> : false;
}[keyof S]
  ? false
  : true;

const covered: {
  project: Covers<Project, ViewByKind['project']>;
  vraag: Covers<Vraag, ViewByKind['vraag']>;
  partner: Covers<Partner, ViewByKind['partner']>;
  aanbod: Covers<Aanbod, ViewByKind['aanbod']>;
  werkplaats: Covers<Werkplaats, ViewByKind['werkplaats']>;
} = { project: true, vraag: true, partner: true, aanbod: true, werkplaats: true };

// A view field the schema does not have is a misspelling: only `kind` is the view's own.
type Extra<S, V> = Exclude<keyof V, keyof S | 'kind'>;
const noExtra: [Extra<Project, ViewByKind['project']>, Extra<Vraag, ViewByKind['vraag']>] extends [
  never,
  never,
]
  ? [Extra<Partner, ViewByKind['partner']>, Extra<Werkplaats, ViewByKind['werkplaats']>] extends [
      never,
      never,
    ]
    ? [Extra<Aanbod, ViewByKind['aanbod']>] extends [never]
      ? true
      : false
    : false
  : false = true;

describe('the typed views', () => {
  it('cover every field of their schema (a compile-time check)', () => {
    expect(covered).toEqual({ project: true, vraag: true, partner: true, aanbod: true, werkplaats: true });
    expect(noExtra).toBe(true);
  });

  it('read a valid file fully: every value of the file is in its view, at the same place', async () => {
    const kb = new KnowledgeBase((await loadKnowledgeBase(REPO)).files);
    const entries = [...kb.entries, ...(kb.werkplaats ? [kb.werkplaats] : [])];
    expect(entries.length).toBeGreaterThan(20);
    const kinds = new Set<Kind>();
    for (const entry of entries) {
      expect(SCHEMAS[entry.kind].safeParse(entry.data).success, entry.file.path).toBe(true);
      kinds.add(entry.kind);
      expect(entry.view.kind).toBe(entry.kind);
      expectSame(entry.data, entry.view, entry.file.path);
      expect(entry.view).toBe(entry.view); // made once
    }
    expect([...kinds].sort()).toEqual(['aanbod', 'partner', 'project', 'vraag', 'werkplaats']);
  });

  it('narrow by kind', async () => {
    const kb = new KnowledgeBase((await loadKnowledgeBase(REPO)).files);
    const project = kb.ofKind('project')[0]!;
    expect(typeof project.view.titel).toBe('string');
    expect(titleOf(project.view)).toBe(project.view.titel);
    for (const entry of kb.entries) {
      if (entry.kind === 'vraag') expect(entry.view.thema).toBeInstanceOf(Array);
    }
    expect(kb.werkplaats?.view.naam).toBeTruthy();
  });

  it('leave out values of the wrong type, never throwing', () => {
    const p = projectView({
      titel: 12,
      status: ['lopend'],
      thema: 'zorg',
      vervolg_op: ['a-b', 3, null, 'c-d'],
      gebied: null,
      projectleider: 7,
      contactpersoon: { naam: ['x'], email: 'a@b.nl' },
      partners: [{ naam: 'A', studenten: '4' }, 'B', null, { naam: 'C', studenten: 3 }],
      planning: '2026-01-01',
      begroting: { dekking: { partner: 'A' }, kosten: [{ post: 'x', bedrag: Infinity }] },
      evaluatie: ['x'],
      team: { onderwijs: 'iemand' },
    });
    expect(p.titel).toBeUndefined();
    expect(p.status).toBeUndefined();
    expect(p.thema).toEqual([]);
    expect(p.vervolg_op).toEqual(['a-b', 'c-d']);
    expect(p.gebied).toBeUndefined();
    expect(p.projectleider).toBeUndefined();
    expect(p.contactpersoon).toEqual(expect.objectContaining({ naam: undefined, email: 'a@b.nl' }));
    // Items that are no mapping stay as empty items, so that counts are as the file has them.
    expect(p.partners.map((x) => [x.naam, x.studenten])).toEqual([
      ['A', undefined],
      [undefined, undefined],
      [undefined, undefined],
      ['C', 3],
    ]);
    expect(p.planning).toEqual({ start: undefined, tussentijds: undefined, einde: undefined });
    expect(p.begroting.dekking).toEqual([]);
    expect(p.begroting.kosten).toEqual([{ post: 'x', bedrag: undefined }]);
    expect(p.evaluatie).toBeUndefined();
    expect(p.team.onderwijs).toEqual([]);

    const q = vraagView({
      vraag: 'Waarom?',
      vraageigenaar: 'Gemeente Rivelde',
      project: ['x'],
      ingediend: 20260101,
    });
    expect(q.vraag).toBe('Waarom?');
    expect(personName(q.vraageigenaar)).toBe('Gemeente Rivelde');
    expect(q.project).toBeUndefined();
    expect(q.ingediend).toBeUndefined();

    const w = werkplaatsView({
      naam: 'W',
      themas: 'zorg',
      gebieden: ['Noord', 4],
      doelen: { studenten: '10' },
    });
    expect(w.programmas).toBeUndefined();
    expect(w.themas).toBeUndefined(); // no list: no vocabulary
    expect(w.gebieden).toEqual(['Noord']);
    expect(w.doelen.studenten).toBeUndefined();
    expect(w.rollen.kwartiermakers.onderwijs).toEqual([]);

    expect(partnerView({ naam: 'P', aanspreekpunt: { naam: 'Iemand' } }).aanspreekpunt).toEqual(
      expect.objectContaining({ naam: 'Iemand' }),
    );

    const v = vraagView({
      niveau: 'hbo',
      vorm: ['stage', 3],
      studenten: '4',
      gewenst: { van: 20270101, tot: '2027-06-30' },
    });
    expect(v.niveau).toEqual([]);
    expect(v.vorm).toEqual(['stage']);
    expect(v.studenten).toBeUndefined();
    expect(v.gewenst).toEqual({ van: undefined, tot: '2027-06-30' });
    expect(vraagView({ gewenst: '2027' }).gewenst).toEqual({ van: undefined, tot: undefined });
    expect(projectView({ aanbod: 'minor-x' }).aanbod).toEqual([]);
    expect(projectView({ aanbod: ['minor-x', 4] }).aanbod).toEqual(['minor-x']);

    const a = aanbodView({
      titel: 'Minor',
      niveau: ['hbo'],
      thema: 'zorg',
      gebied: ['Noord', null],
      periodes: [{ start: '2027-02-01', vragen: '2', studenten: 12 }, 'blok 3', null],
      contactpersoon: 'Eva Jansen',
      status: 3,
    });
    expect(a.titel).toBe('Minor');
    expect(a.niveau).toBeUndefined();
    expect(a.thema).toEqual([]);
    expect(a.gebied).toEqual(['Noord']);
    expect(a.periodes).toEqual([
      {
        naam: undefined,
        start: '2027-02-01',
        einde: undefined,
        intake_tot: undefined,
        studenten: 12,
        vragen: undefined,
      },
      expect.objectContaining({ start: undefined }),
      expect.objectContaining({ start: undefined }),
    ]);
    expect(personName(a.contactpersoon)).toBe('Eva Jansen');
    expect(a.status).toBeUndefined();
    expect(aanbodView({ periodes: { start: '2027-02-01' } }).periodes).toEqual([]);
  });

  it('read only keys the file has, never one inherited from the prototype', () => {
    const data = JSON.parse('{"__proto__": {"titel": "x", "planning": {"start": "2026-01-01"}}}') as unknown;
    const p = projectView(data);
    expect(p.titel).toBeUndefined();
    expect(p.planning.start).toBeUndefined();
  });

  it("make the matcher's part of a project (projectMatchView) as the whole view makes it", async () => {
    const { files } = await loadKnowledgeBase(REPO);
    const next = random(17);
    const shapes: unknown[] = files.filter((f) => f.kind === 'project').map((f) => f.data);
    shapes.push(null, 3, [], {}, { evaluatie: null, partners: [1, 'x', {}], thema: ['a', 2, 'b'] });
    for (let i = 0; i < 300; i++) shapes.push(randomValue(next, 3));
    for (const shape of shapes) {
      const whole = projectView(shape);
      const keys = ['kind', 'id', 'status', 'thema', 'partners', 'planning', 'evaluatie', 'aanbod'] as const;
      expect(projectMatchView(shape)).toStrictEqual(Object.fromEntries(keys.map((k) => [k, whole[k]])));
    }
  });

  it('read anything at all (null, a list, a number, random shapes) without throwing', () => {
    const next = random(13);
    const shapes: unknown[] = [null, undefined, 3, 'x', [], [1, 2], {}, { evaluatie: null }];
    for (let i = 0; i < 300; i++) shapes.push(randomValue(next, 3));
    for (const kind of ['project', 'vraag', 'partner', 'aanbod', 'werkplaats'] as const) {
      for (const shape of shapes) {
        const view = viewOf(kind, shape);
        expect(view.kind).toBe(kind);
        expectWellTyped(view);
      }
    }
  });
});

const KEYS = [
  'titel',
  'status',
  'thema',
  'planning',
  'start',
  'partners',
  'naam',
  'studenten',
  'evaluatie',
  'datum',
  'conclusies',
  'begroting',
  'dekking',
  'bedrag',
  'vraag',
  'vraageigenaar',
  'rollen',
  'kwartiermakers',
  'onderwijs',
  'doelen',
  'themas',
  'projectleider',
  'periodes',
  'gewenst',
  'aanbod',
  'intake_tot',
  'vragen',
];

function randomValue(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * 7);
  if (depth === 0 || pick < 3) return [null, 'tekst', 4, true, -1.5, '', NaN][Math.floor(next() * 7)];
  if (pick < 5) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth - 1));
  const out: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(next() * 5); i++)
    out[KEYS[Math.floor(next() * KEYS.length)]!] = randomValue(next, depth - 1);
  return out;
}

/** Every leaf of a view is a string, a finite number or undefined; every list a list; no null. */
function expectWellTyped(value: unknown): void {
  if (value === undefined || typeof value === 'string') return;
  if (typeof value === 'number') return void expect(Number.isFinite(value)).toBe(true);
  if (Array.isArray(value)) return value.forEach(expectWellTyped);
  expect(typeof value).toBe('object');
  expect(value).not.toBeNull();
  for (const field of Object.values(value as object)) expectWellTyped(field);
}

/** Each value in the file is in the view at the same path (a blank, null, is undefined there). */
function expectSame(data: unknown, view: unknown, where: string): void {
  if (data === null || data === undefined) {
    const empty = view === undefined || (Array.isArray(view) && view.length === 0);
    return void expect(empty, where).toBe(true);
  }
  if (Array.isArray(data)) {
    expect(Array.isArray(view), where).toBe(true);
    expect((view as unknown[]).length, where).toBe(data.length);
    return data.forEach((item, i) => expectSame(item, (view as unknown[])[i], `${where}[${i}]`));
  }
  if (typeof data === 'object') {
    expect(typeof view, where).toBe('object');
    for (const [key, value] of Object.entries(data))
      expectSame(value, (view as Record<string, unknown>)[key], `${where}.${key}`);
    return;
  }
  expect(view, where).toBe(data);
}
