// A record's body as HTML for the site: markdown (CommonMark with GitHub's tables, task lists,
// strikethrough, autolinks and footnotes) through unified, then sanitised by rehype-sanitize with
// GitHub's schema: no raw HTML (remark-rehype drops it), no `javascript:` or `data:` links, no
// event handlers or styles. Images are replaced by their alternative text: an image would be a
// request the site makes to somewhere else (or to a file the site does not hold).
//
// Footnotes: remark-rehype already prefixes their ids with `user-content-`; rehype-sanitize would add
// the prefix a second time to the ids but not to the links that point at them (its clobberPrefix
// trap), so the sanitiser adds none. No other ids can reach it: raw HTML never does.
//
// One processor, made once and frozen, serves every body. Most bodies hold nothing but headings,
// paragraphs and simple bullet lists of plain words; those are written directly (fastHtml), exactly
// as the processor would write them (test/site/markdown.test.ts holds the two together), which makes
// a site of 10,000 projects several seconds faster.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Lang } from '../../messages/catalogue.js';
import { t } from '../../messages/catalogue.js';

/** Each image becomes the text of its `alt`: the site loads nothing from elsewhere. */
function imagesAsText() {
  const walk = (children: (RootContent | ElementContent)[]) => {
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'element') continue;
      if (node.tagName === 'img') {
        const alt = node.properties['alt'];
        children[i] = { type: 'text', value: typeof alt === 'string' ? alt : '' };
      } else walk((node as Element).children);
    }
  };
  return (tree: Root) => walk(tree.children);
}

const processors = new Map<Lang, ReturnType<typeof makeProcessor>>();

function makeProcessor(lang: Lang) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, {
      footnoteLabel: t(lang, 'site.footnotes'),
      footnoteBackLabel: (n: number) => t(lang, 'site.footnote-back', { n: String(n + 1) }),
    })
    .use(imagesAsText)
    .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: '' })
    .use(rehypeStringify)
    .freeze();
}

/** The body as sanitised HTML. */
export function markdownHtml(body: string, lang: Lang): string {
  const fast = fastHtml(body);
  if (fast !== undefined) return fast;
  let processor = processors.get(lang);
  if (!processor) processors.set(lang, (processor = makeProcessor(lang)));
  return String(processor.processSync(body));
}

/**
 * Text that markdown reads as nothing but text: no character that can start inline syntax (emphasis,
 * code, links, HTML, character references, escapes, strikethrough, tables, autolinks: `@`, `://`,
 * `www.`), no tab, and no space at either end (a hard break, an indented code block).
 */
const PLAIN = /^[^\s*_`[\]<>&\\~|!@#:\t](?:[^*_`[\]<>\\~|@\t]*[^\s*_`[\]<>\\~|@\t])?$/;
/** An `&` that could start a character reference (`&amp;`, `&#38;`): only one that cannot is plain. */
const REFERENCE = /&(?:#|[a-z\d]+;)/i;
/** What makes a line start a block other than a paragraph: a list, quote, heading, break, setext line. */
const BLOCK_START = /^(?:[-+*>=#]|\d{1,9}[.)](?:\s|$))/;

function plain(text: string): boolean {
  return PLAIN.test(text) && !BLOCK_START.test(text) && !/:\/\/|www\./i.test(text) && !REFERENCE.test(text);
}

/** An `&` as the processor writes it. */
const amp = (text: string) => text.replace(/&/g, '&#x26;');

/**
 * The HTML of a body made only of ATX headings (`## Inhoud`), paragraphs of plain text and tight
 * bullet lists (`- item`) of plain text, each block apart from the next by an empty line; undefined
 * for any other body (the processor writes those).
 */
export function fastHtml(body: string): string | undefined {
  if (body.includes('\r')) return undefined;
  const out: string[] = [];
  for (const block of body.replace(/^\n+|\n+$/g, '').split(/\n{2,}/)) {
    if (block === '') continue;
    const lines = block.split('\n');
    const heading = /^(#{1,6}) (.*)$/.exec(lines[0]!);
    if (heading) {
      if (lines.length !== 1 || !plain(heading[2]!) || heading[2]!.includes('#')) return undefined;
      out.push(`<h${heading[1]!.length}>${amp(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (lines[0]!.startsWith('- ')) {
      const items: string[] = [];
      for (const line of lines) {
        if (!line.startsWith('- ') || !plain(line.slice(2))) return undefined;
        items.push(`<li>${amp(line.slice(2))}</li>`);
      }
      out.push(`<ul>\n${items.join('\n')}\n</ul>`);
    } else {
      if (!lines.every(plain)) return undefined;
      out.push(`<p>${amp(lines.join('\n'))}</p>`);
    }
  }
  return out.join('\n');
}
