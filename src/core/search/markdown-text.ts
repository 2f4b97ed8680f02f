// A markdown body as the plain text a search reads and a passage shows: what a reader sees (text,
// link and image text, code), one block a line; no markup, no link targets, no raw HTML. Parsed with
// unified/remark, as the site renders the same bodies — except a body of plain paragraphs, headings
// and lists with nothing inline to parse, whose text a line scan gives: remark takes 0.8 ms for a
// typical body (8 s for 10,000 projects), the scan a hundredth of that, and a test holds the two
// to the same text.
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** The blocks whose text ends a line, so two paragraphs never run into one word. */
const BLOCKS = new Set(['paragraph', 'heading', 'code', 'tableCell', 'listItem', 'blockquote']);

/**
 * What could make a body more than plain paragraphs, `#` headings and `-`/`+` lists: inline markup
 * and escapes, HTML and entities, fences, block quotes, setext underlines and thematic breaks,
 * ordered lists (which only sometimes interrupt a paragraph), lines indented enough to be code or
 * a nested block, white space other than spaces and line ends, headings with a closing sequence, empty list items.
 */
const NOT_PLAIN =
  /[*_`<>\\[\]!|~]|[^\S \n]|&(?:#\d+|#x[\da-f]+|[a-z][\da-z]*);|^ {4}|^[ +-]*(?:(?:- *){3,}|=+ *|\d+[.)].*|[-+] *|#{1,6}(?: .*)? #+ *|#{7}.*)$/im;

const HEADING = /^ {0,3}#{1,6}(?: +|$)/;
const BULLET = /^ {0,3}[-+] +/;

/** The text of a plain body by lines; undefined when the body is not plain (see NOT_PLAIN). */
function plainText(markdown: string): string | undefined {
  if (NOT_PLAIN.test(markdown)) return undefined;
  const lines: string[] = [];
  for (const line of markdown.split('\n')) {
    let text = line;
    // A list item may start with another item or a heading (`- - a`, `- # a`); a heading's text is text.
    for (let marker = BULLET.exec(text); marker; marker = BULLET.exec(text))
      text = text.slice(marker[0].length);
    const heading = HEADING.exec(text);
    if (heading) text = text.slice(heading[0].length);
    text = text.trim();
    if (text !== '') lines.push(text);
  }
  return lines.join('\n');
}

export function markdownText(markdown: string): string {
  if (markdown.trim() === '') return '';
  return plainText(markdown) ?? parsedText(markdown);
}

/** The text of a body as remark parses it (any body; exported for the test of the line scan). */
export function parsedText(markdown: string): string {
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
