// The "done when", end to end on the example knowledge base: evaluate a running project,
// register its new questions, start the follow-up from one of them, and see the whole chain in
// `kwp show` and `kwp graph` — every file valid, every untouched byte unchanged.
import { describe, expect, it } from 'vitest';
import { kwp } from '../helpers/kb.js';
import {
  changes,
  expectValid,
  kbWith,
  projectPath,
  questionPath,
  replaced,
  snapshot,
  text,
} from './helpers.js';

const RUNNING = '2026-geldzaken-en-taal-zandveld';
const NEW = '2027-brieven-in-eenvoudige-taal';
const ASKED = 'welke-brieven-volgen-nog';
const OPEN = 'wie-neemt-het-spreekuur-over';
const CHAIN = ['2024-taalcafe-zandveld', '2025-armoede-signalering-zandveld', RUNNING, NEW];

describe('the knowledge cycle on the example knowledge base', () => {
  it('evaluate, register new questions, follow up from one, and see the chain', async () => {
    const root = kbWith();
    const before = snapshot(root);
    const originalProject = text(root, projectPath(RUNNING));

    // 1. Evaluate the running project; its two new questions join the register.
    const evaluated = await kwp([
      ...['evaluate', '--kb', root, RUNNING, '--date', '2026-11-20'],
      ...['--conclusion', 'Het spreekuur werkt.', '--lesson', 'Privacy eerst.'],
      ...['--improvement', 'Eerder beginnen.'],
      ...['--new-question', 'Wie neemt het spreekuur over?', '--new-question', 'Welke brieven volgen nog?'],
    ]);
    expect(evaluated.stderr).toBe('');
    expect(evaluated.code).toBe(0);
    const question = text(root, questionPath(ASKED));

    // 2. Start the follow-up from one of them.
    const followUp = await kwp([
      ...['new', 'project', '--kb', root, '--title', 'Brieven in eenvoudige taal'],
      ...['--programme', 'Leren met de Stad', '--contact', 'Mohamed Aziz <m.aziz@example.org>'],
      ...['--start', '2027-01-11', '--from-question', ASKED],
    ]);
    expect(followUp.stderr).toBe('');
    expect(followUp.code).toBe(0);
    expect(followUp.stdout).toBe(`${projectPath(NEW)}\n${questionPath(ASKED)}\n`);

    // 3. `kwp show <new> --json`: the whole chain, the question it took up, what it builds on.
    const shown = JSON.parse((await kwp(['show', '--kb', root, NEW, '--json'])).stdout);
    expect(shown).toMatchObject({
      id: NEW,
      kennisvraag: 'Welke brieven volgen nog?',
      kennisvragen: [ASKED],
      vervolg_op: [RUNNING],
      vervolgd_door: [],
      keten: CHAIN,
    });
    const evaluatedJson = JSON.parse((await kwp(['show', '--kb', root, RUNNING, '--json'])).stdout);
    expect(evaluatedJson).toMatchObject({ status: 'afgerond', vervolgd_door: [NEW], keten: CHAIN });
    const questionJson = JSON.parse((await kwp(['show', '--kb', root, ASKED, '--json'])).stdout);
    expect(questionJson).toMatchObject({ status: 'opgepakt', project: RUNNING, opgepakt_door: [NEW] });

    // 4. `kwp show <evaluated>` tells the story: built on, took up, evaluation, raised, continued by.
    const story = (await kwp(['show', '--kb', root, RUNNING])).stdout;
    expect(story.slice(story.indexOf('\nBouwt voort op:'))).toBe(
      [
        '',
        'Bouwt voort op:',
        "  2024-taalcafe-zandveld — Taalcafé in buurthuis 't Zand (afgerond)",
        '  2025-armoede-signalering-zandveld — Vroeg signaleren van geldzorgen in Zandveld (gestopt)',
        '',
        'Pakt deze kennisvragen op:',
        '  taal-en-geldzaken — Hoe bereiken we bewoners van Zandveld die moeite hebben met lezen én met geldzaken? (opgepakt)',
        '',
        'Evaluatie (2026-11-20):',
        '  Conclusies:',
        '    - Het spreekuur werkt.',
        '  Leerpunten:',
        '    - Privacy eerst.',
        '  Verbeterpunten:',
        '    - Eerder beginnen.',
        '',
        'Nieuwe kennisvragen uit dit project:',
        `  ${ASKED} — Welke brieven volgen nog? (opgepakt)`,
        `    → opgepakt door ${NEW}`,
        `  ${OPEN} — Wie neemt het spreekuur over? (open)`,
        '',
        'Vervolgd door:',
        `  ${NEW} — Brieven in eenvoudige taal (voorbereiding)`,
        '',
        // The chain along its real links: RUNNING follows two projects, so it is no straight line.
        'keten:',
        `  ${RUNNING} bouwt voort op 2024-taalcafe-zandveld en 2025-armoede-signalering-zandveld`,
        `  ${NEW} bouwt voort op ${RUNNING}`,
        '',
      ].join('\n'),
    );
    // The record part shows no raw evaluatie mapping: the story tells it.
    expect(story.slice(0, story.indexOf('\nBouwt voort op:'))).not.toContain('evaluatie:');
    const newStory = (await kwp(['show', '--kb', root, NEW])).stdout;
    expect(newStory).toContain(`Bouwt voort op:\n  ${RUNNING} — Geldzaken en taal in Zandveld (afgerond)`);
    expect(newStory).toContain(
      `Pakt deze kennisvragen op:\n  ${ASKED} — Welke brieven volgen nog? (opgepakt)`,
    );

    // 5. `kwp graph --format json` has the new edges and nodes.
    const graph = JSON.parse((await kwp(['graph', '--kb', root, '--format', 'json'])).stdout) as {
      nodes: { id: string; kind: string; status: string }[];
      edges: { from: string; to: string; kind: string }[];
    };
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: RUNNING, to: NEW, kind: 'vervolg_op' },
        { from: RUNNING, to: ASKED, kind: 'raised' },
        { from: RUNNING, to: OPEN, kind: 'raised' },
        { from: ASKED, to: NEW, kind: 'taken_up' },
      ]),
    );
    expect(graph.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: NEW, kind: 'project', status: 'voorbereiding' }),
        expect.objectContaining({ id: ASKED, kind: 'vraag', status: 'opgepakt' }),
        expect.objectContaining({ id: OPEN, kind: 'vraag', status: 'open' }),
      ]),
    );
    const mermaid = (await kwp(['graph', '--kb', root, '--root', NEW])).stdout;
    for (const id of CHAIN) expect(mermaid).toContain(`p_${id.replaceAll('-', '_')}`);

    // 6. Every file valid; only the expected files changed, each only where expected.
    await expectValid(root);
    expect(changes(before, snapshot(root))).toEqual({
      added: [projectPath(NEW), questionPath(ASKED), questionPath(OPEN)].sort(),
      removed: [],
      changed: [projectPath(RUNNING)],
    });
    expect(text(root, questionPath(ASKED))).toBe(
      replaced(question, '\nstatus: open\n', '\nstatus: opgepakt\n'),
    );
    // The project: status changed, the evaluatie added at the end of the frontmatter, nothing else.
    const project = text(root, projectPath(RUNNING));
    const evaluatie = project.slice(project.indexOf('\nevaluatie:\n'), project.indexOf('\n---\n', 4));
    const [blank, key, ...lines] = evaluatie.split('\n');
    expect([blank, key]).toEqual(['', 'evaluatie:']);
    expect(lines.filter((line) => !line.startsWith('  '))).toEqual([]);
    expect(project.replace(evaluatie, '')).toBe(
      replaced(originalProject, '\nstatus: lopend\n', '\nstatus: afgerond\n'),
    );
  });
});
