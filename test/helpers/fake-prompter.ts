// A prompter that answers from a script, for tests. Each answer is consumed in order; a question
// with no answer left fails the test loudly rather than hanging.
import type { Choice, Prompter } from '../../src/cli/prompt/prompter.js';
import { PromptCancelled } from '../../src/cli/prompt/prompter.js';

export type Answer =
  | string
  | number
  | boolean
  | string[]
  | { cancel: true }
  | { choose: string }
  | { chooseAll: string[] }
  /** Typed one after another into one input: each refused try is recorded, the first accepted is the answer. */
  | { retry: string[] };

export interface FakePrompter extends Prompter {
  /** Every question asked, with what was shown, in order. */
  asked: { kind: string; message: string; choices?: string[]; default?: unknown }[];
  notes: string[];
  /** Every answer typed into an input with a `validate`, and what it said (true, or the message). */
  validated: { message: string; value: string; result: true | string }[];
}

export function fakePrompter(answers: Answer[]): FakePrompter {
  const queue = [...answers];
  const asked: FakePrompter['asked'] = [];
  const notes: string[] = [];
  const validated: FakePrompter['validated'] = [];
  const next = (kind: string, message: string, choices?: Choice<unknown>[], defaultValue?: unknown) => {
    asked.push({
      kind,
      message,
      ...(choices ? { choices: choices.map((c) => c.name) } : {}),
      ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    });
    if (queue.length === 0) throw new Error(`fake prompter: no answer left for ${kind} "${message}"`);
    const answer = queue.shift()!;
    if (typeof answer === 'object' && !Array.isArray(answer) && 'cancel' in answer)
      throw new PromptCancelled();
    return answer;
  };
  /** `{choose: 'text'}` picks the choice named so, else the first whose name contains the text; a plain value is the value itself. */
  const pick = <T>(answer: Answer, choices: Choice<T>[], message: string): T => {
    if (typeof answer === 'object' && !Array.isArray(answer) && 'choose' in answer) {
      const found =
        choices.find((c) => c.name === answer.choose) ?? choices.find((c) => c.name.includes(answer.choose));
      if (!found) throw new Error(`fake prompter: no choice "${answer.choose}" for "${message}"`);
      return found.value;
    }
    return answer as T;
  };
  return {
    asked,
    notes,
    validated,
    async input(o) {
      const given = next('input', o.message, undefined, o.default);
      const tries =
        typeof given === 'object' && !Array.isArray(given) && 'retry' in given
          ? given.retry
          : [String(given)];
      for (const answer of tries) {
        const valid = o.validate?.(answer) ?? true;
        if (o.validate) validated.push({ message: o.message, value: answer, result: valid });
        if (valid === true) return answer;
        if (tries.length === 1)
          throw new Error(`fake prompter: "${answer}" refused for "${o.message}": ${valid}`);
      }
      throw new Error(`fake prompter: every try refused for "${o.message}": ${tries.join(', ')}`);
    },
    async select(o) {
      return pick(next('select', o.message, o.choices, o.default), o.choices, o.message);
    },
    async checkbox(o) {
      const answer = next('checkbox', o.message, o.choices);
      if (typeof answer === 'object' && !Array.isArray(answer) && 'chooseAll' in answer) {
        return answer.chooseAll.map((text) => pick({ choose: text }, o.choices, o.message));
      }
      return answer as never;
    },
    async search(o) {
      const answer = next('search', o.message, o.source(''));
      if (typeof answer === 'object' && !Array.isArray(answer) && 'choose' in answer) {
        return pick(answer, o.source(answer.choose), o.message);
      }
      return answer as never;
    },
    async confirm(o) {
      return Boolean(next('confirm', o.message, undefined, o.default));
    },
    note(text) {
      notes.push(text);
    },
  };
}
