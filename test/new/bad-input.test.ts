// Bad input to `kwp new project`, each case a test: hostile titles always give one valid file inside
// knowledge/projecten/ with the title read back unchanged; bad flags give exit 2, a message that
// says what to do, and no change anywhere.
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import { changes, exampleKb, expectValid, newProject, P, readBack, snapshot } from './helpers.js';

const TITLES: [string, string][] = [
  ['only punctuation', '?!.,;:()-–'],
  ['500 characters long', `${'Groen '.repeat(83)}ok`],
  ['newlines', 'Eerste regel\nTweede regel\n\nDerde'],
  ['carriage returns and tabs', 'Windows\r\nregel\tmet tab'],
  ['double and single quotes', `Het "grote" en 't 'kleine' project`],
  ['colons', 'Titel: ondertitel: nog een:'],
  ['a leading #', '# Geen kop'],
  ['a # after a space', 'Project #2 in de wijk'],
  ['only ---', '---'],
  ['a fence and keys', '---\nid: gekaapt\nstatus: afgerond\n---'],
  ['emoji', 'Groene pleinen 🌳🏫 en 👩‍🎓'],
  ['right-to-left text', 'مشروع الحي الأخضر'],
  ['a bidirectional override', 'abc\u202edef\u2066ghi'],
  ['a slash', 'Wonen/werken in de wijk'],
  ['a path out of the folder', '../../../etc/passwd'],
  ['backslashes', 'C:\\Windows\\system32\\..\\kwp'],
  ['only ..', '..'],
  ['YAML words', 'true'],
  ['a date', '2026-01-01'],
  ['a number', '0123'],
  ['flow characters', '[lijst], {map}: &anker *alias !tag'],
  ['a placeholder', '{{id}} {{titel}}'],
  ['spaces around it', '  ruimte eromheen  '],
];

describe('hostile titles', () => {
  it.each(TITLES)(
    'a title with %s: one valid file in projecten/, the title read back the same',
    async (_, title) => {
      const root = exampleKb();
      const before = snapshot(root);
      const { code, stdout, stderr } = await kwp(newProject(root, title, ['--json']));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const { id, path } = JSON.parse(stdout) as { id: string; path: string };
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.length).toBeGreaterThanOrEqual(3);
      expect(id.length).toBeLessThanOrEqual(80);
      expect(path).toBe(`${P}/${id}.md`);
      // Nothing else anywhere changed: one new file, in the projects folder.
      expect(changes(before, snapshot(root))).toEqual({ added: [path], removed: [], changed: [] });
      const { data } = readBack(root, path);
      expect(data['titel']).toBe(title);
      expect(data['id']).toBe(id);
      expect(data['status']).toBe('voorbereiding');
      await expectValid(root);
    },
  );

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only a newline', '\r\n'],
  ])('an %s title: exit 2 naming --title, nothing written', async (_, title) => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stdout, stderr } = await kwp(newProject(root, title));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--title');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('bad flags: exit 2, a clear message, nothing written', () => {
  const refused = async (extra: string[], ...expected: (string | RegExp)[]) => {
    const root = exampleKb();
    const before = snapshot(root);
    const { code, stdout, stderr } = await kwp(newProject(root, 'Goed project', extra));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    for (const e of expected) expect(stderr).toMatch(e);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(root)).toEqual(before);
    return stderr;
  };

  it('an unknown --follows id, with the closest id suggested', async () => {
    await refused(
      ['--follows', '2024-hittekaart-rivierenwjik'],
      '--follows',
      'Bedoel je "2024-hittekaart-rivierenwijk"?',
    );
    await refused(['--follows', 'hittekaart'], 'Bedoel je "2024-hittekaart-rivierenwijk"?');
  });

  it('a --follows id that is a question or a partner, not a project', async () => {
    await refused(['--follows', 'koele-looproutes-ouderen'], /koele-looproutes-ouderen.*geen project/);
    await refused(['--follows', 'roc-rivelde'], /roc-rivelde.*partner, geen project/);
  });

  it.each(['2026-02-30', '2026-13-01', '2025-02-29', '26-01-01', 'morgen', '2026-1-5'])(
    'an impossible --start date: %s',
    async (date) => {
      await refused(['--start', date], '--start', date);
    },
  );

  it('an impossible --end date, and --end before --start', async () => {
    await refused(['--end', '2026-04-31'], '--end');
    await refused(['--start', '2026-05-01', '--end', '2026-04-30'], /2026-04-30.*2026-05-01/);
  });

  it('a --programme outside the werkplaats list: the allowed values, and the closest', async () => {
    await refused(
      ['--programme', 'Leren met de stad'],
      'Leren met de Stad, CDKM Rivelde',
      'Bedoel je "Leren met de Stad"?',
    );
  });

  it('a --theme outside the werkplaats list: the allowed values', async () => {
    await refused(
      ['--theme', 'armoede', '--theme', 'klimaat'],
      '"klimaat"',
      'duurzaamheid, positieve gezondheid',
    );
  });

  it('an --area outside the werkplaats list: the allowed values', async () => {
    await refused(['--area', 'Atlantis'], 'Binnenstad, Havenkwartier, Rivierenwijk, Zandveld');
  });

  it('a status a new project cannot have', async () => {
    await refused(['--status', 'afgerond'], /voorbereiding.*lopend/);
  });

  it('a person that is not "Naam <email>"', async () => {
    await refused(['--lead', 'Femke <niet-een-adres>'], '--lead');
  });

  it('every problem at once, each on its own line', async () => {
    const stderr = await refused(
      ['--area', 'Atlantis', '--start', '2026-02-30', '--follows', 'bestaat-niet'],
      '--area',
      '--start',
      '--follows',
    );
    expect(stderr.trim().split('\n')).toHaveLength(3);
  });
});

describe('missing required values without a terminal', () => {
  const missing = async (args: string[], tty = false) => {
    const root = exampleKb();
    const before = snapshot(root);
    const result = await kwp(['new', 'project', '--kb', root, ...args], { tty });
    expect(result.code).toBe(2);
    expect(snapshot(root)).toEqual(before);
    return result.stderr;
  };

  it('names each missing flag', async () => {
    const stderr = await missing([]);
    for (const flag of ['--title', '--programme', '--question', '--contact']) expect(stderr).toContain(flag);
    expect(stderr).not.toContain('--lead');
  });

  it('for --status lopend also --lead, --start, --end and --content', async () => {
    const stderr = await missing(['--status', 'lopend', '--title', 'Lopend']);
    for (const flag of ['--programme', '--question', '--contact', '--lead', '--start', '--end', '--content'])
      expect(stderr).toContain(flag);
    expect(stderr).not.toContain('--title');
  });

  it('with --yes in a terminal too: no questions, the missing flags named', async () => {
    const stderr = await missing(['--yes', '--title', 'Met yes'], true);
    expect(stderr).toContain('--programme');
  });

  it('the project written once the values are there validates, as lopend too', async () => {
    const root = exampleKb();
    const { code } = await kwp(
      newProject(root, 'Nu compleet', [
        ...['--status', 'lopend', '--lead', 'Femke de Vries', '--start', '2026-09-01'],
        ...['--end', '2026-09-01', '--content', 'Een dag in de wijk.'],
      ]),
    );
    expect(code).toBe(0);
    await expectValid(root);
  });
});
