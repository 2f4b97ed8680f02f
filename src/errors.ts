// The one error type that reaches the exit path: an exit code and a catalogue message, never prose.
import type { MessageArgs, MessageId } from './messages/catalogue.js';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class KwpError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly args: MessageArgs = {},
    readonly exitCode: number = EXIT.usage,
  ) {
    super(messageId);
    this.name = 'KwpError';
  }
}
