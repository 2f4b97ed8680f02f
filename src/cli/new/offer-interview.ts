// `kwp new aanbod` as a conversation: the school chosen from the partner register (group onderwijs),
// level, programme, form, intensity, themes and areas from the werkplaats' lists, then the periods
// one by one, each answer checked as it is typed. `kwp edit` asks the same, filled in with the file.
import { dateMessage, isRealDate } from '../../core/dates.js';
import { CSL_NIVEAUS, NIVEAUS, VORMEN } from '../../core/enums.js';
import {
  defaultIntake,
  type OfferContext,
  type OfferInput,
  type PeriodInput,
  registeredSchool,
  schools,
} from '../../core/offer/offer-input.js';
import { parsePerson, personText } from '../../core/scaffold/person.js';
import { KwpError } from '../../errors.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import type { Prompter } from '../prompt/prompter.js';

export async function interviewOffer(
  ask: Prompter,
  lang: Lang,
  given: OfferInput,
  ctx: OfferContext,
): Promise<OfferInput> {
  const q = (id: MessageId, args = {}) => t(lang, id, args);
  const o: OfferInput = structuredClone(given);
  const current = registeredSchool(o.instelling, ctx);
  // The schools of the register; an offer being edited keeps its own institution as a choice.
  const choices = schools(ctx).map((s) => ({
    name: s.niveau ? `${s.naam} (${s.niveau})` : s.naam,
    value: s.naam,
  }));
  const own = current?.groep === 'onderwijs' ? current.naam : o.instelling?.trim() || undefined;
  if (own && !choices.some((c) => c.value === own)) choices.push({ name: own, value: own });
  // Nothing to choose from: say how to register a school before asking anything.
  if (choices.length === 0) throw new KwpError('offer.no-schools');

  o.titel = (
    await ask.input({
      message: q('ask.offer.title'),
      ...(o.titel ? { default: o.titel } : {}),
      validate: (x) => (x.trim() ? true : q('ask.required')),
    })
  ).trim();
  o.instelling = await ask.select({
    message: q('ask.offer.institution'),
    choices,
    ...(own ? { default: own } : {}),
  });
  const school = registeredSchool(o.instelling, ctx);
  const level = o.niveau ?? school?.niveau;
  o.niveau = await ask.select({
    message: q('ask.offer.level'),
    choices: NIVEAUS.map((n) => ({ name: n, value: n })),
    ...(level && (NIVEAUS as readonly string[]).includes(level) ? { default: level } : {}),
  });
  const opleiding = (
    await ask.input({ message: q('ask.offer.discipline'), ...(o.opleiding ? { default: o.opleiding } : {}) })
  ).trim();
  if (opleiding) o.opleiding = opleiding;
  else delete o.opleiding;
  const optionalChoice = async (message: MessageId, values: readonly string[], value: string | undefined) => {
    const chosen = await ask.select({
      message: q(message),
      choices: [{ name: q('ask.none'), value: '' }, ...values.map((v) => ({ name: v, value: v }))],
      default: value && values.includes(value) ? value : '',
    });
    return chosen || undefined;
  };
  const vorm = await optionalChoice('ask.offer.form', VORMEN, o.vorm);
  if (vorm) o.vorm = vorm;
  else delete o.vorm;
  const csl = await optionalChoice('ask.offer.csl', CSL_NIVEAUS, o.csl_niveau);
  if (csl) o.csl_niveau = csl;
  else delete o.csl_niveau;
  if (ctx.themas?.length)
    o.thema = await ask.checkbox({
      message: q('ask.offer.themes'),
      choices: ctx.themas.map((x) => ({ name: x, value: x, checked: o.thema.includes(x) })),
    });
  if (ctx.gebieden?.length)
    o.gebied = await ask.checkbox({
      message: q('ask.offer.areas'),
      choices: ctx.gebieden.map((x) => ({ name: x, value: x, checked: o.gebied.includes(x) })),
    });

  // The periods: those given first (each answer filled in), then as many more as the person wants.
  const periods: PeriodInput[] = [];
  for (let i = 0; ; i++) {
    periods.push(await askPeriod(ask, lang, o.periodes[i] ?? {}, i + 1));
    const more = await ask.confirm({
      message: q('ask.offer.period.more'),
      default: i + 1 < o.periodes.length,
    });
    if (!more) break;
  }
  o.periodes = periods;

  const shown = o.contactpersoon ? personText(o.contactpersoon) : undefined;
  const contact = await ask.input({
    message: q('ask.offer.contact'),
    ...(shown ? { default: shown } : {}),
    validate: (x) => (x.trim() === '' || parsePerson(x).ok ? true : q('ask.person.invalid')),
  });
  const parsed = parsePerson(contact);
  if (parsed.ok) o.contactpersoon = parsed.person;
  else delete o.contactpersoon;
  return o;
}

/** One period: name, start, end (not before the start), intake (not after it), students, questions. */
async function askPeriod(ask: Prompter, lang: Lang, given: PeriodInput, n: number): Promise<PeriodInput> {
  const q = (id: MessageId, args = {}) => t(lang, id, { n, ...args });
  const p: PeriodInput = {};
  const naam = (
    await ask.input({ message: q('ask.offer.period.name'), ...(given.naam ? { default: given.naam } : {}) })
  ).trim();
  if (naam) p.naam = naam;
  const date =
    (mustHave: boolean, check?: (value: string) => true | string) =>
    (value: string): true | string => {
      const v = value.trim();
      if (v === '') return mustHave ? q('ask.required') : true;
      if (!isRealDate(v)) {
        const problem = dateMessage(v, 'ask.date.format', 'ask.date.invalid');
        return t(lang, problem.id, problem.args);
      }
      return check ? check(v) : true;
    };
  const start = (
    await ask.input({
      message: q('ask.offer.period.start'),
      ...(given.start ? { default: given.start } : {}),
      validate: date(true),
    })
  ).trim();
  p.start = start;
  p.einde = (
    await ask.input({
      message: q('ask.offer.period.end'),
      ...(given.einde && given.einde >= start ? { default: given.einde } : {}),
      validate: date(true, (v) => (v < start ? q('ask.date.before', { date: start }) : true)),
    })
  ).trim();
  const intake = (
    await ask.input({
      message: q('ask.offer.period.intake', { date: defaultIntake(start) }),
      ...(given.intake_tot && given.intake_tot <= start ? { default: given.intake_tot } : {}),
      validate: date(false, (v) => (v > start ? q('ask.offer.period.intake-after', { date: start }) : true)),
    })
  ).trim();
  if (intake) p.intake_tot = intake;
  const count = async (id: MessageId, min: number, value: number | undefined) => {
    const answer = (
      await ask.input({
        message: q(id),
        ...(value !== undefined ? { default: String(value) } : {}),
        validate: (x) =>
          x.trim() === '' || (/^\d+$/.test(x.trim()) && Number(x.trim()) >= min)
            ? true
            : q('ask.count.invalid', { min }),
      })
    ).trim();
    return answer === '' ? undefined : Number(answer);
  };
  const studenten = await count('ask.offer.period.students', 0, given.studenten);
  if (studenten !== undefined) p.studenten = studenten;
  const vragen = await count('ask.offer.period.questions', 1, given.vragen);
  if (vragen !== undefined) p.vragen = vragen;
  return p;
}
