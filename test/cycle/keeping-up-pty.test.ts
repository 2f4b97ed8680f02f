// Issue 14's "done when", interactively in a real terminal (bin/kwp.js under util-linux `script`):
// on the example knowledge base in a git repository a project leader takes a project from
// voorbereiding to lopend (`kwp edit`, every prefilled answer kept but the status), to afgerond with
// the question it took up answered (`kwp evaluate`), and renames it (`kwp rename`). After each step
// the knowledge base is valid and only the lines each step is about changed; three commits, made
// by the binary with the test identity it is given (the terminal passes no other environment).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GIT_IDENTITY } from '../helpers/git.js';
import { BIN } from '../helpers/kb.js';
import { assertBuilt } from '../new/helpers.js';
import { KEY, scriptCommand, Terminal } from '../new/terminal.js';
import {
  changes,
  commitAll,
  exampleKb,
  expectValid,
  git,
  P,
  replaced,
  snapshot,
  useGitIdentity,
  V,
} from './helpers.js';

useGitIdentity();

const script = scriptCommand();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

const kwpTerminal = (args: string[]) => {
  const terminal = new Terminal([process.execPath, BIN, ...args], {
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    ...GIT_IDENTITY,
  });
  open.push(terminal);
  return terminal;
};

const ID = '2027-koele-routes-rivierenwijk';
const NEW_ID = '2027-koele-looproutes-rivierenwijk';
const QUESTION = 'koele-looproutes-ouderen';

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** The drafts kwp keeps in the repository's git directory while a prompt run is under way. */
const drafts = (root: string) => {
  try {
    return readdirSync(join(root, '.git', 'kwp', 'drafts'));
  } catch {
    return [];
  }
};

