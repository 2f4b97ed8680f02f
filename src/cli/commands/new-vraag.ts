// `kwp new vraag`: registers a knowledge question (fase 3b, or an intake), by questions or from flags.
import { dateMessage, isRealDate, localDate } from '../../core/dates.js';
import { BRONNEN, NIVEAUS, VORMEN } from '../../core/enums.js';
import {
  hasWishes,
  noWishes,
  parseStudents,
  type QuestionWishes,
  wishProblems,
  wishValues,
} from '../../core/offer/question-wishes.js';
import { findSameText, matchesTerm } from '../../core/scaffold/answers.js';
import { parsePerson, personText, type Persoon } from '../../core/scaffold/person.js';
import type { YamlValue } from '../../core/scaffold/yaml-value.js';
import { closest, notAllowed } from '../../core/suggest.js';
import { EXIT, problemsError } from '../../errors.js';
import { type Lang, type Message, type MessageId, t } from '../../messages/catalogue.js';
import type { GlobalOptions } from '../context.js';
import { interactivePrompter, type Io } from '../io.js';
import { openDraft } from '../prompt/draft.js';
import type { Prompter } from '../prompt/prompter.js';
import { type NewContext, newContext } from '../new/context.js';
import { confirmAndWrite, type WriteOptions } from '../new/create.js';
import { askNewText } from '../new/same-text.js';
import { vraagRecord } from '../new/vraag-record.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';

export interface NewVraagOptions extends GlobalOptions, WriteOptions {
  question?: string;
  source?: string;
  project?: string;
  owner?: string;
  theme?: string[];
  area?: string;
  level?: string[];
  form?: string[];
  students?: string;
  wantedFrom?: string;
  wantedUntil?: string;
  yes?: boolean;
}

export interface VraagInput {
  vraag?: string;
  bron?: string;
  project?: string;
  vraageigenaar?: YamlValue;
  thema: string[];
  gebied?: string;
  /** What the question asks of the education: levels, forms, students, when (absent: none). */
  wensen?: QuestionWishes;
}

export async function newVraagCommand(io: Io, options: NewVraagOptions): Promise<number> {
  // The werkplaats' lists of themes and areas check the answers: without them nothing is checked.
  const { root, kb, lang } = await openKnowledgeBase(io, options, { files: werkplaatsFile, writes: true });
  const ctx = newContext(kb);
  let input: VraagInput = {
    ...(options.question !== undefined ? { vraag: options.question } : {}),
    ...(options.source !== undefined ? { bron: options.source } : {}),
    ...(options.project !== undefined ? { project: options.project } : {}),
    ...(options.owner !== undefined ? { vraageigenaar: owner(options.owner) } : {}),
    thema: [...new Set(options.theme ?? [])],
    ...(options.area !== undefined ? { gebied: options.area } : {}),
  };
  const flagProblems: Message[] = [];
  const wensen = wishesFromFlags(options, flagProblems);
  if (hasWishes(wensen)) input.wensen = wensen;
  // Answers are kept in a draft as they are given: Ctrl-C or a crash loses none (prompt/draft.ts).
  const asked = await interactivePrompter(io, options.yes, lang);
  const draft = asked ? await openDraft(io, lang, { kbRoot: root, command: 'new vraag' }, asked) : undefined;
  const prompter = draft?.prompter;
  if (prompter) {
    const answered = await interviewVraag(prompter, lang, input, ctx);
    if ('existing' in answered) {
      draft?.finish();
      io.err(`${t(lang, 'ask.same.used', { path: ctx.pathOf(answered.existing) ?? answered.existing })}\n`);
      return EXIT.ok;
    }
    input = answered;
    flagProblems.length = 0;
  }
  const problems = [...flagProblems, ...checkVraag(input, ctx)];
  if (problems.length > 0) throw problemsError(problems);
  // With flags nothing can be asked: the question is written, and the one with the same text named.
  const same = prompter ? undefined : findSameText(input.vraag ?? '', ctx.questions);
  if (same)
    io.err(
      `${t(lang, 'new.same-exists', { path: ctx.pathOf(same) ?? same, text: ctx.questions.get(same) ?? '' })}\n`,
    );
  // Today where the person is, not in UTC: just after midnight that differs.
  const today = localDate(io.now());
  const record = vraagRecord(
    root,
    {
      vraag: input.vraag,
      status: 'open',
      bron: input.bron,
      project: input.project,
      vraageigenaar: input.vraageigenaar,
      thema: input.thema.length > 0 ? input.thema : undefined,
      gebied: input.gebied,
      ingediend: today,
      ...wishValues(input.wensen ?? noWishes()),
    },
    ctx.taken,
  );
  const code = await confirmAndWrite(io, root, lang, record, options, prompter);
  draft?.finish();
  return code;
}

