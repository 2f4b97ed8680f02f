// What `kwp edit` can change of each kind, declared once: where each value lives (a key path, or a
// `## Section` of the body), the flag that sets it (the flag of `kwp new`), how the flag's text is
// read, whether it is a list (then `--add-…`/`--remove-…` change one item), and what a status needs.
// The command's flags, its help, the flag parsing and the status check all read this table.
import { BRONNEN, CSL_NIVEAUS, GROEPEN, NIVEAUS, VORMEN } from '../../enums.js';
import type { Kind } from '../../kinds.js';
import { KINDS } from '../../model/kinds.js';

/** How a flag's text becomes a value. */
export type FieldParse =
  | 'text'
  | 'date'
  | 'person'
  /** A person when written "Naam <email>", else an organisation's name (vraageigenaar). */
  | 'owner'
  | 'url'
  /** A whole number of 1 or more (a question's `studenten`). */
  | 'count'
  /** An offer's periods: each `--period` one (core/offer/offer-input.ts), together replacing the list. */
  | 'periods'
  /** One of a fixed list. */
  | { oneOf: readonly string[] }
  /** A list of strings: a repeated flag replaces the list; `--add-x`/`--remove-x` one item. */
  | 'list'
  /** A list of a project's partners, added and removed by name from the partner register. */
  | 'partners';

export interface EditField {
  /** The field's name in `--json`'s `changed` and in messages: its key path with dots, or `## Inhoud`. */
  readonly name: string;
  /** A key path in the frontmatter; absent for a body section. */
  readonly path?: readonly string[];
  /** A `## Section` of the body whose text this is. */
  readonly section?: string;
  /** The flag that sets it (without `--`); none for what only the questions change. */
  readonly flag?: string;
  /** The word of `--add-<word>`/`--remove-<word>` for a list (the flag's, unless said). */
  readonly item?: string;
  readonly parse: FieldParse;
  /** For a list: the values its items may take (a question's levels and forms); any when absent. */
  readonly allowed?: readonly string[];
  /** The statuses in which it must have a value (format.md); none: never required by status. */
  readonly neededUnless?: readonly string[];
}

const status = (kind: 'project' | 'vraag' | 'aanbod'): EditField => ({
  name: 'status',
  path: ['status'],
  flag: 'status',
  parse: { oneOf: KINDS[kind].statuses! },
});

// A project leaving voorbereiding needs a leader, a planning and its content (format.md).
const RUNNING = ['voorbereiding'] as const;

