// The one error type that reaches the exit path: an exit code and a catalogue message, never prose.
import type { Message, MessageArgs, MessageId } from './messages/catalogue.js';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class KwpError extends Error {
  /** More messages, each shown on a line of its own (every missing flag, every bad value). */
  details: Message[] = [];

  constructor(
    readonly messageId: MessageId,
    readonly args: MessageArgs = {},
    readonly exitCode: number = EXIT.usage,
  ) {
    super(messageId);
    this.name = 'KwpError';
  }
}

/** One error for several problems found at once: the first is the message, the rest the details. */
export function problemsError(problems: Message[]): KwpError {
  const [first, ...rest] = problems;
  const error = new KwpError(first!.id, first!.args);
  error.details = rest;
  return error;
}