/** `--level`, `--form` (each repeatable), `--students`, `--wanted-from`, `--wanted-until`. */
function wishesFromFlags(o: NewVraagOptions, problems: Message[]): QuestionWishes {
  const w = noWishes();
  const list = (values: string[] | undefined) => [
    ...new Set((values ?? []).map((v) => v.trim()).filter(Boolean)),
  ];
  w.niveau = list(o.level);
  w.vorm = list(o.form);
  if (o.students !== undefined && o.students.trim() !== '') {
    const parsed = parseStudents(o.students);
    if (parsed.problem) problems.push(parsed.problem);
    else w.studenten = parsed.value!;
  }
  if (o.wantedFrom?.trim()) w.van = o.wantedFrom.trim();
  if (o.wantedUntil?.trim()) w.tot = o.wantedUntil.trim();
  return w;
}

/** An owner is a person when written "Naam <email>", else the name of an organisation. */
function owner(text: string): YamlValue {
  const parsed = parsePerson(text);
  return parsed.ok && parsed.person.email ? { ...parsed.person } : text.trim();
}

function checkVraag(input: VraagInput, ctx: NewContext): Message[] {
  const problems: Message[] = [];
  const missing: string[] = [];
  if (!input.vraag?.trim()) missing.push('--question');
  const known = (BRONNEN as readonly string[]).includes(input.bron ?? '');
  if (known && input.bron !== 'intake' && !input.project) missing.push('--project');
  if (missing.length > 0) problems.push({ id: 'new.missing', args: { flags: missing } });
  if (input.bron !== undefined && !(BRONNEN as readonly string[]).includes(input.bron)) {
    problems.push({
      id: 'cli.unknown-option-value',
      args: { value: input.bron, option: '--source', allowed: [...BRONNEN] },
    });
  }
  if (input.project !== undefined && !ctx.projects.has(input.project)) {
    const suggestion = closest(input.project, ctx.projects.keys());
    problems.push({
      id: 'new.unknown-project',
      args: { option: '--project', id: input.project, ...(suggestion ? { suggestion } : {}) },
    });
  }
  const allowed = (option: string, value: string | undefined, list: string[] | undefined) => {
    const problem = notAllowed(option, value, list);
    if (problem) problems.push(problem);
  };
  for (const thema of input.thema) allowed('--theme', thema, ctx.themas);
  allowed('--area', input.gebied, ctx.gebieden);
  if (input.wensen) problems.push(...wishProblems(input.wensen));
  return problems;
}

