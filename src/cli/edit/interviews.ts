// The questions of `kwp edit`: the interviews of `kwp new`, each filled in with what the file says
// now (Enter keeps it), their answers turned back into the record's values. The record itself is
// left out of what its answers are checked against (its own title is not "another project's").
import { emptyProjectInput, type ProjectInput } from '../../core/scaffold/project-input.js';
import type { Persoon } from '../../core/scaffold/person.js';
import type { YamlValue } from '../../core/scaffold/yaml-value.js';
import type { Entry, KnowledgeBase } from '../../core/knowledge-base.js';
import { KINDS } from '../../core/model/kinds.js';
import type { RecordValues } from '../../core/edit/record/values.js';
import { hasWishes, noWishes, type QuestionWishes } from '../../core/offer/question-wishes.js';
import {
  emptyOfferInput,
  type OfferInput,
  type PeriodInput,
  periodValues,
} from '../../core/offer/offer-input.js';
import { type Lang, type MessageId, t } from '../../messages/catalogue.js';
import { cleanList } from '../init/plan.js';
import { interviewPartner, type PartnerInput } from '../commands/new-partner.js';
import { interviewVraag, type VraagInput } from '../commands/new-vraag.js';
import { type NewContext, newContext } from '../new/context.js';
import { interviewProject } from '../new/project-interview.js';
import type { Prompter } from '../prompt/prompter.js';

export interface EditInterview {
  /** The wanted values, or null when the person stops. */
  ask(
    prompter: Prompter,
    lang: Lang,
    prefill: RecordValues,
    preview: (wanted: RecordValues) => string | undefined,
  ): Promise<RecordValues | null>;
  /** Whether the interview shows the change and asks to save it itself (the project's does). */
  confirms: boolean;
}

/** A project's values and the interview's input: which field each answer is. */
const PROJECT_INPUT: readonly (readonly [keyof ProjectInput, string])[] = [
  ['titel', 'titel'],
  ['status', 'status'],
  ['programma', 'programma'],
  ['kennisvraag', 'kennisvraag'],
  ['vervolg_op', 'vervolg_op'],
  ['kennisvragen', 'kennisvragen'],
  ['inhoud', '## Inhoud'],
  ['thema', 'thema'],
  ['gebied', 'gebied'],
  ['projectleider', 'projectleider'],
  ['contactpersoon', 'contactpersoon'],
  ['partners', 'partners'],
  ['leerdoelen', 'leerdoelen'],
  ['start', 'planning.start'],
  ['tussentijds', 'planning.tussentijds'],
  ['einde', 'planning.einde'],
  ['kosten', 'begroting.kosten'],
  ['dekking', 'begroting.dekking'],
];

const PERSONS = new Set(['projectleider', 'contactpersoon', 'aanspreekpunt']);

/** A value as the interview expects it: a person only when it is a mapping with a name, lists as lists. */
function usable(name: string, value: YamlValue, list: boolean): unknown {
  if (list) return Array.isArray(value) ? [...(value as YamlValue[])] : [];
  if (PERSONS.has(name)) {
    const ok =
      value && typeof value === 'object' && typeof (value as Record<string, unknown>)['naam'] === 'string';
    return ok ? { ...(value as object) } : undefined;
  }
  return typeof value === 'string' || typeof value === 'object' ? (value ?? undefined) : undefined;
}

/** A question's wishes for the education as the interview asks them, from the record's values. */
function wishesOf(values: RecordValues): QuestionWishes {
  const strings = (v: YamlValue) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const text = (v: YamlValue) => (typeof v === 'string' ? v : undefined);
  const studenten = values['studenten'];
  const van = text(values['gewenst.van']);
  const tot = text(values['gewenst.tot']);
  return {
    niveau: strings(values['niveau']),
    vorm: strings(values['vorm']),
    ...(typeof studenten === 'number' ? { studenten } : {}),
    ...(van ? { van } : {}),
    ...(tot ? { tot } : {}),
  };
}