export const EDIT_FIELDS: { readonly [K in Kind]: readonly EditField[] } = {
  project: [
    { name: 'titel', path: ['titel'], flag: 'title', parse: 'text' },
    status('project'),
    { name: 'programma', path: ['programma'], flag: 'programme', parse: 'text' },
    { name: 'kennisvraag', path: ['kennisvraag'], flag: 'question', parse: 'text' },
    { name: 'vervolg_op', path: ['vervolg_op'], flag: 'follows', parse: 'list' },
    { name: 'kennisvragen', path: ['kennisvragen'], flag: 'takes-up', parse: 'list' },
    { name: 'thema', path: ['thema'], flag: 'theme', parse: 'list' },
    { name: 'gebied', path: ['gebied'], flag: 'area', parse: 'text' },
    { name: 'projectleider', path: ['projectleider'], flag: 'lead', parse: 'person', neededUnless: RUNNING },
    { name: 'contactpersoon', path: ['contactpersoon'], flag: 'contact', parse: 'person' },
    { name: 'partners', path: ['partners'], item: 'partner', parse: 'partners' },
    { name: 'leerdoelen', path: ['leerdoelen'], parse: 'list' },
    {
      name: 'planning.start',
      path: ['planning', 'start'],
      flag: 'start',
      parse: 'date',
      neededUnless: RUNNING,
    },
    { name: 'planning.tussentijds', path: ['planning', 'tussentijds'], flag: 'midterm', parse: 'date' },
    {
      name: 'planning.einde',
      path: ['planning', 'einde'],
      flag: 'end',
      parse: 'date',
      neededUnless: RUNNING,
    },
    { name: 'begroting.kosten', path: ['begroting', 'kosten'], parse: 'list' },
    { name: 'begroting.dekking', path: ['begroting', 'dekking'], parse: 'list' },
    { name: '## Inhoud', section: 'Inhoud', flag: 'content', parse: 'text', neededUnless: RUNNING },
  ],
  vraag: [
    { name: 'vraag', path: ['vraag'], flag: 'question', parse: 'text' },
    status('vraag'),
    { name: 'bron', path: ['bron'], flag: 'source', parse: { oneOf: BRONNEN } },
    { name: 'project', path: ['project'], flag: 'project', parse: 'text' },
    { name: 'vraageigenaar', path: ['vraageigenaar'], flag: 'owner', parse: 'owner' },
    { name: 'thema', path: ['thema'], flag: 'theme', parse: 'list' },
    { name: 'gebied', path: ['gebied'], flag: 'area', parse: 'text' },
    { name: 'niveau', path: ['niveau'], flag: 'level', parse: 'list', allowed: NIVEAUS },
    { name: 'vorm', path: ['vorm'], flag: 'form', parse: 'list', allowed: VORMEN },
    { name: 'studenten', path: ['studenten'], flag: 'students', parse: 'count' },
    { name: 'gewenst.van', path: ['gewenst', 'van'], flag: 'wanted-from', parse: 'date' },
    { name: 'gewenst.tot', path: ['gewenst', 'tot'], flag: 'wanted-until', parse: 'date' },
  ],
  partner: [
    { name: 'naam', path: ['naam'], flag: 'name', parse: 'text' },
    { name: 'groep', path: ['groep'], flag: 'group', parse: { oneOf: GROEPEN } },
    { name: 'niveau', path: ['niveau'], flag: 'level', parse: { oneOf: NIVEAUS } },
    { name: 'aanspreekpunt', path: ['aanspreekpunt'], flag: 'contact', parse: 'person' },
    { name: 'website', path: ['website'], flag: 'website', parse: 'url' },
  ],
  aanbod: [
    { name: 'titel', path: ['titel'], flag: 'title', parse: 'text' },
    status('aanbod'),
    { name: 'instelling', path: ['instelling'], flag: 'institution', parse: 'text' },
    { name: 'niveau', path: ['niveau'], flag: 'level', parse: { oneOf: NIVEAUS } },
    { name: 'opleiding', path: ['opleiding'], flag: 'discipline', parse: 'text' },
    { name: 'vorm', path: ['vorm'], flag: 'form', parse: { oneOf: VORMEN } },
    { name: 'csl_niveau', path: ['csl_niveau'], flag: 'csl', parse: { oneOf: CSL_NIVEAUS } },
    { name: 'thema', path: ['thema'], flag: 'theme', parse: 'list' },
    { name: 'gebied', path: ['gebied'], flag: 'area', parse: 'list' },
    { name: 'periodes', path: ['periodes'], flag: 'period', parse: 'periods' },
    { name: 'contactpersoon', path: ['contactpersoon'], flag: 'contact', parse: 'person' },
  ],
  werkplaats: [
    { name: 'naam', path: ['naam'], flag: 'name', parse: 'text' },
    { name: 'programmas', path: ['programmas'], flag: 'programme', parse: 'list' },
    { name: 'themas', path: ['themas'], flag: 'theme', parse: 'list' },
    { name: 'gebieden', path: ['gebieden'], flag: 'area', parse: 'list' },
  ],
};

/** The word of a list's `--add-`/`--remove-` flags. */
export function itemWord(field: EditField): string | undefined {
  if (field.parse !== 'list' && field.parse !== 'partners') return undefined;
  return field.item ?? field.flag;
}

/**
 * Every flag `kwp edit` has for some kind, each once: the value flags, the words of the add/remove
 * flags, and the value flags that are a list in some kind (repeatable: `--area` is one area of a
 * project, and the werkplaats' list of areas).
 */
export function editFlags(): { flags: string[]; lists: string[]; repeatable: string[] } {
  const all = Object.values(EDIT_FIELDS).flat();
  const flags = [...new Set(all.flatMap((f) => (f.flag ? [f.flag] : [])))];
  const lists = [...new Set(all.flatMap((f) => itemWord(f) ?? []))];
  const repeatable = [
    ...new Set(all.flatMap((f) => (f.flag && (f.parse === 'list' || f.parse === 'periods') ? [f.flag] : []))),
  ];
  return { flags, lists, repeatable };
}

/** The keys a `--add-<word>`/`--remove-<word>` flag changes, over every kind (`thema, themas`). */
export function keysOfItem(word: string): string[] {
  const all = Object.values(EDIT_FIELDS).flat();
  return [...new Set(all.filter((f) => itemWord(f) === word).map((f) => f.name))];
}

/** The fields a record in `status` must have a value for. */
export function neededFor(kind: Kind, status: string | undefined): EditField[] {
  if (status === undefined) return [];
  return EDIT_FIELDS[kind].filter((f) => f.neededUnless && !f.neededUnless.includes(status));
}
