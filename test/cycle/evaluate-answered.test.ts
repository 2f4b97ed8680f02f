// `kwp evaluate` closes the questions the project answered (issue 14): `--answered <q>` (repeatable)
// and the prompts set `status: beantwoord` in each question the project took up (`kennisvragen`), in
// the same all-or-nothing step as the evaluation; only that one line of the question file changes.
// Ids that are not registered questions, or not taken up by this project, are refused, nothing written.
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import {
  commitAll,
  commitCount,
  expectValid,
  gitStatus,
  kbWith,
  lastCommit,
  projectPath,
  questionPath,
  readBack,
  replaced,
  text,
  useGitIdentity,
  watch,
  write,
} from './helpers.js';

useGitIdentity();

const RUNNING = '2026-geldzaken-en-taal-zandveld';
const QUESTION = 'taal-en-geldzaken';
const BASE = ['--conclusion', 'Het spreekuur werkt.', '--date', '2026-11-20'];
const evaluate = (root: string, id: string, ...args: string[]) =>
  kwp(['evaluate', '--kb', root, id, ...BASE, ...args]);

/** A second question taken up by the running project, in a list written over two lines. */
const SECOND = 'brieven-in-eenvoudige-taal';
const SECOND_TEXT = [
  '---',
  `id: ${SECOND}`,
  'vraag: Welke brieven kunnen in eenvoudige taal?',
  '# een opmerking die blijft',
  "status: 'opgepakt'",
  'bron: intake',
  'ingediend: 2026-01-05',
  '---',
  '',
  'Tekst die blijft.',
  '',
].join('\n');

function withTwoQuestions(): string {
  const root = kbWith({ [questionPath(SECOND)]: SECOND_TEXT });
  const path = projectPath(RUNNING);
  write(
    root,
    path,
    replaced(text(root, path), `kennisvragen: [${QUESTION}]`, `kennisvragen: [${QUESTION}, ${SECOND}]`),
  );
  return root;
}

