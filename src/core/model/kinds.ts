// Every kind of record, declared once: where its files live, how its id is ruled, which of its
// fields hold a person, what `kwp list` shows of it, its template. What is about one kind is read
// from here; the type demands a row for every kind, so a new kind cannot be half-added. Its schema is
// the row of SCHEMAS in ../schema/index.ts (kept apart so that commands that only read need not load
// zod), its links are rows of ./links.ts.
//
// A new kind (the education offer, `aanbod`) is: its name in `Kind` and its folder in KIND_FOLDERS
// (../kinds.ts); a row here; its zod schema and SCHEMAS row; its view in ./views.ts; its rows in
// ./links.ts (links, vocabulary fields); its messages (kind.<kind>, schema.kind.<kind>, column and
// inverse labels: the compiler asks for each); its template; its `kwp new` command and the rules of
// its own file. Reading it, listing it, showing it with its inverse links, its JSON Schema, `--public`,
// `validate --changed`, what validation keeps of it and `kwp init`'s folder all follow from the rows.
import type { MessageId } from '../../messages/catalogue.js';
import { AANBOD_STATUSES, PROJECT_STATUSES, VRAAG_STATUSES } from '../enums.js';
import { offerStatus } from '../offer/periods.js';
import { KIND_FOLDERS, type FolderKind, type Kind, WERKPLAATS_PATH } from '../kinds.js';
import type { FieldPath, PersonValue } from '../person-fields.js';
import type { ViewOf } from './views.js';

/**
 * A column of `kwp list`: its header (a catalogue id) and its value, read from the record's view
 * (`id` is the record's id: the one it declares, else its file name).
 */
export interface Column<K extends Kind = Kind> {
  readonly label: Extract<MessageId, `label.${string}`>;
  value(view: ViewOf<K>, id: string): string | undefined;
}

export interface KindSpec<K extends Kind = Kind> {
  readonly kind: K;
  /** The folder under `knowledge/` with one file per record; null for the one werkplaats file. */
  readonly folder: string | null;
  /** The file of a kind that has exactly one (the werkplaats), relative to the kb root. */
  readonly file: string | null;
  /** What format.md calls one file of the kind (Dutch, as the format is): in its JSON Schema's title. */
  readonly noun: string;
  /** The words `kwp list` accepts for the kind; the first is the one it suggests. */
  readonly words: readonly string[];
  /** Whether a record's `id` must equal its file name (and be a valid id). */
  readonly idIsFileName: boolean;
  /** The key that names a record in lists, graphs and reports. */
  readonly title: string;
  /** The template `kwp new` fills in, under templates/. */
  readonly template: string;
  /**
   * Fields that hold a person (`--public` removes them, `person-*` rules check them), as paths of
   * person-fields.ts; what each holds is described there.
   */
  readonly persons: Readonly<Record<FieldPath, PersonValue>>;
  /**
   * Fields that name organisations, the werkplaats itself or vocabulary words: never a person, so
   * they stay readable under `--public`, also where a person's name part happens to be the same word.
   */
  readonly kept: readonly FieldPath[];
  /** What `kwp list` shows. */
  readonly columns: readonly Column<K>[];
  /** The values of its `status` (what `kwp list --status` accepts); none when it has no status. */
  readonly statuses: readonly string[] | null;
  /** Whether `kwp list` filters on `--status`, `--theme`, `--area`, `--programme`, `--partner`. */
  readonly filters: readonly ('status' | 'theme' | 'area' | 'programme' | 'partner')[];
}

const id: Column = { label: 'label.id', value: (_, id) => id };
const status: Column<'project' | 'vraag'> = { label: 'label.status', value: (v) => v.status };

