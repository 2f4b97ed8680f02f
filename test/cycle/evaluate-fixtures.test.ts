// `kwp evaluate` and `--from-question` on files written the way people write them (the edit
// fixtures, placed in a copy of the example knowledge base): a first evaluation adds `evaluatie`,
// evaluating again amends it in place — its comments, quoting, flow or block style, a literal block,
// CRLF and a byte-order mark all stay; only the values that change, change.
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import {
  editFixture,
  kbWith,
  projectPath,
  questionPath,
  readBack,
  replaced,
  text,
  watch,
  write,
} from './helpers.js';

/** Said on stderr when a project in voorbereiding is evaluated without being asked (issue 12). */
const STOPS =
  'Dit project staat in voorbereiding: kwp evaluate zet de status op gestopt (een project dat niet begonnen is, kan niet afgerond zijn).\n';

const evaluate = (root: string, id: string, ...args: string[]) =>
  kwp(['evaluate', '--kb', root, id, '--date', '2026-07-03', ...args]);

/** The fixture placed as project `id`, evaluated with `args`; the file before and after. */
async function evaluated(name: string, id: string, args: string[], stderr = '') {
  const original = editFixture(name);
  const root = kbWith({ [projectPath(id)]: original });
  const result = await evaluate(root, id, ...args);
  expect(result.stderr).toBe(stderr);
  expect(result.code).toBe(0);
  return { root, original, after: text(root, projectPath(id)) };
}

/** `text` with several single occurrences replaced, in order. */
const edits = (text: string, ...pairs: [string, string][]) =>
  pairs.reduce((out, [from, to]) => replaced(out, from, to), text);

describe('a first evaluation: status and a new evaluatie, nothing else', () => {
  it('comments everywhere: the status comment stays, evaluatie comes after the last key', async () => {
    const { after, original } = await evaluated('project-opmerkingen.md', '2026-groene-daken-binnenstad', [
      ...['--conclusion', 'Daken: koeler.', '--new-question', 'Wie onderhoudt?'],
    ]);
    const evaluatie = [
      'evaluatie:',
      '  datum: 2026-07-03',
      '  conclusies:',
      '    - "Daken: koeler."',
      '  leerpunten: []',
      '  verbeterpunten: []',
      '  nieuwe_kennisvragen:',
      '    - wie-onderhoudt',
    ].join('\n');
    expect(after).toBe(
      edits(
        original,
        ['status: lopend  # was', 'status: afgerond  # was'],
        [
          '  # subsidie groene daken\n# Evaluatie volgt',
          `  # subsidie groene daken\n${evaluatie}\n# Evaluatie volgt`,
        ],
      ),
    );
  });

  it('blank status and a blank evaluatie with a comment: both filled in, the comment kept', async () => {
    const { after, original } = await evaluated('project-leeg.md', '2027-koele-routes-rivierenwijk', [
      '--conclusion',
      'Niets.',
    ]);
    const body = ['  datum: 2026-07-03', '  conclusies:', '    - Niets.', '  leerpunten: []'];
    expect(after).toBe(
      edits(
        original,
        ['\nstatus:\n', '\nstatus: afgerond\n'],
        [
          'evaluatie:   # fase 4, na afronding\n',
          `evaluatie:   # fase 4, na afronding\n${[...body, '  verbeterpunten: []', '  nieuwe_kennisvragen: []'].join('\n')}\n`,
        ],
      ),
    );
  });
});

