// Commander in kwp's language: its help (titles, `[opties]`, value names, defaults) and its own
// errors (unknown option, missing argument, too many arguments) come from the message catalogue,
// so `kwp … --help` and a mistyped flag are Dutch by default and English with --lang en.
import { type Argument, Command, Help, type Option } from 'commander';
import { closest } from '../core/suggest.js';
import { KwpError } from '../errors.js';
import { hasMessage, type Lang, type MessageId, t } from '../messages/catalogue.js';

const TITLES: Record<string, MessageId> = {
  'Usage:': 'help.title.usage',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
  'Arguments:': 'help.title.arguments',
  'Global Options:': 'help.title.global-options',
};

/** Every `<name>` and `[name]` (and `[name...]`) in a term, its name said in `lang`. */
export function localiseTerm(lang: Lang, term: string): string {
  return term.replace(/([<[])([\w.=-]+?)(\.\.\.)?([>\]])/g, (_whole, open, name: string, dots, close) => {
    const [key, value] = name.split('=');
    const said = [key, value]
      .filter((part): part is string => part !== undefined)
      .map((part) => {
        const id = `help.value.${part}`;
        return hasMessage(id) ? t(lang, id) : part;
      })
      .join('=');
    return `${open}${said}${dots ?? ''}${close}`;
  });
}

export class LangHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }

  override styleTitle(title: string): string {
    const id = TITLES[title];
    return id ? t(this.lang, id) : title;
  }

  override commandUsage(cmd: Command): string {
    return localiseTerm(this.lang, super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return localiseTerm(this.lang, super.subcommandTerm(cmd));
  }

  override optionTerm(option: Option): string {
    return localiseTerm(this.lang, super.optionTerm(option));
  }

  override argumentTerm(argument: Argument): string {
    return localiseTerm(this.lang, super.argumentTerm(argument));
  }

  override optionDescription(option: Option): string {
    const shown = option.required || option.optional || typeof option.defaultValue === 'boolean';
    return this.described(option.description, option.argChoices, shown ? option.defaultValue : undefined);
  }

  override argumentDescription(argument: Argument): string {
    return this.described(argument.description, argument.argChoices, argument.defaultValue);
  }

  /** The description, then `(keuze uit: a, b; standaard: a)`: values as a person types them, unquoted. */
  private described(description: string, choices: readonly string[] | undefined, fallback: unknown): string {
    const extra: string[] = [];
    if (choices) extra.push(t(this.lang, 'help.choices', { values: [...choices] }));
    if (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0))
      extra.push(t(this.lang, 'help.default', { value: String(fallback) }));
    if (extra.length === 0) return description;
    const note = `(${extra.join('; ')})`;
    return description ? `${description} ${note}` : note;
  }
}

/** `kwp new project`: the command as a person types it, for messages. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * A Command whose help is in `lang` and whose usage errors are KwpErrors (exit 2, in the same
 * language as every other error), each with a pointer to `kwp <command> --help`.
 */
export class LangCommand extends Command {
  constructor(
    readonly lang: Lang,
    name?: string,
  ) {
    super(name);
  }

  override createCommand(name?: string): LangCommand {
    return new LangCommand(this.lang, name);
  }

  override createHelp(): Help {
    return Object.assign(new LangHelp(this.lang), this.configureHelp());
  }

  private usageError(id: MessageId, args: Record<string, string | number | string[]>): never {
    const error = new KwpError(id, { command: commandPath(this), ...args });
    error.details = [{ id: 'cli.see-help', args: { command: commandPath(this) } }];
    throw error;
  }

  /** The long flags one may give here: this command's and the program's. */
  private longFlags(): string[] {
    const flags = this.options.flatMap((option) => option.long ?? []);
    for (let c = this.parent; c; c = c.parent)
      for (const option of c.options) if (option.long) flags.push(option.long);
    return flags;
  }

  unknownOption(flag: string): never {
    const suggestion = flag.startsWith('--') ? closest(flag, this.longFlags()) : undefined;
    this.usageError('cli.unknown-flag', { option: flag, ...(suggestion ? { suggestion } : {}) });
  }

  missingArgument(name: string): never {
    this.usageError('cli.missing-argument', { argument: localiseTerm(this.lang, `<${name}>`) });
  }

  optionMissingArgument(option: Option): never {
    this.usageError('cli.flag-needs-value', {
      option: option.long ?? option.flags,
      flags: localiseTerm(this.lang, option.flags),
    });
  }

  missingMandatoryOptionValue(option: Option): never {
    this.usageError('cli.flag-needs-value', {
      option: option.long ?? option.flags,
      flags: localiseTerm(this.lang, option.flags),
    });
  }

  _excessArguments(received: string[]): never {
    const expected = this.registeredArguments.length;
    this.usageError('cli.too-many-arguments', {
      count: received.length,
      expected,
      extra: received.slice(expected).map((a) => `"${a}"`),
    });
  }

  unknownCommand(): never {
    const name = String(this.args[0] ?? '');
    const names = this.commands.map((c) => c.name()).filter((n) => n !== 'help');
    const suggestion = closest(name, names);
    this.usageError('cli.unknown-command', {
      name,
      allowed: names,
      ...(suggestion ? { suggestion } : {}),
    });
  }
}