describe('kwp evaluate --answered', () => {
  it('sets status beantwoord in the question, changing only that line, and all stays valid', async () => {
    const root = kbWith();
    const before = text(root, questionPath(QUESTION));
    const files = watch(root);
    const { code, stdout, stderr } = await evaluate(root, RUNNING, '--answered', QUESTION);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${projectPath(RUNNING)}\n${questionPath(QUESTION)}\n`);
    expect(text(root, questionPath(QUESTION))).toBe(
      replaced(before, '\nstatus: opgepakt\n', '\nstatus: beantwoord\n'),
    );
    expect(files.changed()).toEqual({
      added: [],
      removed: [],
      changed: [projectPath(RUNNING), questionPath(QUESTION)].sort(),
    });
    await expectValid(root);
  });

  it('is repeatable; a quoted status and the comments and body around it stay as they were', async () => {
    const root = withTwoQuestions();
    const first = text(root, questionPath(QUESTION));
    const { code, stdout } = await evaluate(root, RUNNING, '--answered', SECOND, '--answered', QUESTION);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').slice(1).sort()).toEqual(
      [questionPath(QUESTION), questionPath(SECOND)].sort(),
    );
    expect(text(root, questionPath(SECOND))).toBe(
      replaced(SECOND_TEXT, "status: 'opgepakt'", "status: 'beantwoord'"),
    );
    expect(text(root, questionPath(QUESTION))).toBe(
      replaced(first, 'status: opgepakt', 'status: beantwoord'),
    );
    await expectValid(root);
  });

  it('a question answered already stays byte for byte as it was', async () => {
    const root = kbWith();
    const id = '2025-digitale-buurtkamer-oosterpark';
    const question = questionPath('digitale-vaardigheden-ouderen');
    const before = text(root, question);
    expect(before).toContain('\nstatus: beantwoord\n');
    const { code, stdout } = await evaluate(root, id, '--yes', '--answered', 'digitale-vaardigheden-ouderen');
    expect(code).toBe(0);
    expect(stdout).toBe(`${projectPath(id)}\n`);
    expect(text(root, question)).toBe(before);
  });

  it('without --answered no question changes', async () => {
    const root = kbWith();
    const before = text(root, questionPath(QUESTION));
    const { code, stdout } = await evaluate(root, RUNNING);
    expect(code).toBe(0);
    expect(stdout).toBe(`${projectPath(RUNNING)}\n`);
    expect(text(root, questionPath(QUESTION))).toBe(before);
  });

  it('--commit makes one commit with the project and the answered question (and a new question)', async () => {
    const root = commitAll(kbWith());
    const { code, stderr } = await evaluate(
      root,
      RUNNING,
      '--answered',
      QUESTION,
      '--new-question',
      'Wie neemt het over?',
      '--commit',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(commitCount(root)).toBe(2);
    expect(lastCommit(root)).toEqual({
      message: `kwp evaluate: ${RUNNING} afgerond\n\n- ${questionPath('wie-neemt-het-over')}\n- ${questionPath(QUESTION)}`,
      files: [projectPath(RUNNING), questionPath('wie-neemt-het-over'), questionPath(QUESTION)].sort(),
    });
    expect(gitStatus(root)).toBe('');
  });

  it.each([
    ['a question that does not exist', 'taal-en-geldzake', 'er is geen kennisvraag "taal-en-geldzake"'],
    ['a project id', '2024-taalcafe-zandveld', 'er is geen kennisvraag "2024-taalcafe-zandveld"'],
    [
      'a question another project took up',
      'energiearmoede-huurders-molenbeek',
      `staat niet in de kennisvragen van ${RUNNING} (die zijn: ${QUESTION})`,
    ],
  ])('refuses %s: exit 2, nothing written', async (_, id, message) => {
    const root = kbWith();
    const files = watch(root);
    const { code, stdout, stderr } = await evaluate(root, RUNNING, '--answered', QUESTION, '--answered', id);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Er is niets veranderd.');
    files.unchanged();
  });

  it('names the closest question for a typo, and speaks English with --lang en', async () => {
    const root = kbWith();
    const { code, stderr } = await kwp([
      'evaluate',
      '--kb',
      root,
      RUNNING,
      ...BASE,
      '--answered',
      'taal-en-geldzake',
      '--lang',
      'en',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('--answered: there is no question "taal-en-geldzake". Nothing was changed.');
    expect(stderr).toContain(QUESTION);
  });

  it('refuses with nothing committed when the question file cannot be edited (broken YAML)', async () => {
    const root = commitAll(withTwoQuestions());
    write(root, questionPath(SECOND), SECOND_TEXT.replace('bron: intake', 'bron: [kapot'));
    const files = watch(root);
    const { code, stdout, stderr } = await evaluate(root, RUNNING, '--answered', SECOND, '--commit');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(questionPath(SECOND));
    files.unchanged();
    expect(commitCount(root)).toBe(1);
  });
});

describe('kwp evaluate asks about the questions taken up', () => {
  const ANSWERS = (answered: boolean[]): Answer[] => [
    'Het spreekuur werkt.',
    '',
    '',
    '',
    '',
    '2026-11-20',
    { choose: 'Afgerond' },
    ...answered,
    true,
  ];

  it('asks for each, with its text; only those answered yes change', async () => {
    const root = withTwoQuestions();
    const second = text(root, questionPath(SECOND));
    const prompter = fakePrompter(ANSWERS([true, false]));
    const { code, stdout } = await kwp(['evaluate', '--kb', root, RUNNING], { prompter });
    expect(code).toBe(0);
    const asked = prompter.asked.filter((a) => a.message.startsWith('Is deze kennisvraag nu beantwoord?'));
    expect(asked.map((a) => [a.message, a.default])).toEqual([
      [
        'Is deze kennisvraag nu beantwoord? Hoe bereiken we bewoners van Zandveld die moeite hebben met lezen én met geldzaken? (taal-en-geldzaken)',
        true,
      ],
      [`Is deze kennisvraag nu beantwoord? Welke brieven kunnen in eenvoudige taal? (${SECOND})`, true],
    ]);
    expect(prompter.notes.at(-1)).toContain(`kennisvragen die nu beantwoord zijn:\n  - ${QUESTION}`);
    expect(stdout).toBe(`${projectPath(RUNNING)}\n${questionPath(QUESTION)}\n`);
    expect(readBack(root, questionPath(QUESTION)).data).toMatchObject({ status: 'beantwoord' });
    expect(text(root, questionPath(SECOND))).toBe(second);
    await expectValid(root);
  });

  it('does not ask about a question named with --answered, nor one answered or dropped already', async () => {
    const root = withTwoQuestions();
    const path = questionPath(SECOND);
    write(root, path, replaced(text(root, path), "status: 'opgepakt'", 'status: vervallen'));
    const prompter = fakePrompter(ANSWERS([]));
    const { code } = await kwp(['evaluate', '--kb', root, RUNNING, '--answered', QUESTION], { prompter });
    expect(code).toBe(0);
    expect(prompter.asked.some((a) => a.message.startsWith('Is deze kennisvraag'))).toBe(false);
    expect(readBack(root, questionPath(QUESTION)).data).toMatchObject({ status: 'beantwoord' });
    expect(readBack(root, path).data).toMatchObject({ status: 'vervallen' });
  });

  it('declining the save writes no question either', async () => {
    const root = kbWith();
    const files = watch(root);
    const answers = ANSWERS([true]);
    answers[answers.length - 1] = false;
    const { code } = await kwp(['evaluate', '--kb', root, RUNNING], { prompter: fakePrompter(answers) });
    expect(code).toBe(0);
    files.unchanged();
  });
});

describe('kwp evaluate: a question file that changes while the questions are answered', () => {
  it('refuses the whole step (exit 2): the project, the new question and the other question stay as they were', async () => {
    const root = kbWith();
    const path = questionPath(QUESTION);
    const theirs = replaced(text(root, path), 'status: opgepakt\n', 'status: vervallen\n');
    const prompter = fakePrompter([
      'Het spreekuur werkt.',
      '',
      '',
      '',
      'Wie neemt het over?',
      '',
      '2026-11-20',
      { choose: 'Afgerond' },
      true,
      true,
    ]);
    const confirm = prompter.confirm.bind(prompter);
    prompter.confirm = async (o) => {
      // Someone else drops the question while kwp asks whether it is answered.
      if (o.message.startsWith('Is deze kennisvraag')) write(root, path, theirs);
      return confirm(o);
    };
    const files = watch(root);
    const { code, stdout, stderr } = await kwp(['evaluate', '--kb', root, RUNNING], { prompter });
    expect(stderr).toContain(`${path} is veranderd sinds kwp het las`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(text(root, path)).toBe(theirs);
    expect(files.changed()).toEqual({ added: [], removed: [], changed: [path] });
  });

  it('a question file kwp cannot edit safely (a YAML tag) is not asked about', async () => {
    const root = withTwoQuestions();
    write(root, questionPath(SECOND), SECOND_TEXT.replace('bron: intake', 'bron: !!str intake'));
    const prompter = fakePrompter([
      'Het spreekuur werkt.',
      '',
      '',
      '',
      '',
      '2026-11-20',
      { choose: 'Afgerond' },
      true,
      true,
    ]);
    const { code } = await kwp(['evaluate', '--kb', root, RUNNING], { prompter });
    expect(code).toBe(0);
    expect(
      prompter.asked.filter((a) => a.message.startsWith('Is deze kennisvraag')).map((a) => a.message),
    ).toEqual([expect.stringContaining(`(${QUESTION})`)]);
  });
});
