// What a report, page or text draws between projects, read back the way a person reads it (the
// Mermaid edges, the arrows of a line, the "bouwt voort op" sentences), and what the files say: the
// `vervolg_op` links, read straight from the frontmatter with the `yaml` package, not through kwp.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { parse } from 'yaml';

/** A link as `earlier>later`: `later` names `earlier` in its `vervolg_op`. */
export type Link = string;

export interface Drawn {
  /** Every project the chain picture or text shows. */
  shown: Set<string>;
  /** Every link it draws between two of them. */
  links: Set<Link>;
}

export interface Files {
  /** Every real `vervolg_op` link between two projects that exist. */
  links: Set<Link>;
  titles: Map<string, string>;
  /** A title or an id, as shown, back to the id. */
  resolve: (name: string) => string;
}

/** The projects of a knowledge base and their links, from the files themselves. */
export function readFiles(root: string): Files {
  const dir = join(root, 'knowledge', 'projecten');
  const follows = new Map<string, unknown>();
  const titles = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!front) continue;
    const data = parse(front[1]!) as Record<string, unknown>;
    const id = String(data['id']);
    follows.set(id, data['vervolg_op']);
    titles.set(id, String(data['titel'] ?? id));
  }
  const links = new Set<Link>();
  for (const [id, earlier] of follows) {
    for (const e of Array.isArray(earlier) ? earlier : []) {
      if (typeof e === 'string' && e !== id && follows.has(e)) links.add(`${e}>${id}`);
    }
  }
  const byTitle = new Map([...titles].map(([id, title]) => [title, id]));
  const resolve = (name: string) => {
    const id = titles.has(name) ? name : byTitle.get(name);
    if (id === undefined) throw new Error(`drawn: "${name}" is no project id or title`);
    return id;
  };
  return { links, titles, resolve };
}

/** Every drawn link is real, and every real link between two shown projects is drawn. */
export function expectTruthful(drawn: Drawn, files: Files, where: string): void {
  for (const link of drawn.links)
    expect(files.links, `${where} draws ${link}, which no file has`).toContain(link);
  for (const link of files.links) {
    const [earlier, later] = link.split('>') as [string, string];
    if (drawn.shown.has(earlier) && drawn.shown.has(later))
      expect([...drawn.links], `${where} leaves out the real link ${link}`).toContain(link);
  }
}

const empty = (): Drawn => ({ shown: new Set(), links: new Set() });

