// `kwp init` with questions, answered by the fake prompter: the order of fase 1, wrong answers asked
// again, flags as defaults, a summary and a confirmation, and cancelling writes nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prompter } from '../../src/cli/prompt/prompter.js';
import { fakePrompter } from '../helpers/fake-prompter.js';
import { tempDir } from '../helpers/kb.js';
import { commits, expectValid, init, listing, werkplaats } from './shared.js';

describe('kwp init, interactive', () => {
  it('asks name, vocabularies, manager and targets, asking again after a wrong answer', async () => {
    const cwd = tempDir();
    const prompter = fakePrompter([
      'Kenniswerkplaats Zuid',
      'Leren met de Stad, CDKM Zuid',
      ' duurzaamheid ,armoede,, duurzaamheid',
      'Centrum',
      'Femke de Vries <geen-adres>',
      'Femke de Vries <f.devries@example.org>',
      'veel',
      '1.200',
      '7',
      '',
      { choose: 'GitLab' },
      true,
    ]);
    const { code, stdout, stderr } = await init(['zuid'], { cwd, prompter });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const root = join(cwd, 'zuid');
    expect(werkplaats(root)).toMatchObject({
      naam: 'Kenniswerkplaats Zuid',
      taal: 'nl',
      programmas: ['Leren met de Stad', 'CDKM Zuid'],
      themas: ['duurzaamheid', 'armoede'],
      gebieden: ['Centrum'],
      rollen: { manager: { naam: 'Femke de Vries', email: 'f.devries@example.org' } },
      doelen: { studenten: 1200, gebieden: 7, projecten: null },
    });
    await expectValid(root);
    expect(existsSync(join(root, '.gitlab-ci.yml'))).toBe(true);
    expect(commits(root)).toHaveLength(1);
    expect(stdout).toContain('kwp new project');

    const messages = prompter.asked.map((q) => q.message);
    expect(messages.filter((m) => m.startsWith('Manager'))).toHaveLength(2);
    expect(messages.filter((m) => m.includes('studenten'))).toHaveLength(2);
    expect(prompter.notes.some((n) => n.includes('"veel" is geen heel getal'))).toBe(true);
    expect(prompter.notes.some((n) => n.includes('"Femke de Vries <geen-adres>" is geen persoon'))).toBe(
      true,
    );
    const summary = prompter.notes.find((n) => n.includes('Kenniswerkplaats Zuid'))!;
    expect(summary).toContain('1200 studenten, 7 gebieden, – projecten');
    expect(summary).toContain('GitLab (zuid/.gitlab-ci.yml)');
    expect(prompter.asked.at(-1)!.kind).toBe('confirm');
  });

  it('takes the flags as defaults', async () => {
    const cwd = tempDir();
    const asked: string[] = [];
    // A person who presses Enter at every question.
    const enter: Prompter = {
      input: async (o) => (asked.push(o.message), o.default ?? ''),
      select: async (o) => o.default ?? o.choices[0]!.value,
      checkbox: async () => [],
      search: async () => {
        throw new Error('not asked');
      },
      confirm: async () => true,
      note: () => {},
    };
    const { code } = await init(
      ['kb', '--name', 'Uit vlaggen', '--theme', 'IT', '--theme', 'armoede', '--ci', 'none'],
      { cwd, prompter: enter },
    );
    expect(code).toBe(0);
    expect(asked.length).toBeGreaterThanOrEqual(7);
    expect(werkplaats(join(cwd, 'kb'))).toMatchObject({ naam: 'Uit vlaggen', themas: ['IT', 'armoede'] });
    expect(existsSync(join(cwd, 'kb', '.github'))).toBe(false);
  });

  it('asks nothing with --yes', async () => {
    const cwd = tempDir();
    const prompter = fakePrompter([]);
    const { code } = await init(['kb', '--name', 'Stil', '--yes'], { cwd, prompter });
    expect(code).toBe(0);
    expect(prompter.asked).toEqual([]);
    expect(readFileSync(join(cwd, 'kb', 'knowledge', 'werkplaats.md'), 'utf8')).toContain('naam: Stil');
  });

  it.each([
    ['Ctrl-C at a question', ['Zuid', 'A', { cancel: true } as const]],
    ['no at the confirmation', ['Zuid', '', '', '', '', '', '', '', { choose: 'GitHub' }, false]],
  ] as const)('writes nothing after %s, exit 2', async (_name, answers) => {
    const cwd = tempDir();
    const prompter = fakePrompter([...answers]);
    const { code, stderr, stdout } = await init(['kb'], { cwd, prompter });
    expect(code).toBe(2);
    expect(stderr).toContain('niets geschreven');
    expect(stdout).toBe('');
    expect(listing(cwd)).toEqual({});
  });
});
