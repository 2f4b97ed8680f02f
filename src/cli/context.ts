// What every command needs: the io, the kb root once found, and the language to speak.
import { werkplaatsView } from '../core/model/views.js';
import { closest } from '../core/suggest.js';
import type { ParsedFile } from '../core/read-file.js';
import { isLang, type Lang, parseLang } from '../messages/catalogue.js';
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

/**
 * `--lang`, else `KWP_LANG`, else `taal` in werkplaats.md, else Dutch. `EN`, `en-GB` and
 * `en_US.UTF-8` are English; an unknown `--lang` is refused (main() does so before any command runs).
 */
export function chooseLang(io: Io, options: GlobalOptions, werkplaats?: ParsedFile): Lang {
  if (options.lang !== undefined) {
    const lang = parseLang(options.lang);
    if (!lang) throw new KwpError('cli.unknown-lang', { value: options.lang });
    return lang;
  }
  const fromEnv = parseLang(io.env['KWP_LANG']);
  if (fromEnv) return fromEnv;
  const taal = werkplaats?.data ? werkplaatsView(werkplaats.data).taal : undefined;
  return isLang(taal) ? taal : 'nl';
}

/** What argv and KWP_LANG say about the language, before commander has parsed anything. */
export interface EarlyLang {
  lang: Lang;
  /** `--lang` was given with a value kwp does not speak. */
  badFlag?: string;
  /** KWP_LANG is set (and no --lang given) to a value kwp does not speak. */
  badEnv?: string;
}

/** The language before anything is read: for help and for errors that happen before the kb is found. */
export function earlyLang(io: Io, argv: readonly string[]): EarlyLang {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value =
    i === -1 ? undefined : args[i]!.includes('=') ? args[i]!.slice('--lang='.length) : args[i + 1];
  if (value !== undefined) {
    const lang = parseLang(value);
    return lang ? { lang } : { lang: 'nl', badFlag: value };
  }
  const env = io.env['KWP_LANG'];
  if (env === undefined || env.trim() === '') return { lang: 'nl' };
  const lang = parseLang(env);
  return lang ? { lang } : { lang: 'nl', badEnv: env };
}

/** `kwp list foo`, `kwp schema foo`: the kinds one may give, and the closest one. */
export function unknownKind(value: string, allowed: readonly string[]): KwpError {
  const suggestion = closest(value, allowed);
  return new KwpError('cli.unknown-kind', {
    value,
    allowed: [...allowed],
    ...(suggestion ? { suggestion } : {}),
  });
}
