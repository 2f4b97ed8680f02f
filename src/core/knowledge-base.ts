// The knowledge base as kwp holds it in memory: every parsed file, indexed by id and kind, and the
// project graph. Built from files that may be broken, so every lookup is defensive.
import { type Data, isRecord, str, valueAt } from './data.js';
import { dateOrUndefined } from './dates.js';
import { type GraphNode, ProjectGraph } from './graph.js';
import type { Kind } from './kinds.js';
import { type ViewOf, viewOf } from './model/views.js';
import type { ParsedFile } from './read-file.js';
import { CHAIN_LINK, linkNamed, linkNames, linkTargets } from './model/link-values.js';
import type { Link, NameLink } from './model/links.js';

/** A record of kind K (of any of them, for a union: `kind` then narrows it and its `view`). */
export type EntryOf<K extends Kind> = K extends Kind
  ? {
      id: string;
      kind: K;
      file: ParsedFile;
      /** Null when the file could not be read; the entry still exists so references to it resolve. */
      data: Data | null;
      /** The record's lenient typed view (core/model/views.ts), made on first use. */
      readonly view: ViewOf<K>;
    }
  : never;

export type Entry = EntryOf<Kind>;

/**
 * An entry as a class: its view is made on first use by a getter on the prototype. An object
 * literal with a getter of its own made each of 13,000 entries a slower object with a closure
 * (measured: a tenth of what `validate --changed` does after reading).
 */
class RecordEntry {
  #view: ViewOf<Kind> | undefined;
  readonly kind: Kind;
  readonly data: Data | null;
  constructor(
    readonly id: string,
    readonly file: ParsedFile,
  ) {
    this.kind = file.kind;
    this.data = file.data;
  }
  get view(): ViewOf<Kind> {
    return (this.#view ??= viewOf(this.kind, this.data));
  }
}

function push(map: Map<Kind, Entry[]>, kind: Kind, entry: Entry): void {
  const list = map.get(kind);
  if (list) list.push(entry);
  else map.set(kind, [entry]);
}

function makeEntry(id: string, file: ParsedFile): Entry {
  return new RecordEntry(id, file) as unknown as Entry;
}

/** When a record of the chains starts, for ordering them (`planning.start` of a project). */
/**
 * A project's start, read from its data as its view reads it: not through the view, which the graph
 * would then make, and keep, for every project of a validation that needs nothing else of it
 * (10,000 dense projects: 15% more processor time and 30 MB more memory).
 */
function planningStart(entry: Entry): string | undefined {
  const planning = entry.data ? valueAt(entry.data, ['planning']) : undefined;
  const start = isRecord(planning) ? planning['start'] : undefined;
  return typeof start === 'string' ? start : undefined;
}

export class KnowledgeBase {
  readonly entries: Entry[] = [];
  /**
   * The entries whose file was read (data not null): all that a rule looking into records goes
   * through. The others are files that could not be read and, under `validate --changed`, the
   * stand-ins, nearly every file of a large knowledge base (10,000 dense projects: 21,000 files,
   * about a hundred of them read).
   */
  readonly withData: Entry[] = [];
  readonly byId = new Map<string, Entry[]>();
  private readonly byKind = new Map<Kind, Entry[]>();
  private readonly withDataByKind = new Map<Kind, Entry[]>();
  readonly werkplaats: EntryOf<'werkplaats'> | undefined;
  private projectGraph: ProjectGraph | undefined;

