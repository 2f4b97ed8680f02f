// `kwp new aanbod`: registers an education offer (format.md, `knowledge/aanbod/`), by questions or
// from flags. The school must be a registered partner of group onderwijs; every period is checked
// (real dates, end not before start, intake not after start, whole numbers) before anything is written.
import {
  checkOfferInput,
  emptyOfferInput,
  type OfferInput,
  offerTemplateValues,
  parsePeriod,
  registeredSchool,
} from '../../core/offer/offer-input.js';
import { parsePerson } from '../../core/scaffold/person.js';
import { baseId } from '../../core/scaffold/slug.js';
import { renderTemplate } from '../../core/scaffold/template.js';
import { problemsError } from '../../errors.js';
import type { Message } from '../../messages/catalogue.js';
import { readTemplate } from '../../store/templates.js';
import type { GlobalOptions } from '../context.js';
import { interactivePrompter, type Io } from '../io.js';
import { openDraft } from '../prompt/draft.js';
import { newContext } from '../new/context.js';
import { confirmAndWrite, type WriteOptions } from '../new/create.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';

export interface NewAanbodOptions extends GlobalOptions, WriteOptions {
  title?: string;
  institution?: string;
  level?: string;
  discipline?: string;
  form?: string;
  csl?: string;
  theme?: string[];
  area?: string[];
  period?: string[];
  contact?: string;
  yes?: boolean;
}

export async function newAanbodCommand(io: Io, options: NewAanbodOptions): Promise<number> {
  // The school is checked against the partner register: every partner file is needed, as for
  // `kwp new partner`, and the werkplaats' vocabularies check themes and areas.
  const { root, kb, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => [...werkplaatsFile(kb), ...kb.ofKind('partner')],
    writes: true,
  });
  const ctx = newContext(kb);
  const { input, problems } = fromFlags(options);
  // Answers are kept in a draft as they are given: Ctrl-C or a crash loses none (prompt/draft.ts).
  const asked = await interactivePrompter(io, options.yes, lang);
  const draft = asked ? await openDraft(io, lang, { kbRoot: root, command: 'new aanbod' }, asked) : undefined;
  const prompter = draft?.prompter;
  let offer = input;
  if (prompter) {
    const { interviewOffer } = await import('../new/offer-interview.js');
    offer = await interviewOffer(prompter, lang, input, ctx);
    problems.length = 0;
  } else if (offer.niveau === undefined) {
    // Without --level the school's level in the register, when it has one.
    const school = registeredSchool(offer.instelling, ctx);
    if (school?.groep === 'onderwijs' && school.niveau) offer.niveau = school.niveau;
  }
  // The school as the register spells it: `hogeschool rivelde` is written `Hogeschool Rivelde`.
  const school = registeredSchool(offer.instelling, ctx);
  if (school) offer.instelling = school.naam;
  problems.push(...checkOfferInput(offer, ctx, !prompter && (options.period ?? []).length > 0));
  if (problems.length > 0) throw problemsError(problems);
  const record = {
    kind: 'aanbod' as const,
    base: baseId(undefined, offer.titel ?? '', 'aanbod'),
    taken: ctx.taken,
    render: (id: string) => renderTemplate(readTemplate('aanbod', root).text, offerTemplateValues(offer, id)),
    commitMessage: (id: string) => `kwp new aanbod: ${id}`,
  };
  const code = await confirmAndWrite(io, root, lang, record, options, prompter);
  draft?.finish();
  return code;
}

/** The flags as an offer; a `--period` or `--contact` that cannot be read is a problem. */
function fromFlags(o: NewAanbodOptions): { input: OfferInput; problems: Message[] } {
  const input = emptyOfferInput();
  const problems: Message[] = [];
  if (o.title !== undefined) input.titel = o.title;
  if (o.institution !== undefined) input.instelling = o.institution.trim();
  if (o.level !== undefined) input.niveau = o.level.trim();
  if (o.discipline !== undefined && o.discipline.trim()) input.opleiding = o.discipline.trim();
  if (o.form !== undefined && o.form.trim()) input.vorm = o.form.trim();
  if (o.csl !== undefined && o.csl.trim()) input.csl_niveau = o.csl.trim();
  const list = (values: string[] | undefined) => [
    ...new Set((values ?? []).map((v) => v.trim()).filter(Boolean)),
  ];
  input.thema = list(o.theme);
  input.gebied = list(o.area);
  for (const text of o.period ?? []) {
    const { period, problems: wrong } = parsePeriod(text);
    problems.push(...wrong);
    if (wrong.length === 0) input.periodes.push(period);
  }
  if (o.contact !== undefined) {
    const parsed = parsePerson(o.contact);
    if (parsed.ok) input.contactpersoon = parsed.person;
    else problems.push({ id: 'new.person', args: { option: '--contact', value: o.contact } });
  }
  return { input, problems };
}
