// The one message catalogue: every sentence a person sees, by stable id, in Dutch and English.
import { en } from './en.js';
import { nl, type MessageId } from './nl.js';

export type { MessageId };
export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
export type MessageArg = string | number | readonly string[];
export type MessageArgs = Readonly<Record<string, MessageArg>>;
export interface Message {
  id: MessageId;
  args: MessageArgs;
}

const texts: Record<Lang, Record<MessageId, string>> = { nl, en };

export function t(lang: Lang, id: MessageId, args: MessageArgs = {}): string {
  return texts[lang][id].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = args[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return value.join(', ');
    // An argument '@type.string' is itself a message id: translated, so rules need not know the language.
    if (typeof value === 'string' && value.startsWith('@') && value.slice(1) in texts[lang]) {
      return texts[lang][value.slice(1) as MessageId];
    }
    return String(value);
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/** A diagnostic's text: its message, plus "did you mean …?" when a rule found a close value. */
export function formatMessage(lang: Lang, message: Message): string {
  const text = t(lang, message.id, message.args);
  const suggestion = message.args['suggestion'];
  return typeof suggestion === 'string'
    ? `${text} ${t(lang, 'hint.did-you-mean', { value: suggestion })}`
    : text;
}
