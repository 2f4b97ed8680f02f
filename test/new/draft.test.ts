// An interrupted interview is not lost (issue 14), answered by the fake prompter: Ctrl-C keeps the
// answers given so far in a draft outside the knowledge base (in the git directory, or the user's
// state directory), the next run offers to continue and gives them back, declining starts afresh,
// a finished run removes the draft. Nothing in knowledge/ changes and git sees no new file.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kwp, tempDir } from '../helpers/kb.js';
import { commitAll, git, gitStatus, useGitIdentity } from '../cycle/helpers.js';
import { draftPath } from '../../src/store/drafts.js';
import { changes, exampleKb, expectValid, R, readBack, snapshot, V } from './helpers.js';

useGitIdentity();

const VRAAG: Answer[] = [
  'Hoe houden ouderen het koel in hun woning?', // de vraag
  { choose: 'tijdens een project' }, // bron
  { choose: 'hittekaart' }, // in welk project
  'Stichting Welzijn Rivelde', // vraageigenaar
  { chooseAll: ['duurzaamheid', 'positieve gezondheid'] }, // thema's
  { choose: 'Rivierenwijk' }, // gebied
  false, // wensen voor het onderwijs?
  true, // opslaan?
];
const VRAAG_PATH = `${V}/hoe-houden-ouderen-het-koel-in-hun-woning.md`;

async function run(root: string, kind: string, answers: Answer[], env: NodeJS.ProcessEnv = {}) {
  const prompter = fakePrompter(answers);
  const result = await kwp(['new', kind, '--kb', root], { prompter, env });
  return { prompter, ...result };
}

const draftOf = (root: string, command: string, env: NodeJS.ProcessEnv = {}) => {
  const path = draftPath(root, env, command);
  return path && existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as { answers: unknown[] })
    : undefined;
};