/** The Mermaid edges of the first ```mermaid block in a Markdown text. */
export function mermaidDrawn(md: string, files: Files): Drawn {
  const drawn = empty();
  const block = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1];
  if (block === undefined) return drawn;
  // Node ids are p_ and the kwp id with anything but letters and digits as _ (ids are slugs).
  const byNode = new Map([...files.titles.keys()].map((id) => [`p_${id.replace(/[^A-Za-z0-9]/g, '_')}`, id]));
  const id = (node: string) => {
    const found = byNode.get(node);
    if (found === undefined) throw new Error(`mermaid: unknown node ${node}`);
    return found;
  };
  for (const line of block.split('\n')) {
    const edge = /^\s*(\w+)\s*(?:-->|-\.->|==>)\s*(?:\|[^|]*\|\s*)?(\w+)\s*$/.exec(line);
    if (edge) {
      drawn.links.add(`${id(edge[1]!)}>${id(edge[2]!)}`);
      drawn.shown.add(id(edge[1]!)).add(id(edge[2]!));
      continue;
    }
    const node = /^\s*(p_\w+)\s*[[({]/.exec(line);
    if (node) drawn.shown.add(id(node[1]!));
  }
  return drawn;
}

/**
 * Text lines about a chain: `a → b → c` draws a line; `c bouwt voort op a en b` (or `builds on`)
 * draws a → c and b → c; anything else names projects only. Names are ids or titles; `**` and a
 * leading `- ` are markup.
 */
export function textDrawn(lines: readonly string[], files: Files): Drawn {
  const drawn = empty();
  const names = (text: string) => splitNames(text, files);
  for (const raw of lines) {
    const line = raw
      .replace(/^\s*(?:- )?/, '')
      .replace(/\*\*/g, '')
      .replace(/\\(.)/g, '$1')
      .trim();
    if (line === '') continue;
    const step = / (?:bouwt voort op|builds on) /.exec(line);
    if (step) {
      const later = files.resolve(line.slice(0, step.index));
      drawn.shown.add(later);
      for (const earlier of names(line.slice(step.index + step[0].length))) {
        drawn.shown.add(earlier);
        drawn.links.add(`${earlier}>${later}`);
      }
    } else if (line.includes(' → ')) {
      const ids = line.split(' → ').map((n) => files.resolve(n.trim()));
      ids.forEach((id, i) => {
        drawn.shown.add(id);
        if (i > 0) drawn.links.add(`${ids[i - 1]}>${id}`);
      });
    } else for (const id of names(line.replace(/:$/, ''))) drawn.shown.add(id);
  }
  return drawn;
}

/** "a, b en c" back into names: known ids and titles, longest first, with only separators between. */
function splitNames(text: string, files: Files): string[] {
  const known = [...files.titles.keys(), ...files.titles.values()].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const name = known.find((k) => rest.startsWith(k));
    if (name === undefined) throw new Error(`text: cannot read "${rest}" as project names`);
    out.push(files.resolve(name));
    rest = rest
      .slice(name.length)
      .replace(/^(?:,\s*|\s+en\s+|\s+and\s+)/, '')
      .trim();
  }
  return out;
}

/** The chains section of an HTML report: a line of steps with arrows, or one item per project that builds on others. */
export function htmlDrawn(html: string, sectionId: string, files: Files): Drawn {
  const doc = new JSDOM(html).window.document;
  const section = doc.getElementById(sectionId)?.closest('section');
  if (!section) throw new Error(`html: no section #${sectionId}`);
  const drawn = empty();
  const name = (el: Element) =>
    files.resolve(
      (el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .replace(/ \((?:dit project|this project)\)$/, '')
        .trim(),
    );
  for (const chain of section.querySelectorAll('ol.chains > li')) {
    if (chain.querySelector('.arrow')) {
      const ids = [...chain.querySelectorAll('.step')].map(name);
      ids.forEach((id, i) => {
        drawn.shown.add(id);
        if (i > 0) drawn.links.add(`${ids[i - 1]}>${id}`);
      });
      continue;
    }
    for (const item of chain.querySelectorAll('li')) {
      const [later, ...earlier] = [...item.querySelectorAll('.step')].map(name);
      if (later === undefined) continue;
      drawn.shown.add(later);
      for (const e of earlier) {
        drawn.shown.add(e);
        drawn.links.add(`${e}>${later}`);
      }
    }
  }
  return drawn;
}

/** The chain part of `kwp show` text: `keten: a → b → c`, or `keten:` and indented sentences. */
export function showDrawn(text: string, files: Files): Drawn {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^(?:keten|chain):/.test(l));
  if (start === -1) return empty();
  const first = lines[start]!.replace(/^(?:keten|chain):\s*/, '');
  const rest: string[] = [];
  for (let i = start + 1; i < lines.length && lines[i]!.startsWith('  '); i++) rest.push(lines[i]!);
  return textDrawn(first === '' ? rest : [first, ...rest], files);
}

/** `[{van, naar}]` as links. */
export function jsonLinks(value: unknown): Set<Link> {
  expect(Array.isArray(value), 'ketenlinks is a list').toBe(true);
  return new Set(
    (value as { van: string; naar: string }[]).map((l) => {
      expect(Object.keys(l).sort()).toEqual(['naar', 'van']);
      return `${l.van}>${l.naar}`;
    }),
  );
}
