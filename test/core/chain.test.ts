// The real links of a chain and how to tell it: a straight line only when it is one.
import { describe, expect, it } from 'vitest';
import { chainShape, linksByGroup, linksOfGroup } from '../../src/core/chain.js';
import { ProjectGraph } from '../../src/core/graph.js';

const node = (id: string, follows: string[] = [], start?: string) => ({ id, follows, start });
const shapeOf = (graph: ProjectGraph) => graph.chains().map((g) => chainShape(g, graph.linksAmong(g)));

describe('ProjectGraph.linksAmong', () => {
  it('gives each vervolg_op link between two of the projects once, earliest end first', () => {
    const graph = new ProjectGraph([
      node('c', ['a', 'b', 'a', 'c', 'nowhere'], '2026-01-01'),
      node('b', [], '2025-01-01'),
      node('a', [], '2024-01-01'),
    ]);
    expect(graph.linksAmong(['a', 'b', 'c'])).toEqual([
      { van: 'a', naar: 'c' },
      { van: 'b', naar: 'c' },
    ]);
    // A project outside the set takes its links with it.
    expect(graph.linksAmong(['b', 'c'])).toEqual([{ van: 'b', naar: 'c' }]);
    expect(graph.linksAmong(['a', 'b'])).toEqual([]);
    expect(graph.linksAmong(['a', 'unknown'])).toEqual([]);
  });

  it('gives every link of the knowledge base with links(), and both directions of a cycle', () => {
    const graph = new ProjectGraph([node('a', ['b']), node('b', ['a']), node('c', ['b'])]);
    expect(graph.links()).toEqual([
      { van: 'a', naar: 'b' },
      { van: 'b', naar: 'a' },
      { van: 'b', naar: 'c' },
    ]);
  });
});

describe('chainShape', () => {
  it('draws a line only for a line', () => {
    const graph = new ProjectGraph([node('a', [], '1'), node('b', ['a'], '2'), node('c', ['b'], '3')]);
    expect(shapeOf(graph)).toEqual([{ kind: 'line', ids: ['a', 'b', 'c'] }]);
  });

  it('tells sibling follow-ups per project: b and c each build on a', () => {
    const graph = new ProjectGraph([node('a', [], '1'), node('b', ['a'], '2'), node('c', ['a'], '3')]);
    expect(shapeOf(graph)).toEqual([
      {
        kind: 'branched',
        steps: [
          { id: 'b', buildsOn: ['a'] },
          { id: 'c', buildsOn: ['a'] },
        ],
      },
    ]);
  });

  it('tells two parents, a diamond and a cycle per project', () => {
    const parents = new ProjectGraph([node('a', [], '1'), node('b', [], '2'), node('c', ['b', 'a'], '3')]);
    expect(shapeOf(parents)).toEqual([{ kind: 'branched', steps: [{ id: 'c', buildsOn: ['a', 'b'] }] }]);
    const diamond = new ProjectGraph([
      node('a', [], '1'),
      node('b', ['a'], '2'),
      node('c', ['a'], '3'),
      node('d', ['c', 'b'], '4'),
    ]);
    expect(shapeOf(diamond)).toEqual([
      {
        kind: 'branched',
        steps: [
          { id: 'b', buildsOn: ['a'] },
          { id: 'c', buildsOn: ['a'] },
          { id: 'd', buildsOn: ['b', 'c'] },
        ],
      },
    ]);
    // a → b → a: two projects, two links; no line.
    const cycle = new ProjectGraph([node('a', ['b'], '1'), node('b', ['a'], '2')]);
    expect(shapeOf(cycle)).toEqual([
      {
        kind: 'branched',
        steps: [
          { id: 'a', buildsOn: ['b'] },
          { id: 'b', buildsOn: ['a'] },
        ],
      },
    ]);
  });

  it('is not fooled by an order whose neighbours are linked but which has a link more', () => {
    // a → b → c and also a → c: every neighbour is linked, yet it is no line.
    const graph = new ProjectGraph([node('a', [], '1'), node('b', ['a'], '2'), node('c', ['b', 'a'], '3')]);
    expect(shapeOf(graph)[0]!.kind).toBe('branched');
  });

  it('takes from a list of several groups only the links of the group asked about', () => {
    const links = [
      { van: 'a', naar: 'b' },
      { van: 'x', naar: 'y' },
    ];
    expect(linksOfGroup(['x', 'y'], links)).toEqual([{ van: 'x', naar: 'y' }]);
    expect(
      linksByGroup(
        [
          ['x', 'y'],
          ['a', 'b'],
          ['c', 'd'],
        ],
        links,
      ),
    ).toEqual([[{ van: 'x', naar: 'y' }], [{ van: 'a', naar: 'b' }], []]);
    expect(chainShape(['x', 'y'], links)).toEqual({ kind: 'line', ids: ['x', 'y'] });
  });
});
