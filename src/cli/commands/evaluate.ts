// `kwp evaluate <id>`: fase 4, against the project description. Writes the evaluation into the
// project (only `status` and `evaluatie` change) and registers each new question, all or nothing.
import { join } from 'node:path';
import { localDate } from '../../core/dates.js';
import {
  checkEvaluation,
  earlierEvaluation,
  evaluationEdits,
  type EvaluationInput,
  evaluationValue,
  isEvaluated,
} from '../../core/evaluation.js';
import { findSameText } from '../../core/scaffold/answers.js';
import { EXIT, KwpError, problemsError } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { commitMessage, type WritePlan } from '../../core/write-plan.js';
import { planEdit, planEditOf, replaceOp } from '../../store/edit-file.js';
import type { Edit } from '../../core/edit/frontmatter-edit.js';
import type { Entry, KnowledgeBase } from '../../core/knowledge-base.js';
import { linkNamed, linkTargets } from '../../core/model/link-values.js';
import { closest } from '../../core/suggest.js';
import { nextFreeRecord } from '../../store/records.js';
import { applyRebuilding } from '../../store/transaction.js';
import type { GlobalOptions } from '../context.js';
import { interactivePrompter, type Io } from '../io.js';
import { openDraft } from '../prompt/draft.js';
import { vraagRecord } from '../new/vraag-record.js';
import { openKnowledgeBase } from '../open-kb.js';
import { projectOrUndefined, requireProject } from './link.js';

export interface EvaluateOptions extends GlobalOptions {
  conclusion?: string[];
  lesson?: string[];
  improvement?: string[];
  newQuestion?: string[];
  date?: string;
  status?: string;
  /** Questions the project took up that are now answered (`status: beantwoord`), without prompts. */
  answered?: string[];
  yes?: boolean;
  commit?: boolean;
}

export async function evaluateCommand(io: Io, id: string, options: EvaluateOptions): Promise<number> {
  const { root, kb, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => [projectOrUndefined(kb, id), ...(options.answered ?? []).map((q) => kb.get(q))],
    writes: true,
  });
  const project = requireProject(kb, id);
  const path = project.file.path;
  const absolute = join(root, path);
  // The questions the project took up (the link table's `kennisvragen`): `--answered` may name only
  // those, and the prompts ask about each that is still open.
  const takenUp = takenUpQuestions(kb, project);
  const flagged = checkAnswered(kb, takenUp, options.answered ?? [], id);
  // A file kwp cannot edit safely is refused before any question is asked; the bytes read now are
  // the ones the evaluation is written into (a change on disk meanwhile is someone else's work).
  const read = planEdit(absolute, path, [{ op: 'set', path: ['status'], value: 'afgerond' }]).before;
  const questionBytes = new Map(
    flagged.map((q) => [q.id, planEdit(join(root, q.path), q.path, ANSWERED).before] as const),
  );
  const view = project.view;
  const earlier = earlierEvaluation(view);
  let input: EvaluationInput = {
    datum: options.date ?? localDate(io.now()),
    status: options.status ?? (view.status === 'voorbereiding' ? 'gestopt' : 'afgerond'),
    conclusies: options.conclusion ?? [],
    leerpunten: options.lesson ?? [],
    verbeterpunten: options.improvement ?? [],
    nieuweVragen: options.newQuestion ?? [],
  };
  let keep = earlier;
  let answered = flagged;
  // Answers are kept in a draft as they are given: Ctrl-C or a crash loses none (prompt/draft.ts).
  const asked = await interactivePrompter(io, options.yes, lang);
  const draft = asked
    ? await openDraft(io, lang, { kbRoot: root, command: 'evaluate', key: id }, asked)
    : undefined;
  const prompter = draft?.prompter;
  if (prompter) {
    const { interviewEvaluation } = await import('../new/evaluate-interview.js');
    const questions = new Map(kb.ofKind('vraag').map((e) => [e.id, e.view.vraag ?? ''] as const));
    // Asked about: each question taken up that is not answered or dropped yet and not named by a flag.
    // Its bytes are read now, as the project's were: a file kwp cannot edit safely is not asked about.
    const ask = takenUp.filter((q) => {
      if (!q.readable || flagged.includes(q) || CLOSED.includes(q.status ?? '')) return false;
      try {
        questionBytes.set(q.id, planEdit(join(root, q.path), q.path, ANSWERED).before);
        return true;
      } catch {
        return false;
      }
    });
    const given = await interviewEvaluation(prompter, lang, view, earlier, input, questions, ask, flagged);
    if (!given) {
      draft?.finish();
      io.err(`${t(lang, 'cli.cancelled')}\n`);
      return EXIT.ok;
    }
    ({ input, keep } = given);
    answered = [...flagged, ...ask.filter((q) => given.answered.includes(q.id))];
  } else if (isEvaluated(view) && !options.yes) {
    throw new KwpError('evaluate.again');
  } else if (!options.status && view.status === 'voorbereiding') {
    // Not asked, so said: a project that never started is evaluated as gestopt.
    io.err(`${t(lang, 'evaluate.sets-stopped')}\n`);
  }
  const problems = checkEvaluation(view, input, keep);
  if (problems.length > 0) throw problemsError(problems);

  // New questions: an id already in the register is linked; any other text becomes a question file.
  const existing = input.nieuweVragen.filter((q) => kb.get(q.trim())?.kind === 'vraag').map((q) => q.trim());
  const texts = [...new Set(input.nieuweVragen.map((q) => q.trim()))].filter(
    (q) => q && !existing.includes(q),
  );
  // A new question whose text is registered already is still written (the flags asked for it), and
  // the registered one named, so a double can be removed; the prompts offer to link it instead.
  const registered = new Map(kb.ofKind('vraag').map((e) => [e.id, e.view.vraag ?? ''] as const));
  for (const text of texts) {
    const same = findSameText(text, registered);
    if (same)
      io.err(
        `${t(lang, 'new.same-exists', { path: kb.get(same)?.file.path ?? same, text: registered.get(same) ?? '' })}\n`,
      );
  }
  const taken = new Set(kb.byId.keys());
  const values = { status: 'open', bron: 'evaluatie', project: id, ingediend: input.datum };
  const { thema, gebied } = view;
  const questionValues = (vraag: string) => ({
    ...values,
    vraag,
    ...(thema.length > 0 ? { thema: [...thema] } : {}),
    ...(gebied ? { gebied } : {}),
  });

  // All or nothing: the question files and the project edit in one transaction. The question ids are
  // the first free ones; when another kwp takes one meanwhile, the plan is made again.
  const { created, closed } = await applyRebuilding(
    () => {
      const claimed = new Set(taken);
      const created = texts.map((text) => {
        const record = vraagRecord(root, questionValues(text), claimed);
        const c = nextFreeRecord(root, record.kind, record.base, claimed);
        claimed.add(c.id);
        return { ...c, content: record.render(c.id) };
      });
      const evaluatie = evaluationValue(keep, input, [...existing, ...created.map((c) => c.id)]);
      // Written into the bytes read before the questions were asked: a change on disk since is refused.
      const edit = planEditOf(absolute, path, read, [
        { op: 'set', path: ['status'], value: input.status },
        ...evaluationEdits(view, earlier, keep, evaluatie),
      ]);
      // Each question now answered: only its `status` changes, in the bytes read before the prompts.
      const closed = answered
        .filter((q) => q.status !== 'beantwoord')
        .map((q) => planEditOf(join(root, q.path), q.path, questionBytes.get(q.id)!, ANSWERED));
      const plan: WritePlan = {
        ops: [
          ...created.map((c) => ({ op: 'create' as const, path: c.path, content: c.content })),
          replaceOp(edit),
          ...closed.map(replaceOp),
        ],
        ...(options.commit
          ? {
              commit: {
                message: commitMessage(`kwp evaluate: ${id} ${input.status}`, [
                  ...created.map((c) => c.path),
                  ...closed.map((c) => c.path),
                ]),
              },
            }
          : {}),
      };
      return { created, closed, plan };
    },
    { root },
  );
  draft?.finish();
  io.out([path, ...created.map((c) => c.path), ...closed.map((c) => c.path)].map((p) => `${p}\n`).join(''));
  return EXIT.ok;
}

