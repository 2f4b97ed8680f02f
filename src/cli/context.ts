// What every command needs: the io, the kb root once found, and the language to speak.
import { str } from '../core/data.js';
import type { ParsedFile } from '../core/read-file.js';
import { isLang, type Lang, LANGS } from '../messages/catalogue.js';
import { KwpError } from '../errors.js';
import { findKbRoot } from '../store/discover.js';
import type { Io } from './io.js';

export interface GlobalOptions {
  kb?: string;
  lang?: string;
}

export function kbRoot(io: Io, options: GlobalOptions): string {
  return findKbRoot({ kb: options.kb, env: io.env['KWP_KB'], cwd: io.cwd });
}

/** `--lang`, else `KWP_LANG`, else `taal` in werkplaats.md, else Dutch. */
export function chooseLang(io: Io, options: GlobalOptions, werkplaats?: ParsedFile): Lang {
  if (options.lang !== undefined) {
    if (!isLang(options.lang))
      throw new KwpError('cli.unknown-option-value', {
        value: options.lang,
        option: '--lang',
        allowed: [...LANGS],
      });
    return options.lang;
  }
  const fromEnv = io.env['KWP_LANG'];
  if (isLang(fromEnv)) return fromEnv;
  const taal = werkplaats?.data ? str(werkplaats.data, 'taal') : undefined;
  return isLang(taal) ? taal : 'nl';
}

/** The language before anything is read: for errors that happen before the kb is found. */
export function earlyLang(io: Io, argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  if (isLang(value)) return value;
  return isLang(io.env['KWP_LANG']) ? (io.env['KWP_LANG'] as Lang) : 'nl';
}
