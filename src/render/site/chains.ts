// The chains page: each group of projects connected through `vervolg_op` (core/graph.ts), drawn at
// build time by Graphviz (compiled to WebAssembly, @viz-js/viz) as inline SVG: no script, it prints,
// every node a link to its project's page, and only the links that exist drawn (a group is not a
// path: core/chain.ts). A group too large to draw legibly is told as text instead.
import { chainShape } from '../../core/chain.js';
import type { ChainLink } from '../../core/graph.js';
import { t } from '../../messages/catalogue.js';
import { quote } from '../graph-dot.js';
import { labelLines } from '../graph-text.js';
import { esc, fill } from './html.js';
import { type PageContext, recordLink } from './pages.js';

/** Groups with more projects than this are told as text: a drawing of hundreds of boxes helps nobody. */
export const MAX_DRAWN = 40;
/**
 * Two projects, one arrow: "a → b" says all a drawing would, and a site of 10,000 projects has a
 * thousand such pairs (a drawing costs Graphviz 1–3 ms each).
 */
export const MIN_DRAWN = 3;
const drawable = (group: readonly string[]) => group.length >= MIN_DRAWN && group.length <= MAX_DRAWN;

type Viz = { renderString(src: string, options: { format: 'svg' }): string };

let viz: Promise<Viz> | undefined;
function graphviz(): Promise<Viz> {
  viz ??= import('@viz-js/viz').then((m) => m.instance());
  return viz;
}

/** The DOT of a group: a box per project (its title, a link to its page), an arrow per real link. */
export function chainDot(ctx: PageContext, group: readonly string[], links: readonly ChainLink[]): string {
  const lines = [
    'digraph keten {',
    '  rankdir=TB; bgcolor="transparent";',
    '  node [shape=box, style="rounded,filled", fillcolor="#f2f5f8", color="#1f5f99", fontcolor="#1a1a1a", fontname="Helvetica,Arial,sans-serif", fontsize=12];',
    '  edge [color="#1f5f99"];',
  ];
  for (const id of group) {
    const record = ctx.records.get(id);
    // Graphviz reads `&amp;` and the like in a label as an entity: a literal `&` must be one too.
    const label = labelLines(record?.title ?? id)
      .join('\n')
      .replace(/&/g, '&amp;');
    const attributes = [`label=${quote(label)}`];
    if (record)
      attributes.push(
        `href=${quote(`${record.href}`)}`,
        `tooltip=${quote(record.title.replace(/&/g, '&amp;'))}`,
      );
    lines.push(`  ${quote(id)} [${attributes.join(', ')}];`);
  }
  for (const link of links) lines.push(`  ${quote(link.van)} -> ${quote(link.naar)};`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/**
 * Graphviz's SVG made fit for a page that holds many: no XML prolog, doctype or comments, no ids (each
 * drawing numbers its own from 1), no <title> elements naming nodes by id, and a name for the whole.
 * The drawing is a named group, not an image, so that its boxes are links a screen reader announces
 * (an image's content is not read); each link has SVG 2's plain `href`, which makes it a link to the
 * browser's accessibility tree too, and the project's whole title as its name.
 */
export function inlineSvg(svg: string, label: string): string {
  return svg
    .replace(/^[\s\S]*?(?=<svg)/, '')
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/ id="[^"]*"/g, '')
    .replace(/<title>[^<]*<\/title>\n?/g, '')
    .replace(/<svg /, `<svg role="group" aria-label="${esc(label)}" `)
    .replace(/<a xlink:href=/g, '<a href=')
    .replace(/ xlink:title=/g, ' aria-label=')
    .trim();
}

export async function chainsPage(ctx: PageContext, groups: readonly (readonly string[])[]): Promise<string> {
  const graph = ctx.records.kb.graph;
  const parts = [`<h1>${esc(t(ctx.lang, 'site.chains.title'))}</h1>\n`];
  if (groups.length === 0) parts.push(`<p class="empty">${esc(t(ctx.lang, 'site.chains.none'))}</p>\n`);
  else parts.push(`<p>${esc(t(ctx.lang, 'site.chains.intro', { n: String(groups.length) }))}</p>\n`);
  const drawn = groups.some(drawable) ? await graphviz() : undefined;
  groups.forEach((group, i) => {
    const n = i + 1;
    const links = graph.linksAmong(group);
    const heading = esc(t(ctx.lang, 'site.chains.chain', { n: String(n), count: String(group.length) }));
    let body: string;
    if (drawn && drawable(group)) {
      const svg = drawn.renderString(chainDot(ctx, group, links), { format: 'svg' });
      body = `<figure class="diagram">${inlineSvg(svg, t(ctx.lang, 'site.chains.chain', { n: String(n), count: String(group.length) }))}</figure>\n`;
    } else body = '';
    // The same chain in words, for a screen reader, a search engine and a group too large to draw.
    const shape = chainShape(group, links);
    const step = (id: string) => recordLink('', ctx.records.get(id) ?? id);
    const words =
      shape.kind === 'line'
        ? `<ol class="line">${shape.ids.map((id) => `<li>${step(id)}</li>`).join('')}</ol>\n`
        : `<ul class="builds-on">${shape.steps
            .map(
              (s) =>
                `<li>${fill(ctx.lang, 'chain.builds-on', { project: step(s.id), earlier: s.buildsOn.map(step).join(', ') })}</li>`,
            )
            .join('')}</ul>\n`;
    parts.push(`<section id="keten-${n}" class="chain">\n<h2>${heading}</h2>\n${body}${words}</section>\n`);
  });
  return parts.join('');
}

/** Per project, the number of its chain (1-based, in the chains page's order). */
export function chainNumbers(groups: readonly (readonly string[])[]): Map<string, number> {
  const out = new Map<string, number>();
  groups.forEach((group, i) => {
    for (const id of group) out.set(id, i + 1);
  });
  return out;
}
