// What each rule says to a person, in the language asked for. Apart from the message catalogue so
// that only what documents rules (SARIF, the rule reference) loads these texts.
import type { RuleName } from '../core/diagnostics.js';
import type { Lang } from './catalogue.js';
import { rulesEn } from './rules-en.js';
import { type RuleText, rulesNl } from './rules-nl.js';

export type { RuleText };

const texts: Record<Lang, Record<RuleName, RuleText>> = { nl: rulesNl, en: rulesEn };

/** A rule's title, what is wrong, and how to fix it. */
export function ruleText(lang: Lang, rule: RuleName): RuleText {
  return texts[lang][rule];
}
