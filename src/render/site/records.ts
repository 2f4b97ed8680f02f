// The records as the site shows them: each readable record with its page, its title and its view
// (with `--public`, the view and body with every person hidden, as `kwp report --public` hides them),
// and the links between them in both directions, read from the link table (core/model/links.ts).
import type { Entry, KnowledgeBase } from '../../core/knowledge-base.js';
import type { Kind } from '../../core/kinds.js';
import { linkNames, linkTargets, nameHeld } from '../../core/model/link-values.js';
import {
  LINKS,
  type Link,
  type LinkName,
  NAME_LINKS,
  type NameLink,
  type NameLinkName,
} from '../../core/model/links.js';
import { type RecordView, titleOf, viewOf } from '../../core/model/views.js';
import type { Redactor } from '../../core/privacy/redact.js';
import type { MessageId } from '../../messages/catalogue.js';
import { hrefOf } from './html.js';

export interface SiteRecord {
  readonly entry: Entry;
  readonly id: string;
  readonly kind: Kind;
  /** The record's view; with `--public`, made from its data with every person hidden. */
  readonly view: RecordView;
  /** The markdown body; with `--public`, with every person's name and contact masked. */
  readonly body: string;
  /** The page's path in the site: the file's path below `knowledge/`, `.html` for `.md`. */
  readonly path: string;
  /** The page's path as a link from the site's root. */
  readonly href: string;
  readonly title: string;
}

/** The page of a record's file: `knowledge/projecten/x.md` → `projecten/x.html`. */
export function pagePath(file: string): string {
  return `${file.replace(/^knowledge\//, '').replace(/\.md$/i, '')}.html`;
}

export class SiteRecords {
  /** Every readable record (the werkplaats last), in the knowledge base's order. */
  readonly all: SiteRecord[] = [];
  /** The record each id names (the first, when two files claim one id). */
  private readonly byId = new Map<string, SiteRecord>();
  /** Partners by `naam` (trimmed), for the links by name. */
  private readonly byName = new Map<string, SiteRecord>();
  readonly werkplaats: SiteRecord | undefined;

  constructor(
    readonly kb: KnowledgeBase,
    readonly redact: Redactor | undefined,
  ) {
    const entries: Entry[] = [...kb.entries, ...(kb.werkplaats ? [kb.werkplaats] : [])];
    let werkplaats: SiteRecord | undefined;
    for (const entry of entries) {
      if (entry.data === null) continue;
      const view = redact ? viewOf(entry.kind, redact.record(entry.kind, entry.data)) : entry.view;
      const body = redact ? redact.text(entry.file.body) : entry.file.body;
      const path = pagePath(entry.file.path);
      const record: SiteRecord = {
        entry,
        id: entry.id,
        kind: entry.kind,
        view,
        body,
        path,
        href: hrefOf(path),
        title: titleOf(view)?.trim() || entry.id,
      };
      this.all.push(record);
      if (entry.kind === 'werkplaats') werkplaats = record;
      else if (!this.byId.has(entry.id)) this.byId.set(entry.id, record);
      if (entry.kind === 'partner' && entry.view.kind === 'partner' && entry.view.naam !== undefined) {
        const name = entry.view.naam.trim();
        if (!this.byName.has(name)) this.byName.set(name, record);
      }
    }
    this.werkplaats = werkplaats;
  }

  get(id: string): SiteRecord | undefined {
    return this.byId.get(id);
  }

  ofKind(kind: Kind): SiteRecord[] {
    return this.all.filter((r) => r.kind === kind);
  }

  /** The partner a name link names, if the register holds it. */
  named(name: string): SiteRecord | undefined {
    return this.byName.get(name.trim());
  }

  /** Text of the knowledge base shown as it is (a name nobody registered): masked under `--public`. */
  text(value: string): string {
    return this.redact ? this.redact.text(value) : value;
  }

  /**
   * The record's links, in the order of the link table: each with its label and the records (or,
   * where no record has that id or name, the words) it leads to. Empty ones are left out.
   */
  linksOf(record: SiteRecord): { label: MessageId; targets: (SiteRecord | string)[] }[] {
    const out: { label: MessageId; targets: (SiteRecord | string)[] }[] = [];
    const data = record.entry.data;
    const ids = (list: readonly string[]) => list.map((id) => this.get(id) ?? id);
    for (const link of LINKS as readonly Link[]) {
      if (link.from === record.kind) {
        const targets = [...new Set(linkTargets(data, link))];
        if (targets.length > 0) out.push({ label: linkLabel(link.name as LinkName), targets: ids(targets) });
      }
      if (link.to === record.kind) {
        const holders = this.kb.inverse(link, record.id);
        if (holders.length > 0)
          out.push({ label: inverseLabel(link.inverse as Inverse), targets: ids(holders) });
      }
    }
    for (const link of NAME_LINKS as readonly NameLink[]) {
      if (link.from === record.kind) {
        const names = [...new Set(linkNames(data, link))].filter((n) => n !== '');
        if (names.length > 0)
          out.push({
            label: linkLabel(link.name as NameLinkName),
            targets: names.map((n) => this.named(n) ?? this.text(n)),
          });
      }
      if (link.to === record.kind) {
        const name = nameHeld(data, link);
        const holders = name === undefined ? [] : this.kb.namedBy(link, name);
        if (holders.length > 0)
          out.push({ label: inverseLabel(link.inverse as Inverse), targets: ids(holders) });
      }
    }
    return out;
  }
}

type Inverse = (typeof LINKS)[number]['inverse'] | (typeof NAME_LINKS)[number]['inverse'];

const linkLabel = (name: LinkName | NameLinkName) => `site.link.${name}` as const;
const inverseLabel = (inverse: Inverse) => `site.inverse.${inverse}` as const;

type MissingLinkMessage = Exclude<ReturnType<typeof linkLabel> | ReturnType<typeof inverseLabel>, MessageId>;
/** Compiles only when every link and its inverse have their label on the site in the catalogue. */
export const SITE_LINK_MESSAGES: [MissingLinkMessage] extends [never] ? true : MissingLinkMessage = true;
