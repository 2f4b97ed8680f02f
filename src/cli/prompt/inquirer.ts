// The real prompts, in a terminal, through @inquirer/prompts. Loaded lazily: only interactive runs pay for it.
import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
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

export function inquirerPrompter(write: (text: string) => void): Prompter {
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
        }),
      ),
    checkbox: (o) => guard(checkbox({ message: o.message, choices: o.choices, pageSize: 12 })),
    search: (o) =>
      guard(search({ message: o.message, source: async (term) => o.source(term ?? ''), pageSize: 10 })),
    confirm: (o) =>
      guard(confirm({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}) })),
    note: (text) => write(`${text}\n`),
  };
}
