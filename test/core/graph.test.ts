import { describe, expect, it } from 'vitest';
import { ProjectGraph } from '../../src/core/graph.js';

const node = (id: string, follows: string[] = [], start?: string) => ({ id, follows, start });

describe('ProjectGraph', () => {
  it('orders a chain so a project comes after all it follows, ties by start date then id', () => {
    const graph = new ProjectGraph([
      node('d', ['b', 'c'], '2026-01-01'),
      node('c', ['a'], '2025-01-01'),
      node('b', ['a'], '2025-06-01'),
      node('a', [], '2024-01-01'),
      node('x', [], '2020-01-01'),
    ]);
    expect(graph.chains()).toEqual([['a', 'c', 'b', 'd']]);
    expect(graph.chainOf('x')).toEqual(['x']);
    expect(graph.followersOf('a')).toEqual(['b', 'c']);
  });

  it('puts projects without a start date last among ties, then by id', () => {
    const graph = new ProjectGraph([
      node('root', [], '2024-01-01'),
      node('z', ['root']),
      node('m', ['root'], '2025-01-01'),
      node('k', ['root']),
    ]);
    expect(graph.chains()).toEqual([['root', 'm', 'k', 'z']]);
  });

  it('limits chains to the projects asked for', () => {
    const graph = new ProjectGraph([node('a'), node('b', ['a']), node('c', ['b'])]);
    expect(graph.chains(new Set(['b', 'c']))).toEqual([['b', 'c']]);
    expect(graph.chains(new Set(['a', 'c']))).toEqual([]);
  });

  it('finds each cycle once, starting at its smallest id, and ignores unknown ids and self-links', () => {
    const graph = new ProjectGraph([
      node('b', ['c']),
      node('c', ['a']),
      node('a', ['b', 'nowhere']),
      node('s', ['s']),
      node('p', ['q']),
      node('q', ['p']),
    ]);
    expect(graph.cycles()).toEqual([
      ['a', 'b', 'c', 'a'],
      ['p', 'q', 'p'],
    ]);
  });

  it('handles a chain of 20,000 projects without overflowing the stack', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => node(`p${i}`, i === 0 ? [] : [`p${i - 1}`]));
    const graph = new ProjectGraph(nodes);
    expect(graph.cycles()).toEqual([]);
    expect(graph.chains()[0]).toHaveLength(20_000);
  });
});
