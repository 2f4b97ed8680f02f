// An interrupted interview is not lost, in a real pseudo-terminal (util-linux `script`): two answers,
// then Ctrl-C (or the process killed); nothing in knowledge/ changed, git sees no new file, the answers
// are in the git directory; the next run offers to continue, and yes brings them back (the file
// written has them), no starts afresh.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/kb.js';
import { commitAll, gitStatus, useGitIdentity } from '../cycle/helpers.js';
import { assertBuilt, exampleKb, expectValid, P, readBack, snapshot } from './helpers.js';
import { KEY, scriptCommand, Terminal } from './terminal.js';

useGitIdentity();
const script = scriptCommand();
const open: Terminal[] = [];
afterEach(() => {
  for (const terminal of open.splice(0)) terminal.kill();
});

const kwpTerminal = (args: string[]) => {
  const terminal = new Terminal([process.execPath, BIN, ...args], {
    NO_COLOR: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
  });
  open.push(terminal);
  return terminal;
};

const DRAFT = (root: string) => join(root, '.git', 'kwp', 'drafts', 'new-project.json');
const TITLE = 'Groene daken na een onderbreking';

/** Title and status answered; the programme question is on the screen. */
async function twoAnswers(t: Terminal): Promise<void> {
  await t.answer('Titel van het project:', `${TITLE}${KEY.enter}`);
  await t.answer(/Waar staat het project\?[\s\S]*❯ In voorbereiding/, KEY.enter);
  await t.waitFor(/Welk programma\?[\s\S]*❯ Leren met de Stad/);
}

/** The pid of the kwp process started on `root` (not `script` around it), read from /proc. */
function kwpPid(root: string): number {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const argv = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (argv[0] === process.execPath && argv[1] === BIN && argv.includes(root)) return Number(name);
    } catch {
      // gone meanwhile
    }
  }
  throw new Error(`no kwp process on ${root}`);
}

function draftAnswers(root: string): unknown[] {
  return (JSON.parse(readFileSync(DRAFT(root), 'utf8')) as { answers: unknown[] }).answers;
}

describe.skipIf(!script)('an interrupted kwp new project in a real terminal', () => {
  beforeAll(() => assertBuilt());

  it('Ctrl-C keeps the answers outside knowledge/; continuing brings them back into the file', async () => {
    const root = commitAll(exampleKb());
    const before = snapshot(root);
    const first = kwpTerminal(['new', 'project', '--kb', root]);
    await twoAnswers(first);
    first.type(KEY.ctrlC);
    await first.waitFor('Je antwoorden tot nu toe zijn bewaard (buiten de kennisbank)');
    await first.waitFor('Afgebroken: er is niets geschreven.');
    expect(await first.ended()).toBe(2);
    expect(snapshot(root)).toEqual(before);
    expect(gitStatus(root)).toBe('');
    expect(draftAnswers(root)).toEqual([
      { kind: 'input', message: 'Titel van het project:', value: TITLE },
      {
        kind: 'select',
        message: 'Waar staat het project?',
        choice: expect.stringContaining('voorbereiding'),
      },
    ]);

    const t = kwpTerminal(['new', 'project', '--kb', root]);
    await t.answer(
      /Vorige keer ben je gestopt bij: Welk programma\? \(antwoorden bewaard: 2\)\. Verder gaan\?/,
      KEY.enter,
    );
    await t.waitFor(`✔ Titel van het project: ${TITLE}`);
    await t.answer(/Welk programma\?[\s\S]*❯ Leren met de Stad/, KEY.enter);
    await t.answer('Centrale kennisvraag:', `Hoe worden daken groen?${KEY.enter}`);
    await t.answer('Sluit het aan op een eerder project?', `n${KEY.enter}`);
    await t.answer('Inhoud op hoofdlijnen', KEY.enter);
    await t.answer(/Thema's[\s\S]*❯\s*◯ duurzaamheid/, KEY.space);
    await t.answer('◉ duurzaamheid', KEY.enter);
    await t.answer(/In welk gebied[\s\S]*❯ \(geen\)/, KEY.enter);
    await t.answer('Projectleider', KEY.enter);
    await t.answer('Contactpersoon', `Ahmed Yilmaz <a.yilmaz@example.org>${KEY.enter}`);
    await t.answer(/Betrokken partners[\s\S]*❯ \(klaar\)/, KEY.enter);
    await t.answer('Wat willen de stakeholders leren?', KEY.enter);
    await t.answer('Startdatum', `2026-03-02${KEY.enter}`);
    await t.answer('Tussentijds moment', KEY.enter);
    await t.answer('Einddatum', `2026-06-30${KEY.enter}`);
    await t.answer('Kosten: waarvoor?', KEY.enter);
    await t.answer('Opslaan?', KEY.enter);
    const path = `${P}/2026-groene-daken-na-een-onderbreking.md`;
    await t.waitFor(path);
    expect(await t.ended()).toBe(0);
    expect(readBack(root, path).data).toMatchObject({
      titel: TITLE,
      status: 'voorbereiding',
      programma: 'Leren met de Stad',
    });
    await expectValid(root);
    // Finished: the draft is gone; git sees the project and nothing else.
    expect(() => readFileSync(DRAFT(root))).toThrow();
    expect(gitStatus(root)).toBe(`?? ${path}`);
  });

  it('a crash (the process killed) keeps the answers given; declining the offer starts afresh', async () => {
    const root = commitAll(exampleKb());
    const before = snapshot(root);
    const first = kwpTerminal(['new', 'project', '--kb', root]);
    await twoAnswers(first);
    process.kill(kwpPid(root), 'SIGKILL');
    await first.ended();
    expect(snapshot(root)).toEqual(before);
    expect(gitStatus(root)).toBe('');
    expect(draftAnswers(root)).toHaveLength(2);

    const t = kwpTerminal(['new', 'project', '--kb', root]);
    await t.answer('Verder gaan?', `n${KEY.enter}`);
    // Asked afresh: the title is a question again, not an answer shown.
    await t.answer('Titel van het project:', KEY.ctrlC);
    await t.waitFor('Afgebroken: er is niets geschreven.');
    expect(await t.ended()).toBe(2);
    expect(t.screen).not.toContain(`✔ Titel van het project: ${TITLE}`);
    // Declined and stopped before a new answer: no draft is left.
    expect(() => readFileSync(DRAFT(root))).toThrow();
    expect(snapshot(root)).toEqual(before);
  });
});
