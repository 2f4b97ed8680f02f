// `kwp link <id> --follows <earlier-id>`: records that a project builds on an earlier one. Refuses a
// link to itself, to an unknown project, or one that would close a cycle, writing nothing.
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { stringsAt } from '../../core/data.js';
import { closest } from '../../core/suggest.js';
import { join } from 'node:path';
import { EXIT, KwpError } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { planEdit, replaceOp } from '../../store/edit-file.js';
import { applyPlan } from '../../store/transaction.js';
import type { GlobalOptions } from '../context.js';
import type { Io } from '../io.js';
import { openKnowledgeBase } from '../open-kb.js';

export interface LinkOptions extends GlobalOptions {
  follows?: string[];
  commit?: boolean;
}

export async function linkCommand(io: Io, id: string, options: LinkOptions): Promise<number> {
  const earlier = [...new Set(options.follows ?? [])];
  // The project is edited, and the earlier ones and all they build on are searched for a cycle: a
  // file among them that cannot be read would hide one.
  const { root, kb, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => [
      projectOrUndefined(kb, id),
      ...earlier.flatMap((e) =>
        projectOrUndefined(kb, e) ? kb.graph.buildsOn(e).map((x) => kb.get(x)) : [],
      ),
    ],
    writes: true,
  });
  if (earlier.length === 0) throw new KwpError('new.missing', { flags: ['--follows'] });
  const project = requireProject(kb, id);
  const already = new Set(stringsAt(project.data, 'vervolg_op').map((s) => s.value));
  const adding: string[] = [];
  for (const other of earlier) {
    requireProject(kb, other, '--follows');
    if (other === id) throw new KwpError('link.self', { id });
    const back = kb.graph.pathFollowing(other, id);
    if (back) throw new KwpError('link.cycle', { cycle: [id, ...back].join(' → ') });
    if (!already.has(other)) adding.push(other);
  }
  if (adding.length === 0) {
    io.err(`${t(lang, 'link.already', { id, earlier })}\n`);
    return EXIT.ok;
  }
  const edit = planEdit(join(root, project.file.path), project.file.path, [
    { op: 'append', path: ['vervolg_op'], items: adding },
  ]);
  await applyPlan(
    {
      ops: [replaceOp(edit)],
      ...(options.commit ? { commit: { message: `kwp link: ${id} volgt op ${adding.join(', ')}` } } : {}),
    },
    { root },
  );
  io.out(`${t(lang, 'link.done', { id, earlier: adding, path: project.file.path })}\n`);
  return EXIT.ok;
}

/** The project with this id, or undefined (for a need: an unknown id is the command's own error). */
export function projectOrUndefined(kb: KnowledgeBase, id: string) {
  const entry = kb.get(id);
  return entry?.kind === 'project' ? entry : undefined;
}

/**
 * The project with this id, or exit 2 saying what it is instead, with the closest project ids.
 * `option` names the flag the id came from; an id given as the command's argument needs no name.
 */
export function requireProject(kb: KnowledgeBase, id: string, option?: string) {
  const entry = kb.get(id);
  if (entry?.kind === 'project') return entry;
  const suggestion = closest(id, kb.idsOfKind('project'));
  const args = {
    ...(option ? { option } : {}),
    id,
    ...(entry ? { found: `@kind.${entry.kind}` } : {}),
    ...(suggestion ? { suggestion } : {}),
  };
  if (option) throw new KwpError(entry ? 'new.not-a-project' : 'new.unknown-project', args);
  throw new KwpError(entry ? 'cli.not-a-project' : 'cli.no-such-project', args);
}
