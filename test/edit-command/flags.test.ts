// `kwp edit <id>` from flags, on copies of the example knowledge base: what changes is exactly what
// was asked, every bad input is exit 2 with its message and nothing written.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kwp, makeKb, project, REPO, validateJson } from '../helpers/kb.js';
import { changes, exampleKb, git, P, R, readBack, snapshot, useGitIdentity, V } from '../new/helpers.js';

const PREP = `${P}/2026-jongeren-en-werk-havenkwartier.md`;
const QUESTION = `${V}/schoolpleinen-onderhoud-door-buurt.md`;
const STARTING = [
  '--lead',
  'Femke de Vries <f.devries@example.org>',
  '--start',
  '2026-09-01',
  '--end',
  '2027-01-29',
  '--content',
  'Studenten van het ROC bouwen samen met jongeren een werkplaats.',
];

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** Runs kwp edit and checks that nothing at all was written. */
async function refused(root: string, args: string[]) {
  const before = snapshot(root);
  const result = await kwp(['edit', '--kb', root, ...args]);
  expect(result.code, result.stderr).toBe(2);
  expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  return result;
}

describe('kwp edit from flags', () => {
  useGitIdentity();

  it('takes a project from voorbereiding to lopend with what lopend needs, and it is valid', async () => {
    const root = exampleKb();
    const original = read(root, PREP);
    const errorsBefore = (await validateJson(root)).json.errors;
    const result = await kwp([
      'edit',
      '--kb',
      root,
      '2026-jongeren-en-werk-havenkwartier',
      '--status',
      'lopend',
      ...STARTING,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      id: '2026-jongeren-en-werk-havenkwartier',
      path: PREP,
      changed: ['status', 'projectleider', 'planning.start', 'planning.einde', '## Inhoud'],
    });
    const { data, body } = readBack(root, PREP);
    expect(data).toMatchObject({
      status: 'lopend',
      projectleider: { naam: 'Femke de Vries', email: 'f.devries@example.org' },
      planning: { start: '2026-09-01', einde: '2027-01-29' },
    });
    expect(body).toContain('## Inhoud\n\nStudenten van het ROC bouwen samen met jongeren een werkplaats.\n');
    // The lines that were there are there still, in their order.
    const after = read(root, PREP);
    const kept = original.split('\n').filter((l) => !l.startsWith('status:'));
    let at = 0;
    for (const line of kept) {
      at = after.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
    }
    expect((await validateJson(root)).json.errors).toBe(errorsBefore);
  });

  it('without what the new status needs: exit 2 naming each missing flag, nothing written', async () => {
    const root = exampleKb();
    const result = await refused(root, [
      '2026-jongeren-en-werk-havenkwartier',
      '--status',
      'lopend',
      '--start',
      '2026-09-01',
    ]);
    expect(result.stderr).toContain('--lead');
    expect(result.stderr).toContain('--end');
    expect(result.stderr).toContain('--content');
    expect(result.stderr).not.toContain('--start,');
  });

  it('drops a question: --status vervallen changes that one line', async () => {
    const root = exampleKb();
    const original = read(root, QUESTION);
    const result = await kwp([
      'edit',
      '--kb',
      root,
      'schoolpleinen-onderhoud-door-buurt',
      '--status',
      'vervallen',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(read(root, QUESTION)).toBe(original.replace('status: opgepakt', 'status: vervallen'));
  });

  it('adds and removes one theme, keeping the list as it is written', async () => {
    const root = exampleKb();
    const original = read(root, PREP);
    const result = await kwp([
      'edit',
      '--kb',
      root,
      '2026-jongeren-en-werk-havenkwartier',
      '--add-theme',
      'armoede',
      '--remove-theme',
      'IT',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(read(root, PREP)).toBe(original.replace('thema: [IT]', 'thema: [armoede]'));
  });

  it('adds a registered partner by name, with its group and level from the register', async () => {
    const root = exampleKb();
    const result = await kwp([
      'edit',
      '--kb',
      root,
      '2026-jongeren-en-werk-havenkwartier',
      '--add-partner',
      'ROC Rivelde',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(readBack(root, PREP).data['partners']).toEqual([
      { naam: 'ROC Rivelde', groep: 'onderwijs', niveau: 'mbo' },
    ]);
  });

  it('edits a partner and the werkplaats', async () => {
    const root = exampleKb();
    const partner = await kwp(['edit', '--kb', root, 'datalinde', '--website', 'www.datalinde.nl']);
    expect(partner.code, partner.stderr).toBe(0);
    expect(readBack(root, `${R}/datalinde.md`).data['website']).toBe('https://www.datalinde.nl');
    const werkplaats = read(root, 'knowledge/werkplaats.md');
    const result = await kwp(['edit', '--kb', root, 'werkplaats', '--add-area', 'Noorderhaven']);
    expect(result.code, result.stderr).toBe(0);
    expect(read(root, 'knowledge/werkplaats.md')).toBe(
      werkplaats.replace('Molenbeek, Hooilanden]', 'Molenbeek, Hooilanden, Noorderhaven]'),
    );
  });

  it('asking for the values it has already: nothing written, the file byte for byte', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const result = await kwp([
      'edit',
      '--kb',
      root,
      'schoolpleinen-onderhoud-door-buurt',
      '--status',
      'opgepakt',
      '--theme',
      'duurzaamheid',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      id: 'schoolpleinen-onderhoud-door-buurt',
      path: QUESTION,
      changed: [],
    });
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('--dry-run shows a unified diff and writes nothing', async () => {
    const root = exampleKb();
    const before = snapshot(root);
    const result = await kwp([
      'edit',
      '--kb',
      root,
      'schoolpleinen-onderhoud-door-buurt',
      '--status',
      'beantwoord',
      '--dry-run',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`--- a/${QUESTION}\n+++ b/${QUESTION}\n@@ -1,7 +1,7 @@\n`);
    expect(result.stdout).toContain('\n-status: opgepakt\n+status: beantwoord\n');
    expect(changes(before, snapshot(root))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('--commit makes one commit of the file, its message says what changed', async () => {
    const root = exampleKb();
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'start');
    const result = await kwp([
      'edit',
      '--kb',
      root,
      '2026-jongeren-en-werk-havenkwartier',
      '--status',
      'lopend',
      ...STARTING,
      '--commit',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(git(root, 'log', '-1', '--format=%s')).toBe(
      'kwp edit: 2026-jongeren-en-werk-havenkwartier (status voorbereiding → lopend, projectleider, planning.start, planning.einde, ## Inhoud)\n',
    );
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD')).toBe(`${PREP}\n`);
  });
});

describe('kwp edit keeps what a person wrote', () => {
  it('a byte-order mark, CRLF, quoting, comments and flow mappings stay; only the edited values change', async () => {
    const original = readFileSync(join(REPO, 'test/fixtures/edit/project-bom-crlf.md'), 'utf8');
    const path = `${P}/2026-energiecoaches-molenbeek.md`;
    const root = makeKb({ [path]: original });
    const result = await kwp([
      'edit',
      '--kb',
      root,
      '2026-energiecoaches-molenbeek',
      '--status',
      'lopend',
      '--lead',
      'Noor Haddad <n.haddad@example.org>',
      '--end',
      '2026-06-30',
      '--content',
      'Coaches gaan langs de deuren.',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const after = read(root, path);
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain("\r\nstatus: 'lopend'   # kick-off in maart\r\n");
    expect(after).toContain('\r\nplanning: {start: 2026-03-02, einde: 2026-06-30}\r\n');
    expect(after.endsWith('## Inhoud\r\n\r\nCoaches gaan langs de deuren.\r\n')).toBe(true);
    // Every line that was there and is not one of the edited keys is there still, unchanged.
    const edited = /^(status|planning|## Inhoud)/;
    for (const line of original.split('\r\n').filter((l) => l && !edited.test(l)))
      expect(after.split('\r\n'), line).toContain(line);
  });

  it('--content replaces the text under ## Inhoud; the frontmatter and the other sections stay byte for byte', async () => {
    const root = exampleKb();
    const path = `${P}/2026-geldzaken-en-taal-zandveld.md`;
    const original = read(root, path);
    const result = await kwp([
      'edit',
      '--kb',
      root,
      '2026-geldzaken-en-taal-zandveld',
      '--content',
      'Nieuwe inhoud.\n\nTweede alinea.',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const after = read(root, path);
    const head = original.slice(0, original.indexOf('## Inhoud\n'));
    const tail = original.slice(original.indexOf('## Leerdoelen'));
    expect(after).toBe(`${head}## Inhoud\n\nNieuwe inhoud.\n\nTweede alinea.\n\n${tail}`);
  });

  it('a frontmatter edit leaves the body byte for byte', async () => {
    const root = exampleKb();
    const path = `${P}/2026-geldzaken-en-taal-zandveld.md`;
    const original = read(root, path);
    const body = original.slice(original.indexOf('\n---\n') + 5);
    const result = await kwp([
      'edit',
      '--kb',
      root,
      '2026-geldzaken-en-taal-zandveld',
      '--end',
      '2026-12-19',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('planning.einde');
    expect(read(root, path)).not.toBe(original);
    expect(read(root, path).endsWith(body)).toBe(true);
  });

  it('speaks English with --lang en', async () => {
    const root = exampleKb();
    const result = await kwp([
      'edit',
      '--kb',
      root,
      'schoolpleinen-onderhoud-door-buurt',
      '--status',
      'vervallen',
      '--lang',
      'en',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${QUESTION}: changed: status\n`);
  });
});

describe('kwp edit refuses bad input, writing nothing', () => {
  it('an unknown id: exit 2, with the closest id', async () => {
    const result = await refused(exampleKb(), ['2026-jongeren-en-werk-havenkwartir', '--status', 'lopend']);
    expect(result.stderr).toContain('2026-jongeren-en-werk-havenkwartier');
  });

  it('a bad status value, with the allowed ones', async () => {
    const result = await refused(exampleKb(), ['schoolpleinen-onderhoud-door-buurt', '--status', 'klaar']);
    expect(result.stderr).toContain('open, opgepakt, beantwoord, vervallen');
  });

  it('a date that does not exist', async () => {
    const result = await refused(exampleKb(), [
      '2026-jongeren-en-werk-havenkwartier',
      '--start',
      '2026-02-30',
    ]);
    expect(result.stderr).toContain('2026-02-30');
  });

  it('a flag of another kind', async () => {
    const result = await refused(exampleKb(), ['2026-jongeren-en-werk-havenkwartier', '--group', 'overheid']);
    expect(result.stderr).toContain('--group');
  });

  it('removing what is not in the list', async () => {
    const result = await refused(exampleKb(), [
      '2026-jongeren-en-werk-havenkwartier',
      '--remove-theme',
      'armoede',
    ]);
    expect(result.stderr).toContain('armoede');
  });

  it('broken YAML in the file: the problem shown, nothing changed', async () => {
    const root = makeKb({ [`${P}/kapot-project.md`]: '---\nid: kapot-project\ntitel: [niet dicht\n---\n' });
    const result = await refused(root, ['kapot-project', '--title', 'Heel']);
    expect(result.stderr).toMatch(/kapot-project\.md:3/);
  });

  it('an edit that makes the record invalid: the rule and its message, exit 2', async () => {
    const root = exampleKb();
    const stopped = await refused(root, ['2026-geldzaken-en-taal-zandveld', '--status', 'afgerond']);
    expect(stopped.stderr).toContain('evaluation-required');
    const unknown = await refused(root, ['2026-jongeren-en-werk-havenkwartier', '--follows', 'bestaat-niet']);
    expect(unknown.stderr).toContain('unknown-reference');
    const cycle = await refused(root, [
      '2024-hittekaart-rivierenwijk',
      '--add-follows',
      '2026-onderhoud-schoolpleinen-door-buurt',
    ]);
    expect(cycle.stderr).toContain('cycle');
    const vocabulary = await refused(root, ['2026-jongeren-en-werk-havenkwartier', '--area', 'Rivierenwjik']);
    expect(vocabulary.stderr).toContain('Rivierenwijk');
  });

  it('a lopend project that lacks its leader can still get a new title; clearing its start is refused', async () => {
    const text = project('zonder-leider').replace(/^projectleider: .*\n/m, '');
    const root = makeKb({ [`${P}/zonder-leider.md`]: text });
    const result = await kwp(['edit', '--kb', root, 'zonder-leider', '--title', 'Anders']);
    expect(result.code, result.stderr).toBe(0);
    const cleared = await refused(root, ['zonder-leider', '--start', '']);
    expect(cleared.stderr).toContain('--start');
  });

  it('an error that was there before does not stop an edit of something else', async () => {
    // Area outside the vocabulary: an error already; changing the title is still allowed.
    const root = makeKb({ [`${P}/oud-project.md`]: project('oud-project', 'gebied: Nergensland\n') });
    const result = await kwp(['edit', '--kb', root, 'oud-project', '--title', 'Nieuwe titel']);
    expect(result.code, result.stderr).toBe(0);
    expect(readBack(root, `${P}/oud-project.md`).data['titel']).toBe('Nieuwe titel');
  });
});

describe('a file changed on disk between reading and writing', () => {
  it('is refused by the write plan: the other change stays, nothing of the edit is written', async () => {
    const { editRecord } = await import('../../src/core/edit/record/plan-record.js');
    const { readValues } = await import('../../src/core/edit/record/values.js');
    const { splitFrontmatter } = await import('../../src/core/frontmatter.js');
    const { readYamlFull } = await import('../../src/core/yaml-full.js');
    const { applyPlan } = await import('../../src/store/transaction.js');
    const root = exampleKb();
    const bytes = readFileSync(join(root, QUESTION));
    const text = bytes.toString('utf8');
    const split = splitFrontmatter(text);
    if (!split.ok) throw new Error('no frontmatter');
    const current = readValues('vraag', readYamlFull(split.yaml).data as Record<string, unknown>, split.body);
    const result = editRecord(text, 'vraag', current, { status: 'vervallen' });
    if (!result.ok) throw new Error('refused');
    // Someone saves the file in their editor meanwhile.
    const theirs = text.replace('ingediend: 2025-07-03', 'ingediend: 2025-07-04');
    writeFileSync(join(root, QUESTION), theirs);
    await expect(
      applyPlan({ ops: [{ op: 'replace', path: QUESTION, before: bytes, content: result.text }] }, { root }),
    ).rejects.toMatchObject({ messageId: 'edit.changed' });
    expect(read(root, QUESTION)).toBe(theirs);
  });

  it('keeps the question register in step: a question taken up becomes opgepakt, one let go open again', async () => {
    const root = exampleKb();
    git(root, 'init', '--quiet');
    git(root, 'add', '-A');
    git(root, 'commit', '--quiet', '-m', 'start');
    const taken = `${V}/jonge-mantelzorgers-hooilanden.md`;
    const questionBefore = read(root, taken);
    const before = snapshot(root);
    const added = await kwp([
      'edit', '--kb', root, '2026-jongeren-en-werk-havenkwartier',
      '--add-takes-up', 'jonge-mantelzorgers-hooilanden', '--commit', '--json',
    ]); // prettier-ignore
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout).questions).toEqual([
      { id: 'jonge-mantelzorgers-hooilanden', path: taken, status: 'opgepakt' },
    ]);
    expect(read(root, taken)).toBe(questionBefore.replace('status: open', 'status: opgepakt'));
    expect(changes(before, snapshot(root)).changed).toEqual([PREP, taken].sort());
    // One commit holds both files.
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(
      [PREP, taken].sort(),
    );

    // Let go by the only project that took it up: open again; validate stays clean of new problems.
    const let_go = await kwp([
      'edit', '--kb', root, '2026-jongeren-en-werk-havenkwartier', '--remove-takes-up', 'jonge-mantelzorgers-hooilanden',
    ]); // prettier-ignore
    expect(let_go.code, let_go.stderr).toBe(0);
    expect(let_go.stdout).toContain(`${taken}: status open`);
    expect(read(root, taken)).toBe(questionBefore);

    // --dry-run shows the diffs of both files and writes nothing.
    const beforeDry = snapshot(root);
    const dry = await kwp([
      'edit', '--kb', root, '2027-koele-routes-rivierenwijk', '--remove-takes-up', 'koele-looproutes-ouderen', '--dry-run',
    ]); // prettier-ignore
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('-status: opgepakt\n+status: open');
    expect(dry.stdout).toContain('-  - koele-looproutes-ouderen');
    expect(changes(beforeDry, snapshot(root)).changed).toEqual([]);

    // A question another project still takes up stays as it is.
    const other = await kwp([
      'edit', '--kb', root, '2026-jongeren-en-werk-havenkwartier', '--add-takes-up', 'koele-looproutes-ouderen', '--json',
    ]); // prettier-ignore
    expect(other.code, other.stderr).toBe(0);
    const dropped = await kwp([
      'edit', '--kb', root, '2026-jongeren-en-werk-havenkwartier', '--remove-takes-up', 'koele-looproutes-ouderen', '--json',
    ]); // prettier-ignore
    expect(dropped.code, dropped.stderr).toBe(0);
    expect(JSON.parse(dropped.stdout)).not.toHaveProperty('questions');
    expect(read(root, `${V}/koele-looproutes-ouderen.md`)).toContain('status: opgepakt');
  });
});
