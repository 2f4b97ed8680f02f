// The command layer: flags in, a command module loaded lazily, its exit code out. The one place
// where errors become messages and exit codes.
import { type Command, CommanderError, Option } from 'commander';
import { KwpError, EXIT } from '../errors.js';
import { formatMessage, type Lang, type MessageId, t } from '../messages/catalogue.js';

type HelpIdOf<T> = T extends `help.${infer Id}` ? Id : never;
type HelpId = HelpIdOf<MessageId>;
import { LangCommand } from './commander-lang.js';
import { earlyLang } from './context.js';
import { PromptCancelled } from './prompt/prompter.js';
import { printable } from '../render/printable.js';
import { type Io, processIo } from './io.js';
import { EDIT_FIELDS, editFlags, itemWord, keysOfItem } from '../core/edit/record/fields.js';

export async function main(
  argv: readonly string[],
  io: Io = processIo(),
  version = '0.0.0',
): Promise<number> {
  const { lang, badFlag, badEnv } = earlyLang(io, argv);
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, lang, version, (code) => (exitCode = code));
  try {
    // Before anything else, help included: a language kwp does not speak is said, not ignored.
    if (badFlag !== undefined) throw new KwpError('cli.unknown-lang', { value: badFlag });
    if (badEnv !== undefined)
      io.err(`kwp: ${printable(t(lang, 'cli.unknown-env-lang', { value: badEnv }))}\n`);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, lang);
  }
}

function handleError(error: unknown, io: Io, lang: Lang): number {
  if (error instanceof CommanderError) {
    // Help and version are not failures; commander already printed its own message otherwise.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof KwpError) {
    io.err(`kwp: ${printable(formatMessage(lang, { id: error.messageId, args: error.args }))}\n`);
    for (const detail of error.details) io.err(`kwp: ${printable(formatMessage(lang, detail))}\n`);
    return error.exitCode;
  }
  if (error instanceof PromptCancelled) {
    io.err(`${t(lang, 'cli.cancelled')}\n`);
    return EXIT.usage;
  }
  const err = error as Error;
  io.err(`kwp: ${t(lang, 'cli.internal', { message: printable(String(err?.message ?? err)) })}\n`);
  if (io.env['KWP_DEBUG'] === '1') io.err(`${err?.stack ?? ''}\n`);
  return EXIT.usage;
}

/**
 * Every command kwp has, as typed (`validate`, `new project`): what the werkplaats README that
 * `kwp init` writes must name (its test holds the two together).
 */
export function commandNames(io: Io): string[] {
  const names: string[] = [];
  const walk = (command: Command, prefix: string) => {
    for (const sub of command.commands) {
      const name = `${prefix}${sub.name()}`;
      if (sub.commands.length > 0) walk(sub, `${name} `);
      else names.push(name);
    }
  };
  walk(
    buildProgram(io, 'nl', '0.0.0', () => {}),
    '',
  );
  return names;
}

