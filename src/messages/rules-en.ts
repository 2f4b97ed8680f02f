// What every rule says to a person, in English: a title, what is wrong (with tiny examples), and
// how to fix it. Same rules as rules-nl.ts; the type makes a missing one a compile error. The
// README's rule reference is made from these texts (test/rules/catalogue.test.ts checks it).
import type { RuleName } from '../core/diagnostics.js';
import type { RuleText } from './rules-nl.js';

export const rulesEn: Record<RuleName, RuleText> = {
  'invalid-encoding': {
    title: 'The file is not UTF-8 text',
    summary: 'The file is not UTF-8 text (saved as "ANSI"/Windows-1252, or a picture renamed to `.md`).',
    fix: 'Save it as UTF-8 in your editor, or remove it.',
  },
  'file-too-large': {
    title: 'The file is larger than 1 MB',
    summary: 'The file is over 1 MB (usually a pasted image or attachment).',
    fix: 'Keep attachments out of the text; link to them instead.',
  },
  'unexpected-file': {
    title: 'A file that does not belong in this folder',
    summary:
      'Something other than a `.md` file in `projecten/`, `kennisvragen/` or `partners/` (`notities.txt`, a folder `oud/`, a named pipe).',
    fix: 'Move or rename it.',
  },
  'symlink-outside': {
    title: 'A link to a file outside the knowledge base',
    summary: 'A shortcut (symbolic link) that points outside the knowledge base.',
    fix: 'Put the real file in the knowledge base.',
  },
  'unreadable-file': {
    title: 'The file cannot be read',
    summary: 'The file cannot be opened (no permission, or a link to a file that is gone).',
    fix: 'Restore the file or its permissions, or remove the link.',
  },
  'missing-frontmatter': {
    title: 'No frontmatter',
    summary: 'The file does not start with a line `---` (it starts with `# Titel`, or is empty).',
    fix: 'Start with `---`, the keys, and another `---`.',
  },
  'unclosed-frontmatter': {
    title: 'The frontmatter is not closed',
    summary: 'The opening `---` has no closing `---`.',
    fix: 'Add a line with exactly `---` after the last key.',
  },
  'frontmatter-language': {
    title: 'Frontmatter that is not YAML',
    summary: 'The first line is `---js`, `---toml` or similar.',
    fix: 'Use a plain `---` and write the keys as YAML (`titel: …`).',
  },
  'yaml-syntax': {
    title: 'The YAML cannot be read',
    summary:
      'The keys cannot be read (`thema: [duurzaamheid` without `]`, `kennisvraag: "Wat werkt?` without the closing quote, `gebied: Binnenstad: noord`, a comment without a space before it: `titel: "Kapot"# oud`).',
    fix: 'Close the bracket or quote; put text containing `: ` between quotes; put a space before `#`.',
  },
  'yaml-tabs': {
    title: 'Indented with a tab',
    summary: 'A line is indented with a tab.',
    fix: 'Indent with spaces.',
  },
  'yaml-duplicate-key': {
    title: 'The same key twice',
    summary: 'The same key twice in one place (two `titel:` lines).',
    fix: 'Keep one, merge the values.',
  },
  'yaml-complex-key': {
    title: 'A list or group of keys as a key',
    summary:
      'A key that is a list or a group of keys instead of a name (`[thema, gebied]: x`, `? [wie, wat]`).',
    fix: 'Write one name before the colon (`thema: [IT]`).',
  },
  'yaml-anchor': {
    title: 'A YAML anchor or reference',
    summary: 'An anchor or reference (`&femke`, `*femke`).',
    fix: 'Write the value out in full each time.',
  },
  'yaml-tag': {
    title: 'A YAML tag',
    summary: 'A YAML tag (`!!str`, `!!js/function`).',
    fix: 'Remove the tag; put text between quotes if needed.',
  },
  'yaml-too-deep': {
    title: 'Nested too deep',
    summary: 'Brackets nested more than 64 deep (`[[[[…`).',
    fix: 'Write a plain list.',
  },
  'not-a-mapping': {
    title: 'The frontmatter is not `key: value` lines',
    summary: 'The part between the `---` lines is a list or a sentence instead of `key: value` lines.',
    fix: 'Use `key: value` lines.',
  },
  'missing-key': {
    title: 'A required key is missing or blank',
    summary:
      'A required key is absent or blank (no `titel:`, `titel:` with nothing after it, a `projectleider` without `naam`, a partner without `groep`).',
    fix: 'Add the key with a value.',
  },
  'invalid-type': {
    title: 'The wrong kind of value',
    summary:
      'The wrong kind of value (`titel: [Groene, daken]`; `id: 2026` or `gebied: 0123`, which are read as numbers; a list item with `: ` in its text, `- Gestopt: de eigenaren wilden niet`, which is read as a key with a value).',
    fix: 'Write the kind asked for; put number-like text and text with `: ` in quotes (`gebied: "0123"`, `- "Gestopt: de eigenaren wilden niet"`).',
  },
  'invalid-value': {
    title: 'A value that is not in its list',
    summary: 'A value outside its list (`status: bezig`, `groep: onderwys`, `csl_niveau: hoog`).',
    fix: 'Use one of the values the message lists.',
  },
  'invalid-date': {
    title: 'Not a real date',
    summary:
      'Not a real `YYYY-MM-DD` date (`2026-02-30`), or a date written another way (`3-2-2026`, `2026-2-3`).',
    fix: 'Write `YYYY-MM-DD` with a day that exists, e.g. `2026-02-03`; for a date written another way kwp says which day it takes it to mean (day, month, year).',
  },
  'invalid-id': {
    title: 'An id that is not allowed',
    summary:
      'An `id` with capitals, underscores, double hyphens or fewer than 3 characters (`Gemeente_Test`, `ab`).',
    fix: 'Use lowercase letters, digits and single hyphens, and rename the file to match.',
  },
  'invalid-email': {
    title: 'Not an e-mail address',
    summary: 'Not an e-mail address (`email: f.devries@`).',
    fix: 'Write the full address.',
  },
  'invalid-url': {
    title: 'A website that is not a web address',
    summary:
      'A `website` that is not a web address starting with `https://` or `http://` (`www.saxion.nl`, `ftp://…`, `mailto:…`, or `https://` alone).',
    fix: 'Write the full address, starting with `https://`.',
  },
  'invalid-number': {
    title: 'Not a number of 0 or more',
    summary:
      'A count or amount that is negative, not a whole number, or a word (`studenten: 2.5`, `bedrag: -100`, `studenten: veel`).',
    fix: 'A whole number of 0 or more (amounts: any number of 0 or more).',
  },
  'unknown-key': {
    title: 'A key kwp does not know',
    summary:
      'A key kwp does not know (`opdrachtgever:`, `deadline:` in `planning`), often a typo; or text split off by a comma between curly brackets (`wat: samen over mbo, hbo en wo` there makes a key `hbo en wo`).',
    fix: 'Correct the spelling, or remove it; put text with a comma in quotes (`wat: "samen over mbo, hbo en wo"`); a werkplaats may keep its own keys if it does not use `--strict`.',
  },
  'id-mismatch': {
    title: 'The id differs from the file name',
    summary: 'The `id` differs from the file name (`id: 2026-groen-dak` in `2026-groene-daken.md`).',
    fix: 'Make them the same.',
  },
  'required-for-status': {
    title: 'Missing for the project’s status',
    summary:
      'A project that is `lopend`, `afgerond` or `gestopt` lacks `projectleider`, `planning.start` or `planning.einde`. (A project `gestopt` before it ever had a planning, or before its planned start (`evaluatie.datum` before `planning.start`), needs none of these: it was stopped in preparation; the same goes for `missing-inhoud`.)',
    fix: 'Fill them in, or set `status: voorbereiding`.',
  },
  'evaluation-required': {
    title: 'The evaluation is missing',
    summary:
      'An `afgerond` or `gestopt` project has no `evaluatie`, no `evaluatie.datum` or no `evaluatie.conclusies`.',
    fix: 'Run `kwp evaluate <id>`, or add them.',
  },
  'date-order': {
    title: 'Dates in the wrong order',
    summary:
      'Dates in the wrong order (`einde` before `start`, `tussentijds` after `einde`; in `werkplaats.md` `tussentijds` before `eerste_opzet`; in a question `gewenst.tot` before `gewenst.van`; in a period of an offer `einde` before `start`, or `intake_tot` after `start`).',
    fix: 'Correct the dates.',
  },
  'evaluation-before-start': {
    title: 'Evaluated before the start',
    summary:
      '`evaluatie.datum` is before `planning.start`. (A `gestopt` project may be stopped before its planned start.)',
    fix: 'Correct one of the two dates.',
  },
  'missing-inhoud': {
    title: 'No content under `## Inhoud`',
    summary:
      'A project (not in `voorbereiding`) has no `## Inhoud` section, or only the template’s `<!-- … -->` hint in it.',
    fix: 'Describe the project’s content in a few sentences under `## Inhoud`.',
  },
  'budget-shortfall': {
    title: 'The costs are not covered',
    summary:
      'The money in `begroting.dekking` is less than the total of `begroting.kosten` (the message names the gap, e.g. `€1,500`; hours do not count as money).',
    fix: 'Add the missing funding, or lower the costs.',
  },
  'students-not-education': {
    title: 'Students at a partner that is not a school',
    summary:
      '`studenten` on a partner whose `groep` is not `onderwijs` (`Gemeente Test` with `groep: overheid` and `studenten: 4`).',
    fix: 'Move the students to the school that sends them.',
  },
  'question-project-required': {
    title: 'A question without its project',
    summary: 'A question with `bron: tijdens-project` or `bron: evaluatie` has no `project`.',
    fix: 'Add `project: <the project id where it arose>`, or set `bron: intake`.',
  },
  'email-in-name': {
    title: "An e-mail address in a person's name",
    summary:
      "A person's `naam` contains an e-mail address (`naam: Femke de Vries f.devries@example.org`), or a name in `team` does. The address then goes wherever the name is shown, public reports included.",
    fix: 'Put the address apart: `naam: Femke de Vries` and `email: f.devries@example.org`.',
  },
  'duplicate-id': {
    title: 'Two files with the same id',
    summary:
      'Two files use the same id (a project and a question both `2026-dubbele-id`); both are reported.',
    fix: 'Give one a new id and rename its file.',
  },
  'unknown-reference': {
    title: 'A reference to an id that does not exist',
    summary:
      'An id in `vervolg_op`, `kennisvragen`, `evaluatie.nieuwe_kennisvragen` or a question’s `project` does not exist, or is the wrong kind (a question listed in `vervolg_op`).',
    fix: 'Correct the id (the message may suggest one), or create the missing file.',
  },
  'self-reference': {
    title: 'A project that follows itself',
    summary: 'A project lists itself in `vervolg_op`.',
    fix: 'Remove it.',
  },
  cycle: {
    title: 'Projects that follow each other in a circle',
    summary:
      'Projects follow each other in a circle (`a` follows `b`, `b` follows `a`); reported once per circle.',
    fix: 'Remove the one link that is wrong.',
  },
  'unknown-vocabulary': {
    title: 'Not in the werkplaats’ lists',
    summary:
      'A `programma`, `thema` or `gebied` that is not in the lists in `werkplaats.md` (`gebied: Rivierewijk`; the message says "Bedoel je "Rivierenwijk"?").',
    fix: 'Use the suggested value, or add the new value to `werkplaats.md`.',
  },
  'taken-up-unlisted': {
    title: 'Taken up, but no project lists it',
    summary: 'A question has `status: opgepakt` but no project lists it in `kennisvragen`.',
    fix: 'Add the question’s id to that project’s `kennisvragen`, or change the status.',
  },
  'unregistered-partner': {
    title: 'A partner that is not in the register',
    summary:
      'A project partner’s `naam`, or an offer’s `instelling`, is not in the partner register (`Bakkerij De Korrel`).',
    fix: 'Correct the spelling, or register it with the command in the message: `kwp new partner --name "Bakkerij De Korrel" --group ondernemers`.',
  },
  'unknown-funder': {
    title: 'A funder that is not a partner',
    summary:
      "A `partner` in `begroting.dekking` is neither a partner of the project nor in the partner register (`Gemeente Den Bosch` beside a registered `Gemeente 's-Hertogenbosch`); the message suggests the closest name.",
    fix: "Write the name as the partners or the register do, or add the funder to the project's `partners` or to the register (`kwp new partner`).",
  },
  'offer-not-education': {
    title: 'An offer from an institution that is not a school',
    summary:
      "An offer's `instelling` is in the partner register with a `groep` other than `onderwijs` (`Gemeente Rivelde` with `groep: overheid`).",
    fix: "Name the school that makes the offer, or correct the partner's `groep` in the register.",
  },
  'offer-period-missed': {
    title: 'A project that occupies no period of its offer',
    summary:
      "A project (not `gestopt`) names an offer in `aanbod`, but its `planning.start` falls in none of that offer's `periodes` (or is missing).",
    fix: 'Choose a `planning.start` within a period of the offer, or remove the offer and choose another.',
  },
  'offer-overbooked': {
    title: 'An over-booked period',
    summary:
      "More projects (not `gestopt`) occupy a period of an offer than the period's `vragen` (default 1); the message names the projects.",
    fix: 'Raise `vragen` if the school can take more questions, or plan one of the projects in another period.',
  },
};
