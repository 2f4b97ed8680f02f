// The knowledge base as kwp holds it in memory: every parsed file, indexed by id and kind, and the
// project graph. Built from files that may be broken, so every lookup is defensive.
import { type Data, list, str, stringsAt, valueAt } from './data.js';
import { dateOrUndefined } from './dates.js';
import { type GraphNode, ProjectGraph } from './graph.js';
import type { Kind } from './kinds.js';
import type { ParsedFile } from './read-file.js';

export interface Entry {
  id: string;
  kind: Kind;
  file: ParsedFile;
  /** Null when the file could not be read; the entry still exists so references to it resolve. */
  data: Data | null;
}

export class KnowledgeBase {
  readonly entries: Entry[] = [];
  readonly byId = new Map<string, Entry[]>();
  readonly werkplaats: Entry | undefined;
  private projectGraph: ProjectGraph | undefined;

  constructor(readonly files: readonly ParsedFile[]) {
    let werkplaats: Entry | undefined;
    for (const file of files) {
      if (file.stem === '') continue; // a folder or other stray entry: not a record
      const declared = file.data ? str(file.data, 'id') : undefined;
      const entry: Entry = { id: declared || file.stem, kind: file.kind, file, data: file.data };
      if (file.kind === 'werkplaats') {
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

  ofKind(kind: Kind): Entry[] {
    return this.entries.filter((e) => e.kind === kind);
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
      // Built once and sorted once: the rules ask it for every question.
      const takenUp = new Map<string, string[]>();
      for (const project of this.ofKind('project')) {
        for (const { value } of stringsAt(project.data, 'kennisvragen')) {
          const list = takenUp.get(value);
          if (!list) takenUp.set(value, [project.id]);
          else if (!list.includes(project.id)) list.push(project.id);
        }
      }
      for (const list of takenUp.values()) list.sort();
      this.takenUp = takenUp;
    }
    return this.takenUp.get(id)?.slice() ?? [];
  }
}
