// `kwp new project`: a project description from the template, by questions in a terminal or from flags.
import { join } from 'node:path';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { closest } from '../../core/suggest.js';
import { type PlannedEdit, planEdit } from '../../store/edit-file.js';
import { parsePerson } from '../../core/scaffold/person.js';
import {
  checkProjectInput,
  emptyProjectInput,
  type ProjectInput,
  projectTemplateValues,
} from '../../core/scaffold/project-input.js';
import { findSameText } from '../../core/scaffold/answers.js';
import { baseId } from '../../core/scaffold/slug.js';
import { placeholders, renderTemplate } from '../../core/scaffold/template.js';
import { localDate } from '../../core/dates.js';
import { editFrontmatter } from '../../core/edit/frontmatter-edit.js';
import { EXIT, KwpError, problemsError } from '../../errors.js';
import { type Message, t } from '../../messages/catalogue.js';
import { planRecord } from '../../store/records.js';
import { readTemplate } from '../../store/templates.js';
import type { GlobalOptions } from '../context.js';
import { interactivePrompter, type Io } from '../io.js';
import { openDraft } from '../prompt/draft.js';
import { type NewContext, newContext } from '../new/context.js';
import { type NewRecord, writeNewRecord, type WriteOptions } from '../new/create.js';
import { chooseOffer, offerNamed, planInOffer } from '../new/plan-in-offer.js';
import { openKnowledgeBase, stopIfUnread, werkplaatsFile } from '../open-kb.js';

export interface NewProjectOptions extends GlobalOptions, WriteOptions {
  fromQuestion?: string;
  aanbod?: string;
  title?: string;
  programme?: string;
  question?: string;
  follows?: string[];
  theme?: string[];
  area?: string;
  content?: string;
  lead?: string;
  contact?: string;
  start?: string;
  end?: string;
  status?: string;
  yes?: boolean;
}

export async function newProjectCommand(io: Io, options: NewProjectOptions): Promise<number> {
  // The werkplaats' vocabularies check the answers, and a question taken up is edited: both needed.
  const { root, kb, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => [
      ...werkplaatsFile(kb),
      ...(options.fromQuestion && kb.get(options.fromQuestion)?.kind === 'vraag'
        ? [kb.get(options.fromQuestion)]
        : []),
      ...(options.aanbod !== undefined ? [kb.get(options.aanbod)] : []),
    ],
    writes: true,
  });
  const context = newContext(kb);
  const { input, problems } = fromFlags(options);
  // --from-question: the question becomes the central question, listed in kennisvragen, and the
  // project it arose in is followed; the question itself becomes opgepakt in the same step.
  const takeUp = options.fromQuestion ? takeUpQuestion(kb, root, options.fromQuestion, input) : [];
  // --aanbod: planned in the first period of the offer that fits the question (cli.md).
  const today = localDate(io.now());
  if (options.aanbod !== undefined) {
    if (!options.fromQuestion) throw new KwpError('new.aanbod-needs-question', { option: '--aanbod' });
    const offer = offerNamed(kb, options.aanbod);
    planInOffer(kb, options.fromQuestion, offer, today, input, lang);
  }
  // Answers are kept in a draft as they are given: Ctrl-C or a crash loses none (prompt/draft.ts).
  const asked = await interactivePrompter(io, options.yes, lang);
  const draft = asked
    ? await openDraft(io, lang, { kbRoot: root, command: 'new project' }, asked)
    : undefined;
  const prompter = draft?.prompter;
  // In a terminal, a project from a question may be planned in an offer that fits it: chosen first.
  if (prompter && options.fromQuestion && options.aanbod === undefined)
    await chooseOffer(prompter, lang, kb, options.fromQuestion, today, input);
  let project = input;
  let sameNote: { path: string; text: string } | undefined;
  if (prompter) {
    // The flags given are the answers' defaults; each answer is checked as it is typed.
    const { interviewProject } = await import('../new/project-interview.js');
    const answered = await interviewProject(prompter, lang, input, context, (p) => {
      const file = renderProject(
        root,
        p,
        planRecord(root, 'project', projectBase(p, io.now()), context.taken).id,
      );
      const registering = newPartners(root, p, context);
      if (registering.length === 0) return file;
      const paths = registering.map((r) => planRecord(root, r.kind, r.base, r.taken).path);
      return `${file}\n${t(lang, 'ask.summary.partners', { paths })}`;
    });
    if (!answered) {
      draft?.finish();
      io.err(`${t(lang, 'cli.cancelled')}\n`);
      return EXIT.ok;
    }
    if ('existing' in answered) {
      draft?.finish();
      io.err(
        `${t(lang, 'ask.same.used', { path: kb.get(answered.existing)?.file.path ?? answered.existing })}\n`,
      );
      return EXIT.ok;
    }
    project = answered;
    problems.length = 0;
  } else if (project.titel) {
    // With flags nothing can be asked: the project is written, and the one with the same title named.
    const same = findSameText(project.titel, context.projects);
    if (same) sameNote = { path: context.pathOf(same) ?? same, text: context.projects.get(same) ?? '' };
  }
  problems.push(...checkProjectInput(project, context));
  if (problems.length > 0) throw problemsError(problems);
  const registering = newPartners(root, project, context);
  // A partner typed in is checked against the names kwp could read: with a partner file unread, the
  // "new" partner may be registered already.
  if (registering.length > 0) stopIfUnread(kb.ofKind('partner'), true);
  if (sameNote) io.err(`${t(lang, 'new.same-exists', sameNote)}\n`);
  const code = await writeNewRecord(
    io,
    root,
    lang,
    {
      kind: 'project',
      base: projectBase(project, io.now()),
      taken: context.taken,
      render: (id) => renderProject(root, project, id),
      commitMessage: (id) => `kwp new project: ${id}\n\n${oneLine(project.titel ?? '')}`,
    },
    options,
    // Partners typed in during the questions join the register in the same step, so the project
    // does not start with an unregistered-partner warning.
    registering,
    takeUp,
  );
  draft?.finish();
  return code;
}

