// The flags of `kwp edit` as wanted values: each read by its field's rule in the table (a date, a
// person, one of a list…), a repeated list flag replacing the list, `--add-x`/`--remove-x` changing
// one item. Every problem is collected, each naming its flag. Pure.
import type { Message } from '../../../messages/catalogue.js';
import { isRealDate } from '../../dates.js';
import type { Kind } from '../../kinds.js';
import { normaliseWebsite } from '../../scaffold/answers.js';
import { parsePerson } from '../../scaffold/person.js';
import type { YamlValue } from '../../scaffold/yaml-value.js';
import { closest } from '../../suggest.js';
import { parsePeriod, type PeriodInput, periodProblems, periodValues } from '../../offer/offer-input.js';
import { EDIT_FIELDS, type EditField, editFlags, itemWord } from './fields.js';
import type { RecordValues } from './values.js';

/** The options as commander hands them: `--add-theme` is `addTheme`. */
export type FlagValues = Readonly<Record<string, unknown>>;

/** A partner of the register, to add to a project by name. */
export interface RegisteredPartner {
  naam: string;
  groep?: string;
  niveau?: string;
}

export function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** An owner is a person when written "Naam <email>", else the name of an organisation. */
export function ownerValue(text: string): YamlValue {
  const parsed = parsePerson(text);
  return parsed.ok && parsed.person.email ? { ...parsed.person } : text.trim();
}

export function wantedFromFlags(
  kind: Kind,
  current: RecordValues,
  options: FlagValues,
  partners: readonly RegisteredPartner[],
): { wanted: RecordValues; problems: Message[] } {
  const wanted: RecordValues = {};
  const problems: Message[] = [];
  const fields = EDIT_FIELDS[kind];
  // A flag of another kind (`--group` on a project) is said, not ignored.
  const own = new Set(fields.flatMap((f) => [f.flag, itemWord(f)].filter(Boolean)));
  const { flags, lists } = editFlags();
  const foreign = [
    ...flags.filter((f) => !own.has(f)),
    ...lists.filter((w) => !own.has(w)).flatMap((w) => [`add-${w}`, `remove-${w}`]),
  ];
  for (const flag of foreign)
    if (options[camel(flag)] !== undefined)
      problems.push({ id: 'edit.flag-not-for-kind', args: { option: `--${flag}`, kind: `@kind.${kind}` } });

  for (const field of fields) {
    if (field.parse === 'periods') {
      const periods = periodsFromFlags(options[camel(field.flag!)], problems);
      if (periods !== undefined) wanted[field.name] = periods;
      continue;
    }
    if (field.parse === 'list' || field.parse === 'partners') {
      const list = listFromFlags(field, current[field.name], options, partners, problems);
      if (list !== undefined) wanted[field.name] = list;
      continue;
    }
    // A flag repeatable for another kind (`--area`) comes as a list: its last value counts, as for any flag.
    const raw = field.flag ? options[camel(field.flag)] : undefined;
    const given = Array.isArray(raw) ? (raw[raw.length - 1] as unknown) : raw;
    if (typeof given !== 'string') continue;
    const value = scalarFromFlag(field, given, problems);
    if (value !== undefined) wanted[field.name] = value === '' ? undefined : value;
  }
  return { wanted, problems };
}

/** Every `--period` read and checked (the order of its dates); undefined when none is given or one is refused. */
function periodsFromFlags(raw: unknown, problems: Message[]): YamlValue[] | undefined {
  const texts = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? (raw as string[]) : [];
  if (texts.length === 0) return undefined;
  const periods: PeriodInput[] = [];
  const found: Message[] = [];
  for (const text of texts) {
    const { period, problems: wrong } = parsePeriod(text);
    found.push(...wrong);
    if (wrong.length === 0) periods.push(period);
  }
  if (found.length === 0) periods.forEach((p, i) => found.push(...periodProblems(p, i)));
  problems.push(...found);
  return found.length > 0 ? undefined : periods.map((p) => periodValues(p) as YamlValue);
}