/** The answers back as the record's fields: an empty answer removes the key. */
function wishRecordValues(w: QuestionWishes): RecordValues {
  return {
    niveau: w.niveau,
    vorm: w.vorm,
    studenten: w.studenten,
    'gewenst.van': w.van,
    'gewenst.tot': w.tot,
  };
}

/** An offer's values as the interview asks them: text where text is, numbers where numbers are. */
function offerInputOf(values: RecordValues): OfferInput {
  const input = emptyOfferInput();
  const text = (v: YamlValue) => (typeof v === 'string' ? v : undefined);
  for (const name of ['titel', 'instelling', 'niveau', 'opleiding', 'vorm', 'csl_niveau'] as const) {
    const value = text(values[name]);
    if (value !== undefined) input[name] = value;
  }
  input.thema = usable('thema', values['thema'], true) as string[];
  input.gebied = usable('gebied', values['gebied'], true) as string[];
  const periods = Array.isArray(values['periodes']) ? (values['periodes'] as YamlValue[]) : [];
  input.periodes = periods.map((item) => {
    const p =
      item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, YamlValue>) : {};
    const whole = (v: YamlValue) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
    const period: PeriodInput = {};
    for (const key of ['naam', 'start', 'einde', 'intake_tot'] as const) {
      const value = text(p[key]);
      if (value !== undefined) period[key] = value;
    }
    for (const key of ['studenten', 'vragen'] as const) {
      const value = whole(p[key]);
      if (value !== undefined) period[key] = value;
    }
    return period;
  });
  const contact = usable('contactpersoon', values['contactpersoon'], false);
  if (contact) input.contactpersoon = contact as Persoon;
  return input;
}

function withoutSelf(ctx: NewContext, entry: Entry): NewContext {
  const own = (map: ReadonlyMap<string, string>) => new Map([...map].filter(([id]) => id !== entry.id));
  const naam = entry.kind === 'partner' ? entry.view.naam?.toLowerCase() : undefined;
  return {
    ...ctx,
    projects: own(ctx.projects),
    questions: own(ctx.questions),
    partners: ctx.partners.filter((p) => p.naam.toLowerCase() !== naam),
  };
}

