// When writing an evaluation cannot finish because the project file changed on disk since kwp read
// it (someone else's work, which kwp must not overwrite). All or nothing: question files created
// before the project edit failed are gone again. (Files that cannot be written: process.test.ts.)
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KwpError } from '../../src/errors.js';
import { applyEdit, planEdit } from '../../src/store/edit-file.js';
import { kwp } from '../helpers/kb.js';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { ls } from '../new/helpers.js';
import { kbWith, P, projectPath, replaced, text, V, watch } from './helpers.js';

const ID = '2026-geldzaken-en-taal-zandveld';

describe('applyEdit: the file changed on disk between reading and writing', () => {
  it('refuses, and the other writer’s bytes stay', () => {
    const root = kbWith();
    const path = projectPath(ID);
    const edit = planEdit(join(root, path), path, [{ op: 'set', path: ['status'], value: 'afgerond' }]);
    const theirs = replaced(text(root, path), 'status: lopend', 'status: gestopt');
    writeFileSync(join(root, path), theirs);
    expect(() => applyEdit(edit)).toThrow(new KwpError('edit.changed', { path }));
    expect(text(root, path)).toBe(theirs);
    expect(ls(join(root, P)).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses when the file was removed meanwhile, and does not bring it back', () => {
    const root = kbWith();
    const path = projectPath(ID);
    const edit = planEdit(join(root, path), path, [{ op: 'set', path: ['status'], value: 'afgerond' }]);
    rmSync(join(root, path));
    expect(() => applyEdit(edit)).toThrow('edit.changed');
    expect(ls(join(root, P))).not.toContain(`${ID}.md`);
  });

  it('a single byte more (a CRLF where LF was) counts as a change', () => {
    const root = kbWith();
    const path = projectPath(ID);
    const edit = planEdit(join(root, path), path, [{ op: 'set', path: ['status'], value: 'afgerond' }]);
    const theirs = text(root, path).replace('---\n', '---\r\n');
    writeFileSync(join(root, path), theirs);
    expect(() => applyEdit(edit)).toThrow('edit.changed');
    expect(text(root, path)).toBe(theirs);
  });
});

describe('kwp evaluate: the project file changes while the questions are answered', () => {
  const ANSWERS: Answer[] = [
    'Werkt.',
    '',
    '',
    '',
    'Eerste vraag?',
    'Tweede vraag?',
    '',
    '2026-11-20',
    { choose: 'Afgerond' },
    true, // the question taken up is answered: its edit is refused with the rest
    true,
  ];

  it('refuses with exit 2, leaves the other writer’s work, and no question file is left', async () => {
    const root = kbWith();
    const path = projectPath(ID);
    const files = watch(root);
    const prompter = fakePrompter(ANSWERS);
    // Someone else marks the project gestopt while kwp is still asking.
    const theirs = replaced(text(root, path), 'status: lopend\n', 'status: gestopt\n');
    const input = prompter.input.bind(prompter);
    prompter.input = async (o) => {
      if (o.message.startsWith('Datum van de evaluatie')) writeFileSync(join(root, path), theirs);
      return input(o);
    };
    const { code, stdout, stderr } = await kwp(['evaluate', '--kb', root, ID], { prompter });
    expect(stderr).toContain(`${path} is veranderd sinds kwp het las`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(text(root, path)).toBe(theirs);
    // The two question files were written before the project edit was refused: both removed again.
    // The question taken up keeps its status: the whole step is refused.
    expect(files.changed()).toEqual({ added: [], removed: [], changed: [path] });
    expect(ls(join(root, V)).filter((n) => n.startsWith('.') || n.includes('vraag'))).toEqual([]);
  });
});

// Appending to a file is how another program would add to it; used to check the refusal is not
// limited to a rewrite of the same length.
describe('kwp link: a file that grows between reading and writing is not overwritten', () => {
  it('applyEdit of a planned link refuses after an append', () => {
    const root = kbWith();
    const path = projectPath(ID);
    const edit = planEdit(join(root, path), path, [
      { op: 'append', path: ['vervolg_op'], items: ['2024-hittekaart-rivierenwijk'] },
    ]);
    appendFileSync(join(root, path), '\nNog een alinea van iemand anders.\n');
    const theirs = text(root, path);
    expect(() => applyEdit(edit)).toThrow('edit.changed');
    expect(text(root, path)).toBe(theirs);
  });
});