export const KINDS: { readonly [K in Kind]: KindSpec<K> } = {
  werkplaats: {
    kind: 'werkplaats',
    folder: null,
    file: WERKPLAATS_PATH,
    noun: 'werkplaats',
    words: [],
    idIsFileName: false,
    title: 'naam',
    template: 'werkplaats.md',
    persons: {
      'rollen.manager': 'persoon',
      'rollen.beheerder': 'persoon',
      'rollen.kwartiermakers.*[]': 'persoon',
      'rollen.sparringpartners[]': 'persoon',
      'rollen.stuurgroep[]': 'persoon',
    },
    kept: ['naam', 'programmas[]', 'themas[]', 'gebieden[]'],
    columns: [],
    statuses: null,
    filters: [],
  },
  project: {
    kind: 'project',
    folder: KIND_FOLDERS.project,
    file: null,
    noun: 'projectbeschrijving',
    words: ['projecten', 'project'],
    idIsFileName: true,
    title: 'titel',
    template: 'project.md',
    persons: { projectleider: 'persoon', contactpersoon: 'persoon', 'team.*[]': 'naam' },
    kept: ['programma', 'thema[]', 'gebied', 'partners[].naam', 'begroting.dekking[].partner'],
    columns: [
      id,
      status,
      { label: 'label.start', value: (v) => v.planning.start },
      { label: 'label.gebied', value: (v) => v.gebied },
      { label: 'label.titel', value: (v) => v.titel },
    ],
    statuses: PROJECT_STATUSES,
    filters: ['status', 'theme', 'area', 'programme', 'partner'],
  },
  vraag: {
    kind: 'vraag',
    folder: KIND_FOLDERS.vraag,
    file: null,
    noun: 'kennisvraag',
    words: ['vragen', 'kennisvragen', 'vraag'],
    idIsFileName: true,
    title: 'vraag',
    template: 'vraag.md',
    persons: { vraageigenaar: 'persoon-of-organisatie' },
    kept: ['thema[]', 'gebied'],
    columns: [
      id,
      status,
      { label: 'label.bron', value: (v) => v.bron },
      { label: 'label.vraag', value: (v) => v.vraag },
    ],
    statuses: VRAAG_STATUSES,
    filters: ['status', 'theme', 'area'],
  },
  partner: {
    kind: 'partner',
    folder: KIND_FOLDERS.partner,
    file: null,
    noun: 'partner',
    words: ['partners', 'partner'],
    idIsFileName: true,
    title: 'naam',
    template: 'partner.md',
    persons: { aanspreekpunt: 'persoon' },
    kept: ['naam'],
    columns: [
      id,
      { label: 'label.groep', value: (v) => v.groep },
      { label: 'label.niveau', value: (v) => v.niveau },
      { label: 'label.naam', value: (v) => v.naam },
    ],
    statuses: null,
    filters: [],
  },
  aanbod: {
    kind: 'aanbod',
    folder: KIND_FOLDERS.aanbod,
    file: null,
    noun: 'onderwijsaanbod',
    words: ['aanbod'],
    idIsFileName: true,
    title: 'titel',
    template: 'aanbod.md',
    persons: { contactpersoon: 'persoon' },
    kept: ['instelling', 'opleiding', 'thema[]', 'gebied[]'],
    columns: [
      id,
      { label: 'label.status', value: offerStatus },
      { label: 'label.instelling', value: (v) => v.instelling },
      { label: 'label.niveau', value: (v) => v.niveau },
      { label: 'label.titel', value: (v) => v.titel },
    ],
    statuses: AANBOD_STATUSES,
    filters: ['status', 'theme', 'area', 'partner'],
  },
};

/** The kinds with a folder of records, in the order lists and help name them. */
export const FOLDER_KINDS = (Object.values(KINDS) as KindSpec[]).filter((k) => k.folder !== null);

/** Every kind: first those with a folder of records, then the single files (the werkplaats). */
export const ALL_KINDS: readonly KindSpec[] = [
  ...FOLDER_KINDS,
  ...(Object.values(KINDS) as KindSpec[]).filter((k) => k.folder === null),
];

/** Where a kind's files are, as people read it: `knowledge/projecten/<id>.md`, `knowledge/werkplaats.md`. */
export function whereFiles(spec: KindSpec): string {
  return spec.folder === null ? spec.file! : `knowledge/${spec.folder}/<id>.md`;
}

/** The folder of a kind with one file per record. */
export function folderOf(kind: FolderKind): string {
  return KINDS[kind].folder!;
}

/** The kind a word of `kwp list` names (`projecten`, `vraag`, …). */
export function kindOfWord(word: string): Kind | undefined {
  return FOLDER_KINDS.find((k) => k.words.includes(word))?.kind;
}

type MissingKindMessage = Exclude<`kind.${Kind}` | `schema.kind.${Kind}`, MessageId>;
/**
 * Compiles only when every kind has its name (`kind.<kind>`, which messages give as `@kind.<kind>`)
 * and its line in `kwp schema` (`schema.kind.<kind>`) in the catalogue.
 */
export const KIND_MESSAGES: [MissingKindMessage] extends [never] ? true : MissingKindMessage = true;
