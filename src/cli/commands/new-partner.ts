// `kwp new partner`: registers a partner organisation (fase 2), by questions or from flags.
import { GROEPEN, NIVEAUS } from '../../core/enums.js';
import { normaliseWebsite } from '../../core/scaffold/answers.js';
import { parsePerson, type Persoon, personText } from '../../core/scaffold/person.js';
import { baseId } from '../../core/scaffold/slug.js';
import { renderTemplate } from '../../core/scaffold/template.js';
import { problemsError } from '../../errors.js';
import { type Lang, type Message, type MessageId, t } from '../../messages/catalogue.js';
import { readTemplate } from '../../store/templates.js';
import type { GlobalOptions } from '../context.js';
import { interactivePrompter, type Io } from '../io.js';
import { openDraft } from '../prompt/draft.js';
import type { Prompter } from '../prompt/prompter.js';
import { type NewContext, newContext } from '../new/context.js';
import { confirmAndWrite, type WriteOptions } from '../new/create.js';
import { openKnowledgeBase, werkplaatsFile } from '../open-kb.js';

export interface NewPartnerOptions extends GlobalOptions, WriteOptions {
  name?: string;
  group?: string;
  level?: string;
  contact?: string;
  website?: string;
  yes?: boolean;
}

interface PartnerInput {
  naam?: string;
  groep?: string;
  niveau?: string;
  aanspreekpunt?: Persoon;
  website?: string;
}

export async function newPartnerCommand(io: Io, options: NewPartnerOptions): Promise<number> {
  // A new record needs the werkplaats file, and a new partner every partner file: a name can only be
  // checked against the names kwp could read.
  const { root, kb, lang } = await openKnowledgeBase(io, options, {
    files: (kb) => [...werkplaatsFile(kb), ...kb.ofKind('partner')],
    writes: true,
  });
  const ctx = newContext(kb);
  const problems: Message[] = [];
  let input: PartnerInput = {
    ...(options.name !== undefined ? { naam: options.name } : {}),
    ...(options.group !== undefined ? { groep: options.group } : {}),
    ...(options.level !== undefined ? { niveau: options.level } : {}),
    // `www.bakkerij.nl` is taken as https://www.bakkerij.nl, with flags as in the questions.
    ...(options.website !== undefined
      ? { website: normaliseWebsite(options.website) ?? options.website }
      : {}),
  };
  if (options.contact !== undefined) {
    const parsed = parsePerson(options.contact);
    if (parsed.ok) input.aanspreekpunt = parsed.person;
    else problems.push({ id: 'new.person', args: { option: '--contact', value: options.contact } });
  }
  // Answers are kept in a draft as they are given: Ctrl-C or a crash loses none (prompt/draft.ts).
  const asked = await interactivePrompter(io, options.yes, lang);
  const draft = asked
    ? await openDraft(io, lang, { kbRoot: root, command: 'new partner' }, asked)
    : undefined;
  const prompter = draft?.prompter;
  if (prompter) {
    input = await interview(prompter, lang, input, ctx);
    problems.length = 0;
  }
  problems.push(...checkPartner(input, ctx));
  if (problems.length > 0) throw problemsError(problems);
  const render = (id: string) =>
    renderTemplate(readTemplate('partner', root).text, {
      id,
      naam: input.naam,
      groep: input.groep,
      niveau: input.niveau,
      aanspreekpunt: input.aanspreekpunt ? { ...input.aanspreekpunt } : undefined,
      website: input.website,
    });
  const record = {
    kind: 'partner' as const,
    base: baseId(undefined, input.naam ?? '', 'partner'),
    taken: ctx.taken,
    render,
    commitMessage: (id: string) => `kwp new partner: ${id}`,
  };
  const code = await confirmAndWrite(io, root, lang, record, options, prompter);
  draft?.finish();
  return code;
}

function checkPartner(input: PartnerInput, ctx: NewContext): Message[] {
  const problems: Message[] = [];
  const missing: string[] = [];
  if (!input.naam?.trim()) missing.push('--name');
  if (!input.groep) missing.push('--group');
  if (missing.length > 0) problems.push({ id: 'new.missing', args: { flags: missing } });
  const oneOf = (option: string, value: string | undefined, allowed: readonly string[]) => {
    if (value !== undefined && !allowed.includes(value))
      problems.push({ id: 'cli.unknown-option-value', args: { value, option, allowed: [...allowed] } });
  };
  oneOf('--group', input.groep, GROEPEN);
  oneOf('--level', input.niveau, NIVEAUS);
  if (input.website !== undefined && normaliseWebsite(input.website) !== input.website) {
    problems.push({ id: 'new.website', args: { value: input.website } });
  }
  const naam = input.naam?.trim();
  if (naam && ctx.partners.some((p) => p.naam.toLowerCase() === naam.toLowerCase())) {
    problems.push({ id: 'new.partner-exists', args: { name: naam } });
  }
  return problems;
}

async function interview(
  ask: Prompter,
  lang: Lang,
  given: PartnerInput,
  ctx: NewContext,
): Promise<PartnerInput> {
  const q = (id: MessageId, args = {}) => t(lang, id, args);
  const p: PartnerInput = { ...given };
  p.naam = (
    await ask.input({
      message: q('ask.partner.name'),
      ...(p.naam ? { default: p.naam } : {}),
      validate: (x) => {
        if (!x.trim()) return q('ask.required');
        const taken = ctx.partners.some((r) => r.naam.toLowerCase() === x.trim().toLowerCase());
        return taken ? q('new.partner-exists', { name: x.trim() }) : true;
      },
    })
  ).trim();
  p.groep = await ask.select({
    message: q('ask.partner.group'),
    choices: GROEPEN.map((g) => ({ name: g, value: g })),
    ...(p.groep ? { default: p.groep } : {}),
  });
  if (p.groep === 'onderwijs') {
    p.niveau = await ask.select({
      message: q('ask.partner.level', { name: p.naam }),
      choices: NIVEAUS.map((n) => ({ name: n, value: n })),
      ...(p.niveau ? { default: p.niveau } : {}),
    });
  } else delete p.niveau;
  const contact = await ask.input({
    message: q('ask.partner.contact'),
    ...(p.aanspreekpunt ? { default: personText(p.aanspreekpunt) } : {}),
    validate: (x) => (x.trim() === '' || parsePerson(x).ok ? true : q('ask.person.invalid')),
  });
  const parsed = parsePerson(contact);
  if (parsed.ok) p.aanspreekpunt = parsed.person;
  else delete p.aanspreekpunt;
  // Checked as typed, by the same rule as --website; `www.…` is completed and said so.
  const website = (
    await ask.input({
      message: q('ask.partner.website'),
      ...(p.website ? { default: p.website } : {}),
      validate: (x) => (x.trim() === '' || normaliseWebsite(x) ? true : q('ask.website.invalid')),
    })
  ).trim();
  const url = website ? normaliseWebsite(website) : null;
  if (url) {
    p.website = url;
    if (url !== website) ask.note(q('ask.website.as', { url }));
  } else delete p.website;
  return p;
}
