// No English and no template words in what kwp says: `kwp schema` without a kind lists the kinds,
// an unknown kind is a "soort" (not "kind"), and an id given as argument carries no literal `<id>:`.
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project } from '../helpers/kb.js';

describe('kwp schema without a kind', () => {
  it('lists the kinds, one line each, exit 0', async () => {
    const { code, stdout, stderr } = await kwp(['schema']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const kind of ['project', 'vraag', 'partner', 'werkplaats'])
      expect(stdout).toMatch(new RegExp(`^  ${kind} +\\S.*$`, 'm'));
    expect(stdout).toContain('kwp schema <soort>');
    expect(stdout).toContain('kwp schema project > project.schema.json');
    expect(stdout).not.toMatch(/\bkind\b/);
    const english = await kwp(['schema', '--lang', 'en']);
    expect(english.stdout).toContain('kwp schema <kind>');
    expect(english.stdout).toMatch(/^ {2}vraag +knowledge questions/m);
  });

  it('still prints the schema of a kind that is given', async () => {
    const { code, stdout } = await kwp(['schema', 'vraag']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('properties');
  });
});

describe('an unknown kind', () => {
  it.each([
    [['schema', 'projct'], 'project'],
    [['list', 'vrage'], 'vragen'],
  ])('kwp %j says "soort" and the closest kind, exit 2', async (args, closest) => {
    const { code, stderr } = await kwp([...args, '--kb', makeKb()]);
    expect(code).toBe(2);
    expect(stderr).toContain('Onbekende soort');
    expect(stderr).toContain(`Bedoel je "${closest}"?`);
    expect(stderr).not.toMatch(/\bkind\b/);
    const english = await kwp([...args, '--kb', makeKb(), '--lang', 'en']);
    expect(english.stderr).toContain('Unknown kind');
  });
});

describe('an unknown project id given as argument', () => {
  it.each([[['evaluate', 'nope']], [['link', 'nope', '--follows', '2026-a']], [['report', 'nope']]])(
    'kwp %j: no literal <id>, exit 2',
    async (args) => {
      const root = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a') });
      const { code, stderr } = await kwp([...args, '--kb', root]);
      expect(code).toBe(2);
      expect(stderr).toContain('Er is geen project "nope"');
      expect(stderr).not.toContain('<id>');
    },
  );

  it('a flag still names itself: --follows', async () => {
    const root = makeKb({ 'knowledge/projecten/2026-a.md': project('2026-a') });
    const { code, stderr } = await kwp(['link', '2026-a', '--follows', 'nope', '--kb', root]);
    expect(code).toBe(2);
    expect(stderr).toContain('--follows: er is geen project "nope"');
  });
});
