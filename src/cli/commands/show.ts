// `kwp show <id>`: one record with what kwp derives: who follows it, who took it up, its chain.
import { closest } from '../../core/suggest.js';
import { EXIT, KwpError } from '../../errors.js';
import { projectStory } from '../../core/story.js';
import { renderRecord } from '../../render/record.js';
import { renderStory } from '../../render/story.js';
import type { GlobalOptions } from '../context.js';
import type { Io } from '../io.js';
import { openKnowledgeBase } from '../open-kb.js';
import { recordOf } from './record.js';

export interface ShowOptions extends GlobalOptions {
  json?: boolean;
}

export async function showCommand(io: Io, id: string, options: ShowOptions): Promise<number> {
  // A record whose file cannot be read has nothing to show but its path: that stops, with the reason.
  const { kb, lang } = await openKnowledgeBase(io, options, { files: (kb) => [kb.get(id)] });
  const entry = kb.get(id);
  if (!entry) {
    const suggestion = closest(id, kb.byId.keys());
    throw new KwpError('cli.unknown-id', suggestion ? { id, suggestion } : { id });
  }
  const keten = entry.kind === 'project' ? kb.graph.chainOf(entry.id) : [];
  const record = {
    ...recordOf(entry),
    vervolgd_door: entry.kind === 'project' ? kb.graph.followersOf(entry.id) : [],
    opgepakt_door: entry.kind === 'vraag' ? kb.takenUpBy(entry.id) : [],
    keten,
    // The real links within keten: keten is a group in order, not a path.
    ketenlinks: kb.graph.linksAmong(keten),
  };
  if (options.json) io.out(`${JSON.stringify(record, null, 2)}\n`);
  else if (entry.kind === 'project' && entry.data) {
    // A project is told as its story in the chain; the record itself comes first.
    io.out(renderRecord(record, lang, { derived: false, omit: ['evaluatie'] }));
    io.out(renderStory(projectStory(kb, entry), lang));
  } else io.out(renderRecord(record, lang));
  return EXIT.ok;
}
