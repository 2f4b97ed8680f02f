// `kwp new project` as a conversation: the questions of fase 3a in order, choices where the
// werkplaats has a list, existing projects to search, each answer checked as it is typed, then the
// file to be written and a confirmation. Returns null when the person does not confirm.
import { dateMessage, isRealDate } from '../../core/dates.js';
import { GROEPEN, NIVEAUS } from '../../core/enums.js';
import { matchesTerm, searchChoices } from '../../core/scaffold/answers.js';
import { groupCount } from '../../core/scaffold/grammar.js';
import { parsePerson, type Persoon, personText } from '../../core/scaffold/person.js';
import type { ProjectInput, ProjectPartner } from '../../core/scaffold/project-input.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import type { Choice, Prompter } from '../prompt/prompter.js';
import type { NewContext } from './context.js';
import { askNewText } from './same-text.js';

export async function interviewProject(
  ask: Prompter,
  lang: Lang,
  given: ProjectInput,
  ctx: NewContext,
  /** The file as it would be written; undefined when it would not change (`kwp edit`): then nothing is asked. */
  preview: (input: ProjectInput) => string | undefined,
  /** `kwp edit` offers every status; `kwp new` those a new project can start in. */
  statuses: readonly string[] = ['voorbereiding', 'lopend'],
): Promise<ProjectInput | { existing: string } | null> {
  const q = (id: MessageId, args = {}) => t(lang, id, args);
  const p: ProjectInput = structuredClone(given);
  const required = (value: string) => (value.trim() === '' ? q('ask.required') : true);

  // A title that exists already (written a little differently, even): say so, offer the project.
  const titel = await askNewText(
    ask,
    lang,
    { message: q('ask.title'), default: p.titel, validate: required },
    ctx.projects,
    (id, title) => q('ask.same.project', { title, path: ctx.pathOf(id) ?? id }),
  );
  if ('existing' in titel) return titel;
  p.titel = titel.text;
  p.status = await ask.select({
    message: q('ask.status'),
    choices: statuses.map((s) => ({ name: q(`ask.status.${s}` as MessageId), value: s })),
    default: statuses.includes(p.status) ? p.status : 'voorbereiding',
  });
  // Past voorbereiding a project needs its leader, planning and content (format.md).
  const running = p.status !== 'voorbereiding';
  const optional = (value: string) => (running ? required(value) : true);

  p.programma = ctx.programmas?.length
    ? await ask.select({
        message: q('ask.programme'),
        choices: plain(withGiven(ctx.programmas, p.programma)),
        ...(p.programma ? { default: p.programma } : {}),
      })
    : await ask.input({
        message: q('ask.programme'),
        ...(p.programma ? { default: p.programma } : {}),
        validate: required,
      });
  p.kennisvraag = await ask.input({
    message: q('ask.question'),
    ...(p.kennisvraag ? { default: p.kennisvraag } : {}),
    validate: required,
  });

  // Earlier projects given as flags that do not exist are said and left out, not refused afterwards.
  const unknown = p.vervolg_op.filter((id) => !ctx.projects.has(id));
  if (unknown.length > 0) {
    ask.note(q('ask.dropped-follows', { ids: unknown }));
    p.vervolg_op = p.vervolg_op.filter((id) => ctx.projects.has(id));
  }
  if (
    ctx.projects.size > 0 &&
    (p.vervolg_op.length > 0 || (await ask.confirm({ message: q('ask.follows'), default: false })))
  ) {
    const done = '';
    for (;;) {
      const chosen = await ask.search<string>({
        message:
          p.vervolg_op.length === 0 ? q('ask.follows.which') : q('ask.follows.more', { ids: p.vervolg_op }),
        source: (term) =>
          searchChoices(
            term,
            [{ name: q('ask.done'), value: done }],
            [...ctx.projects]
              .filter(([id, titel]) => !p.vervolg_op.includes(id) && matchesTerm(`${id} ${titel}`, term))
              .slice(0, 50)
              .map(([id, titel]) => ({ name: `${titel} (${id})`, value: id })),
          ),
      });
      if (chosen === done) break;
      p.vervolg_op.push(chosen);
    }
  }

  const inhoud = await ask.input({
    message: q(running ? 'ask.content' : 'ask.content.optional'),
    ...(p.inhoud ? { default: p.inhoud } : {}),
    validate: optional,
  });
  p.inhoud = inhoud.trim() === '' ? undefined : inhoud;

  if (ctx.themas?.length) {
    p.thema = await ask.checkbox({
      message: q('ask.themes'),
      choices: ctx.themas.map((v) => ({ name: v, value: v, checked: p.thema.includes(v) })),
    });
  } else {
    p.thema = list(await ask.input({ message: q('ask.themes.free'), default: p.thema.join(', ') }));
  }
  const none = '';
  const gebied = ctx.gebieden?.length
    ? await ask.select({
        message: q('ask.area'),
        choices: [{ name: q('ask.none'), value: none }, ...plain(withGiven(ctx.gebieden, p.gebied))],
        default: p.gebied ?? none,
      })
    : await ask.input({ message: q('ask.area.free'), default: p.gebied ?? '' });
  p.gebied = gebied.trim() === '' ? undefined : gebied;

  const lead = await person(
    ask,
    q(running ? 'ask.lead' : 'ask.lead.optional'),
    p.projectleider,
    running,
    lang,
  );
  if (lead) p.projectleider = lead;
  else delete p.projectleider;
  p.contactpersoon = (await person(ask, q('ask.contact'), p.contactpersoon, true, lang))!;

  p.partners = await partners(ask, lang, ctx, p.partners);
  for (;;) {
    const wie = await ask.input({
      message: p.leerdoelen.length === 0 ? q('ask.goal.who') : q('ask.goal.who.more'),
    });
    if (wie.trim() === '') break;
    const wat = await ask.input({
      message: q('ask.goal.what', { who: wie.trim(), count: groupCount(wie, lang) }),
      validate: required,
    });
    p.leerdoelen.push({ wie: wie.trim(), wat: wat.trim() });
  }

  const date = (mustHave: boolean, after?: string) => (value: string) => {
    if (value.trim() === '') return mustHave ? q('ask.required') : true;
    if (!isRealDate(value.trim())) {
      const problem = dateMessage(value, 'ask.date.format', 'ask.date.invalid');
      return q(problem.id, problem.args);
    }
    if (after && value.trim() < after) return q('ask.date.before', { date: after });
    return true;
  };
  const start = (
    await ask.input({
      message: q(running ? 'ask.start' : 'ask.start.optional'),
      ...(p.start ? { default: p.start } : {}),
      validate: date(running),
    })
  ).trim();
  p.start = start || undefined;
  const mid = (
    await ask.input({
      message: q('ask.midterm'),
      ...(p.tussentijds ? { default: p.tussentijds } : {}),
      validate: date(false, start || undefined),
    })
  ).trim();
  p.tussentijds = mid || undefined;
  const end = (
    await ask.input({
      message: q(running ? 'ask.end' : 'ask.end.optional'),
      ...(p.einde ? { default: p.einde } : {}),
      validate: date(running, mid || start || undefined),
    })
  ).trim();
  p.einde = end || undefined;

  const amount = (value: string) =>
    value.trim() === '' || (/^\d+([.,]\d{1,2})?$/.test(value.trim()) ? true : q('ask.amount.invalid'));
  const toNumber = (value: string) => Number(value.trim().replace(',', '.'));
  for (;;) {
    const post = await ask.input({ message: p.kosten.length === 0 ? q('ask.cost') : q('ask.cost.more') });
    if (post.trim() === '') break;
    const bedrag = await ask.input({
      message: q('ask.cost.amount', { post: post.trim() }),
      validate: (v) => (v.trim() === '' ? q('ask.required') : amount(v)),
    });
    p.kosten.push({ post: post.trim(), bedrag: toNumber(bedrag) });
  }
  if (p.kosten.length > 0 || p.partners.length > 0) {
    for (;;) {
      const partner = await funder(ask, lang, ctx, p);
      if (partner === undefined) break;
      const bedrag = await ask.input({
        message: q('ask.cover.amount', { partner }),
        validate: amount,
      });
      const uren = await ask.input({
        message: q('ask.cover.hours', { partner }),
        validate: amount,
      });
      p.dekking.push({
        partner,
        ...(bedrag.trim() ? { bedrag: toNumber(bedrag) } : {}),
        ...(uren.trim() ? { uren: toNumber(uren) } : {}),
      });
    }
  }

  const shown = preview(p);
  if (shown === undefined) return p;
  ask.note(`\n${q('ask.summary')}\n\n${shown}`);
  return (await ask.confirm({ message: q('ask.confirm'), default: true })) ? p : null;
}

