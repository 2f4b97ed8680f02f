// A title or question that already exists: said, and the existing record offered, in the prompts.
import { type Lang, t } from '../../messages/catalogue.js';
import type { Prompter } from '../prompt/prompter.js';

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
