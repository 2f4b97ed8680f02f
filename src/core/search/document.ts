// What search reads of a record: its title, path and kind, and its text in weighted fields. Which
// field holds what is declared per kind below (the type asks for a row for every kind, so a new kind
// is searchable once it has one). `--public` documents hold no person: the person fields of the kind
// table (KINDS[kind].persons) are left out, and every name, e-mail address and phone number of a
// person in the remaining text is masked (../privacy).
import type { Kind } from '../kinds.js';
import { KINDS } from '../model/kinds.js';
import { personName, titleOf, type PersonRef, type RecordView, type ViewOf } from '../model/views.js';
import { valuesAt } from '../person-fields.js';
import type { Redactor } from '../privacy/redact.js';
import { type Field, FIELDS } from './fields.js';
import { markdownText } from './markdown-text.js';

export type { Field } from './fields.js';

export interface SearchDocument {
  readonly id: string;
  readonly kind: Kind;
  readonly titel: string;
  /** The record's file, relative to the kb root. */
  readonly path: string;
  /** Each field's text (list items one a line); a field with no text is left out. */
  readonly fields: Partial<Record<Field, string>>;
}

export interface RecordInput<K extends Kind = Kind> {
  readonly id: string;
  readonly kind: K;
  readonly path: string;
  readonly data: unknown;
  readonly view: ViewOf<K>;
  /** The markdown body after the frontmatter. */
  readonly body: string;
}

type Texts = Partial<Record<Exclude<Field, 'titel' | 'tekst' | 'personen'>, (string | undefined)[]>>;

const organisation = (p: PersonRef | undefined) => (typeof p === 'object' ? p.organisatie : undefined);

/** The text fields of each kind beyond its title, body and people, read from its view. */
const FIELDS_OF: { readonly [K in Kind]: (view: ViewOf<K>) => Texts } = {
  project: (v) => ({
    vraag: [v.kennisvraag, ...v.leerdoelen.map((l) => l.wat)],
    evaluatie: v.evaluatie
      ? [...v.evaluatie.conclusies, ...v.evaluatie.leerpunten, ...v.evaluatie.verbeterpunten]
      : [],
    labels: [v.programma, ...v.thema, v.gebied],
    partners: [
      ...v.partners.flatMap((p) => [p.naam, p.opleiding]),
      ...v.begroting.dekking.map((d) => d.partner),
      organisation(v.projectleider),
      organisation(v.contactpersoon),
    ],
  }),
  vraag: (v) => ({
    labels: [...v.thema, v.gebied],
    partners: [typeof v.vraageigenaar === 'object' ? v.vraageigenaar.organisatie : undefined],
  }),
  partner: (v) => ({ labels: [v.groep, v.niveau], partners: [organisation(v.aanspreekpunt)] }),
  werkplaats: (v) => ({ labels: [...(v.programmas ?? []), ...(v.themas ?? []), ...(v.gebieden ?? [])] }),
  aanbod: (v) => ({
    labels: [v.niveau, v.vorm, ...v.thema, ...v.gebied, ...v.periodes.map((p) => p.naam)],
    partners: [v.instelling, v.opleiding, organisation(v.contactpersoon)],
  }),
};

/** The names of the people in a record's person fields (KINDS[kind].persons). */
function peopleOf(kind: Kind, data: unknown): string[] {
  const names: string[] = [];
  for (const path of Object.keys(KINDS[kind].persons)) {
    for (const value of valuesAt(data, path)) {
      const name = personName(typeof value === 'string' ? value : (value as PersonRef | undefined));
      if (typeof name === 'string') names.push(name);
    }
  }
  return names;
}

function joined(values: readonly (string | undefined)[]): string | undefined {
  // Each value once: a partner that is also who pays is one name, not two.
  const text = [
    ...new Set(
      values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim()),
    ),
  ].join('\n');
  return text === '' ? undefined : text;
}

/** The search document of a record; with a redactor, the public one (no person in it). */
export function searchDocument(record: RecordInput, redact?: Redactor): SearchDocument {
  const view = record.view as RecordView;
  const own = (FIELDS_OF[record.kind] as (v: RecordView) => Texts)(view);
  const raw: Partial<Record<Field, string | undefined>> = {
    titel: joined([titleOf(view)]),
    ...Object.fromEntries(Object.entries(own).map(([field, values]) => [field, joined(values)])),
    tekst: joined([markdownText(record.body)]),
    personen: redact ? undefined : joined(peopleOf(record.kind, record.data)),
  };
  const fields: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const text = raw[field];
    if (text !== undefined) fields[field] = redact ? redact.text(text) : text;
  }
  return {
    id: record.id,
    kind: record.kind,
    titel: fields.titel ?? record.id,
    path: record.path,
    fields,
  };
}