/**
 * The werkplaats' list, and the value given when it is not on it (a file `kwp edit` fills in): Enter
 * keeps what is there rather than silently taking the first choice; `kwp validate` says it is off-list.
 */
function withGiven(values: string[], given: string | undefined): string[] {
  return given && !values.includes(given) ? [...values, given] : values;
}

function plain(values: string[]): Choice<string>[] {
  return values.map((v) => ({ name: v, value: v }));
}

function list(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

async function person(
  ask: Prompter,
  message: string,
  given: Persoon | undefined,
  mustHave: boolean,
  lang: Lang,
): Promise<Persoon | undefined> {
  const shown = given ? personText(given) : undefined;
  const answer = await ask.input({
    message,
    ...(shown ? { default: shown } : {}),
    validate: (value) => {
      if (value.trim() === '') return mustHave ? t(lang, 'ask.required') : true;
      return parsePerson(value).ok ? true : t(lang, 'ask.person.invalid');
    },
  });
  const parsed = parsePerson(answer);
  return parsed.ok ? parsed.person : undefined;
}

async function partners(
  ask: Prompter,
  lang: Lang,
  ctx: NewContext,
  given: ProjectPartner[],
): Promise<ProjectPartner[]> {
  const q = (id: MessageId, args = {}) => t(lang, id, args);
  const chosen = [...given];
  const done = '\u0000done';
  const other = '\u0000new';
  for (;;) {
    const naam = await ask.search<string>({
      message:
        chosen.length === 0 ? q('ask.partner') : q('ask.partner.more', { names: chosen.map((c) => c.naam) }),
      // Typed `gem`: the matches come first, so Enter takes the highlighted one, not "(klaar)".
      source: (term) =>
        searchChoices(
          term,
          [
            { name: q('ask.done'), value: done },
            { name: q('ask.partner.new'), value: other },
          ],
          ctx.partners
            .filter((r) => !chosen.some((c) => c.naam === r.naam) && matchesTerm(r.naam, term))
            .map((r) => ({
              name: r.groep ? `${r.naam} (${r.groep}${r.niveau ? `, ${r.niveau}` : ''})` : r.naam,
              value: r.naam,
            })),
        ),
    });
    if (naam === done) return chosen;
    const registered = ctx.partners.find((r) => r.naam === naam);
    const entry: ProjectPartner =
      registered && naam !== other
        ? {
            naam,
            groep: registered.groep ?? 'overig',
            ...(registered.niveau ? { niveau: registered.niveau } : {}),
          }
        : {
            naam: (
              await ask.input({
                message: q('ask.partner.name'),
                validate: (v) => (v.trim() === '' ? q('ask.required') : true),
              })
            ).trim(),
            groep: await ask.select({
              message: q('ask.partner.group'),
              choices: GROEPEN.map((g) => ({ name: g, value: g })),
            }),
          };
    if (entry.groep === 'onderwijs') {
      if (!entry.niveau) {
        entry.niveau = await ask.select({
          message: q('ask.partner.level', { name: entry.naam }),
          choices: NIVEAUS.map((n) => ({ name: n, value: n })),
        });
      }
      const opleiding = (
        await ask.input({ message: q('ask.partner.programme', { name: entry.naam }) })
      ).trim();
      if (opleiding) entry.opleiding = opleiding;
      const studenten = await ask.input({
        message: q('ask.partner.students', { name: entry.naam }),
        validate: (v) => (v.trim() === '' || /^\d+$/.test(v.trim()) ? true : q('ask.number.invalid')),
      });
      if (studenten.trim()) entry.studenten = Number(studenten.trim());
    }
    chosen.push(entry);
  }
}

/**
 * Who covers part of the budget: the project's own partners first, then the register, searched by
 * typing; another name can be typed. Undefined when the person is done.
 */
async function funder(
  ask: Prompter,
  lang: Lang,
  ctx: NewContext,
  p: ProjectInput,
): Promise<string | undefined> {
  const q = (id: MessageId, args = {}) => t(lang, id, args);
  const done = '\u0000done';
  const other = '\u0000other';
  const taken = new Set(p.dekking.map((d) => d.partner));
  const own = p.partners.map((x) => x.naam).filter((n) => !taken.has(n));
  const registered = ctx.partners.map((r) => r.naam).filter((n) => !taken.has(n) && !own.includes(n));
  const chosen = await ask.search<string>({
    message: p.dekking.length === 0 ? q('ask.cover') : q('ask.cover.more'),
    source: (term) =>
      searchChoices<Choice<string>>(
        term,
        [
          { name: q('ask.done'), value: done },
          { name: q('ask.cover.other'), value: other },
        ],
        [
          ...own.map((n) => ({ name: n, value: n, description: q('ask.cover.project-partner') })),
          ...registered.map((n) => ({ name: n, value: n, description: q('ask.cover.registered') })),
        ].filter((c) => matchesTerm(c.name, term)),
      ),
  });
  if (chosen === done) return undefined;
  if (chosen !== other) return chosen;
  return (
    await ask.input({
      message: q('ask.cover.name'),
      validate: (v) => (v.trim() === '' ? q('ask.required') : true),
    })
  ).trim();
}
