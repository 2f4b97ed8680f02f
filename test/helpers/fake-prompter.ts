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
  | { retry: string[] }
  /** Enter on what is shown: an input's default, a select's default, a checkbox's checked choices. */
  | { keep: true };

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
  const keep = (answer: Answer): answer is { keep: true } =>
    typeof answer === 'object' && !Array.isArray(answer) && 'keep' in answer;
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
      const shown = next('input', o.message, undefined, o.default);
      const given = keep(shown) ? (o.default ?? '') : shown;
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
      const answer = next('select', o.message, o.choices, o.default);
      if (keep(answer)) return o.default ?? o.choices[0]!.value;
      return pick(answer, o.choices, o.message);
    },
    async checkbox(o) {
      const answer = next('checkbox', o.message, o.choices);
      if (keep(answer)) return o.choices.filter((c) => c.checked).map((c) => c.value);
      if (typeof answer === 'object' && !Array.isArray(answer) && 'chooseAll' in answer) {
        return answer.chooseAll.map((text) => pick({ choose: text }, o.choices, o.message));
      }
      return answer as never;
    },
    async search(o) {
      const answer = next('search', o.message, o.source(''));
      if (keep(answer)) return o.source('')[0]!.value;
      if (typeof answer === 'object' && !Array.isArray(answer) && 'choose' in answer) {
        return pick(answer, o.source(answer.choose), o.message);
      }
      return answer as never;
    },
    async confirm(o) {
      const answer = next('confirm', o.message, undefined, o.default);
      return keep(answer) ? Boolean(o.default) : Boolean(answer);
    },
    note(text) {
      notes.push(text);
    },
  };
}
