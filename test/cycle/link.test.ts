// `kwp link <id> --follows <earlier-id>` on files written the way people write them (the edit
// fixtures, placed as projects in a copy of the example knowledge base): only the vervolg_op lines
// change, every other byte stays. And what it refuses, writing nothing at all.
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import {
  brokenProject,
  cycleFixture,
  editFixture,
  kbWith,
  projectPath,
  replaced,
  text,
  watch,
} from './helpers.js';

const link = (root: string, id: string, ...earlier: string[]) =>
  kwp(['link', '--kb', root, id, ...earlier.flatMap((e) => ['--follows', e])]);

describe('kwp link: adds the link, every other byte stays', () => {
  it('a block list with comments: the whole file as expected, the new id after the last item', async () => {
    const id = '2026-groene-daken-binnenstad';
    const root = kbWith({ [projectPath(id)]: editFixture('project-opmerkingen.md') });
    const files = watch(root);
    const { code, stdout, stderr } = await link(root, id, '2024-taalcafe-zandveld');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${id} volgt nu op 2024-taalcafe-zandveld (${projectPath(id)}).\n`);
    expect(text(root, projectPath(id))).toBe(cycleFixture('link-opmerkingen.expected.md'));
    expect(files.changed()).toEqual({ added: [], removed: [], changed: [projectPath(id)] });
    // The link is seen from the other side, derived: "vervolgd door".
    const show = await kwp(['show', '--kb', root, '2024-taalcafe-zandveld', '--json']);
    expect(JSON.parse(show.stdout).vervolgd_door).toContain(id);
  });

  // [fixture, id in the example kb, earlier ids, the one piece of the file that changes, into what]
  const cases: [string, string, string, string[], [string, string][], string, string][] = [
    [
      'a flow list, CRLF line ends',
      'project-crlf.md',
      '2025-taalcafe-zandveld',
      ['2024-hittekaart-rivierenwijk'],
      [],
      'vervolg_op: [ 2024-taalcafe-zandveld, 2024-eenzaamheid-ouderen-oosterpark ]\r\n',
      'vervolg_op: [ 2024-taalcafe-zandveld, 2024-eenzaamheid-ouderen-oosterpark, 2024-hittekaart-rivierenwijk ]\r\n',
    ],
    [
      'a flow list over several lines, with a comment inside',
      'project-raar.md',
      '2026-raar-geschreven',
      ['2025-deelmobiliteit-binnenstad'],
      [
        ['  2024-a,   # eerste\n', '  2024-taalcafe-zandveld,   # eerste\n'],
        ['  2024-b\n]', '  2024-hittekaart-rivierenwijk\n]'],
      ],
      '  2024-hittekaart-rivierenwijk\n]',
      '  2024-hittekaart-rivierenwijk,\n  2025-deelmobiliteit-binnenstad\n]',
    ],
    [
      'a blank key followed by a commented key',
      'project-leeg.md',
      '2027-koele-routes-rivierenwijk',
      ['2025-groene-schoolpleinen-rivierenwijk'],
      [],
      '\nvervolg_op:\n',
      '\nvervolg_op: [2025-groene-schoolpleinen-rivierenwijk]\n',
    ],
    [
      'a blank key, in a file with a byte-order mark and CRLF',
      'project-bom-crlf.md',
      '2026-energiecoaches-molenbeek',
      ['2024-hittekaart-rivierenwijk'],
      [],
      '\r\nvervolg_op:\r\n',
      '\r\nvervolg_op: [2024-hittekaart-rivierenwijk]\r\n',
    ],
    [
      'a block list indented by zero, two ids at once',
      'project-vier-spaties.md',
      '2025-armoede-signalering-zandveld',
      ['2024-hittekaart-rivierenwijk', '2024-eenzaamheid-ouderen-oosterpark'],
      [],
      'vervolg_op:\n- 2024-taalcafe-zandveld\n',
      'vervolg_op:\n- 2024-taalcafe-zandveld\n- 2024-hittekaart-rivierenwijk\n- 2024-eenzaamheid-ouderen-oosterpark\n',
    ],
  ];

  it.each(cases)('%s: only the vervolg_op lines differ', async (_, name, id, earlier, ids, from, to) => {
    const original = editFixture(name, ...ids);
    const root = kbWith({ [projectPath(id)]: original });
    const files = watch(root);
    const { code, stderr } = await link(root, id, ...earlier);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const after = text(root, projectPath(id));
    expect(after).toBe(replaced(original, from, to));
    if (original.startsWith('\uFEFF')) expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(files.changed()).toEqual({ added: [], removed: [], changed: [projectPath(id)] });
  });

  it('an absent key: one new line at the end of the frontmatter, nothing else', async () => {
    const root = kbWith();
    const id = '2026-jongeren-en-werk-havenkwartier';
    const original = text(root, projectPath(id));
    const { code } = await link(root, id, '2025-deelmobiliteit-binnenstad');
    expect(code).toBe(0);
    expect(text(root, projectPath(id))).toBe(
      replaced(
        original,
        'Datalinde}\n---\n',
        'Datalinde}\nvervolg_op: [2025-deelmobiliteit-binnenstad]\n---\n',
      ),
    );
  });

  it('an existing link: exit 0, says so, nothing changed', async () => {
    const root = kbWith();
    const files = watch(root);
    const result = await link(root, '2026-geldzaken-en-taal-zandveld', '2024-taalcafe-zandveld');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('volgt al op 2024-taalcafe-zandveld; er is niets veranderd');
    files.unchanged();
  });
});

describe('kwp link: refusals write nothing (the whole tree byte for byte)', () => {
  const refused = async (args: string[], ...expected: string[]) => {
    const root = kbWith({ [projectPath('2026-kapot-project')]: brokenProject('2026-kapot-project') });
    const files = watch(root);
    const { code, stdout, stderr } = await kwp(['link', '--kb', root, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    for (const e of expected) expect(stderr).toContain(e);
    expect(stderr).not.toMatch(/\n\s+at /);
    files.unchanged();
  };

  it('a link to itself', () =>
    refused(
      ['2026-samen-online-oosterpark', '--follows', '2026-samen-online-oosterpark'],
      'niet op zichzelf volgen (2026-samen-online-oosterpark)',
    ));

  it('an unknown earlier id: the closest id suggested', () =>
    refused(
      ['2026-samen-online-oosterpark', '--follows', '2024-taalcafe-zandvld'],
      '--follows: er is geen project "2024-taalcafe-zandvld"',
      'Bedoel je "2024-taalcafe-zandveld"?',
    ));

  it('an unknown project to link: the closest id suggested', () =>
    refused(
      ['2026-samen-onlin-oosterpark', '--follows', '2024-taalcafe-zandveld'],
      'Er is geen project "2026-samen-onlin-oosterpark"',
      'Bedoel je "2026-samen-online-oosterpark"?',
    ));

  it('a question id: the wrong kind', () =>
    refused(
      ['2026-samen-online-oosterpark', '--follows', 'taal-en-geldzaken'],
      '"taal-en-geldzaken" is een kennisvraag, geen project',
    ));

  it('a link that would close a cycle of two: the cycle shown', () =>
    refused(
      ['2024-taalcafe-zandveld', '--follows', '2026-geldzaken-en-taal-zandveld'],
      'kring maken: 2024-taalcafe-zandveld → 2026-geldzaken-en-taal-zandveld → 2024-taalcafe-zandveld',
    ));

  it('a link that would close a longer cycle: the whole cycle shown', () =>
    refused(
      ['2024-hittekaart-rivierenwijk', '--follows', '2026-onderhoud-schoolpleinen-door-buurt'],
      '2024-hittekaart-rivierenwijk → 2026-onderhoud-schoolpleinen-door-buurt → ' +
        '2025-groene-schoolpleinen-rivierenwijk → 2024-hittekaart-rivierenwijk',
    ));

  it('one bad id among good ones: none of them is added', () =>
    refused(
      ['2026-samen-online-oosterpark', '--follows', '2024-taalcafe-zandveld', '--follows', 'nergens'],
      'er is geen project "nergens"',
    ));

  it('no --follows at all', () => refused(['2026-samen-online-oosterpark'], '--follows'));

  it('a file whose YAML is broken: exit 2, untouched, the problem shown', () =>
    refused(
      ['2026-kapot-project', '--follows', '2024-taalcafe-zandveld'],
      `kwp: Kan ${projectPath('2026-kapot-project')}:3:`,
      'wordt niet met ] gesloten',
      'Er is niets veranderd',
    ));
});
