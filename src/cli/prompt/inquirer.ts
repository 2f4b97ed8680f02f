// The real prompts, in a terminal, through @inquirer/prompts. Loaded lazily: only interactive runs pay for it.
import { checkbox, input, search, select } from '@inquirer/prompts';
import { confirmPrompt } from './confirm.js';
import { type Lang, t } from '../../messages/catalogue.js';
import { type Prompter, PromptCancelled } from './prompter.js';

async function guard<T>(ask: Promise<T>): Promise<T> {
  try {
    return await ask;
  } catch (e) {
    // Ctrl-C (ExitPromptError) or a closed terminal: the command stops and writes nothing.
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError'))
      throw new PromptCancelled();
    throw e;
  }
}

/** The words inquirer shows on its own (key hints, Yes/No), in the reader's language. */
function theme(lang: Lang) {
  const words: Record<string, string> = {
    navigate: t(lang, 'prompt.key.navigate'),
    select: t(lang, 'prompt.key.select'),
    submit: t(lang, 'prompt.key.submit'),
    all: t(lang, 'prompt.key.all'),
    invert: t(lang, 'prompt.key.invert'),
  };
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${key} ${words[action] ?? action}`).join(' • '),
      defaultAnswer: (text: string) =>
        text === 'Y/n' ? t(lang, 'prompt.yes-no') : text === 'y/N' ? t(lang, 'prompt.no-yes') : text,
    },
  };
}

export function inquirerPrompter(write: (text: string) => void, lang: Lang = 'nl'): Prompter {
  const look = theme(lang);
  return {
    input: (o) =>
      guard(
        input({
          message: o.message,
          ...(o.default !== undefined ? { default: o.default } : {}),
          ...(o.required ? { required: true } : {}),
          ...(o.validate ? { validate: o.validate } : {}),
        }),
      ),
    select: (o) =>
      guard(
        select({
          message: o.message,
          choices: o.choices,
          ...(o.default !== undefined ? { default: o.default } : {}),
          pageSize: 12,
          theme: look,
        }),
      ),
    checkbox: (o) =>
      guard(
        checkbox({
          message: o.message,
          choices: o.choices,
          pageSize: 12,
          // Typing a theme's name must not select all (`a`) or invert (`i`): no letter shortcuts.
          shortcuts: { all: null, invert: null },
          theme: { ...look, style: { ...look.style, keysHelpTip: () => t(lang, 'prompt.checkbox.keys') } },
        }),
      ),
    search: (o) =>
      guard(
        search({
          message: o.message,
          source: async (term) => o.source(term ?? ''),
          pageSize: 10,
          // inquirer's own "No results found", in the reader's language.
          theme: {
            ...look,
            style: {
              ...look.style,
              error: (text: string) =>
                `> ${text === 'No results found' ? t(lang, 'prompt.no-results') : text}`,
            },
          },
        }),
      ),
    confirm: (o) =>
      guard(
        confirmPrompt({
          message: o.message,
          ...(o.default !== undefined ? { default: o.default } : {}),
          // Shown after the answer; j/ja/y/yes and n/nee/no are read, anything else keeps the default.
          transformer: (yes: boolean) => t(lang, yes ? 'prompt.yes' : 'prompt.no'),
          theme: look,
        }),
      ),
    note: (text) => write(`${text}\n`),
  };
}
