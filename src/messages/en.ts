// English texts (`--lang en`). Same ids as nl.ts; the type below makes a missing one a compile error.
import type { MessageId } from './nl.js';

export const en: Record<MessageId, string> = {
  'file.utf8': 'The file is not valid UTF-8 text. Save it as UTF-8 (in most editors: "Save with encoding").',
  'file.binary':
    'This is not a text file (it holds binary data). Only markdown files belong here; if it was saved as UTF-16, save it as UTF-8.',
  'file.too-large':
    'The file is {size}; the limit is {max}. A project description is a few kilobytes: is an attachment or image pasted into the text?',
  'file.folder':
    'Folder {name}/ does not belong here: kwp reads only .md files directly inside {folder}/. Move the files or the folder.',
  'file.not-markdown': 'File {name} does not belong here: {folder}/ holds only .md files. Move or rename it.',
  'file.symlink-outside':
    'This symbolic link points outside the knowledge base ({target}) and is not followed. Put the file itself in the knowledge base.',
  'file.unreadable': 'The file cannot be read ({reason}).',
  'frontmatter.missing':
    'The file does not start with frontmatter. Its first line must be exactly ---, followed by the YAML data and another line ---.',
  'frontmatter.empty-file': 'The file is empty. It must start with frontmatter between two lines ---.',
  'frontmatter.unclosed':
    'The frontmatter is not closed: add a line that is exactly --- after the YAML data.',
  'frontmatter.language':
    'Frontmatter in "{language}" is not read and never executed; only YAML is allowed. Start the file with a line that is exactly ---.',
  'yaml.syntax': 'The YAML is not valid here: {detail}.',
  'yaml.tabs': 'YAML does not allow a tab for indentation; use spaces.',
  'yaml.duplicate-key': 'Key "{key}" appears twice. Merge the values or remove one.',
  'yaml.alias': 'An alias (*{name}) is not allowed; write the value out in full.',
  'yaml.anchor': 'An anchor (&{name}) is not allowed; write values out in full.',
  'yaml.tag': 'A YAML tag ({tag}) is not allowed; write the value without it (quote text).',
  'yaml.too-deep': 'The YAML nests deeper than {max} levels; no project description needs that.',
  'yaml.not-a-mapping':
    'The frontmatter must consist of keys with values (like "titel: ..."), not of {found}.',
  'schema.missing-key': 'Required key "{key}" is missing.',
  'schema.missing-key-in': 'Required key "{key}" is missing in "{parent}".',
  'schema.empty-key': 'Required key "{key}" is empty.',
  'schema.invalid-type': '"{key}" must be {expected}, but is {found}.',
  'schema.quote-hint': '"{key}" must be text, but {value} is read as {found}. Put it in quotes: "{value}".',
  'schema.invalid-value': '"{value}" is not a valid value for "{key}". Allowed: {allowed}.',
  'schema.invalid-date':
    '"{value}" is not a valid date for "{key}". Write YYYY-MM-DD with a day that exists, for example 2026-03-31.',
  'schema.invalid-id':
    '"{value}" is not a valid id: use 3 to 80 characters, lowercase a-z, digits and single hyphens (for example 2026-green-roofs).',
  'schema.invalid-email': '"{value}" is not a valid e-mail address.',
  'schema.invalid-url': '"{value}" is not a valid web address; start it with https://.',
  'schema.invalid-number': '"{key}" must be a whole number of 0 or more, but is {value}.',
  'schema.invalid-amount': '"{key}" must be an amount or number of 0 or more, but is {value}.',
  'schema.unknown-key': 'Unknown key "{key}". Known keys here: {known}.',
  'schema.person-or-name': '"{key}" must be a name or a person ({naam: ..., email: ...}).',
  'rule.id-mismatch': 'The id "{id}" does not match the file name {file}. Make them equal (id "{expected}").',
  'rule.required-for-status':
    '"{key}" is required for a project with status {status} (only voorbereiding may leave it out).',
  'rule.evaluation-missing':
    'A project with status {status} needs an evaluation (evaluatie: with a date and conclusions). Use kwp evaluate.',
  'rule.evaluation-date-missing': 'The evaluation needs a date (evaluatie.datum).',
  'rule.evaluation-conclusion-missing':
    'The evaluation needs at least one conclusion (evaluatie.conclusies).',
  'rule.date-order': '"{key}" ({value}) is before "{other}" ({otherValue}).',
  'rule.evaluation-before-start': 'The evaluation date {value} is before the project started ({start}).',
  'rule.inhoud-missing':
    'The section "## Inhoud" is missing. Describe the content in outline there (required unless the status is voorbereiding).',
  'rule.inhoud-empty': 'The section "## Inhoud" is empty. Describe the content in outline.',
  'rule.budget-shortfall':
    'The coverage ({covered}) is lower than the costs ({costs}): {shortfall} is missing.',
  'rule.students-not-education':
    '"studenten" belongs only to a partner in group onderwijs, not group {group}.',
  'rule.question-project-required':
    'A question with source {source} needs "project": the project in which it arose.',
  'cross.duplicate-id':
    'The id "{id}" is also used in {other}. An id must be unique in the whole knowledge base.',
  'cross.unknown-reference': '"{key}" refers to {kind} "{id}", which does not exist.',
  'cross.wrong-kind': '"{key}" refers to "{id}", but that is a {found}, not a {kind}.',
  'cross.self-reference': 'The project follows itself ("{id}" is in vervolg_op). Remove it.',
  'cross.cycle':
    'The follow-up projects form a cycle: {cycle} (→ means: follows). A project cannot follow itself through others; remove one of the links.',
  'cross.unknown-vocabulary': '"{value}" is not in the list {list} of werkplaats.md. Allowed: {allowed}.',
  'cross.taken-up-unlisted':
    'The question has status opgepakt, but no project lists it in "kennisvragen". Add "{id}" to the project that takes it up.',
  'cross.unregistered-partner':
    'Partner "{name}" is not in the partner register. Register it with: kwp new partner --name "{name}" --group {group}',
  'cross.unregistered-partner-typo':
    'Partner "{name}" is not in the partner register. Did you mean "{closest}"? If not, register it with: kwp new partner --name "{name}" --group {group}',
  'hint.did-you-mean': 'Did you mean "{value}"?',
  'kind.project': 'project',
  'kind.vraag': 'knowledge question',
  'kind.partner': 'partner',
  'kind.werkplaats': 'werkplaats',
  'type.string': 'text',
  'type.number': 'a number',
  'type.boolean': 'yes/no (true/false)',
  'type.array': 'a list',
  'type.object': 'a block of keys',
  'type.null': 'empty',
  'type.person': 'a person ({naam: ..., email: ...})',
  'cli.no-kb':
    'No knowledge base found: there is no knowledge/werkplaats.md in {dir} or a folder above it. Use --kb <dir>, set KWP_KB, or start one with kwp init.',
  'cli.kb-not-found': 'There is no knowledge base in {dir} (knowledge/werkplaats.md is missing).',
  'cli.path-not-found': 'Path {path} does not exist.',
  'cli.path-outside': 'Path {path} is outside the knowledge base {root}.',
  'cli.unknown-id': 'There is no record with id "{id}".',
  'cli.unknown-option-value': 'Unknown value "{value}" for {option}. Allowed: {allowed}.',
  'cli.internal':
    'Something unexpected went wrong: {message}. Set KWP_DEBUG=1 for details, and please report it.',
  'cli.validate-ok': '{files} files checked: no problems.',
  'cli.validate-summary': '{files} files checked: {errors} error(s), {warnings} warning(s).',
  'cli.list-empty': 'Nothing found.',
  'cli.skipped-unreadable': '{count} file(s) skipped because they cannot be read; kwp validate tells why.',
  'label.id': 'id',
  'label.status': 'status',
  'label.titel': 'title',
  'label.programma': 'programme',
  'label.gebied': 'area',
  'label.vraag': 'question',
  'label.naam': 'name',
  'label.groep': 'group',
  'label.niveau': 'level',
  'label.bron': 'source',
  'label.start': 'start',
  'label.path': 'file',
  'label.vervolgd_door': 'followed by',
  'label.opgepakt_door': 'taken up by',
  'label.keten': 'chain',
  'label.none': '(none)',
  'severity.error': 'error',
  'severity.warning': 'warning',

  'help.program':
    'kwp: the knowledge base of a Kenniswerkplaats — projects, knowledge questions and partners in markdown, checked and searchable.',
  'help.program.after':
    '\nStart with: kwp validate (check everything), kwp list (what is there), kwp show <id> (one project).\nMore: kwp <command> --help.',
  'help.examples': 'Examples:',
  'help.opt.version': 'print the version number',
  'help.opt.help': 'show help for this command',
  'help.opt.kb':
    'the knowledge base folder (otherwise: KWP_KB, or the folder holding knowledge/werkplaats.md above the current one)',
  'help.opt.lang': 'language of messages: nl or en (otherwise: KWP_LANG, or taal in werkplaats.md)',
  'help.opt.format': 'output: pretty, json or github',
  'help.opt.strict': 'fail on warnings too (unknown keys become errors)',
  'help.opt.status': 'only this status',
  'help.opt.theme': 'only this theme',
  'help.opt.area': 'only this area',
  'help.opt.programme': 'only this programme',
  'help.opt.partner': 'only projects with this partner',
  'help.opt.json': 'output as JSON',
  'help.validate': 'check the knowledge base (or only the files and folders given) and report every problem',
  'help.validate.example':
    '  kwp validate\n  kwp validate knowledge/projecten/2026-groene-daken.md\n  kwp validate --format json\n  kwp validate --strict --format github',
  'help.list': 'list projects, questions or partners (kind: projecten, vragen, partners)',
  'help.list.example':
    '  kwp list\n  kwp list --status lopend --theme duurzaamheid\n  kwp list vragen --status open\n  kwp list partners --json',
  'help.show': 'show one project, question or partner, with who builds on it and its chain',
  'help.show.example':
    '  kwp show 2025-groene-schoolpleinen-rivierenwijk\n  kwp show 2025-groene-schoolpleinen-rivierenwijk --json',
  'help.schema': 'JSON Schema of the frontmatter for editors (kind: project, vraag, partner, werkplaats)',
  'help.schema.example': '  kwp schema project > project.schema.json',
};