export function interviewFor(kb: KnowledgeBase, entry: Entry): EditInterview {
  const ctx = withoutSelf(newContext(kb), entry);
  switch (entry.kind) {
    case 'project':
      return {
        confirms: true,
        async ask(prompter, lang, prefill, preview) {
          const input = emptyProjectInput() as unknown as Record<string, unknown>;
          const empty = emptyProjectInput() as unknown as Record<string, unknown>;
          for (const [key, name] of PROJECT_INPUT) {
            const value = usable(name, prefill[name], Array.isArray(empty[key]));
            if (value !== undefined) input[key] = value;
          }
          const back = (p: ProjectInput): RecordValues =>
            Object.fromEntries(PROJECT_INPUT.map(([key, name]) => [name, p[key] as YamlValue]));
          const answered = await interviewProject(
            prompter,
            lang,
            input as unknown as ProjectInput,
            ctx,
            (p) => preview(back(p)),
            KINDS.project.statuses!,
          );
          return answered && !('existing' in answered) ? back(answered) : null;
        },
      };
    case 'vraag':
      return {
        confirms: false,
        async ask(prompter, lang, prefill) {
          const input: VraagInput = { thema: usable('thema', prefill['thema'], true) as string[] };
          for (const name of ['vraag', 'bron', 'project', 'gebied'] as const) {
            const value = prefill[name];
            if (typeof value === 'string') input[name] = value;
          }
          if (prefill['vraageigenaar'] !== undefined) input.vraageigenaar = prefill['vraageigenaar'];
          const wensen = wishesOf(prefill);
          if (hasWishes(wensen)) input.wensen = wensen;
          const answered = await interviewVraag(prompter, lang, input, ctx);
          if ('existing' in answered) return null;
          const statuses = KINDS.vraag.statuses!;
          const status = await prompter.select({
            message: t(lang, 'edit.ask.status'),
            choices: statuses.map((s) => ({ name: s, value: s })),
            ...(typeof prefill['status'] === 'string' && statuses.includes(prefill['status'])
              ? { default: prefill['status'] }
              : {}),
          });
          return {
            vraag: answered.vraag,
            status,
            bron: answered.bron,
            project: answered.project,
            vraageigenaar: answered.vraageigenaar,
            thema: answered.thema,
            gebied: answered.gebied,
            ...wishRecordValues(answered.wensen ?? noWishes()),
          };
        },
      };
    case 'partner':
      return {
        confirms: false,
        async ask(prompter, lang, prefill) {
          const input: PartnerInput = {};
          for (const name of ['naam', 'groep', 'niveau', 'website'] as const) {
            const value = prefill[name];
            if (typeof value === 'string') input[name] = value;
          }
          const contact = usable('aanspreekpunt', prefill['aanspreekpunt'], false);
          if (contact) input.aanspreekpunt = contact as Persoon;
          const answered = await interviewPartner(prompter, lang, input, ctx);
          return {
            naam: answered.naam,
            groep: answered.groep,
            niveau: answered.niveau,
            aanspreekpunt: answered.aanspreekpunt as YamlValue,
            website: answered.website,
          };
        },
      };
    case 'aanbod':
      // The questions of `kwp new aanbod`, then the offer's status.
      return {
        confirms: false,
        async ask(prompter, lang, prefill) {
          const { interviewOffer } = await import('../new/offer-interview.js');
          const answered = await interviewOffer(prompter, lang, offerInputOf(prefill), ctx);
          const statuses = KINDS.aanbod.statuses!;
          const status = await prompter.select({
            message: t(lang, 'edit.ask.status'),
            choices: statuses.map((s) => ({ name: s, value: s })),
            default:
              typeof prefill['status'] === 'string' && statuses.includes(prefill['status'])
                ? prefill['status']
                : 'open',
          });
          return {
            titel: answered.titel,
            // Absent stays absent: a status is written only when it is not the default `open`
            // or was written before.
            status: prefill['status'] === undefined && status === 'open' ? undefined : status,
            instelling: answered.instelling,
            niveau: answered.niveau,
            opleiding: answered.opleiding,
            vorm: answered.vorm,
            csl_niveau: answered.csl_niveau,
            thema: answered.thema,
            gebied: answered.gebied,
            periodes: answered.periodes.map((p) => periodValues(p) as YamlValue),
            contactpersoon: answered.contactpersoon as YamlValue,
          };
        },
      };
    case 'werkplaats':
      // The questions of `kwp init` about the werkplaats itself: its name and its three lists.
      return {
        confirms: false,
        async ask(prompter, lang, prefill) {
          const naam = (
            await prompter.input({
              message: t(lang, 'init.ask.name'),
              ...(typeof prefill['naam'] === 'string' ? { default: prefill['naam'] } : {}),
              validate: (value) => value.trim() !== '' || t(lang, 'init.ask.name-required'),
            })
          ).trim();
          const list = async (id: MessageId, name: string) => {
            const given = usable(name, prefill[name], true) as YamlValue[];
            const shown = given.filter((v): v is string => typeof v === 'string');
            const answer = await prompter.input({
              message: t(lang, id),
              ...(shown.length > 0 ? { default: shown.join(', ') } : {}),
            });
            return cleanList(answer.split(','));
          };
          return {
            naam,
            programmas: await list('init.ask.programmes', 'programmas'),
            themas: await list('init.ask.themes', 'themas'),
            gebieden: await list('init.ask.areas', 'gebieden'),
          };
        },
      };
  }
}
