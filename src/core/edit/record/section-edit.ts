// Setting the text of a `## Section` of a record's body: the section's text between its heading and
// the next heading is replaced, every other byte of the file stays; a section that is absent is added
// at the end of the body. Pure: text in, text out.
import { splitFrontmatter } from '../../frontmatter.js';
import { findSection } from '../../sections.js';

/** The whole file (a byte-order mark included) with section `title` holding `text`. */
export function setSection(fileText: string, title: string, text: string): string {
  const bom = fileText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const whole = fileText.slice(bom.length);
  const split = splitFrontmatter(whole);
  // Only called on files whose frontmatter was just edited: the fences are there.
  if (!split.ok) throw new Error('kwp: a section can only be set in a file with frontmatter');
  const eol = whole.slice(0, whole.indexOf('\n') + 1).endsWith('\r\n') ? '\r\n' : '\n';
  const lines = text.trim().replace(/\r?\n/g, eol);
  const body = split.body;
  const found = findSection(body, title);
  let next: string;
  if (found) {
    const headingEnd = body.indexOf('\n', found.offset);
    const contentStart = headingEnd === -1 ? body.length : headingEnd + 1;
    const contentEnd = contentStart + found.content.length;
    // What follows (the next heading) keeps a blank line before it; at the end, the file ends with one line end.
    const after = contentEnd < body.length ? `${eol}` : '';
    const lead = headingEnd === -1 ? eol : '';
    const filled = lines === '' ? after : `${eol}${lines}${eol}${after}`;
    next = body.slice(0, contentStart) + lead + filled + body.slice(contentEnd);
  } else {
    if (lines === '') return fileText;
    const trimmed = body.replace(/(\r?\n)*$/, '');
    const gap = trimmed === '' ? eol : `${trimmed}${eol}${eol}`;
    next = `${gap}## ${title}${eol}${eol}${lines}${eol}`;
  }
  return bom + whole.slice(0, split.bodyOffset) + next;
}
