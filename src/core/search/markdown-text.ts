// A markdown body as the plain text a search reads and a passage shows: what a reader sees (text,
// link and image text, code), one block a line; no markup, no link targets, no raw HTML. Parsed with
// unified/remark, as the site renders the same bodies.
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** The blocks whose text ends a line, so two paragraphs never run into one word. */
const BLOCKS = new Set(['paragraph', 'heading', 'code', 'tableCell', 'listItem', 'blockquote']);

export function markdownText(markdown: string): string {
  if (markdown.trim() === '') return '';
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'html':
        return; // raw HTML is markup, not text
      case 'text':
      case 'inlineCode':
      case 'code':
        out.push(node.value);
        break;
      case 'image':
        if (node.alt) out.push(node.alt);
        break;
      case 'break':
        out.push('\n');
        break;
      default:
        if ('children' in node) for (const child of node.children) walk(child);
    }
    if (BLOCKS.has(node.type)) out.push('\n');
  };
  walk(parser.parse(markdown) as Root);
  return out
    .join('')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}
