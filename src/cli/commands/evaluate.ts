// `kwp evaluate <id>`: fase 4, against the project description. Writes the evaluation into the
// project (only `status` and `evaluatie` change) and registers each new question, all or nothing.
import { join } from 'node:path';
import { str } from '../../core/data.js';
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
import { nextFreeRecord } from '../../store/records.js';
import { applyRebuilding } from '../../store/transaction.js';
import type { GlobalOptions } from '../context.js';
import { interactivePrompter, type Io } from '../io.js';
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
  yes?: boolean;
  commit?: boolean;
}

export async function evaluateCommand(io: Io, id: string, options: EvaluateOptions): Promise<number> {
  const { root, kb, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => [projectOrUndefined(kb, id)],
    writes: true,
  });
  const project = requireProject(kb, id);
  const path = project.file.path;
  const absolute = join(root, path);
  // A file kwp cannot edit safely is refused before any question is asked; the bytes read now are
  // the ones the evaluation is written into (a change on disk meanwhile is someone else's work).
  const read = planEdit(absolute, path, [{ op: 'set', path: ['status'], value: 'afgerond' }]).before;
  const earlier = earlierEvaluation(project.data);
  let input: EvaluationInput = {
    datum: options.date ?? localDate(io.now()),
    status: options.status ?? (str(project.data, 'status') === 'voorbereiding' ? 'gestopt' : 'afgerond'),
    conclusies: options.conclusion ?? [],
    leerpunten: options.lesson ?? [],
    verbeterpunten: options.improvement ?? [],
    nieuweVragen: options.newQuestion ?? [],
  };
  let keep = earlier;
  const prompter = await interactivePrompter(io, options.yes, lang);
  if (prompter) {
    const { interviewEvaluation } = await import('../new/evaluate-interview.js');
    const questions = new Map(kb.ofKind('vraag').map((e) => [e.id, str(e.data, 'vraag') ?? ''] as const));
    const answered = await interviewEvaluation(prompter, lang, project.data, earlier, input, questions);
    if (!answered) {
      io.err(`${t(lang, 'cli.cancelled')}\n`);
      return EXIT.ok;
    }
    ({ input, keep } = answered);
  } else if (isEvaluated(project.data) && !options.yes) {
    throw new KwpError('evaluate.again');
  } else if (!options.status && str(project.data, 'status') === 'voorbereiding') {
    // Not asked, so said: a project that never started is evaluated as gestopt.
    io.err(`${t(lang, 'evaluate.sets-stopped')}\n`);
  }
  const problems = checkEvaluation(project.data, input, keep);
  if (problems.length > 0) throw problemsError(problems);

  // New questions: an id already in the register is linked; any other text becomes a question file.
  const existing = input.nieuweVragen.filter((q) => kb.get(q.trim())?.kind === 'vraag').map((q) => q.trim());
  const texts = [...new Set(input.nieuweVragen.map((q) => q.trim()))].filter(
    (q) => q && !existing.includes(q),
  );
  // A new question whose text is registered already is still written (the flags asked for it), and
  // the registered one named, so a double can be removed; the prompts offer to link it instead.
  const registered = new Map(kb.ofKind('vraag').map((e) => [e.id, str(e.data, 'vraag') ?? ''] as const));
  for (const text of texts) {
    const same = findSameText(text, registered);
    if (same)
      io.err(
        `${t(lang, 'new.same-exists', { path: kb.get(same)?.file.path ?? same, text: registered.get(same) ?? '' })}\n`,
      );
  }
  const taken = new Set(kb.byId.keys());
  const values = { status: 'open', bron: 'evaluatie', project: id, ingediend: input.datum };
  const thema = project.data?.['thema'];
  const gebied = str(project.data, 'gebied');
  const questionValues = (vraag: string) => ({
    ...values,
    vraag,
    ...(Array.isArray(thema) ? { thema } : {}),
    ...(gebied ? { gebied } : {}),
  });

  // All or nothing: the question files and the project edit in one transaction. The question ids are
  // the first free ones; when another kwp takes one meanwhile, the plan is made again.
  const { created } = await applyRebuilding(
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
        ...evaluationEdits(project.data, earlier, keep, evaluatie),
      ]);
      const plan: WritePlan = {
        ops: [
          ...created.map((c) => ({ op: 'create' as const, path: c.path, content: c.content })),
          replaceOp(edit),
        ],
        ...(options.commit
          ? {
              commit: {
                message: commitMessage(
                  `kwp evaluate: ${id} ${input.status}`,
                  created.map((c) => c.path),
                ),
              },
            }
          : {}),
      };
      return { created, plan };
    },
    { root },
  );
  io.out([path, ...created.map((c) => c.path)].map((p) => `${p}\n`).join(''));
  return EXIT.ok;
}