/** The questions of `kwp new vraag`, each filled in with `given` (what `kwp edit` prefills too). */
export async function interviewVraag(
  ask: Prompter,
  lang: Lang,
  given: VraagInput,
  ctx: NewContext,
): Promise<VraagInput | { existing: string }> {
  const q = (id: MessageId, args = {}) => t(lang, id, args);
  const v: VraagInput = { ...given, thema: [...given.thema] };
  // A question already in the register (written a little differently, even): say so, offer it.
  const vraag = await askNewText(
    ask,
    lang,
    { message: q('ask.vraag'), default: v.vraag, validate: (x) => (x.trim() ? true : q('ask.required')) },
    ctx.questions,
    (id, text) => q('ask.same.vraag', { text, path: ctx.pathOf(id) ?? id }),
  );
  if ('existing' in vraag) return vraag;
  v.vraag = vraag.text;
  v.bron = await ask.select({
    message: q('ask.source'),
    // A question from a project needs a project to name: without any, only an intake is offered.
    choices: BRONNEN.filter((b) => b === 'intake' || ctx.projects.size > 0).map((b) => ({
      name: q(`ask.source.${b}` as MessageId),
      value: b,
    })),
    default: v.bron ?? 'intake',
  });
  if (v.bron === 'intake') delete v.project;
  else {
    v.project = await ask.search<string>({
      message: q('ask.source.project'),
      // The project given (by a flag, or the file being edited) first, so Enter keeps it.
      source: (term) =>
        [...ctx.projects]
          .sort(([a], [b]) => Number(b === given.project) - Number(a === given.project))
          .filter(([id, titel]) => matchesTerm(`${id} ${titel}`, term))
          .slice(0, 50)
          .map(([id, titel]) => ({ name: `${titel} (${id})`, value: id })),
    });
  }
  const eigenaar = await ask.input({
    message: q('ask.owner'),
    ...(typeof v.vraageigenaar === 'string'
      ? { default: v.vraageigenaar }
      : v.vraageigenaar && typeof v.vraageigenaar === 'object' && 'naam' in v.vraageigenaar
        ? { default: personText(v.vraageigenaar as unknown as Persoon) }
        : {}),
  });
  if (eigenaar.trim()) v.vraageigenaar = owner(eigenaar);
  else delete v.vraageigenaar;
  if (ctx.themas?.length)
    v.thema = await ask.checkbox({
      message: q('ask.themes'),
      choices: ctx.themas.map((x) => ({ name: x, value: x, checked: v.thema.includes(x) })),
    });
  if (ctx.gebieden?.length) {
    const gebied = await ask.select({
      message: q('ask.area'),
      choices: [{ name: q('ask.none'), value: '' }, ...ctx.gebieden.map((x) => ({ name: x, value: x }))],
      default: v.gebied ?? '',
    });
    if (gebied) v.gebied = gebied;
    else delete v.gebied;
  }
  // One question opens the four about the education; without it, what was given stays.
  if (await ask.confirm({ message: q('ask.wishes'), default: v.wensen ? hasWishes(v.wensen) : false })) {
    const w = await askWishes(ask, lang, v.wensen ?? noWishes());
    if (hasWishes(w)) v.wensen = w;
    else delete v.wensen;
  }
  return v;
}

/** Levels and forms that suit the question, the students it needs, and when the work should happen. */
async function askWishes(ask: Prompter, lang: Lang, given: QuestionWishes): Promise<QuestionWishes> {
  const q = (id: MessageId, args = {}) => t(lang, id, args);
  const w: QuestionWishes = { niveau: [], vorm: [] };
  w.niveau = await ask.checkbox({
    message: q('ask.wishes.level'),
    choices: NIVEAUS.map((n) => ({ name: n, value: n, checked: given.niveau.includes(n) })),
  });
  w.vorm = await ask.checkbox({
    message: q('ask.wishes.form'),
    choices: VORMEN.map((n) => ({ name: n, value: n, checked: given.vorm.includes(n) })),
  });
  const students = (
    await ask.input({
      message: q('ask.wishes.students'),
      ...(given.studenten !== undefined ? { default: String(given.studenten) } : {}),
      validate: (x) =>
        x.trim() === '' || (/^\d+$/.test(x.trim()) && Number(x.trim()) >= 1)
          ? true
          : q('ask.count.invalid', { min: 1 }),
    })
  ).trim();
  if (students) w.studenten = Number(students);
  const date = (after?: string) => (value: string) => {
    const v = value.trim();
    if (v === '') return true;
    if (!isRealDate(v)) {
      const problem = dateMessage(v, 'ask.date.format', 'ask.date.invalid');
      return q(problem.id, problem.args);
    }
    return after && v < after ? q('ask.date.before', { date: after }) : true;
  };
  const van = (
    await ask.input({
      message: q('ask.wishes.from'),
      ...(given.van ? { default: given.van } : {}),
      validate: date(),
    })
  ).trim();
  if (van) w.van = van;
  const tot = (
    await ask.input({
      message: q('ask.wishes.until'),
      ...(given.tot && (!van || given.tot >= van) ? { default: given.tot } : {}),
      validate: date(van || undefined),
    })
  ).trim();
  if (tot) w.tot = tot;
  return w;
}