/** The edit that marks a question answered. */
const ANSWERED: readonly Edit[] = [{ op: 'set', path: ['status'], value: 'beantwoord' }];
/** Question statuses that are not asked about again: answered already, or dropped. */
const CLOSED: readonly string[] = ['beantwoord', 'vervallen'];

/** A question a project took up, as far as the register knows it. */
export interface TakenUp {
  id: string;
  path: string;
  text: string;
  status: string | undefined;
  /** Its file could be read (a question kwp cannot read is not asked about). */
  readable: boolean;
}

/** The registered questions the project lists in the link `kennisvragen` (from the link table), in order. */
function takenUpQuestions(kb: KnowledgeBase, project: Entry): TakenUp[] {
  const link = linkNamed('kennisvragen');
  const ids = [...new Set(linkTargets(project.data, link).map((q) => q.trim()))];
  return ids.flatMap((q) => {
    const entry = kb.get(q);
    if (entry?.kind !== link.to) return [];
    const view = entry.kind === 'vraag' ? entry.view : undefined;
    return [
      {
        id: q,
        path: entry.file.path,
        text: view?.vraag ?? '',
        status: view?.status,
        readable: entry.data !== null,
      },
    ];
  });
}

/** The questions `--answered` names; exit 2 for one that is not registered or not taken up by this project. */
function checkAnswered(
  kb: KnowledgeBase,
  takenUp: readonly TakenUp[],
  given: readonly string[],
  project: string,
): TakenUp[] {
  const out: TakenUp[] = [];
  for (const raw of given) {
    const id = raw.trim();
    const found = takenUp.find((q) => q.id === id);
    if (!found && kb.get(id)?.kind !== linkNamed('kennisvragen').to) {
      const suggestion = closest(id, kb.idsOfKind(linkNamed('kennisvragen').to));
      throw new KwpError('evaluate.answered-unknown', { id, ...(suggestion ? { suggestion } : {}) });
    }
    if (!found) {
      const listed = takenUp.map((q) => q.id).join(', ') || '-';
      throw new KwpError('evaluate.answered-not-taken-up', { id, project, listed });
    }
    if (!out.includes(found)) out.push(found);
  }
  return out;
}