describe('evaluating again (--yes): the evaluation amended in place', () => {
  it('CRLF, comments inside the evaluation, a flow list and a quoted item: all kept', async () => {
    const { root, after, original } = await evaluated('project-crlf.md', '2025-taalcafe-zandveld', [
      ...['--conclusion', 'Nieuw.', '--lesson', 'Les.', '--new-question', 'Nieuwe vraag?', '--yes'],
    ]);
    expect(after).toBe(
      edits(
        original,
        ['status: "lopend"\r\n', 'status: "afgerond"\r\n'],
        ['  datum: 2025-12-22\r\n', '  datum: 2026-07-03\r\n'],
        [
          '    - "Vaste tijden: belangrijker dan een vaste plek."\r\n',
          '    - "Vaste tijden: belangrijker dan een vaste plek."\r\n    - Nieuw.\r\n',
        ],
        [
          "  leerpunten: ['studenten als gastvrouw werkt']\r\n",
          "  leerpunten: ['studenten als gastvrouw werkt', Les.]\r\n",
        ],
        [
          '    - taal-en-geldzaken  # opgepakt in 2026\r\n',
          '    - taal-en-geldzaken  # opgepakt in 2026\r\n    - nieuwe-vraag\r\n',
        ],
      ),
    );
    expect(readBack(root, questionPath('nieuwe-vraag')).data).toMatchObject({
      project: '2025-taalcafe-zandveld',
    });
  });

  it('a byte-order mark, CRLF and an evaluation in one flow mapping with a comment', async () => {
    const { after, original } = await evaluated(
      'project-bom-crlf.md',
      '2026-energiecoaches-molenbeek',
      [
        ...[
          '--conclusion',
          'Gestopt: geen coaches.',
          '--lesson',
          'Eerst werven.',
          '--yes',
          '--date',
          '2026-03-05',
        ],
      ],
      STOPS,
    );
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after).toBe(
      edits(
        original,
        ["status: 'voorbereiding'   # kick-off", "status: 'gestopt'   # kick-off"],
        [
          'evaluatie: {datum: 2026-01-10, conclusies: [nog niets], leerpunten: [], verbeterpunten: [], nieuwe_kennisvragen: []}   # concept\r\n',
          'evaluatie: {datum: 2026-03-05, conclusies: [nog niets, "Gestopt: geen coaches."], leerpunten: [Eerst werven.], verbeterpunten: [], nieuwe_kennisvragen: []}   # concept\r\n',
        ],
      ),
    );
  });

  it('four-space indentation, a literal block and a commented-out item: all kept', async () => {
    const { after, original } = await evaluated(
      'project-vier-spaties.md',
      '2025-armoede-signalering-zandveld',
      [...['--conclusion', 'Nieuw.', '--lesson', 'Les.', '--yes', '--date', '2026-03-05']],
    );
    expect(after).toBe(
      edits(
        original,
        ['\nstatus: lopend\n', '\nstatus: afgerond\n'],
        ['    datum: 2026-02-10\n', '    datum: 2026-03-05\n'],
        [
          '    - Een vast overleg per maand werkt beter dan een app.\n',
          '    - Een vast overleg per maand werkt beter dan een app.\n    - Nieuw.\n',
        ],
        ['      dan pas de werkwijze.\n', '      dan pas de werkwijze.\n    - Les.\n'],
      ),
    );
  });

  it('interactively letting the earlier conclusions go replaces only that list', async () => {
    const id = '2025-taalcafe-zandveld';
    const original = editFixture('project-crlf.md');
    const root = kbWith({ [projectPath(id)]: original });
    // conclusions: let go, one new; lessons: keep, none; improvements: none; no question; date; status; save.
    const answers: Answer[] = [
      false,
      'Alleen dit.',
      '',
      true,
      '',
      '',
      '',
      '2026-07-03',
      { choose: 'Afgerond' },
      true,
    ];
    const { code } = await kwp(['evaluate', '--kb', root, id], { prompter: fakePrompter(answers) });
    expect(code).toBe(0);
    const conclusies = [
      '  conclusies:\r\n',
      '    - Bewoners komen vooral voor elkaar.\r\n',
      '    # - De koffie hielp ook  (geschrapt na overleg)\r\n',
      '    - "Vaste tijden: belangrijker dan een vaste plek."\r\n',
    ].join('');
    expect(text(root, projectPath(id))).toBe(
      edits(
        original,
        ['status: "lopend"\r\n', 'status: "afgerond"\r\n'],
        ['  datum: 2025-12-22\r\n', '  datum: 2026-07-03\r\n'],
        [conclusies, '  conclusies:\r\n    - Alleen dit.\r\n'],
      ),
    );
  });
});

describe('an evaluation kwp cannot amend safely', () => {
  it('conclusies written as one text, not a list: refused, nothing changed, nothing lost', async () => {
    const id = '2024-taalcafe-zandveld';
    const root = kbWith();
    const first =
      '    - Het taalcafé trok 23 deelnemers, van wie 17 nooit in de bibliotheek waren geweest.\n';
    write(
      root,
      projectPath(id),
      replaced(text(root, projectPath(id)), `  conclusies:\n${first}`, '  conclusies: Veel.\n'),
    );
    const files = watch(root);
    const result = await evaluate(root, id, '--conclusion', 'x', '--new-question', 'Weg?', '--yes');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`kwp past ${projectPath(id)}:34:`);
    expect(result.stderr).toContain('(evaluatie.conclusies)');
    files.unchanged();
  });
});

describe('--from-question on a question file with a byte-order mark and CRLF', () => {
  it('only the status value changes; the BOM, the line ends and the comment stay', async () => {
    const q = 'koele-looproutes-ouderen';
    const original = `\uFEFF${editFixture('vraag.md').replaceAll('\n', '\r\n')}`;
    const root = kbWith({ [questionPath(q)]: original });
    const { code, stderr } = await kwp([
      ...['new', 'project', '--kb', root, '--title', 'Koele routes', '--programme', 'CDKM Rivelde'],
      ...['--contact', 'Ahmed Yilmaz <a.yilmaz@example.org>', '--from-question', q],
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(text(root, questionPath(q))).toBe(
      replaced(original, 'status: open   # ingediend', 'status: opgepakt   # ingediend'),
    );
  });
});
