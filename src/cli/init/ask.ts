// The questions of `kwp init`, in the order of fase 1: the name, the vocabularies, the manager,
// the targets, where the repository will live; then a summary and a confirmation. Flags are defaults.
import { parsePerson, type Persoon } from '../../core/scaffold/person.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import { type Prompter, PromptCancelled } from '../prompt/prompter.js';
import { CI_KINDS, type CiKind } from './ci-workflows.js';
import { cleanList, type InitValues, parseTarget } from './plan.js';

export interface SummaryPlace {
  /** The folder as the person named it. */
  dir: string;
  /** Where the workflow goes, as shown, per kind. */
  ciShown: (ci: CiKind) => string | undefined;
  /** Where the job that publishes the site goes, as shown, per kind (GitHub: a file of its own). */
  siteShown: (ci: Exclude<CiKind, 'none'>) => string;
  /** The git line of the summary. */
  git: string;
}

export async function askInitValues(
  prompter: Prompter,
  lang: Lang,
  given: Omit<InitValues, 'naam'> & { naam: string | undefined },
  place: SummaryPlace,
): Promise<InitValues> {
  prompter.note(t(lang, 'init.intro', { dir: place.dir }));
  const naam = (
    await prompter.input({
      message: t(lang, 'init.ask.name'),
      ...(given.naam ? { default: given.naam } : {}),
      required: true,
      validate: (value) => value.trim() !== '' || t(lang, 'init.ask.name-required'),
    })
  ).trim();
  const list = async (id: MessageId, defaults: string[]) =>
    cleanList(
      (
        await prompter.input({
          message: t(lang, id),
          ...(defaults.length > 0 ? { default: defaults.join(', ') } : {}),
        })
      ).split(','),
    );
  const programmas = await list('init.ask.programmes', given.programmas);
  const themas = await list('init.ask.themes', given.themas);
  const gebieden = await list('init.ask.areas', given.gebieden);
  const manager = await askUntilValid(prompter, lang, 'init.ask.manager', (text) => {
    if (text.trim() === '') return { value: undefined };
    const parsed = parsePerson(text);
    return parsed.ok ? { value: parsed.person as Persoon | undefined } : { error: 'init.invalid-person' };
  });
  const target = (id: MessageId) =>
    askUntilValid(prompter, lang, id, (text) => {
      const value = parseTarget(text);
      return value === null ? { error: 'init.invalid-number' } : { value };
    });
  const doelen = {
    studenten: await target('init.ask.target-students'),
    gebieden: await target('init.ask.target-areas'),
    projecten: await target('init.ask.target-projects'),
  };
  const ci = await prompter.select<CiKind>({
    message: t(lang, 'init.ask.ci'),
    choices: CI_KINDS.map((kind) => ({
      name: t(lang, `init.ci.${kind}`),
      value: kind,
      ...(place.ciShown(kind) ? { description: place.ciShown(kind) } : {}),
    })),
    default: given.ci,
  });
  const values: InitValues = {
    naam,
    taal: given.taal,
    programmas,
    themas,
    gebieden,
    ...(manager ? { manager } : {}),
    doelen,
    ci,
    site: given.site,
  };
  prompter.note(summary(lang, values, place));
  if (!(await prompter.confirm({ message: t(lang, 'init.ask.confirm'), default: true })))
    throw new PromptCancelled();
  return values;
}

/** Asks until the answer parses; a wrong answer is explained and the question comes again. */
async function askUntilValid<T>(
  prompter: Prompter,
  lang: Lang,
  id: MessageId,
  parse: (text: string) => { value: T } | { error: MessageId },
): Promise<T> {
  for (;;) {
    const text = await prompter.input({ message: t(lang, id) });
    const parsed = parse(text);
    if ('value' in parsed) return parsed.value;
    prompter.note(t(lang, parsed.error, { value: text.trim() }));
  }
}

function summary(lang: Lang, values: InitValues, place: SummaryPlace): string {
  const none = t(lang, 'label.none');
  const listed = (items: string[]) => (items.length > 0 ? items.join(', ') : none);
  const count = (n: number | undefined) => (n === undefined ? '–' : String(n));
  const manager = values.manager
    ? `${values.manager.naam}${values.manager.email ? ` <${values.manager.email}>` : ''}`
    : none;
  return t(lang, 'init.summary', {
    dir: place.dir,
    name: values.naam,
    programmes: listed(values.programmas),
    themes: listed(values.themas),
    areas: listed(values.gebieden),
    manager,
    targets: t(lang, 'init.summary.targets', {
      students: count(values.doelen.studenten),
      areas: count(values.doelen.gebieden),
      projects: count(values.doelen.projecten),
    }),
    ci:
      values.ci === 'none'
        ? t(lang, 'init.summary.ci-none')
        : `${t(lang, `init.ci.${values.ci}`)} (${place.ciShown(values.ci)})`,
    site:
      values.ci === 'none'
        ? t(lang, 'init.summary.ci-none')
        : !values.site
          ? t(lang, 'init.summary.site-none')
          : t(lang, `init.summary.site-${values.ci}`, { path: place.siteShown(values.ci) }),
    git: place.git,
  });
}