/** The lines of `after` that are not in `before`, and those of `before` no longer in `after`. */
function lineChanges(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe.skipIf(!script)('keeping a project up to date with kwp alone, in a real terminal (issue 14)', () => {
  beforeAll(() => assertBuilt());

  it('voorbereiding → lopend → afgerond, the question answered, then renamed', async () => {
    const root = commitAll(exampleKb());
    await expectValid(root);
    const path = `${P}/${ID}.md`;
    const questionPath = `${V}/${QUESTION}.md`;
    const original = read(root, path);
    const originalQuestion = read(root, questionPath);
    const start = snapshot(root);

    // 1. kwp edit: Enter on every prefilled answer, the status moved to Lopend, the diff confirmed.
    const edit = kwpTerminal(['edit', ID, '--kb', root, '--commit']);
    await edit.answer('Titel van het project:', KEY.enter);
    await edit.answer(/Waar staat het project\?[\s\S]*❯ In voorbereiding/, `${KEY.down}${KEY.enter}`);
    await edit.answer(/Welk programma\?[\s\S]*❯ CDKM Rivelde/, KEY.enter);
    await edit.answer('Centrale kennisvraag', KEY.enter);
    await edit.answer(/Nog een eerder project\?[\s\S]*❯ \(klaar\)/, KEY.enter);
    await edit.answer('Inhoud op hoofdlijnen', KEY.enter);
    await edit.answer(/Thema's[\s\S]*◉ duurzaamheid/, KEY.enter);
    await edit.answer(/In welk gebied[\s\S]*❯ Rivierenwijk/, KEY.enter);
    await edit.answer('Projectleider', KEY.enter);
    await edit.answer('Contactpersoon', KEY.enter);
    await edit.answer(/Nog een partner\?[\s\S]*❯ \(klaar\)/, KEY.enter);
    await edit.answer('Wie wil er nog iets leren?', KEY.enter);
    await edit.answer('Startdatum', KEY.enter);
    await edit.answer('Tussentijds moment', KEY.enter);
    await edit.answer('Einddatum', KEY.enter);
    await edit.answer('Nog een kostenpost?', KEY.enter);
    await edit.answer(/Nog een partner die bijdraagt\?[\s\S]*❯ \(klaar\)/, KEY.enter);
    await edit.waitFor('-status: voorbereiding\n+status: lopend\n');
    await edit.answer('Opslaan?', KEY.enter);
    await edit.waitFor(`${path}: gewijzigd: status`);
    expect(await edit.ended()).toBe(0);
    expect(drafts(root)).toEqual([]);
    expect(changes(start, snapshot(root))).toEqual({ added: [], removed: [], changed: [path] });
    expect(read(root, path)).toBe(original.replace('\nstatus: voorbereiding\n', '\nstatus: lopend\n'));
    await expectValid(root);

    // 2. kwp evaluate: a conclusion, a lesson, the date, afgerond, and yes: the question is answered.
    const beforeEvaluation = snapshot(root);
    const running = read(root, path);
    const evaluate = kwpTerminal(['evaluate', ID, '--kb', root, '--commit']);
    await evaluate.answer(
      'Belangrijkste conclusie',
      `Drie routes blijven op hete dagen begaanbaar${KEY.enter}`,
    );
    await evaluate.answer('Nog een conclusie?', KEY.enter);
    await evaluate.answer('Leerpunt', `Loop de routes met ouderen, niet alleen met meters${KEY.enter}`);
    await evaluate.answer('Nog een leerpunt?', KEY.enter);
    await evaluate.answer('Verbeterpunt', KEY.enter);
    await evaluate.answer('Nieuwe kennisvraag', KEY.enter);
    await evaluate.answer('Datum van de evaluatie', `${KEY.ctrlU}2027-06-30${KEY.enter}`);
    await evaluate.answer(/Hoe is het project geëindigd\?[\s\S]*❯ Afgerond/, KEY.enter);
    await evaluate.waitFor('Is deze kennisvraag nu beantwoord?');
    await evaluate.answer(`(${QUESTION}) J/n`, `j${KEY.enter}`);
    await evaluate.waitFor(`kennisvragen die nu beantwoord zijn:\n  - ${QUESTION}`);
    await evaluate.answer('Opslaan?', KEY.enter);
    await evaluate.waitFor(questionPath);
    expect(await evaluate.ended()).toBe(0);
    expect(drafts(root)).toEqual([]);
    expect(changes(beforeEvaluation, snapshot(root))).toEqual({
      added: [],
      removed: [],
      changed: [questionPath, path].sort(),
    });
    const project = lineChanges(running, read(root, path));
    expect(project.removed).toEqual(['status: lopend']);
    expect(project.added).toContain('status: afgerond');
    expect(project.added.some((l) => l.startsWith('evaluatie:'))).toBe(true);
    expect(project.added.join('\n')).toContain('Drie routes blijven op hete dagen begaanbaar');
    expect(project.added.join('\n')).toContain('Loop de routes met ouderen, niet alleen met meters');
    expect(project.added.join('\n')).toContain('2027-06-30');
    expect(read(root, questionPath)).toBe(
      replaced(originalQuestion, '\nstatus: opgepakt\n', '\nstatus: beantwoord\n'),
    );
    await expectValid(root);

    // 3. kwp rename asks nothing: the file, its id and every reference move, in one commit.
    const beforeRename = snapshot(root);
    const evaluatedText = read(root, path);
    const referring = [...beforeRename.keys()].filter(
      (p) => p.startsWith('knowledge/') && p !== path && read(root, p).includes(ID),
    );
    const rename = kwpTerminal(['rename', ID, NEW_ID, '--kb', root, '--commit']);
    expect(await rename.ended()).toBe(0);
    const newPath = `${P}/${NEW_ID}.md`;
    const after = changes(beforeRename, snapshot(root));
    expect(after.added).toEqual([newPath]);
    expect(after.removed).toEqual([path]);
    expect(after.changed).toEqual(referring.sort());
    expect(read(root, newPath)).toBe(evaluatedText.replace(`id: ${ID}`, `id: ${NEW_ID}`));
    for (const p of referring) expect(read(root, p)).not.toContain(ID);
    await expectValid(root);
    expect(git(root, 'show', '--name-status', '-M', '--format=', 'HEAD')).toMatch(
      new RegExp(`^R\\d+\\t${path}\\t${newPath}$`, 'm'),
    );
    // Three steps in the terminal, three commits, nothing left uncommitted.
    expect(git(root, 'log', '--format=%s').trim().split('\n')).toHaveLength(1 + 3);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});
