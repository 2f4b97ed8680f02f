// Splits a file into its YAML frontmatter and markdown body. Only a plain `---` fence opens YAML;
// a fence naming a language (`---js`) is refused here, so no other engine is ever reached.

export type Split =
  | {
      ok: true;
      /** The YAML between the fences. */
      yaml: string;
      /** Offset of the YAML in the text, and the 1-based line it starts on. */
      yamlOffset: number;
      yamlLine: number;
      body: string;
      bodyOffset: number;
    }
  | { ok: false; problem: 'missing' | 'unclosed' | 'language'; language?: string };

// The closing fence: a line that is exactly `---`, after a real line end (`^` with the m flag would
// also accept U+2028 inside a quoted value).
const CLOSING = /(?<=\n)---[ \t]*(?=\r?\n|$)/g;

export function splitFrontmatter(text: string): Split {
  if (!text.startsWith('---')) return { ok: false, problem: 'missing' };
  const firstEnd = text.indexOf('\n');
  const firstLine = (firstEnd === -1 ? text : text.slice(0, firstEnd)).replace(/\r$/, '');
  const rest = firstLine.slice(3).trim();
  if (rest !== '') {
    // `----` or `--- ---` are not fences either; a word after the dashes names a language.
    return /^[A-Za-z]/.test(rest)
      ? { ok: false, problem: 'language', language: rest }
      : { ok: false, problem: 'missing' };
  }
  if (firstEnd === -1) return { ok: false, problem: 'unclosed' };
  const yamlOffset = firstEnd + 1;
  CLOSING.lastIndex = yamlOffset;
  const close = CLOSING.exec(text);
  if (!close) return { ok: false, problem: 'unclosed' };
  const closeEnd = text.indexOf('\n', close.index);
  const bodyOffset = closeEnd === -1 ? text.length : closeEnd + 1;
  return {
    ok: true,
    yaml: text.slice(yamlOffset, close.index),
    yamlOffset,
    yamlLine: 2,
    body: text.slice(bodyOffset),
    bodyOffset,
  };
}
