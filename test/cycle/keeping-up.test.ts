// Issue 14's "done when", from flags, on the example knowledge base in a real git repository: a
// project leader takes a project from voorbereiding to lopend and to afgerond with kwp alone, closes
// the question it answered, and renames it. After each step every file is valid, and every byte
// kwp did not mean to change is unchanged: the project differs only in the lines of the keys each
// step is about, the question only in its status line, and no other file differs at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import {
  changes,
  commitAll,
  exampleKb,
  expectValid,
  git,
  P,
  snapshot,
  useGitIdentity,
  V,
} from './helpers.js';

useGitIdentity();

const ID = '2027-koele-routes-rivierenwijk';
const NEW_ID = '2027-koele-looproutes-rivierenwijk';
const QUESTION = 'koele-looproutes-ouderen';

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** The lines of `after` that are not in `before`, and those of `before` no longer in `after`. */
function lineChanges(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('keeping a project up to date with kwp alone (issue 14)', () => {
  it('voorbereiding → lopend → afgerond, the question answered, then renamed', async () => {
    const root = commitAll(exampleKb());
    await expectValid(root);
    const path = `${P}/${ID}.md`;
    const questionPath = `${V}/${QUESTION}.md`;
    const original = read(root, path);
    const originalQuestion = read(root, questionPath);
    const start = snapshot(root);

    // 1. The project starts: status lopend (it has its leader, planning and content already).
    const started = await kwp(['edit', ID, '--kb', root, '--status', 'lopend', '--yes', '--commit']);
    expect(started.code, started.stderr).toBe(0);
    expect(changes(start, snapshot(root))).toEqual({ added: [], removed: [], changed: [path] });
    expect(lineChanges(original, read(root, path))).toEqual({
      added: ['status: lopend'],
      removed: ['status: voorbereiding'],
    });
    await expectValid(root);

    // 2. It ends: the evaluation, and the question it took up is now answered, in one step.
    const beforeEvaluation = snapshot(root);
    const running = read(root, path);
    const evaluated = await kwp([
      'evaluate', ID, '--kb', root, '--date', '2027-06-30',
      '--conclusion', 'Drie routes blijven op hete dagen begaanbaar',
      '--lesson', 'Loop de routes met ouderen, niet alleen met meters',
      '--answered', QUESTION, '--yes', '--commit',
    ]); // prettier-ignore
    expect(evaluated.code, evaluated.stderr).toBe(0);
    expect(changes(beforeEvaluation, snapshot(root))).toEqual({
      added: [],
      removed: [],
      changed: [questionPath, path].sort(),
    });
    const project = lineChanges(running, read(root, path));
    expect(project.removed).toEqual(['status: lopend']);
    expect(project.added).toContain('status: afgerond');
    expect(project.added.some((l) => l.startsWith('evaluatie:'))).toBe(true);
    expect(lineChanges(originalQuestion, read(root, questionPath)).added).toEqual(['status: beantwoord']);
    expect(lineChanges(originalQuestion, read(root, questionPath)).removed).toHaveLength(1);
    await expectValid(root);

    // 3. A better name: the file, its id and every reference move together, in one commit git sees as a rename.
    const beforeRename = snapshot(root);
    const evaluatedText = read(root, path);
    const referring = [...beforeRename.keys()].filter(
      (p) => p.startsWith('knowledge/') && p !== path && read(root, p).includes(ID),
    );
    const renamed = await kwp(['rename', ID, NEW_ID, '--kb', root, '--commit']);
    expect(renamed.code, renamed.stderr).toBe(0);
    const newPath = `${P}/${NEW_ID}.md`;
    const after = changes(beforeRename, snapshot(root));
    expect(after.added).toEqual([newPath]);
    expect(after.removed).toEqual([path]);
    expect(after.changed).toEqual(referring.sort());
    expect(read(root, newPath)).toBe(evaluatedText.replace(`id: ${ID}`, `id: ${NEW_ID}`));
    await expectValid(root);
    expect(git(root, 'show', '--name-status', '-M', '--format=', 'HEAD')).toMatch(
      new RegExp(`^R\\d+\\t${path}\\t${newPath}$`, 'm'),
    );
    // Three steps, three commits, nothing left uncommitted.
    expect(git(root, 'log', '--format=%s').trim().split('\n')).toHaveLength(1 + 3);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});
