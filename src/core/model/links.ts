// Every link between records, declared once: which key of which kind holds the id of which other
// kind, and what kwp derives from it. The reference rules and the cycle check, the inverse links
// (`vervolgd_door`, `opgepakt_door`, …), the graph, the `--changed` scope and `kwp show` are all
// derived from this table; a new link is a new row (plus its messages).
import type { Kind } from '../kinds.js';

/** The graph's edge kinds; every edge points forward in the knowledge cycle. */
export type EdgeKind = 'vervolg_op' | 'raised' | 'taken_up';

export interface Link {
  /** The link's name: the key that holds it, or its last part. */
  readonly name: string;
  /** The kind of record that holds the link. */
  readonly from: Kind;
  /** Where in the frontmatter the id (or list of ids) is. */
  readonly path: readonly string[];
  /** A list of ids (`true`) or one id. */
  readonly many: boolean;
  /** The kind of record the id must name. */
  readonly to: Kind;
  /**
   * The derived inverse: the key `kwp show --json` gives it on the target, and the catalogue label
   * (`label.<inverse>`) every output shows it with.
   */
  readonly inverse: string;
  /** A record may not name itself here (`self-reference`). */
  readonly noSelf?: true;
  /** The links of this row may form no cycle (`cycle`); they make the follow-up chains. */
  readonly acyclic?: true;
  /**
   * A rule on the target reads this link's inverse (`taken-up-unlisted`: a question marked opgepakt
   * needs a project that lists it), so a changed holder concerns the targets it names now and those
   * it named before (`validate --changed`).
   */
  readonly inverseChecked?: true;
  /**
   * The edge the graph draws for it, and whether it points from the holder or from the target; a
   * link without one is not drawn (`kwp graph` shows the knowledge cycle: projects and questions).
   */
  readonly edge?: { readonly kind: EdgeKind; readonly from: 'holder' | 'target' };
}

export const LINKS = [
  {
    name: 'vervolg_op',
    from: 'project',
    path: ['vervolg_op'],
    many: true,
    to: 'project',
    inverse: 'vervolgd_door',
    noSelf: true,
    acyclic: true,
    edge: { kind: 'vervolg_op', from: 'target' },
  },
  {
    name: 'kennisvragen',
    from: 'project',
    path: ['kennisvragen'],
    many: true,
    to: 'vraag',
    inverse: 'opgepakt_door',
    inverseChecked: true,
    edge: { kind: 'taken_up', from: 'target' },
  },
  {
    name: 'nieuwe_kennisvragen',
    from: 'project',
    path: ['evaluatie', 'nieuwe_kennisvragen'],
    many: true,
    to: 'vraag',
    inverse: 'voortgekomen_uit',
    edge: { kind: 'raised', from: 'holder' },
  },
  {
    name: 'project',
    from: 'vraag',
    path: ['project'],
    many: false,
    to: 'project',
    inverse: 'vragen',
    edge: { kind: 'raised', from: 'target' },
  },
  {
    // The education offers a project is carried out in; not drawn in the knowledge cycle's graph.
    name: 'aanbod',
    from: 'project',
    path: ['aanbod'],
    many: true,
    to: 'aanbod',
    inverse: 'gebruikt_door',
    // offer-overbooked counts, on the offer, the projects that list it.
    inverseChecked: true,
  },
] as const satisfies readonly Link[];

export type LinkName = (typeof LINKS)[number]['name'];

/** The links a kind of record holds. */
export function linksFrom(kind: Kind): readonly Link[] {
  return LINKS.filter((l) => l.from === kind);
}

/** The links that point at a kind of record. */
export function linksTo(kind: Kind): readonly Link[] {
  return LINKS.filter((l) => l.to === kind);
}

/**
 * Links by name rather than by id: a project names its partners and who pays by the organisation's
 * `naam`, which the partner register should hold. Unknown names are warnings, not errors.
 */
export interface NameLink {
  readonly name: string;
  readonly from: Kind;
  /** The path to the name; `[]` is each item of a list (a path without one holds one name). */
  readonly path: readonly string[];
  readonly to: Kind;
  /** The key of the target that holds the name. */
  readonly byKey: string;
  /** The derived inverse on the target (`kwp show`, the site): the projects that name it. */
  readonly inverse: string;
}

export const NAME_LINKS = [
  {
    name: 'partners',
    from: 'project',
    path: ['partners', '[]', 'naam'],
    to: 'partner',
    byKey: 'naam',
    inverse: 'projecten',
  },
  {
    name: 'dekking',
    from: 'project',
    path: ['begroting', 'dekking', '[]', 'partner'],
    to: 'partner',
    byKey: 'naam',
    inverse: 'financiert',
  },
  {
    // The school that makes an education offer.
    name: 'instelling',
    from: 'aanbod',
    path: ['instelling'],
    to: 'partner',
    byKey: 'naam',
    inverse: 'biedt_aan',
  },
] as const satisfies readonly NameLink[];

/**
 * Words that must be in one of the werkplaats' lists (when the werkplaats has that list): a
 * changed werkplaats therefore concerns every record that has one of these keys.
 */
export interface VocabularyField {
  readonly kinds: readonly Kind[];
  readonly path: readonly string[];
  readonly many: boolean;
  /** The werkplaats key of the list. */
  readonly list: 'programmas' | 'themas' | 'gebieden';
}

export const VOCABULARY_FIELDS = [
  { kinds: ['project'], path: ['programma'], many: false, list: 'programmas' },
  { kinds: ['project', 'vraag', 'aanbod'], path: ['thema'], many: true, list: 'themas' },
  { kinds: ['project', 'vraag'], path: ['gebied'], many: false, list: 'gebieden' },
  // An offer names every area its students can work in.
  { kinds: ['aanbod'], path: ['gebied'], many: true, list: 'gebieden' },
] as const satisfies readonly VocabularyField[];

export type NameLinkName = (typeof NAME_LINKS)[number]['name'];
