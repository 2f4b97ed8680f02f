// `kwp new vraag`: registers a knowledge question (fase 3b, or an intake), by questions or from flags.
import { localDate } from '../../core/dates.js';
import { BRONNEN } from '../../core/enums.js';
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
  yes?: boolean;
}

interface VraagInput {
  vraag?: string;
  bron?: string;
  project?: string;
  vraageigenaar?: YamlValue;
  thema: string[];
  gebied?: string;
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
  // Answers are kept in a draft as they are given: Ctrl-C or a crash loses none (prompt/draft.ts).
  const asked = await interactivePrompter(io, options.yes, lang);
  const draft = asked ? await openDraft(io, lang, { kbRoot: root, command: 'new vraag' }, asked) : undefined;
  const prompter = draft?.prompter;
  if (prompter) {
    const answered = await interview(prompter, lang, input, ctx);
    if ('existing' in answered) {
      draft?.finish();
      io.err(`${t(lang, 'ask.same.used', { path: ctx.pathOf(answered.existing) ?? answered.existing })}\n`);
      return EXIT.ok;
    }
    input = answered;
  }
  const problems = checkVraag(input, ctx);
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
    },
    ctx.taken,
  );
  const code = await confirmAndWrite(io, root, lang, record, options, prompter);
  draft?.finish();
  return code;
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
  return problems;
}

async function interview(
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
      source: (term) =>
        [...ctx.projects]
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
  return v;
}