  constructor(readonly files: readonly ParsedFile[]) {
    let werkplaats: EntryOf<'werkplaats'> | undefined;
    // An indexed loop: it runs once, over every file (21,000 for 10,000 dense projects), where an
    // iterator would make a result object for each.
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      if (file.stem === '') continue; // a folder or other stray entry: not a record
      const declared = file.data ? str(file.data, 'id') : undefined;
      const entry = makeEntry(declared || file.stem, file);
      if (entry.kind === 'werkplaats') {
        werkplaats = entry;
        continue;
      }
      this.entries.push(entry);
      push(this.byKind, entry.kind, entry);
      if (entry.data !== null) {
        this.withData.push(entry);
        push(this.withDataByKind, entry.kind, entry);
      }
      const same = this.byId.get(entry.id);
      if (same) same.push(entry);
      else this.byId.set(entry.id, [entry]);
    }
    this.werkplaats = werkplaats;
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id)?.[0];
  }

  ofKind<K extends Kind>(kind: K): EntryOf<K>[] {
    // A copy of the kind's list, made as the entries were: the rules ask for a kind many times over.
    return (this.byKind.get(kind)?.slice() ?? []) as EntryOf<K>[];
  }

  /** ofKind, of the entries whose file was read (see withData). */
  withDataOfKind<K extends Kind>(kind: K): EntryOf<K>[] {
    return (this.withDataByKind.get(kind)?.slice() ?? []) as EntryOf<K>[];
  }

  idsOfKind(kind: Kind): string[] {
    return this.ofKind(kind).map((e) => e.id);
  }

  /** The follow-up chains: the graph of the link that may form no cycle (CHAIN_LINK). */
  get graph(): ProjectGraph {
    if (!this.projectGraph) {
      const nodes: GraphNode[] = [];
      for (const e of this.entries) {
        // A stand-in (validate --changed) follows nothing, so it is in no cycle: leaving it out
        // keeps the graph to the projects that were read.
        if (e.kind !== CHAIN_LINK.from || e.file.standIn) continue;
        const follows = linkTargets(e.data, CHAIN_LINK);
        nodes.push({ id: e.id, follows, start: dateOrUndefined(planningStart(e)) });
      }
      this.projectGraph = new ProjectGraph(nodes);
    }
    return this.projectGraph;
  }

  /** The ids record `id` names through `link` (none when it is of another kind, or unread). */
  linksOf(link: Link, id: string): string[] {
    const entry = this.get(id);
    return entry?.kind === link.from ? linkTargets(entry.data, link) : [];
  }

  private readonly inverses = new Map<string, Map<string, string[]>>();

  /**
   * The derived inverse of `link`: the records that name `id` through it, sorted. For the follow-up
   * chains that is the graph's own answer (each id once, no project following itself); for another
   * link, every record of its kind that names `id` (not itself, where the link forbids that).
   */
  inverse(link: Link, id: string): string[] {
    if (link.name === CHAIN_LINK.name) return this.graph.followersOf(id);
    let index = this.inverses.get(link.name);
    if (!index) {
      index = new Map();
      // Built once and sorted once: the rules ask it for every question.
      for (const holder of this.withDataOfKind(link.from)) {
        for (const target of linkTargets(holder.data, link)) {
          if (link.noSelf && target === holder.id) continue;
          const list = index.get(target);
          if (!list) index.set(target, [holder.id]);
          else if (!list.includes(holder.id)) list.push(holder.id);
        }
      }
      for (const list of index.values()) list.sort();
      this.inverses.set(link.name, index);
    }
    return index.get(id)?.slice() ?? [];
  }

  private readonly nameInverses = new Map<string, Map<string, string[]>>();

  /** The derived inverse of a name link: the records that name `name` (trimmed) through it, sorted. */
  namedBy(link: NameLink, name: string): string[] {
    let index = this.nameInverses.get(link.name);
    if (!index) {
      index = new Map();
      for (const holder of this.withDataOfKind(link.from)) {
        for (const named of linkNames(holder.data, link)) {
          const list = index.get(named);
          // A holder's names are gone through together: it is already listed only as the last one
          // (a search of the whole list made a partner of 5,000 projects cost seconds).
          if (!list) index.set(named, [holder.id]);
          else if (list[list.length - 1] !== holder.id) list.push(holder.id);
        }
      }
      this.nameInverses.set(link.name, index);
    }
    // Each id once (two files may claim one id), sorted.
    return [...new Set(index.get(name.trim()))].sort();
  }

  /** Projects that list question `id` in `kennisvragen` ("opgepakt door"), sorted. */
  takenUpBy(id: string): string[] {
    return this.inverse(linkNamed('kennisvragen'), id);
  }
}
