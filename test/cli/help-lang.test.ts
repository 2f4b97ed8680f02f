// Dutch all the way: the help of every command (commander's own words included) and commander's own
// errors are Dutch by default and English with --lang en, with no word of the other language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { en } from '../../src/messages/en.js';
import { nl } from '../../src/messages/nl.js';
import { kwp, kwpProcess, makeKb, project, quietIo, REPO, type RunResult } from '../helpers/kb.js';

/** Every command as typed after `kwp`: [], ['validate'], …, ['new', 'project']. */
function commandPaths(): string[][] {
  const io = quietIo();

  const program = buildProgram(io, 'nl', 'test', () => {});
  const paths: string[][] = [];
  const walk = (cmd: Command, path: string[]) => {
    paths.push(path);
    for (const sub of cmd.commands) walk(sub, [...path, sub.name()]);
  };
  walk(program, []);
  return paths;
}

/** The value names (`<titel>` / `<title>`) that differ between the languages, as each writes them. */
const valueNames = (texts: Record<string, string>, other: Record<string, string>) =>
  Object.keys(texts)
    .filter((id) => id.startsWith('help.value.') && texts[id] !== other[id])
    .map((id) => texts[id]!);

const ENGLISH_WORDS =
  /\b(Usage|Options|Commands|Arguments|default|choices|preset|display help|for command)\b|\[options\]|\[command\]|error:/;
const DUTCH_WORDS =
  /\b(Gebruik|Opties|Opdrachten|Argumenten|standaard|keuze uit|Voorbeelden)\b|\[opties\]|\[opdracht\]/;

/** Each `<name>`, `[name]` or `[name...]` term in a help text. */
const terms = (text: string) =>
  [...text.matchAll(/[<[]([\w=-]+)(?:\.\.\.)?[>\]]/g)].flatMap((m) => m[1]!.split('='));

const paths = commandPaths();

