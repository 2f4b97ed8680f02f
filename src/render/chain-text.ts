// A chain as text, drawn only along its real links (core/chain.ts): `a → b → c` when it is a
// straight line, and otherwise one sentence per project that builds on others in it, "c bouwt voort
// op a en b", so no arrow joins two projects that do not follow each other.
import { chainShape, type ChainShape } from '../core/chain.js';
import type { ChainLink } from '../core/graph.js';
import { type Lang, t } from '../messages/catalogue.js';

/** "a, b en c" / "a, b and c". */
export function andList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** The line `a → b → c`, or per project that builds on others "c bouwt voort op a en b". */
export function chainLines(
  shape: ChainShape,
  lang: Lang,
  name: (id: string) => string = (id) => id,
): { line: string } | { sentences: string[] } {
  if (shape.kind === 'line') return { line: shape.ids.map(name).join(' → ') };
  // Filled in here, not by t: a title is text, never a placeholder or a message id.
  const template = t(lang, 'chain.builds-on');
  return {
    sentences: shape.steps.map((s) => {
      const args: Record<string, string> = {
        project: name(s.id),
        earlier: andList(lang, s.buildsOn.map(name)),
      };
      return template.replace(/\{(project|earlier)\}/g, (_, key: string) => args[key]!);
    }),
  };
}

/**
 * The chain for `kwp show`: `keten: a → b → c`, or `keten:` with one indented sentence per project
 * that builds on others. Nothing for a project that stands alone.
 */
export function chainText(group: readonly string[], links: readonly ChainLink[], lang: Lang): string[] {
  if (group.length < 2) return [];
  const label = t(lang, 'label.keten');
  const told = chainLines(chainShape(group, links), lang);
  return 'line' in told ? [`${label}: ${told.line}`] : [`${label}:`, ...told.sentences.map((s) => `  ${s}`)];
}