/** Fills the input from a registered question; returns the edit that marks the question opgepakt. */
function takeUpQuestion(kb: KnowledgeBase, root: string, id: string, input: ProjectInput): PlannedEdit[] {
  const question = kb.get(id);
  if (question?.kind !== 'vraag') {
    const suggestion = closest(id, kb.idsOfKind('vraag'));
    const args = {
      option: '--from-question',
      id,
      ...(question ? { found: `@kind.${question.kind}` } : {}),
      ...(suggestion ? { suggestion } : {}),
    };
    throw new KwpError(question ? 'new.not-a-question' : 'new.unknown-question', args);
  }
  // Planned first: a question file kwp cannot edit safely (broken YAML) is refused with its problem.
  const edit = planEdit(join(root, question.file.path), question.file.path, [
    { op: 'set', path: ['status'], value: 'opgepakt' },
  ]);
  const view = question.view;
  const status = view.status;
  if (status !== 'open' && status !== 'opgepakt')
    throw new KwpError('evaluate.question-status', { id, status: status ?? '?' });
  input.kennisvraag ??= view.vraag;
  if (!input.kennisvragen.includes(id)) input.kennisvragen.push(id);
  const from = view.project;
  if (from && kb.get(from)?.kind === 'project' && !input.vervolg_op.includes(from))
    input.vervolg_op.push(from);
  if (input.thema.length === 0) input.thema = [...view.thema];
  input.gebied ??= view.gebied;
  return status === 'opgepakt' ? [] : [edit];
}

/** Partner files for the project's partners that the register does not know yet. */
function newPartners(root: string, project: ProjectInput, context: NewContext): NewRecord[] {
  const known = new Set(context.partners.map((p) => p.naam));
  return project.partners
    .filter((p) => !known.has(p.naam))
    .map((p) => ({
      kind: 'partner' as const,
      base: baseId(undefined, p.naam, 'partner'),
      taken: context.taken,
      render: (id: string) =>
        renderTemplate(readTemplate('partner', root).text, {
          id,
          naam: p.naam,
          groep: p.groep,
          niveau: p.niveau,
        }),
      commitMessage: (id: string) => `kwp new partner: ${id}`,
    }));
}

/** The id before a suffix: the start year, else this year, and the title. */
function projectBase(project: ProjectInput, now: Date): string {
  const year = (project.start ?? '').slice(0, 4) || String(now.getFullYear());
  return baseId(year, project.titel ?? '', 'project');
}

function renderProject(root: string, input: ProjectInput, id: string): string {
  const template = readTemplate('project', root).text;
  const text = renderTemplate(template, projectTemplateValues(input, id));
  // A werkplaats' own template from before the education offer has no {{aanbod}}: the offer is not
  // lost, the key is added at the end of the frontmatter (README, "Your werkplaats' own templates").
  if (input.aanbod.length === 0 || placeholders(template).includes('aanbod')) return text;
  const edited = editFrontmatter(text, [{ op: 'set', path: ['aanbod'], value: [...input.aanbod] }]);
  if (!edited.ok) throw new KwpError('new.aanbod-template', { path: 'templates/project.md' });
  return edited.text;
}

/** The flags as a project input; people given as "Naam <email>" that cannot be read are problems. */
function fromFlags(o: NewProjectOptions): { input: ProjectInput; problems: Message[] } {
  const input = emptyProjectInput();
  const problems: Message[] = [];
  const set = <K extends keyof ProjectInput>(key: K, value: ProjectInput[K] | undefined) => {
    if (value !== undefined) input[key] = value;
  };
  set('titel', o.title);
  set('programma', o.programme);
  set('kennisvraag', o.question);
  set('vervolg_op', o.follows ? [...new Set(o.follows)] : undefined);
  set('thema', o.theme ? [...new Set(o.theme)] : undefined);
  set('gebied', o.area);
  set('inhoud', o.content);
  set('start', o.start);
  set('einde', o.end);
  set('status', o.status);
  for (const [option, key, text] of [
    ['--lead', 'projectleider', o.lead],
    ['--contact', 'contactpersoon', o.contact],
  ] as const) {
    if (text === undefined) continue;
    const parsed = parsePerson(text);
    if (parsed.ok) input[key] = parsed.person;
    else problems.push({ id: 'new.person', args: { option, value: text } });
  }
  return { input, problems };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}