/** One value; '' clears it; undefined when the text is refused (the problem is added). */
function scalarFromFlag(field: EditField, text: string, problems: Message[]): YamlValue {
  const option = `--${field.flag}`;
  const value = text.trim();
  if (value === '') return '';
  const parse = field.parse;
  if (parse === 'date') {
    if (isRealDate(value)) return value;
    problems.push({ id: 'new.date', args: { option, value } });
    return undefined;
  }
  if (parse === 'person') {
    const parsed = parsePerson(value);
    if (parsed.ok) return { ...parsed.person };
    problems.push({ id: 'new.person', args: { option, value } });
    return undefined;
  }
  if (parse === 'owner') return ownerValue(value);
  if (parse === 'count') {
    if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
    problems.push({ id: 'new.count', args: { option, value } });
    return undefined;
  }
  if (parse === 'url') {
    const url = normaliseWebsite(value);
    if (url) return url;
    problems.push({ id: 'new.website', args: { value } });
    return undefined;
  }
  if (typeof parse === 'object') {
    if (parse.oneOf.includes(value)) return value;
    const suggestion = closest(value, parse.oneOf);
    problems.push({
      id: 'cli.unknown-option-value',
      args: { value, option, allowed: [...parse.oneOf], ...(suggestion ? { suggestion } : {}) },
    });
    return undefined;
  }
  return field.section ? text : value;
}

/** The list after `--x a --x b` (replaces), then `--add-x`, then `--remove-x`; undefined when none is given. */
function listFromFlags(
  field: EditField,
  current: YamlValue,
  options: FlagValues,
  partners: readonly RegisteredPartner[],
  problems: Message[],
): YamlValue[] | undefined {
  const word = itemWord(field);
  const strings = (v: unknown) =>
    typeof v === 'string' ? [v.trim()] : Array.isArray(v) ? (v as string[]).map((s) => s.trim()) : undefined;
  const replace = field.flag && field.parse === 'list' ? strings(options[camel(field.flag)]) : undefined;
  const add = word ? strings(options[camel(`add-${word}`)]) : undefined;
  const remove = word ? strings(options[camel(`remove-${word}`)]) : undefined;
  if (!replace && !add && !remove) return undefined;
  const isPartners = field.parse === 'partners';
  const nameOf = (item: YamlValue) =>
    isPartners && item && typeof item === 'object' && !Array.isArray(item)
      ? String((item as Record<string, YamlValue>)['naam'] ?? '')
      : String(item);
  const same = (a: string, b: string) => (isPartners ? a.toLowerCase() === b.toLowerCase() : a === b);
  // Items of a fixed list (a question's levels) are checked as they are given.
  const option = (flag: string | undefined) => `--${flag ?? ''}`;
  const refused = (item: string, flag: string | undefined) => {
    if (!field.allowed || item === '' || field.allowed.includes(item)) return false;
    const suggestion = closest(item, field.allowed);
    problems.push({
      id: 'cli.unknown-option-value',
      args: {
        value: item,
        option: option(flag),
        allowed: [...field.allowed],
        ...(suggestion ? { suggestion } : {}),
      },
    });
    return true;
  };
  const bad = [
    ...(replace ?? []).filter((item) => refused(item, field.flag)),
    ...(add ?? []).filter((item) => refused(item, `add-${word ?? ''}`)),
  ];
  if (bad.length > 0) return undefined;
  let list: YamlValue[] = replace
    ? [...new Set(replace.filter(Boolean))]
    : Array.isArray(current)
      ? [...(current as YamlValue[])]
      : [];
  for (const item of add ?? []) {
    if (item === '' || list.some((x) => same(nameOf(x), item))) continue;
    if (!isPartners) {
      list.push(item);
      continue;
    }
    const registered = partners.find((p) => same(p.naam, item));
    if (!registered) {
      const suggestion = closest(
        item,
        partners.map((p) => p.naam),
      );
      problems.push({
        id: 'edit.unknown-partner',
        args: { name: item, ...(suggestion ? { suggestion } : {}) },
      });
      continue;
    }
    list.push({
      naam: registered.naam,
      groep: registered.groep ?? 'overig',
      ...(registered.niveau ? { niveau: registered.niveau } : {}),
    });
  }
  for (const item of remove ?? []) {
    const kept = list.filter((x) => !same(nameOf(x), item));
    if (kept.length === list.length)
      problems.push({
        id: 'edit.not-in-list',
        args: { option: `--remove-${word}`, value: item, key: field.name, items: list.map(nameOf) },
      });
    list = kept;
  }
  return list;
}
