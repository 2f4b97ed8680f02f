// An interrupted interview is not lost: a Prompter that writes each answer to a draft as it is given
// (../../store/drafts.ts says where: outside the knowledge base, never committed). The next run of
// the same command offers to continue; continuing gives the earlier answers again (each shown, and
// checked as a typed one would be) until a question differs, then asks on; declining discards the
// draft; a run that ends (written, or "no" to saving) removes it. Ctrl-C or a crash keeps it.
import { type Lang, t } from '../../messages/catalogue.js';
import {
  type Draft,
  draftPath,
  type DraftStep,
  readDraft,
  removeDraft,
  writeDraft,
} from '../../store/drafts.js';
import type { Io } from '../io.js';
import { type Choice, type Prompter, PromptCancelled } from './prompter.js';

export interface DraftWhere {
  /** The knowledge base's folder. */
  kbRoot: string;
  /** The command as typed after `kwp` (`new project`, `edit`). */
  command: string;
  /** What it works on (the id for `kwp edit`); empty for a new record. */
  key?: string;
}

export interface DraftSession {
  /** Ask through this one: every answer is kept. */
  prompter: Prompter;
  /** The run ended (written, or deliberately not): the draft is removed. */
  finish(): void;
}

/**
 * Runs `run` with a prompter that keeps a draft: removed when `run` returns, kept when it throws
 * (Ctrl-C, a crash, a refusal after the questions).
 */
export async function withDraft<T>(
  io: Io,
  lang: Lang,
  where: DraftWhere,
  prompter: Prompter,
  run: (prompter: Prompter) => Promise<T>,
): Promise<T> {
  const session = await openDraft(io, lang, where, prompter);
  const result = await run(session.prompter);
  session.finish();
  return result;
}

/** The same, for a command with several ways to end: call `finish()` at each. */
export async function openDraft(
  io: Io,
  lang: Lang,
  where: DraftWhere,
  inner: Prompter,
): Promise<DraftSession> {
  const path = draftPath(where.kbRoot, io.env, where.command, where.key);
  if (!path) return { prompter: inner, finish: () => undefined };
  let replay: DraftStep[] = [];
  const earlier = readDraft(path);
  if (earlier && earlier.answers.length > 0) {
    const at = earlier.at ?? earlier.answers.at(-1)?.message ?? '';
    const again = await inner.confirm({
      message: t(lang, 'draft.continue', { at: at.trim(), count: earlier.answers.length }),
      default: true,
    });
    if (again) replay = earlier.answers;
  }
  removeDraft(path);
  const draft: Draft = {
    version: 1,
    command: where.command,
    key: where.key ?? '',
    kb: where.kbRoot,
    answers: [],
  };
  let ended = false;
  const save = () => {
    if (!ended) writeDraft(path, draft);
  };
  const yes = t(lang, 'prompt.yes');
  const no = t(lang, 'prompt.no');

  /** The next earlier answer when it was to this question, else undefined (and no more replaying). */
  const next = (kind: DraftStep['kind'], message: string): DraftStep | undefined => {
    const step = replay[0];
    if (step && step.kind === kind && step.message === message) return replay.shift();
    replay = [];
    return undefined;
  };
  const replayed = (step: DraftStep, shown: string) => {
    draft.answers.push(step);
    save();
    inner.note(t(lang, 'draft.replayed', { question: step.message, answer: shown }));
  };
  /** Asks `inner`, keeping which question is open; Ctrl-C says where the answers are. */
  const live = async <V>(
    message: string,
    ask: () => Promise<V>,
    step: (value: V) => DraftStep,
  ): Promise<V> => {
    replay = [];
    draft.at = message;
    save();
    let value: V;
    try {
      value = await ask();
    } catch (e) {
      if (e instanceof PromptCancelled && draft.answers.length > 0 && !ended)
        io.err(
          `${t(lang, 'draft.kept', { command: [where.command, where.key].filter(Boolean).join(' ') })}\n`,
        );
      else if (e instanceof PromptCancelled) removeDraft(path);
      throw e;
    }
    delete draft.at;
    draft.answers.push(step(value));
    save();
    return value;
  };
  const nameOf = <V>(choices: readonly Choice<V>[], value: V): string | null => {
    const found =
      choices.find((c) => c.value === value) ??
      choices.find((c) => JSON.stringify(c.value) === JSON.stringify(value));
    return found ? found.name : null;
  };

  const prompter: Prompter = {
    async input(o) {
      const step = next('input', o.message);
      if (step?.kind === 'input' && (!o.validate || o.validate(step.value) === true)) {
        replayed(step, step.value);
        return step.value;
      }
      replay = [];
      return live(
        o.message,
        () => inner.input(o),
        (value) => ({ kind: 'input', message: o.message, value }),
      );
    },
    async confirm(o) {
      const step = next('confirm', o.message);
      if (step?.kind === 'confirm') {
        replayed(step, step.value ? yes : no);
        return step.value;
      }
      return live(
        o.message,
        () => inner.confirm(o),
        (value) => ({ kind: 'confirm', message: o.message, value }),
      );
    },
    async select<V>(o: { message: string; choices: Choice<V>[]; default?: V }) {
      const step = next('select', o.message);
      const found = step?.kind === 'select' ? o.choices.find((c) => c.name === step.choice) : undefined;
      if (step && found) {
        replayed(step, found.name);
        return found.value;
      }
      replay = [];
      return live(
        o.message,
        () => inner.select(o),
        (value) => ({ kind: 'select', message: o.message, choice: nameOf(o.choices, value) }),
      );
    },
    async search<V>(o: { message: string; source: (term: string) => Choice<V>[] }) {
      const step = next('search', o.message);
      if (step?.kind === 'search' && step.choice !== null) {
        const name = step.choice;
        const found = [...o.source(name), ...o.source('')].find((c) => c.name === name);
        if (found) {
          replayed(step, found.name);
          return found.value;
        }
      }
      replay = [];
      const seen: Choice<V>[] = [];
      return live(
        o.message,
        () =>
          inner.search({
            ...o,
            source: (term) => {
              const choices = o.source(term);
              seen.push(...choices);
              return choices;
            },
          }),
        (value) => ({ kind: 'search', message: o.message, choice: nameOf(seen, value) }),
      );
    },
    async checkbox<V>(o: { message: string; choices: (Choice<V> & { checked?: boolean })[] }) {
      const step = next('checkbox', o.message);
      if (step?.kind === 'checkbox' && step.choices !== null) {
        const names = step.choices;
        const found = names.map((n) => o.choices.find((c) => c.name === n));
        if (found.every((c) => c !== undefined)) {
          replayed(step, names.join(', '));
          return found.map((c) => c.value);
        }
      }
      replay = [];
      return live(
        o.message,
        () => inner.checkbox(o),
        (values) => {
          const names = values.map((v) => nameOf(o.choices, v));
          return {
            kind: 'checkbox',
            message: o.message,
            choices: names.every((n) => n !== null) ? (names as string[]) : null,
          };
        },
      );
    },
    note: (text) => inner.note(text),
  };
  return {
    prompter,
    finish: () => {
      ended = true;
      removeDraft(path);
    },
  };
}
