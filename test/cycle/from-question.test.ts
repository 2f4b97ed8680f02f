// `kwp new project --from-question <qid>`: the project takes the question as its kennisvraag, lists
// it in kennisvragen and builds on the project where it arose; the question becomes opgepakt (only
// its status line changes). Both files in one step, or neither; refusals write nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNewRecord } from '../../src/cli/new/create.js';
import { planEdit } from '../../src/store/edit-file.js';
import { kwp } from '../helpers/kb.js';
import { ls } from '../new/helpers.js';
import {
  brokenProject,
  editFixture,
  expectValid,
  kbWith,
  P,
  projectPath,
  questionPath,
  readBack,
  replaced,
  text,
  watch,
} from './helpers.js';

const Q = 'geldzorgen-signalen-delen';
const VRAAG =
  'Welke signalen van geldzorgen mogen buurtorganisaties met elkaar en met de gemeente delen, en onder welke voorwaarden?';

const fromQuestion = (root: string, question: string, ...extra: string[]) =>
  kwp([
    ...['new', 'project', '--kb', root, '--title', 'Signalen delen, tweede ronde'],
    ...['--programme', 'Leren met de Stad', '--contact', 'Ahmed Yilmaz <a.yilmaz@example.org>'],
    ...['--from-question', question, '--start', '2027-01-11'],
    ...extra,
  ]);

const NEW = projectPath('2027-signalen-delen-tweede-ronde');

describe('kwp new project --from-question', () => {
  it('takes up the question, builds on its project, and marks it opgepakt (only that line)', async () => {
    const root = kbWith();
    const question = text(root, questionPath(Q));
    const files = watch(root);
    const { code, stdout, stderr } = await fromQuestion(root, Q);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${NEW}\n${questionPath(Q)}\n`);
    expect(readBack(root, NEW).data).toMatchObject({
      id: '2027-signalen-delen-tweede-ronde',
      status: 'voorbereiding',
      kennisvraag: VRAAG,
      kennisvragen: [Q],
      vervolg_op: ['2025-armoede-signalering-zandveld'],
      thema: ['armoede'],
      gebied: 'Zandveld',
    });
    expect(text(root, questionPath(Q))).toBe(replaced(question, '\nstatus: open\n', '\nstatus: opgepakt\n'));
    expect(files.changed()).toEqual({ added: [NEW], removed: [], changed: [questionPath(Q)] });
    await expectValid(root);
    // Derived from the files, never written: the question is taken up by the new project.
    const show = await kwp(['show', '--kb', root, Q, '--json']);
    expect(JSON.parse(show.stdout).opgepakt_door).toEqual(['2027-signalen-delen-tweede-ronde']);
  });

  it('a status with a comment and odd quoting elsewhere: only the value changes', async () => {
    const q = 'koele-looproutes-ouderen';
    const original = editFixture('vraag.md');
    const root = kbWith({ [questionPath(q)]: original });
    const { code } = await fromQuestion(root, q);
    expect(code).toBe(0);
    expect(text(root, questionPath(q))).toBe(
      replaced(original, 'status: open   # ingediend', 'status: opgepakt   # ingediend'),
    );
    expect(readBack(root, NEW).data).toMatchObject({ vervolg_op: ['2024-hittekaart-rivierenwijk'] });
  });

  it('flags given win, and --follows adds to the project the question arose in', async () => {
    const root = kbWith();
    const { code } = await fromQuestion(
      root,
      Q,
      ...['--question', 'Een eigen formulering?', '--follows', '2026-geldzaken-en-taal-zandveld'],
    );
    expect(code).toBe(0);
    expect(readBack(root, NEW).data).toMatchObject({
      kennisvraag: 'Een eigen formulering?',
      kennisvragen: [Q],
      vervolg_op: ['2026-geldzaken-en-taal-zandveld', '2025-armoede-signalering-zandveld'],
    });
  });

  it('a question already opgepakt can start another project; its file stays as it is', async () => {
    const root = kbWith();
    const files = watch(root);
    const { code, stdout } = await fromQuestion(root, 'taal-en-geldzaken');
    expect(code).toBe(0);
    expect(stdout).toBe(`${NEW}\n`);
    expect(files.changed()).toEqual({ added: [NEW], removed: [], changed: [] });
  });

  it('--dry-run writes nothing, the question included', async () => {
    const root = kbWith();
    const files = watch(root);
    expect((await fromQuestion(root, Q, '--dry-run')).code).toBe(0);
    files.unchanged();
  });
});

describe('kwp new project --from-question refuses, writing nothing (no project either)', () => {
  const refused = async (question: string, ...expected: string[]) => {
    const root = kbWith({
      [questionPath('kapotte-vraag')]: brokenProject('kapotte-vraag').replace('titel:', 'vraag:'),
    });
    const files = watch(root);
    const { code, stdout, stderr } = await fromQuestion(root, question);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    for (const e of expected) expect(stderr).toContain(e);
    expect(stderr).not.toMatch(/\n\s+at /);
    files.unchanged();
  };

  it('an unknown question id: the closest suggested', () =>
    refused('geldzorgen-signalen', '--from-question: er is geen kennisvraag', `Bedoel je "${Q}"?`));

  it('a project id: the wrong kind', () =>
    refused('2024-taalcafe-zandveld', '"2024-taalcafe-zandveld" is een project, geen kennisvraag'));

  it('a partner id: the wrong kind', () => refused('datalinde', 'is een partner, geen kennisvraag'));

  it('a beantwoord question', () =>
    refused('digitale-vaardigheden-ouderen', 'digitale-vaardigheden-ouderen heeft status beantwoord'));

  it('a vervallen question', () => refused('ritdata-deelscooters', 'status vervallen'));

  it('a question file whose YAML is broken: the problem shown', () =>
    refused('kapotte-vraag', `kwp: Kan ${questionPath('kapotte-vraag')}:3:`, 'wordt niet met ] gesloten'));
});

describe('both files or neither', () => {
  it('the question changed on disk after it was read: refused, and the new project is gone again', async () => {
    const root = kbWith();
    const path = questionPath(Q);
    const edit = planEdit(join(root, path), path, [{ op: 'set', path: ['status'], value: 'opgepakt' }]);
    const theirs = replaced(text(root, path), 'status: open', 'status: vervallen');
    writeFileSync(join(root, path), theirs);
    const files = watch(root);
    let out = '';
    const io = { out: (s: string) => void (out += s), err: () => {} } as never;
    const record = {
      kind: 'project' as const,
      base: '2027-niet-half',
      taken: new Set<string>(),
      render: (id: string) => `---\nid: ${id}\n---\n`,
      commitMessage: (id: string) => id,
    };
    await expect(writeNewRecord(io, root, 'nl', record, {}, [], [edit])).rejects.toThrow('edit.changed');
    expect(out).toBe('');
    expect(text(root, path)).toBe(theirs);
    files.unchanged();
    expect(ls(join(root, P)).filter((n) => n.startsWith('.') || n.includes('niet-half'))).toEqual([]);
  });
});
