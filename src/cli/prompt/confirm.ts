// A yes/no question that understands Dutch: inquirer's own confirm reads only y/yes and n/no, so a
// Dutch `j` (ja) counted as the default, which was "no" where kwp proposes no. The same prompt as
// inquirer's otherwise (Enter takes the default, the answer shown as a word in the reader's language).
import {
  createPrompt,
  isEnterKey,
  makeTheme,
  type Theme,
  useKeypress,
  usePrefix,
  useState,
} from '@inquirer/core';
import type { PartialDeep } from '@inquirer/type';

export interface ConfirmConfig {
  message: string;
  default?: boolean;
  /** The answer as shown once given. */
  transformer: (yes: boolean) => string;
  theme?: PartialDeep<Theme>;
}

const YES = /^(j|ja|y|yes)$/i;
const NO = /^(n|nee|no)$/i;

/** True or false for what was typed; the default for nothing or anything it cannot read. */
export function readYesNo(typed: string, fallback: boolean): boolean {
  const word = typed.trim();
  if (YES.test(word)) return true;
  if (NO.test(word)) return false;
  return fallback;
}

export const confirmPrompt = createPrompt<boolean, ConfirmConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const theme = makeTheme(config.theme);
  const prefix = usePrefix({ status, theme });
  const fallback = config.default !== false;
  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const answer = readYesNo(value, fallback);
      setValue(config.transformer(answer));
      setStatus('done');
      done(answer);
    } else setValue(rl.line);
  });
  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value)}`;
  return `${prefix} ${message} ${theme.style.defaultAnswer(fallback ? 'Y/n' : 'y/N')} ${value}`;
});
