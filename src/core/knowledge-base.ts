// The knowledge base as kwp holds it in memory: every parsed file, indexed by id and kind, and the
// project graph. Built from files that may be broken, so every lookup is defensive.
import { type Data, list, str, stringsAt, valueAt } from './data.js';
import { dateOrUndefined } from './dates.js';
import { type GraphNode, ProjectGraph } from './graph.js';
import type { Kind } from './kinds.js';
import { type ViewOf, viewOf } from './model/views.js';
import type { ParsedFile } from './read-file.js';

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

function makeEntry(id: string, file: ParsedFile): Entry {
  let view: ViewOf<Kind> | undefined;
  return {
    id,
    kind: file.kind,
    file,
    data: file.data,
    get view() {
      return (view ??= viewOf(this.kind, this.data));
    },
  } as Entry;
}

export class KnowledgeBase {
  readonly entries: Entry[] = [];
  readonly byId = new Map<string, Entry[]>();
  readonly werkplaats: EntryOf<'werkplaats'> | undefined;
  private projectGraph: ProjectGraph | undefined;

  constructor(readonly files: readonly ParsedFile[]) {
    let werkplaats: EntryOf<'werkplaats'> | undefined;
    for (const file of files) {
      if (file.stem === '') continue; // a folder or other stray entry: not a record
      const declared = file.data ? str(file.data, 'id') : undefined;
      const entry = makeEntry(declared || file.stem, file);
      if (entry.kind === 'werkplaats') {
        werkplaats = entry;
        continue;
      }
      this.entries.push(entry);
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
    return this.entries.filter((e) => e.kind === kind) as EntryOf<K>[];
  }

  idsOfKind(kind: Kind): string[] {
    return this.ofKind(kind).map((e) => e.id);
  }

  get graph(): ProjectGraph {
    if (!this.projectGraph) {
      const nodes: GraphNode[] = [];
      for (const e of this.entries) {
        // A stand-in (validate --changed) follows nothing, so it is in no cycle: leaving it out
        // keeps the graph to the projects that were read.
        if (e.kind !== 'project' || e.file.standIn) continue;
        const follows = list(e.data, 'vervolg_op').filter((v): v is string => typeof v === 'string');
        nodes.push({ id: e.id, follows, start: dateOrUndefined(valueAt(e.data, ['planning', 'start'])) });
      }
      this.projectGraph = new ProjectGraph(nodes);
    }
    return this.projectGraph;
  }

  private takenUp: Map<string, string[]> | undefined;

  /** Projects that list question `id` in `kennisvragen` ("opgepakt door"), sorted. */
  takenUpBy(id: string): string[] {
    if (!this.takenUp) {
      this.takenUp = new Map();
      for (const project of this.ofKind('project')) {
        for (const { value } of stringsAt(project.data, 'kennisvragen')) {
          const list = this.takenUp.get(value) ?? [];
          if (!list.includes(project.id)) list.push(project.id);
          this.takenUp.set(value, list);
        }
      }
    }
    return [...(this.takenUp.get(id) ?? [])].sort();
  }
}
