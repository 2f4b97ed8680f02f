// `kwp show <id>`: one record with what kwp derives: the inverse of every link that points at its
// kind (who follows it, who took it up, …, from the link table), and its chain.
import type { Entry, KnowledgeBase } from '../../core/knowledge-base.js';
import { CHAIN_LINK, nameHeld } from '../../core/model/link-values.js';
import { LINKS, NAME_LINKS } from '../../core/model/links.js';
import { closest } from '../../core/suggest.js';
import { EXIT, KwpError } from '../../errors.js';
import { projectStory } from '../../core/story.js';
import { renderRecord } from '../../render/record.js';
import { renderStory } from '../../render/story.js';
import { renderPeriodUses } from '../../render/offer.js';
import { periodUses } from '../../core/offer/period-use.js';
import type { GlobalOptions } from '../context.js';
import type { Io } from '../io.js';
import { openKnowledgeBase } from '../open-kb.js';
import { recordOf } from './record.js';

export interface ShowOptions extends GlobalOptions {
  json?: boolean;
}

/** The inverse keys cli.md promises on every record, empty where the kind is not the link's target. */
const ON_EVERY_RECORD: readonly string[] = ['vervolgd_door', 'opgepakt_door'];

export async function showCommand(io: Io, id: string, options: ShowOptions): Promise<number> {
  // A record whose file cannot be read has nothing to show but its path: that stops, with the reason.
  const { kb, lang } = await openKnowledgeBase(io, options, { files: (kb) => [kb.get(id)] });
  const entry = kb.get(id);
  if (!entry) {
    const suggestion = closest(id, kb.byId.keys());
    throw new KwpError('cli.unknown-id', suggestion ? { id, suggestion } : { id });
  }
  // The chain of a record of the follow-up chains (a project); other kinds have none.
  const keten = entry.kind === CHAIN_LINK.from ? kb.graph.chainOf(entry.id) : [];
  // An offer also shows, per period, who occupies it and the room left.
  const uses =
    entry.kind === 'aanbod'
      ? periodUses(
          entry.id,
          entry.view,
          kb.ofKind('project').map((p) => p.view),
        )
      : undefined;
  const record = {
    ...recordOf(entry),
    ...inverseLinks(kb, entry),
    keten,
    // The real links within keten: keten is a group in order, not a path.
    ketenlinks: kb.graph.linksAmong(keten),
    ...(uses ? { bezetting: uses } : {}),
  };
  if (options.json) io.out(`${JSON.stringify(record, null, 2)}\n`);
  else if (entry.kind === 'project' && entry.data) {
    // A project is told as its story in the chain; the record itself comes first.
    io.out(renderRecord(record, lang, { derived: false, omit: ['evaluatie'] }));
    io.out(renderStory(projectStory(kb, entry), lang));
  } else {
    io.out(renderRecord(record, lang, { omit: ['bezetting'] }));
    if (uses) io.out(renderPeriodUses(uses, lang));
  }
  return EXIT.ok;
}

/**
 * The inverse of every link and name link that points at the record's kind, by its `inverse` key,
 * in the order of the link table: `vervolgd_door` of a project, `opgepakt_door` and
 * `voortgekomen_uit` of a question, `vragen` of a project, `projecten` and `financiert` of a partner.
 */
export function inverseLinks(kb: KnowledgeBase, entry: Entry): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const link of LINKS) {
    if (link.to === entry.kind) out[link.inverse] = kb.inverse(link, entry.id);
    else if (ON_EVERY_RECORD.includes(link.inverse)) out[link.inverse] = [];
  }
  for (const link of NAME_LINKS) {
    if (link.to !== entry.kind) continue;
    const name = nameHeld(entry.data, link);
    out[link.inverse] = name === undefined ? [] : kb.namedBy(link, name);
  }
  return out;
}
