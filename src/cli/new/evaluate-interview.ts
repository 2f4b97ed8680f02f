// `kwp evaluate` as a conversation: fase 4 evaluates against the project description, so each
// question shows what the description said beside it (the central question beside the conclusions,
// the learning goals beside the lessons). Earlier answers are shown and kept unless let go.
import { dateMessage, isRealDate } from '../../core/dates.js';
import type { EarlierEvaluation, EvaluationInput } from '../../core/evaluation.js';
import type { ProjectView } from '../../core/model/views.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import { findSameText } from '../../core/scaffold/answers.js';
import type { Prompter } from '../prompt/prompter.js';

export async function interviewEvaluation(
  ask: Prompter,
  lang: Lang,
  project: ProjectView,
  earlier: EarlierEvaluation,
  given: EvaluationInput,
  /** The register's questions (id → text): a new question already there is linked, not copied. */
  questions: ReadonlyMap<string, string> = new Map(),
  /** The questions the project took up that are still open: each is asked whether it is answered now. */
  takenUp: readonly { id: string; text: string }[] = [],
  /** Questions marked answered already (`--answered`): shown in the summary, not asked. */
  flagged: readonly { id: string; text: string }[] = [],
): Promise<{ input: EvaluationInput; keep: EarlierEvaluation; answered: string[] } | null> {
  const q = (id: MessageId, args = {}) => t(lang, id, args);
  const keep: EarlierEvaluation = structuredClone(earlier);
  const input: EvaluationInput = structuredClone(given);

  ask.note(
    `${q('eval.title', { title: project.titel ?? '' })}\n${q('eval.question', { question: project.kennisvraag ?? '' })}`,
  );
  const items = async (
    key: 'conclusies' | 'leerpunten' | 'verbeterpunten',
    first: MessageId,
    more: MessageId,
    extra = '',
  ) => {
    if (keep[key].length > 0) {
      ask.note(`${q('eval.earlier')}\n${keep[key].map((s) => `  - ${s}`).join('\n')}`);
      if (!(await ask.confirm({ message: q('eval.keep'), default: true }))) keep[key] = [];
    }
    // Points given as flags are shown, so the person sees what is in already and adds to it.
    if (input[key].length > 0)
      ask.note(`${q('eval.given')}\n${input[key].map((s) => `  - ${s}`).join('\n')}`);
    if (extra) ask.note(extra);
    for (;;) {
      const none = input[key].length + keep[key].length === 0;
      // An evaluation needs a conclusion: asked for here, not refused after the interview.
      const needed = key === 'conclusies' && none;
      const answer = (
        await ask.input({
          message: none ? q(first) : q(more),
          ...(needed ? { validate: (v: string) => (v.trim() === '' ? q('ask.required') : true) } : {}),
        })
      ).trim();
      if (answer === '') break;
      input[key].push(answer);
    }
  };
  await items('conclusies', 'eval.conclusion', 'eval.conclusion.more');
  const goals = project.leerdoelen.map((g) => `  - ${g.wie ?? '?'}: ${g.wat ?? ''}`).join('\n');
  await items('leerpunten', 'eval.lesson', 'eval.lesson.more', goals ? `${q('eval.goals')}\n${goals}` : '');
  await items('verbeterpunten', 'eval.improvement', 'eval.improvement.more');
  for (;;) {
    const answer = (
      await ask.input({
        message: input.nieuweVragen.length === 0 ? q('eval.new-question') : q('eval.new-question.more'),
      })
    ).trim();
    if (answer === '') break;
    const same = findSameText(answer, questions);
    const link =
      same !== undefined &&
      (await ask.confirm({
        message: q('ask.same.use-question', { id: same, text: questions.get(same) ?? '' }),
        default: true,
      }));
    input.nieuweVragen.push(link ? same : answer);
  }
  const start = project.planning.start;
  const onlyStop = project.status === 'voorbereiding';
  input.datum = (
    await ask.input({
      message: q('eval.date'),
      default: input.datum,
      validate: (v) => {
        if (!isRealDate(v.trim())) {
          const problem = dateMessage(v, 'ask.date.format', 'ask.date.invalid');
          return q(problem.id, problem.args);
        }
        // A project that never started may stop before its planned start (as checkEvaluation allows).
        if (start && v.trim() < start && !onlyStop) return q('ask.date.before', { date: start });
        return true;
      },
    })
  ).trim();
  if (onlyStop) ask.note(q('evaluate.sets-stopped'));
  input.status = onlyStop
    ? 'gestopt'
    : await ask.select({
        message: q('eval.status'),
        choices: [
          { name: q('eval.status.afgerond'), value: 'afgerond' },
          { name: q('eval.status.gestopt'), value: 'gestopt' },
        ],
        default: input.status,
      });
  // The questions the project took up: answered now? Most are, when the project is afgerond.
  const answered = flagged.map((f) => f.id);
  for (const question of takenUp) {
    if (
      await ask.confirm({
        message: q('eval.answered', { text: question.text, id: question.id }),
        default: input.status === 'afgerond',
      })
    )
      answered.push(question.id);
  }
  const none = `  ${q('label.none')}`;
  const all = (key: 'conclusies' | 'leerpunten' | 'verbeterpunten') => [...keep[key], ...input[key]];
  ask.note(
    [
      '',
      q('eval.summary', { status: input.status, date: input.datum }),
      ...(['conclusies', 'leerpunten', 'verbeterpunten'] as const).map(
        (k) =>
          `${k}:\n${
            all(k)
              .map((s) => `  - ${s}`)
              .join('\n') || none
          }`,
      ),
      `nieuwe_kennisvragen:\n${[...keep.nieuwe_kennisvragen, ...input.nieuweVragen].map((s) => `  - ${s}`).join('\n') || none}`,
      ...(takenUp.length + flagged.length > 0
        ? [`${q('eval.answered.summary')}\n${answered.map((s) => `  - ${s}`).join('\n') || none}`]
        : []),
    ].join('\n'),
  );
  return (await ask.confirm({ message: q('ask.confirm'), default: true })) ? { input, keep, answered } : null;
}
