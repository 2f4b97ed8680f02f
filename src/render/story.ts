// `kwp show <id>` for a project: its story in the chain, in sentences a steering group can read.
import { printable } from './printable.js';
import type { ProjectStory, StoryRef } from '../core/story.js';
import { type Lang, t } from '../messages/catalogue.js';
import { chainText } from './chain-text.js';

export function renderStory(story: ProjectStory, lang: Lang): string {
  const l = (id: Parameters<typeof t>[1], args = {}) => t(lang, id, args);
  const one = (r: StoryRef) => `${r.id}${r.label ? ` — ${r.label}` : ''}${r.status ? ` (${r.status})` : ''}`;
  const lines: string[] = [];
  const section = (title: string, refs: StoryRef[], extra?: (r: StoryRef) => string) => {
    if (refs.length === 0) return;
    lines.push('', title, ...refs.map((r) => `  ${one(r)}${extra ? extra(r) : ''}`));
  };
  const takers = (r: StoryRef) =>
    r.takenUpBy && r.takenUpBy.length > 0
      ? `\n    → ${l('story.taken-up-by')} ${r.takenUpBy.map((p) => p.id).join(', ')}`
      : '';
  section(l('story.built-on'), story.builtOn);
  section(l('story.takes-up'), story.takesUp);
  if (story.evaluation) {
    const e = story.evaluation;
    lines.push('', l('story.evaluation', { date: e.datum ?? '?' }));
    for (const [key, items] of [
      ['story.conclusions', e.conclusies],
      ['story.lessons', e.leerpunten],
      ['story.improvements', e.verbeterpunten],
    ] as const) {
      if (items.length > 0) lines.push(`  ${l(key)}`, ...items.map((s) => `    - ${s}`));
    }
  }
  section(l('story.raised'), story.raised, takers);
  section(l('story.continued-by'), story.continuedBy);
  section(l('story.offers'), story.offers, (r) =>
    r.period ? `\n    ${l('story.offer-period')} ${r.period}` : `\n    ${l('story.offer-no-period')}`,
  );
  const chain = chainText(
    story.chain.map((r) => r.id),
    story.chainLinks,
    lang,
  );
  if (chain.length > 0) lines.push('', ...chain);
  return lines.length === 0 ? '' : `${lines.map(printable).join('\n')}\n`;
}
