// What is done with each file as soon as it is parsed, by name, so that a worker thread can be told
// to do it too. A worker loads only the step it is told (store/read-share.ts): one that only lets
// text go (the report, the matcher) does without the code of validation.
import { letTextGo, type ParsedFile } from '../core/read-file.js';
import { checkAndSlim } from '../core/validate.js';

/**
 * What is done with each file as soon as it is parsed, named so that a worker thread can do it too:
 * nothing (`keep`), let its text go (`data-only`, for commands that read only data), or check it
 * alone and keep only what the rules across files need (`check`, validation).
 */
export type Finish = 'keep' | 'data-only' | 'check';

export const FINISH: Record<Finish, (file: ParsedFile) => void> = {
  keep: () => {},
  'data-only': letTextGo,
  check: checkAndSlim,
};
