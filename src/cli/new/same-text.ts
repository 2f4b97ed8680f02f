// A title or question that already exists: said, and the existing record offered, in the prompts.
import { findSameText } from '../../core/scaffold/answers.js';
import { type Lang, t } from '../../messages/catalogue.js';
import type { Prompter } from '../prompt/prompter.js';

/**
 * Asks for a text (a title, a question) until it is new, or the person chooses to make a new record
 * anyway (`{ text }`), or to use the record that has it already (`{ existing }`).
 */
export async function askNewText(
  ask: Prompter,
  lang: Lang,
  question: { message: string; default: string | undefined; validate: (value: string) => true | string },
  records: ReadonlyMap<string, string>,
  shown: (id: string, text: string) => string,
): Promise<{ text: string } | { existing: string }> {
  let previous = question.default;
  for (;;) {
    const text = await ask.input({
      message: question.message,
      ...(previous ? { default: previous } : {}),
      validate: question.validate,
    });
    const same = findSameText(text, records);
    if (!same) return { text };
    const choice = await askAboutSame(ask, lang, { id: same, shown: shown(same, records.get(same) ?? '') });
    if (choice === 'use') return { existing: same };
    if (choice === 'new') return { text };
    previous = undefined;
  }
}

/** What to do about a title or question that exists: use it, make a new one anyway, or retype. */
export async function askAboutSame(
  ask: Prompter,
  lang: Lang,
  same: { id: string; shown: string },
): Promise<'use' | 'new' | 'retype'> {
  ask.note(same.shown);
  return ask.select<'use' | 'new' | 'retype'>({
    message: t(lang, 'ask.same.choose'),
    choices: [
      { name: t(lang, 'ask.same.use'), value: 'use' },
      { name: t(lang, 'ask.same.retype'), value: 'retype' },
      { name: t(lang, 'ask.same.new'), value: 'new' },
    ],
    default: 'use',
  });
}