/** The command tree; exported for the tests that walk every command's help. */
export function buildProgram(io: Io, lang: Lang, version: string, setExit: (code: number) => void): Command {
  const h = (id: HelpId) => t(lang, `help.${id}`);
  // LangCommand: commander's own help words and usage errors in `lang`, for every subcommand too.
  const program = new LangCommand(lang, 'kwp')
    .description(h('program'))
    .version(version, '-V, --version', h('opt.version'))
    .helpOption('-h, --help', h('opt.help'))
    .option('--kb <dir>', h('opt.kb'))
    .addOption(new Option('--lang <lang>', h('opt.lang')))
    .helpCommand('help [command]', h('help-command'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  program.addHelpText('after', h('program.after'));

  const global = (cmd: Command) => cmd.optsWithGlobals() as { kb?: string; lang?: string };
  const sub = (name: string, description: string, example: string) =>
    program
      .command(name)
      .description(description)
      .helpOption('-h, --help', h('opt.help'))
      .addHelpText('after', `\n${h('examples')}\n${example}`)
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  const many = (value: string, previous: string[] = []) => [...previous, value];

  sub('validate [paths...]', h('validate'), h('validate.example'))
    .option('--format <format>', h('opt.format'), 'pretty')
    .option('--strict', h('opt.strict'))
    .option('--changed', h('opt.changed'))
    .option('--base <ref>', h('opt.base'))
    .option('--output <format=file>', h('opt.output'), many)
    .option('--output-scope <scope>', h('opt.output-scope'), 'checked')
    .action(async (paths: string[], options, cmd: Command) => {
      const { validateCommand } = await import('./commands/validate.js');
      setExit(await validateCommand(io, paths, { ...global(cmd), ...options }));
    });

  sub('list [kind]', h('list'), h('list.example'))
    .option('--status <status>', h('opt.status'))
    .option('--theme <theme>', h('opt.theme'))
    .option('--area <area>', h('opt.area'))
    .option('--programme <programme>', h('opt.programme'))
    .option('--partner <name>', h('opt.partner'))
    .option('--json', h('opt.json'))
    .action(async (kind: string | undefined, options, cmd: Command) => {
      const { listCommand } = await import('./commands/list.js');
      setExit(await listCommand(io, kind ?? 'projecten', { ...global(cmd), ...options }));
    });

  sub('show <id>', h('show'), h('show.example'))
    .option('--json', h('opt.json'))
    .action(async (id: string, options, cmd: Command) => {
      const { showCommand } = await import('./commands/show.js');
      setExit(await showCommand(io, id, { ...global(cmd), ...options }));
    });

  sub('graph', h('graph'), h('graph.example'))
    .option('--format <format>', h('opt.graph-format'), 'mermaid')
    .option('--root <id>', h('opt.root'))
    .action(async (options, cmd: Command) => {
      const { graphCommand } = await import('./commands/graph.js');
      setExit(await graphCommand(io, { ...global(cmd), ...options }));
    });

  sub('report [id]', h('report'), h('report.example'))
    .option('--since <date>', h('opt.since'))
    .option('--until <date>', h('opt.until'))
    .option('--programme <programme>', h('opt.programme'))
    .option('--format <format>', h('opt.report-format'))
    .option('--out <file>', h('opt.out'))
    .option('--public', h('opt.public'))
    .option('--table <table>', h('opt.table'))
    .action(async (id: string | undefined, options, cmd: Command) => {
      const { reportCommand } = await import('./commands/report.js');
      setExit(await reportCommand(io, id, { ...global(cmd), ...options }));
    });

  sub('schema [kind]', h('schema'), h('schema.example')).action(
    async (kind: string | undefined, _options, cmd: Command) => {
      const { schemaCommand } = await import('./commands/schema.js');
      setExit(await schemaCommand(io, kind, global(cmd)));
    },
  );

  sub('evaluate <id>', h('evaluate'), h('evaluate.example'))
    .option('--conclusion <text>', h('opt.conclusion'), many)
    .option('--lesson <text>', h('opt.lesson'), many)
    .option('--improvement <text>', h('opt.improvement'), many)
    .option('--new-question <text>', h('opt.new-question'), many)
    .option('--date <date>', h('opt.eval-date'))
    .option('--status <status>', h('opt.eval-status'))
    .option('--answered <question-id>', h('opt.answered'), many)
    .option('--yes', h('opt.yes'))
    .option('--commit', h('opt.commit'))
    .action(async (id: string, options, cmd: Command) => {
      const { evaluateCommand } = await import('./commands/evaluate.js');
      setExit(await evaluateCommand(io, id, { ...global(cmd), ...options }));
    });

  sub('link <id>', h('link'), h('link.example'))
    .option('--follows <earlier-id>', h('opt.follows'), many)
    .option('--commit', h('opt.commit'))
    .action(async (id: string, options, cmd: Command) => {
      const { linkCommand } = await import('./commands/link.js');
      setExit(await linkCommand(io, id, { ...global(cmd), ...options }));
    });

  // issue 14 — h-rename: kwp rename, kwp remove
  sub('rename <id> <new-id>', h('rename'), h('rename.example'))
    .option('--dry-run', h('opt.dry-run-change'))
    .option('--commit', h('opt.commit-change'))
    .option('--json', h('opt.json-rename'))
    .action(async (id: string, newId: string, options, cmd: Command) => {
      const { renameCommand } = await import('./commands/rename.js');
      setExit(await renameCommand(io, id, newId, { ...global(cmd), ...options }));
    });

  sub('remove <id>', h('remove'), h('remove.example'))
    .option('--yes', h('opt.yes-remove'))
    .option('--dry-run', h('opt.dry-run-change'))
    .option('--commit', h('opt.commit-change'))
    .option('--json', h('opt.json'))
    .action(async (id: string, options, cmd: Command) => {
      const { removeCommand } = await import('./commands/remove.js');
      setExit(await removeCommand(io, id, { ...global(cmd), ...options }));
    });

  // issue 16 — kwp search
  sub('search <words...>', h('search'), h('search.example'))
    .option('--kind <kind>', h('opt.kind'))
    .option('--status <status>', h('opt.status'))
    .option('--theme <theme>', h('opt.theme'))
    .option('--area <area>', h('opt.area'))
    .option('--programme <programme>', h('opt.programme'))
    .option('--partner <name>', h('opt.partner'))
    .option('--limit <n>', h('opt.limit'))
    .option('--json', h('opt.json-search'))
    .action(async (words: string[], options, cmd: Command) => {
      const { searchCommand } = await import('./commands/search.js');
      setExit(await searchCommand(io, words, { ...global(cmd), ...options }));
    });

  // issue 15 — kwp match
  sub('match [question]', h('match'), h('match.example'))
    .option('--aanbod <id>', h('opt.aanbod-match'))
    .option('--on <date>', h('opt.on'))
    .option('--top <n>', h('opt.top'))
    .option('--json', h('opt.json-match'))
    .action(async (vraag: string | undefined, options, cmd: Command) => {
      const { matchCommand } = await import('./commands/match.js');
      setExit(await matchCommand(io, vraag, { ...global(cmd), ...options }));
    });

  // issue 16 — kwp site
  sub('site', h('site'), h('site.example'))
    .option('--out <dir>', h('opt.out-site'))
    .option('--public', h('opt.public-site'))
    .action(async (options, cmd: Command) => {
      const { siteCommand } = await import('./commands/site.js');
      setExit(await siteCommand(io, { ...global(cmd), ...options }));
    });

  sub('init [dir]', h('init'), h('init.example'))
    .option('--name <name>', h('opt.name-werkplaats'))
    .option('--programme <programme>', h('opt.programmes'), many)
    .option('--theme <theme>', h('opt.themes'), many)
    .option('--area <area>', h('opt.areas'), many)
    .option('--ci <ci>', h('opt.ci'), 'github')
    .option('--no-git', h('opt.no-git'))
    .option('--no-site', h('opt.no-site'))
    .option('--yes', h('opt.yes'))
    .action(async (dir: string | undefined, options, cmd: Command) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(await initCommand(io, dir ?? '.', { ...global(cmd), ...options }));
    });

  const create = program
    .command('new')
    .description(h('new'))
    .helpOption('-h, --help', h('opt.help'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  const writing = (cmd: Command) =>
    cmd
      .option('--yes', h('opt.yes'))
      .option('--commit', h('opt.commit'))
      .option('--dry-run', h('opt.dry-run'))
      .option('--json', h('opt.json-created'))
      .helpOption('-h, --help', h('opt.help'))
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  writing(
    create
      .command('project')
      .description(h('new.project'))
      .addHelpText('after', `\n${h('examples')}\n${h('new.project.example')}`),
  )
    .option('--title <title>', h('opt.title'))
    .option('--programme <programme>', h('opt.programme-new'))
    .option('--question <question>', h('opt.question'))
    .option('--follows <id>', h('opt.follows'), many)
    .option('--from-question <id>', h('opt.from-question'))
    .option('--aanbod <id>', h('opt.aanbod-new'))
    .option('--theme <theme>', h('opt.theme-new'), many)
    .option('--area <area>', h('opt.area-new'))
    .option('--content <text>', h('opt.content'))
    .option('--lead <person>', h('opt.lead'))
    .option('--contact <person>', h('opt.contact'))
    .option('--start <date>', h('opt.start'))
    .option('--end <date>', h('opt.end'))
    .option('--status <status>', h('opt.status-new'), 'voorbereiding')
    .action(async (options, cmd: Command) => {
      const { newProjectCommand } = await import('./commands/new-project.js');
      setExit(await newProjectCommand(io, { ...global(cmd), ...options }));
    });

  writing(
    create
      .command('vraag')
      .description(h('new.vraag'))
      .addHelpText('after', `\n${h('examples')}\n${h('new.vraag.example')}`),
  )
    .option('--question <question>', h('opt.question-vraag'))
    .option('--source <source>', h('opt.source'))
    .option('--project <id>', h('opt.project'))
    .option('--owner <owner>', h('opt.owner'))
    .option('--theme <theme>', h('opt.theme-new'), many)
    .option('--area <area>', h('opt.area-new'))
    .option('--level <level>', h('opt.level-vraag'), many)
    .option('--form <form>', h('opt.form-vraag'), many)
    .option('--students <number>', h('opt.students'))
    .option('--wanted-from <date>', h('opt.wanted-from'))
    .option('--wanted-until <date>', h('opt.wanted-until'))
    .action(async (options, cmd: Command) => {
      const { newVraagCommand } = await import('./commands/new-vraag.js');
      setExit(await newVraagCommand(io, { ...global(cmd), ...options }));
    });

  writing(
    create
      .command('partner')
      .description(h('new.partner'))
      .addHelpText('after', `\n${h('examples')}\n${h('new.partner.example')}`),
  )
    .option('--name <name>', h('opt.name-partner'))
    .option('--group <group>', h('opt.group'))
    .option('--level <level>', h('opt.level'))
    .option('--contact <person>', h('opt.contact-partner'))
    .option('--website <url>', h('opt.website'))
    .action(async (options, cmd: Command) => {
      const { newPartnerCommand } = await import('./commands/new-partner.js');
      setExit(await newPartnerCommand(io, { ...global(cmd), ...options }));
    });

  // issue 15 — kwp new aanbod: an education offer, its periods as `--period` (repeatable).
  writing(
    create
      .command('aanbod')
      .description(h('new.aanbod'))
      .addHelpText('after', `\n${h('examples')}\n${h('new.aanbod.example')}`),
  )
    .option('--title <title>', h('opt.title-offer'))
    .option('--institution <school>', h('opt.institution'))
    .option('--level <level>', h('opt.level-offer'))
    .option('--discipline <programme>', h('opt.discipline'))
    .option('--form <form>', h('opt.form'))
    .option('--csl <csl>', h('opt.csl'))
    .option('--theme <theme>', h('opt.theme-offer'), many)
    .option('--area <area>', h('opt.area-offer'), many)
    .option('--period <period>', h('opt.period'), many)
    .option('--contact <person>', h('opt.contact-offer'))
    .action(async (options, cmd: Command) => {
      const { newAanbodCommand } = await import('./commands/new-aanbod.js');
      setExit(await newAanbodCommand(io, { ...global(cmd), ...options }));
    });

  // issue 14 — kwp edit: its flags are those of the kind table (core/edit/record/fields.ts).
  const edit = sub('edit <id>', h('edit'), h('edit.example'));
  const { flags, lists, repeatable } = editFlags();
  edit.addHelpText(
    'after',
    `\n${h('edit.per-kind')}\n${Object.entries(EDIT_FIELDS)
      .map(([kind, fields]) => {
        const own = fields.flatMap((f) => [
          ...(f.flag ? [`--${f.flag}`] : []),
          ...(itemWord(f) ? [`--add-${itemWord(f)}`, `--remove-${itemWord(f)}`] : []),
        ]);
        return `  ${t(lang, `kind.${kind}` as MessageId)}: ${[...new Set(own)].join(' ')}`;
      })
      .join('\n')}`,
  );
  for (const flag of flags) {
    const described = h(`opt.edit.${flag}` as HelpId);
    if (repeatable.includes(flag)) edit.option(`--${flag} <value>`, described, many);
    else edit.option(`--${flag} <value>`, described);
  }
  for (const word of lists) {
    edit.option(`--add-${word} <value>`, t(lang, 'help.opt.edit.add', { item: keysOfItem(word) }), many);
    edit.option(
      `--remove-${word} <value>`,
      t(lang, 'help.opt.edit.remove', { item: keysOfItem(word) }),
      many,
    );
  }
  edit
    .option('--yes', h('opt.yes'))
    .option('--commit', h('opt.commit'))
    .option('--dry-run', h('opt.edit.dry-run'))
    .option('--json', h('opt.edit.json'))
    .action(async (id: string, options, cmd: Command) => {
      const { editCommand } = await import('./commands/edit.js');
      setExit(await editCommand(io, id, { ...global(cmd), ...options }));
    });

  return program;
}
