// The link graph of projects: `vervolg_op` points back to earlier projects. Derived here, never
// stored: who follows whom, cycles, and the chains (groups of projects connected through links).

export interface GraphNode {
  id: string;
  /** Ids in `vervolg_op`, as written (unknown ids included; they are ignored for traversal). */
  follows: readonly string[];
  start?: string | undefined;
}

export class ProjectGraph {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly followedBy = new Map<string, string[]>();

  constructor(nodes: Iterable<GraphNode>) {
    for (const node of nodes) if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    for (const node of this.nodes.values()) {
      for (const earlier of new Set(node.follows)) {
        if (earlier === node.id || !this.nodes.has(earlier)) continue;
        const list = this.followedBy.get(earlier) ?? [];
        list.push(node.id);
        this.followedBy.set(earlier, list);
      }
    }
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Projects whose `vervolg_op` names `id` ("vervolgd door"), sorted. */
  followersOf(id: string): string[] {
    return [...(this.followedBy.get(id) ?? [])].sort();
  }

  private edgesFrom(id: string): string[] {
    const node = this.nodes.get(id);
    return node ? node.follows.filter((e) => e !== id && this.nodes.has(e)) : [];
  }

  /**
   * The path from `from` to `to` following `vervolg_op` (from, …, to), or undefined when there is
   * none: adding the link `to` → `from` would then close a cycle along it.
   */
  pathFollowing(from: string, to: string): string[] | undefined {
    const previous = new Map<string, string>([[from, from]]);
    const queue = [from];
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i]!;
      if (current === to) {
        const path = [to];
        for (let at = to; at !== from;) path.unshift((at = previous.get(at)!));
        return path;
      }
      for (const next of this.edgesFrom(current)) {
        if (previous.has(next)) continue;
        previous.set(next, current);
        queue.push(next);
      }
    }
    return undefined;
  }

  /**
   * One cycle per strongly connected component of two or more projects, each as a path that starts
   * and ends at its smallest id, so a cycle is reported once, not once per member.
   */
  cycles(): string[][] {
    const out: string[][] = [];
    for (const component of this.stronglyConnected()) {
      if (component.length < 2) continue;
      const members = new Set(component);
      const first = [...component].sort()[0]!;
      out.push(this.pathBack(first, members));
    }
    return out.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  }

  /** A path first → … → first inside one component (breadth-first, so the shortest). */
  private pathBack(first: string, members: Set<string>): string[] {
    const previous = new Map<string, string>();
    const queue = [first];
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i]!;
      for (const next of [...this.edgesFrom(current)].sort()) {
        if (!members.has(next)) continue;
        if (next === first) {
          const path = [first];
          for (let at: string | undefined = current; at !== undefined && at !== first; at = previous.get(at))
            path.push(at);
          path.push(first);
          // Built backwards; reversed it reads: first follows …, which follows …, which follows first.
          return path.reverse();
        }
        if (!previous.has(next)) {
          previous.set(next, current);
          queue.push(next);
        }
      }
    }
    return [first, first];
  }

  /** Tarjan's algorithm, iterative so long chains cannot overflow the stack. */
  private stronglyConnected(): string[][] {
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const out: string[][] = [];
    let counter = 0;
    for (const root of this.nodes.keys()) {
      if (index.has(root)) continue;
      const work: { id: string; edges: string[]; next: number }[] = [];
      const open = (id: string) => {
        index.set(id, counter);
        low.set(id, counter++);
        stack.push(id);
        onStack.add(id);
        work.push({ id, edges: this.edgesFrom(id), next: 0 });
      };
      open(root);
      while (work.length > 0) {
        const frame = work[work.length - 1]!;
        if (frame.next < frame.edges.length) {
          const to = frame.edges[frame.next++]!;
          if (!index.has(to)) open(to);
          else if (onStack.has(to)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(to)!));
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
        if (low.get(frame.id) === index.get(frame.id)) {
          const component: string[] = [];
          let member: string;
          do {
            member = stack.pop()!;
            onStack.delete(member);
            component.push(member);
          } while (member !== frame.id);
          out.push(component);
        }
      }
    }
    return out;
  }

  /**
   * Every group of two or more projects connected through `vervolg_op` in either direction, each
   * ordered so a project comes after all it follows; ties by planning.start (missing last), then id.
   * `only` limits the groups to those projects (for reports over a period).
   */
  chains(only?: ReadonlySet<string>): string[][] {
    const included = (id: string) => this.nodes.has(id) && (!only || only.has(id));
    const seen = new Set<string>();
    const groups: string[][] = [];
    for (const id of [...this.nodes.keys()].sort()) {
      if (seen.has(id) || !included(id)) continue;
      const group: string[] = [];
      const queue = [id];
      seen.add(id);
      while (queue.length > 0) {
        const current = queue.pop()!;
        group.push(current);
        for (const next of [...this.edgesFrom(current), ...(this.followedBy.get(current) ?? [])]) {
          if (!seen.has(next) && included(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      if (group.length >= 2) groups.push(this.order(group));
    }
    return groups.sort((a, b) => this.compare(a[0]!, b[0]!));
  }

  /** The chain a project belongs to: its group, ordered; just itself when it stands alone. */
  chainOf(id: string): string[] {
    if (!this.nodes.has(id)) return [];
    return this.chains().find((group) => group.includes(id)) ?? [id];
  }

  private compare(a: string, b: string): number {
    const sa = this.nodes.get(a)?.start ?? '\uffff';
    const sb = this.nodes.get(b)?.start ?? '\uffff';
    return sa < sb ? -1 : sa > sb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  }

  /** Topological order within a group (Kahn), always taking the earliest ready project. */
  private order(group: string[]): string[] {
    const members = new Set(group);
    const waiting = new Map<string, number>();
    for (const id of group) waiting.set(id, new Set(this.edgesFrom(id).filter((e) => members.has(e))).size);
    const ready = group.filter((id) => waiting.get(id) === 0);
    const out: string[] = [];
    while (ready.length > 0) {
      ready.sort((a, b) => this.compare(a, b));
      const next = ready.shift()!;
      out.push(next);
      for (const follower of this.followedBy.get(next) ?? []) {
        if (!members.has(follower)) continue;
        const left = waiting.get(follower)! - 1;
        waiting.set(follower, left);
        if (left === 0) ready.push(follower);
      }
    }
    // Members of a cycle never become ready; they follow in date order (validate reports the cycle).
    const placed = new Set(out);
    const rest = group.filter((id) => !placed.has(id)).sort((a, b) => this.compare(a, b));
    return [...out, ...rest];
  }
}