describe('help, every command', () => {
  it('walks the whole command tree, the new subcommands included', () => {
    const shown = paths.map((p) => p.join(' '));
    for (const name of ['', 'validate', 'list', 'schema', 'init', 'new', 'new project', 'new partner'])
      expect(shown).toContain(name);
  });

  it.each(paths.map((p) => [p.join(' ') || '(kwp)', p]))(
    'kwp %s --help is Dutch, with no English word of commander',
    async (_name, path) => {
      const { code, stdout } = await kwp([...(path as string[]), '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Gebruik: kwp/);
      expect(stdout).not.toMatch(ENGLISH_WORDS);
      const english = valueNames(en, nl);
      expect(terms(stdout).filter((term) => english.includes(term))).toEqual([]);
    },
  );

  it.each(paths.map((p) => [p.join(' ') || '(kwp)', p]))(
    'kwp %s --help --lang en is English, with no Dutch word of the help',
    async (_name, path) => {
      const { code, stdout } = await kwp([...(path as string[]), '--help', '--lang', 'en']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: kwp/);
      expect(stdout).not.toMatch(DUTCH_WORDS);
      const dutch = valueNames(nl, en);
      expect(terms(stdout).filter((term) => dutch.includes(term))).toEqual([]);
    },
  );

  it('kwp help <command> is the same help, in the same language', async () => {
    expect((await kwp(['help', 'list'])).stdout).toBe((await kwp(['list', '--help'])).stdout);
    const english = await kwp(['help', 'new', '--lang', 'en']);
    expect(english.stdout).toMatch(/^Usage: kwp new \[options\] \[command\]/);
  });

  it('says a default once, as "(standaard: …)", and names values in Dutch', async () => {
    const { stdout } = await kwp(['new', 'project', '--help']);
    const status = stdout.slice(stdout.indexOf('--status'), stdout.indexOf('-h, --help'));
    expect(status.match(/standaard/g)).toHaveLength(1);
    expect(status.replace(/\s+/g, ' ')).toContain('(standaard: voorbereiding)');
    expect(stdout).toContain('--title <titel>');
    expect(stdout).toContain('--lead <persoon>');
    expect(stdout).toContain('Gebruik: kwp new project [opties]');
    const english = (await kwp(['new', 'project', '--help', '--lang', 'en'])).stdout;
    expect(english.replace(/\s+/g, ' ')).toContain('(default: voorbereiding)');
    expect(english).toContain('--title <title>');
    const top = (await kwp(['--help'])).stdout;
    expect(top).toContain('Opdrachten:');
    expect(top).toContain('validate [opties] [paden...]');
    expect(top).toMatch(/help \[opdracht\]\s+toon hulp bij een opdracht/);
  });

  it('is Dutch from the real binary too, and English with KWP_LANG=EN', () => {
    expect(kwpProcess(['list', '--help']).stdout).toMatch(/^Gebruik: kwp list \[opties\] \[soort\]/);
    expect(kwpProcess(['list', '--help'], { env: { KWP_LANG: 'EN' } }).stdout).toMatch(
      /^Usage: kwp list \[options\] \[kind\]/,
    );
  });
});

describe("commander's own errors", () => {
  const usageError = (result: RunResult, command: string) => {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${command} --help`);
    expect(result.stderr).not.toMatch(ENGLISH_WORDS);
    // one message and the pointer, not the whole help
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
  };

  it('an unknown option: Dutch, exit 2, with the closest option and a pointer to the help', async () => {
    const result = await kwp(['list', '--jsn', '--kb', makeKb()]);
    usageError(result, 'kwp list');
    expect(result.stderr).toContain('--jsn');
    expect(result.stderr).toContain('Bedoel je "--json"?');
  });

  it('a missing argument, a flag without its value, too many arguments, an unknown command', async () => {
    const missing = await kwp(['show']);
    usageError(missing, 'kwp show');
    expect(missing.stderr).toContain('<id>');
    const noValue = await kwp(['new', 'project', '--title']);
    usageError(noValue, 'kwp new project');
    expect(noValue.stderr).toContain('--title <titel>');
    const many = await kwp(['show', 'a', 'b', 'c']);
    usageError(many, 'kwp show');
    expect(many.stderr).toContain('"b", "c"');
    const unknown = await kwp(['new', 'projcet']);
    usageError(unknown, 'kwp new');
    expect(unknown.stderr).toContain('Bedoel je "project"?');
    const top = await kwp(['valdate']);
    usageError(top, 'kwp');
    expect(top.stderr).toContain('Bedoel je "validate"?');
  });

  it('in English with --lang en', async () => {
    const result = await kwp(['list', '--bogus', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kwp list has no option --bogus');
    expect(result.stderr).toContain('See kwp list --help.');
    expect(result.stderr).not.toMatch(DUTCH_WORDS);
    expect((await kwp(['show', '--lang', 'en'])).stderr).toContain('kwp show needs <id>');
  });

  it('from the real binary: exit 2 and no English', () => {
    const { code, stderr } = kwpProcess(['list', '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain('kwp list kent de optie --bogus niet');
    expect(stderr).not.toMatch(ENGLISH_WORDS);
  });
});

describe('--lang and KWP_LANG', () => {
  const broken = () =>
    makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a', 'vervolg_op: [2026-b]\n') });

  it.each([['EN'], ['en-GB'], ['En_us.UTF-8']])('--lang %s is English', async (value) => {
    const root = broken();
    expect((await kwp(['validate', '--kb', root, '--lang', value])).stdout).toContain('files checked');
    expect((await kwp(['validate', '--kb', root, `--lang=${value}`])).stdout).toContain('files checked');
  });

  it.each([['EN'], ['en_US.UTF-8'], ['en-GB']])('KWP_LANG=%s is English', async (value) => {
    const result = await kwp(['validate', '--kb', broken()], { env: { KWP_LANG: value } });
    expect(result.stdout).toContain('files checked');
    expect(result.stderr).toBe('');
  });

  it('NL and nl_NL.UTF-8 are Dutch', async () => {
    const root = broken();
    expect((await kwp(['validate', '--kb', root, '--lang', 'NL'])).stdout).toContain('gecontroleerd');
    const env = await kwp(['validate', '--kb', root], { env: { KWP_LANG: 'nl_NL.UTF-8' } });
    expect(env.stdout).toContain('gecontroleerd');
    expect(env.stderr).toBe('');
  });

  it('refuses --lang fr with exit 2, in Dutch, naming nl and en, even with --help', async () => {
    for (const args of [
      ['validate', '--kb', broken(), '--lang', 'fr'],
      ['--lang', 'fr', '--help'],
      ['--lang=de'],
    ]) {
      const { code, stdout, stderr } = await kwp(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Onbekende taal');
      expect(stderr).toContain('nl (Nederlands) en en (Engels)');
    }
  });

  it('warns about an unknown KWP_LANG on stderr and speaks Dutch', async () => {
    const { code, stdout, stderr } = await kwp(['validate', '--kb', broken()], { env: { KWP_LANG: 'fr' } });
    expect(code).toBe(1);
    expect(stdout).toContain('gecontroleerd');
    expect(stderr).toContain('KWP_LANG="fr"');
    expect(stderr).toContain('Nederlands');
    // --lang given: KWP_LANG does not matter, so no warning
    const flag = await kwp(['validate', '--kb', broken(), '--lang', 'en'], { env: { KWP_LANG: 'fr' } });
    expect(flag.stderr).toBe('');
  });

  it('the real binary reads them the same way', () => {
    const root = broken();
    expect(kwpProcess(['validate', '--kb', root, '--lang', 'EN']).stdout).toContain('files checked');
    expect(kwpProcess(['validate', '--kb', root], { env: { KWP_LANG: 'en_US.UTF-8' } }).stdout).toContain(
      'files checked',
    );
    const bad = kwpProcess(['validate', '--kb', root, '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Onbekende taal');
  });
});

describe('the README', () => {
  it('shows a mistyped option as kwp says it', async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    // The example sits in a list item: indented by two spaces.
    const block = /\n {2}```text\n {2}\$ kwp list --jsn\n([\s\S]*?) {2}```/.exec(readme);
    expect(block).not.toBeNull();
    const shown = block![1]!.replace(/^ {2}/gm, '');
    expect((await kwp(['list', '--jsn'])).stderr).toBe(shown);
  });
});