describe('an interrupted kwp new vraag, in a git repository', () => {
  it('Ctrl-C after four answers keeps them in the git directory; knowledge/ and git status unchanged', async () => {
    const root = commitAll(exampleKb());
    const before = snapshot(root);
    const { code, stdout, stderr } = await run(root, 'vraag', [...VRAAG.slice(0, 4), { cancel: true }]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Je antwoorden tot nu toe zijn bewaard (buiten de kennisbank)');
    expect(stderr).toContain('kwp new vraag');
    expect(stderr).toContain('Afgebroken: er is niets geschreven.');
    expect(snapshot(root)).toEqual(before);
    expect(gitStatus(root)).toBe('');
    expect(draftPath(root, {}, 'new vraag')).toBe(join(root, '.git', 'kwp', 'drafts', 'new-vraag.json'));
    // Readable by the user alone: it holds names and e-mail addresses as typed.
    expect(statSync(draftPath(root, {}, 'new vraag')!).mode & 0o777).toBe(0o600);
    const draft = draftOf(root, 'new vraag')!;
    expect(draft).toMatchObject({
      command: 'new vraag',
      answers: [
        { kind: 'input', value: 'Hoe houden ouderen het koel in hun woning?' },
        { kind: 'select', choice: 'Ontstaan tijdens een project (fase 3b)' },
        { kind: 'search', choice: expect.stringContaining('2024-hittekaart-rivierenwijk') },
        { kind: 'input', value: 'Stichting Welzijn Rivelde' },
      ],
      at: expect.stringContaining("Thema's"),
    });
  });

  it('the next run offers to continue; yes gives the four answers back and asks the rest', async () => {
    const root = commitAll(exampleKb());
    await run(root, 'vraag', [...VRAAG.slice(0, 4), { cancel: true }]);
    const { prompter, code, stdout, stderr } = await run(root, 'vraag', [true, ...VRAAG.slice(4)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(prompter.asked[0]).toMatchObject({
      kind: 'confirm',
      message: expect.stringMatching(
        /^Vorige keer ben je gestopt bij: Thema's.*\(antwoorden bewaard: 4\)\. Verder gaan\?$/,
      ),
      default: true,
    });
    // The earlier answers are not asked again, but shown.
    expect(prompter.asked.map((a) => a.kind)).toEqual([
      'confirm',
      'checkbox',
      'select',
      'confirm',
      'confirm',
    ]);
    expect(prompter.notes.filter((n) => n.startsWith('✔'))).toEqual([
      expect.stringContaining('Hoe houden ouderen het koel in hun woning?'),
      expect.stringContaining('Ontstaan tijdens een project'),
      expect.stringContaining('2024-hittekaart-rivierenwijk'),
      expect.stringContaining('Stichting Welzijn Rivelde'),
    ]);
    expect(stdout.trim()).toBe(VRAAG_PATH);
    expect(readBack(root, VRAAG_PATH).data).toMatchObject({
      vraag: 'Hoe houden ouderen het koel in hun woning?',
      bron: 'tijdens-project',
      project: '2024-hittekaart-rivierenwijk',
      vraageigenaar: 'Stichting Welzijn Rivelde',
      thema: ['duurzaamheid', 'positieve gezondheid'],
      gebied: 'Rivierenwijk',
    });
    // Finished: the draft is gone, and git sees only the new question.
    expect(draftOf(root, 'new vraag')).toBeUndefined();
    expect(gitStatus(root)).toBe(`?? ${VRAAG_PATH}`);
    await expectValid(root);
  });

  it('declining starts afresh and discards the draft', async () => {
    const root = commitAll(exampleKb());
    await run(root, 'vraag', [...VRAAG.slice(0, 2), { cancel: true }]);
    const other: Answer[] = [
      ...['Wie maait het gras?', { choose: 'Intake' }, '', [], { choose: '(geen)' }, false, true],
    ] as Answer[];
    const { prompter, code } = await run(root, 'vraag', [false, ...other]);
    expect(code).toBe(0);
    expect(prompter.asked.map((a) => a.kind)).toEqual([
      'confirm',
      'input',
      'select',
      'input',
      'checkbox',
      'select',
      'confirm',
      'confirm',
    ]);
    expect(prompter.notes.some((n) => n.startsWith('✔'))).toBe(false);
    expect(readBack(root, `${V}/wie-maait-het-gras.md`).data).toMatchObject({ vraag: 'Wie maait het gras?' });
    expect(draftOf(root, 'new vraag')).toBeUndefined();
  });

  it('Ctrl-C at the offer keeps the draft; Ctrl-C at the first question leaves none', async () => {
    const root = commitAll(exampleKb());
    await run(root, 'vraag', [...VRAAG.slice(0, 2), { cancel: true }]);
    expect((await run(root, 'vraag', [{ cancel: true }])).code).toBe(2);
    expect(draftOf(root, 'new vraag')?.answers).toHaveLength(2);
    const fresh = commitAll(exampleKb());
    const { code, stderr } = await run(fresh, 'vraag', [{ cancel: true }]);
    expect(code).toBe(2);
    expect(stderr).toBe('Afgebroken: er is niets geschreven.\n');
    expect(draftOf(fresh, 'new vraag')).toBeUndefined();
  });

  it('declining to save ends the run: the draft is removed', async () => {
    const root = commitAll(exampleKb());
    const { code } = await run(root, 'vraag', [...VRAAG.slice(0, -1), false]);
    expect(code).toBe(0);
    expect(draftOf(root, 'new vraag')).toBeUndefined();
  });

  it('an earlier answer that no longer fits is asked again, and the rest from there', async () => {
    const root = commitAll(exampleKb());
    await run(root, 'vraag', [...VRAAG.slice(0, 4), { cancel: true }]);
    // The draft says another project, one that is not there (any more).
    const path = draftPath(root, {}, 'new vraag')!;
    const draft = JSON.parse(readFileSync(path, 'utf8')) as { answers: { choice?: string }[] };
    draft.answers[2]!.choice = 'Weg (2020-bestaat-niet)';
    writeFileSync(path, JSON.stringify(draft));
    const { prompter, code } = await run(root, 'vraag', [true, ...VRAAG.slice(2)]);
    expect(code).toBe(0);
    expect(prompter.asked.map((a) => a.kind)).toEqual([
      'confirm',
      'search',
      'input',
      'checkbox',
      'select',
      'confirm',
      'confirm',
    ]);
    expect(prompter.notes.filter((n) => n.startsWith('✔'))).toHaveLength(2);
  });

  it('a draft that is not one (broken JSON) is ignored', async () => {
    const root = commitAll(exampleKb());
    const path = draftPath(root, {}, 'new vraag')!;
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '{ kapot');
    const { prompter, code } = await run(root, 'vraag', VRAAG);
    expect(code).toBe(0);
    expect(prompter.asked[0]!.kind).toBe('input');
    expect(existsSync(path)).toBe(false);
  });
});

describe('drafts outside a git repository', () => {
  it('go to $XDG_STATE_HOME/kwp/drafts, a folder per knowledge base', async () => {
    const root = exampleKb();
    const state = tempDir();
    const env = { XDG_STATE_HOME: state };
    const before = snapshot(root);
    expect((await run(root, 'partner', ['Vakschool Noord', { cancel: true }], env)).code).toBe(2);
    expect(snapshot(root)).toEqual(before);
    const path = draftPath(root, env, 'new partner')!;
    expect(path.startsWith(join(state, 'kwp', 'drafts'))).toBe(true);
    expect(draftOf(root, 'new partner', env)?.answers).toEqual([
      {
        kind: 'input',
        message: expect.stringContaining('Naam van de organisatie'),
        value: 'Vakschool Noord',
      },
    ]);
    // Another knowledge base has drafts of its own.
    expect(draftPath(exampleKb(), env, 'new partner')).not.toBe(path);
    const { code, stdout } = await run(root, 'partner', [true, { choose: 'bewoners' }, '', '', true], env);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`${R}/vakschool-noord.md`);
    expect(changes(before, snapshot(root)).added).toEqual([`${R}/vakschool-noord.md`]);
    expect(existsSync(path)).toBe(false);
  });

  it('or ~/.local/state/kwp/drafts; with neither, no draft is kept and nothing changes', async () => {
    const home = tempDir();
    const root = exampleKb();
    expect(
      draftPath(root, { HOME: home }, 'new project')!.startsWith(join(home, '.local', 'state', 'kwp')),
    ).toBe(true);
    expect(draftPath(root, {}, 'new project')).toBeUndefined();
    const { code, stderr } = await run(root, 'partner', ['Vakschool Noord', { cancel: true }]);
    expect(code).toBe(2);
    expect(stderr).toBe('Afgebroken: er is niets geschreven.\n');
  });
});

describe('an interrupted kwp evaluate', () => {
  it('keeps its answers per project, and continuing gives them back', async () => {
    const root = commitAll(exampleKb());
    const id = '2026-geldzaken-en-taal-zandveld';
    const evaluate = (answers: Answer[]) =>
      kwp(['evaluate', '--kb', root, id], { prompter: fakePrompter(answers) });
    expect((await evaluate(['Het spreekuur werkt.', 'Brieven helpen.', { cancel: true }])).code).toBe(2);
    expect(gitStatus(root)).toBe('');
    const path = draftPath(root, {}, 'evaluate', id)!;
    expect(path).toBe(join(root, '.git', 'kwp', 'drafts', `evaluate-${id}.json`));
    expect(draftPath(root, {}, 'evaluate', 'een-ander-project')).not.toBe(path);
    const rest: Answer[] = ['', '', '', '', '2026-11-20', { choose: 'Afgerond' }, true, true];
    const { code } = await evaluate([true, ...rest]);
    expect(code).toBe(0);
    expect(readBack(root, `knowledge/projecten/${id}.md`).data).toMatchObject({
      status: 'afgerond',
      evaluatie: { conclusies: ['Het spreekuur werkt.', 'Brieven helpen.'] },
    });
    expect(existsSync(path)).toBe(false);
  });
});

describe('an interrupted kwp edit', () => {
  it('keeps its answers per record, and continuing gives them back into the edit', async () => {
    const root = commitAll(exampleKb());
    const path = `${R}/datalinde.md`;
    const original = readFileSync(join(root, path), 'utf8');
    const edit = (answers: Answer[]) =>
      kwp(['edit', '--kb', root, 'datalinde'], { tty: true, prompter: fakePrompter(answers) });
    expect((await edit(['Datalinde BV', { cancel: true }])).code).toBe(2);
    expect(readFileSync(join(root, path), 'utf8')).toBe(original);
    expect(gitStatus(root)).toBe('');
    const draft = draftPath(root, {}, 'edit', 'datalinde')!;
    expect(existsSync(draft)).toBe(true);
    // Continue: the name comes back; Enter keeps the rest; the change is confirmed.
    const { code, stderr } = await edit([true, { keep: true }, { keep: true }, { keep: true }, true]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(root, path), 'utf8')).toBe(
      original.replace('naam: Datalinde', 'naam: Datalinde BV'),
    );
    expect(existsSync(draft)).toBe(false);
  });
});

describe('the git directory of a knowledge base', () => {
  it('of a worktree is the worktree’s own (its .git is a file), found without running git', async () => {
    const main = commitAll(exampleKb());
    const other = join(tempDir(), 'tweede');
    git(main, 'worktree', 'add', '--quiet', '-b', 'tweede', other);
    const path = draftPath(other, {}, 'new vraag')!;
    expect(path).toBe(
      join(git(other, 'rev-parse', '--absolute-git-dir').trim(), 'kwp', 'drafts', 'new-vraag.json'),
    );
    expect(path).not.toBe(draftPath(main, {}, 'new vraag'));
    expect((await run(other, 'vraag', [VRAAG[0]!, { cancel: true }])).code).toBe(2);
    expect(existsSync(path)).toBe(true);
    expect(gitStatus(other)).toBe('');
  });
});
