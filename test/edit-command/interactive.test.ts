// `kwp edit` in a terminal: the interview of the record's kind, each question filled in with what the
// file says now. Enter on everything writes nothing; a changed answer changes that key; answers that
// would make the record invalid are said, and the questions come again.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kwp, makeKb, project } from '../helpers/kb.js';
import { changes, exampleKb, P, R, snapshot, V } from '../new/helpers.js';

/**
 * Enter on every question, except those whose message contains a key of `answers`: those get the
 * next of its values (each used once, in order), as typed or chosen.
 */
function keepAllBut(answers: Record<string, string[]> = {}) {
  const prompter = fakePrompter(Array.from({ length: 300 }, () => ({ keep: true }) as Answer));
  for (const kind of ['input', 'select'] as const) {
    const original = prompter[kind].bind(prompter) as (o: { message: string }) => Promise<unknown>;
    prompter[kind] = (async (o: { message: string; default?: unknown }) => {
      const key = Object.keys(answers).find((k) => o.message.includes(k) && answers[k]!.length > 0);
      if (!key) return original(o);
      prompter.asked.push({ kind, message: o.message, default: o.default });
      return answers[key]!.shift()!;
    }) as never;
  }
  return prompter;
}

const idsIn = (root: string, folder: string) =>
  readdirSync(join(root, folder))
    .filter((n) => n.endsWith('.md'))
    .map((n) => n.slice(0, -3));

describe('kwp edit with the questions', () => {
  it.each([P, V, R])(
    'Enter on every prefilled answer leaves every record in %s byte for byte',
    async (folder) => {
      const root = exampleKb();
      for (const id of idsIn(root, folder)) {
        const before = snapshot(root);
        const prompter = keepAllBut();
        const result = await kwp(['edit', '--kb', root, id], { tty: true, prompter });
        expect(result.code, `${id}: ${result.stderr}`).toBe(0);
        expect(changes(before, snapshot(root)), id).toEqual({ added: [], removed: [], changed: [] });
        expect(prompter.asked.length, id).toBeGreaterThan(3);
      }
    },
  );

  it('a value off the werkplaats list is offered as it is, so Enter keeps it', async () => {
    const root = makeKb({ [`${P}/oud-project.md`]: project('oud-project', 'gebied: Nergensland\n') });
    const before = snapshot(root);
    const prompter = keepAllBut();
    const result = await kwp(['edit', '--kb', root, 'oud-project'], { tty: true, prompter });
    expect(result.code, result.stderr).toBe(0);
    expect(prompter.asked.find((a) => a.message.startsWith('In welk gebied'))?.choices).toContain(
      'Nergensland',
    );
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('the werkplaats: its name and lists, Enter keeps them, a typed list changes that key', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const kept = await kwp(['edit', '--kb', root, 'werkplaats'], { tty: true, prompter: keepAllBut() });
    expect(kept.code, kept.stderr).toBe(0);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
    const original = readFileSync(join(root, 'knowledge/werkplaats.md'), 'utf8');
    const prompter = keepAllBut({
      'Gebieden of wijken': [
        'Binnenstad, Havenkwartier, Rivierenwijk, Zandveld, Oosterpark, Molenbeek, Hooilanden, Noorderhaven',
      ],
    });
    const result = await kwp(['edit', '--kb', root, 'werkplaats', '--json'], { tty: true, prompter });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).changed).toEqual(['gebieden']);
    expect(readFileSync(join(root, 'knowledge/werkplaats.md'), 'utf8')).toBe(
      original.replace('Molenbeek, Hooilanden]', 'Molenbeek, Hooilanden, Noorderhaven]'),
    );
  });

  it('the questions show what the file says now', async () => {
    const root = exampleKb();
    const prompter = keepAllBut();
    await kwp(['edit', '--kb', root, 'datalinde'], { tty: true, prompter });
    expect(prompter.asked.map((a) => a.default)).toEqual([
      'Datalinde',
      'ondernemers',
      'Thijs Verbeek <t.verbeek@example.org>',
      'https://datalinde.example.org',
    ]);
  });

  it('one changed answer changes that key only, after the change is shown and confirmed', async () => {
    const root = exampleKb();
    const path = `${V}/schoolpleinen-onderhoud-door-buurt.md`;
    const original = readFileSync(join(root, path), 'utf8');
    const prompter = keepAllBut({ 'Status:': ['vervallen'] });
    const result = await kwp(['edit', '--kb', root, 'schoolpleinen-onderhoud-door-buurt'], {
      tty: true,
      prompter,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(root, path), 'utf8')).toBe(
      original.replace('status: opgepakt', 'status: vervallen'),
    );
    expect(prompter.notes.join('\n')).toContain('-status: opgepakt\n+status: vervallen');
  });

  it('answers that would make the record invalid are said, and the questions come again', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    // Afgerond without an evaluation: refused by the rule; the second time (afgerond filled in) lopend again.
    const prompter = keepAllBut({ 'Waar staat het project?': ['afgerond', 'lopend'] });
    const result = await kwp(['edit', '--kb', root, '2026-geldzaken-en-taal-zandveld'], {
      tty: true,
      prompter,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(prompter.asked.filter((a) => a.message === 'Waar staat het project?')).toHaveLength(2);
    expect(prompter.notes.join('\n')).toContain('evaluation-required');
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('takes a project to lopend, asking for what lopend needs', async () => {
    const root = exampleKb();
    const prompter = keepAllBut({
      'Waar staat het project?': ['lopend'],
      'Inhoud op hoofdlijnen': ['Jongeren bouwen mee.'],
      Projectleider: ['Femke de Vries <f.devries@example.org>'],
      Startdatum: ['2026-09-01'],
      Einddatum: ['2027-01-29'],
    });
    const result = await kwp(['edit', '--kb', root, '2026-jongeren-en-werk-havenkwartier', '--json'], {
      tty: true,
      prompter,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).changed).toEqual([
      'status',
      'projectleider',
      'planning.start',
      'planning.einde',
      '## Inhoud',
    ]);
  });

  it('Ctrl-C: nothing written', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const result = await kwp(['edit', '--kb', root, 'datalinde'], {
      tty: true,
      prompter: fakePrompter([{ cancel: true }]),
    });
    expect(result.code).toBe(2);
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });
});
