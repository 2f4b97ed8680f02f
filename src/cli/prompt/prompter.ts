// The one prompt module: commands ask through this port, so tests can answer with a fake and the
// real terminal prompts (inquirer) are loaded only when a person is there to answer.

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  /** Free text. `validate` returns true or the message to show; the question is asked again. */
  input(options: {
    message: string;
    default?: string;
    required?: boolean;
    validate?: (value: string) => true | string;
  }): Promise<string>;
  select<T>(options: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T>(options: { message: string; choices: (Choice<T> & { checked?: boolean })[] }): Promise<T[]>;
  /** Type to filter a long list (existing projects, partners). */
  search<T>(options: { message: string; source: (term: string) => Choice<T>[] }): Promise<T>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** Text shown between questions (what the description said, a summary). */
  note(text: string): void;
}

/** Thrown when the person stops the prompts (Ctrl-C): nothing has been written. */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'PromptCancelled';
  }
}
