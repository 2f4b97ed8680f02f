// `validate --changed` parses only what the changed files' results depend on (store/changed-load).
// Whatever it leaves unparsed must not change a single diagnostic: for many random changes to the
// example knowledge base, including files whose id is written so that only a YAML parser sees it,
// the result is compared with a full read of every file, scoped the same way.
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChangedPath, checkInScope } from '../../src/core/affected.js';
import { editFrontmatter, type EditValue } from '../../src/core/edit/frontmatter-edit.js';
import { loadForChanged } from '../../src/store/changed-load.js';
import { loadForValidation } from '../../src/store/validate-load.js';
import { EXAMPLE_KB, tempDir } from '../helpers/kb.js';
import { random } from '../helpers/random.js';

const P = 'knowledge/projecten';
const V = 'knowledge/kennisvragen';

function copyExample(): string {
  const root = tempDir('kwp-lazy-');
  cpSync(join(EXAMPLE_KB, 'knowledge'), join(root, 'knowledge'), { recursive: true });
  return root;
}

const names = (root: string, folder: string) =>
  readdirSync(join(root, folder))
    .filter((n) => n.endsWith('.md'))
    .sort();
const idOf = (name: string) => name.slice(0, -3);

function edit(root: string, path: string, key: string[], value: EditValue): void {
  const file = join(root, path);
  const text = readFileSync(file, 'utf8');
  const result = editFrontmatter(text, [{ op: 'set', path: key, value }]);
  // The editor refuses the planted escapes and aliases: then the change is to the body.
  writeFileSync(file, result.ok ? result.text : `${text}\nGewijzigd.\n`);
}

/**
 * Ways of declaring `id` that a byte-level look could misread: each makes the file's real id
 * `target`, whatever the file is called.
 */
const TRICKY_IDS: ((target: string) => string)[] = [
  (t) => `id: ${t}\n`,
  (t) => `"id": ${t}\n`,
  (t) => `'id' : "${t}"\n`,
  (t) => `id: "${[...t].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}"\n`,
  (t) => `? id\n: ${t}\n`,
  (t) => `anker: &a ${t}\nid: *a\n`,
  (t) => `id:\n  ${t}\n`,
  (t) => `id: ${t} # een opmerking\n`,
];

/** A whole project file of some style, with the given id line(s) and references. */
function projectFile(idLines: string, rest = ''): string {
  return `---\n${idLines}titel: Een project\nstatus: voorbereiding\nprogramma: Leren met de Stad\nthema: [duurzaamheid]\n${rest}---\n\nTekst.\n`;
}

type Rng = () => number;
const pick = <T>(rnd: Rng, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** Changes the files on disk at random and returns what git would report as changed. */
function mutate(root: string, rnd: Rng): ChangedPath[] {
  const changes: ChangedPath[] = [];
  const steps = 1 + Math.floor(rnd() * 3);
  for (let step = 0; step < steps; step++) {
    const projects = names(root, P);
    const questions = names(root, V);
    const anyProject = () => idOf(pick(rnd, projects));
    const anyQuestion = () => idOf(pick(rnd, questions));
    const someProjectPath = `${P}/${pick(rnd, projects)}`;
    const kind = Math.floor(rnd() * 10);
    if (kind === 0) {
      edit(root, someProjectPath, ['titel'], 'Een nieuwe titel');
      changes.push({ status: 'M', path: someProjectPath });
    } else if (kind === 1) {
      // May close a cycle, or point at itself, or at a question (the wrong kind).
      const target = rnd() < 0.8 ? anyProject() : anyQuestion();
      edit(root, someProjectPath, ['vervolg_op'], [target]);
      changes.push({ status: 'M', path: someProjectPath });
    } else if (kind === 2) {
      edit(root, someProjectPath, ['kennisvragen'], [rnd() < 0.8 ? anyQuestion() : 'bestaat-niet']);
      changes.push({ status: 'M', path: someProjectPath });
    } else if (kind === 3) {
      const path = rnd() < 0.5 ? someProjectPath : `${V}/${pick(rnd, questions)}`;
      rmSync(join(root, path));
      changes.push({ status: 'D', path });
    } else if (kind === 4) {
      const path = `${P}/hernoemd-${step}.md`;
      renameSync(join(root, someProjectPath), join(root, path));
      if (rnd() < 0.5) edit(root, path, ['id'], `hernoemd-${step}`);
      changes.push({ status: 'R', path, oldPath: someProjectPath });
    } else if (kind === 5) {
      // A new file that takes an existing id, written in some style.
      const path = `${P}/nieuw-${step}.md`;
      writeFileSync(join(root, path), projectFile(pick(rnd, TRICKY_IDS)(anyProject())));
      changes.push({ status: 'A', path });
    } else if (kind === 6) {
      const path = `${V}/${pick(rnd, questions)}`;
      edit(root, path, ['status'], pick(rnd, ['opgepakt', 'open', 'beantwoord']));
      changes.push({ status: 'M', path });
    } else if (kind === 7) {
      const path = `${V}/nieuwe-vraag-${step}.md`;
      const project = rnd() < 0.8 ? anyProject() : 'geen-project';
      writeFileSync(
        join(root, path),
        `---\nid: nieuwe-vraag-${step}\nvraag: Wat nu?\nstatus: opgepakt\nbron: evaluatie\nproject: ${project}\n---\n`,
      );
      changes.push({ status: 'A', path });
    } else if (kind === 9) {
      // A partner renamed, or a theme taken off the werkplaats' list: then everything is read.
      const partners = names(root, 'knowledge/partners');
      const path = rnd() < 0.5 ? `knowledge/partners/${pick(rnd, partners)}` : 'knowledge/werkplaats.md';
      if (path.endsWith('werkplaats.md')) edit(root, path, ['themas'], ['duurzaamheid']);
      else edit(root, path, ['naam'], 'Een andere naam');
      changes.push({ status: 'M', path });
    } else {
      // A new project following another, taking up a question.
      const path = `${P}/nieuw-vervolg-${step}.md`;
      const rest = `vervolg_op: [${anyProject()}]\nkennisvragen: [${anyQuestion()}]\n`;
      writeFileSync(join(root, path), projectFile(`id: nieuw-vervolg-${step}\n`, rest));
      changes.push({ status: 'A', path });
    }
  }
  return changes;
}

/** Before the change: some unchanged files whose id differs from their name, in a tricky style. */
function plantTrickyIds(root: string, rnd: Rng): void {
  const count = Math.floor(rnd() * 3);
  for (let i = 0; i < count; i++) {
    const projects = names(root, P);
    const victim = pick(rnd, projects);
    const target = rnd() < 0.5 ? idOf(pick(rnd, projects)) : `ander-id-${i}`;
    const text = readFileSync(join(root, P, victim), 'utf8').replace(
      /^id: .*\n/m,
      pick(rnd, TRICKY_IDS)(target),
    );
    writeFileSync(join(root, P, victim), text);
  }
}

const comparable = (pending: readonly unknown[]) =>
  pending.map((d) => JSON.stringify(d)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

async function both(root: string, changes: ChangedPath[]) {
  const full = checkInScope(await loadForValidation(root), changes);
  const lazyFiles = await loadForChanged(root, Promise.resolve(changes));
  const lazy = checkInScope(lazyFiles, changes);
  return { full, lazy, lazyFiles };
}

describe('validate --changed reads only what matters, and reports exactly what a full read does', () => {
  it('leaves most files unparsed when one project changes', async () => {
    const root = copyExample();
    const path = `${P}/2026-samen-online-oosterpark.md`;
    edit(root, path, ['titel'], 'Samen online, gewijzigd');
    const { full, lazy, lazyFiles } = await both(root, [{ status: 'M', path }]);
    expect(comparable(lazy.pending)).toEqual(comparable(full.pending));
    // The partner register is always read (projects name partners); most projects and questions not.
    const records = lazyFiles.filter((f) => f.kind === 'project' || f.kind === 'vraag');
    expect(records.filter((f) => f.standIn).length).toBeGreaterThan(records.length / 2);
  });

  it('finds a follower of a deleted project, and a duplicate id written with an escape', async () => {
    const root = copyExample();
    const deleted = `${P}/2024-hittekaart-rivierenwijk.md`;
    rmSync(join(root, deleted));
    // An unchanged file that, through an escape, claims the id a new file also takes.
    const sneaky = `${P}/2026-energiecoaches-molenbeek.md`;
    writeFileSync(
      join(root, sneaky),
      readFileSync(join(root, sneaky), 'utf8').replace(/^id: .*\n/m, TRICKY_IDS[3]!('dubbel-id')),
    );
    writeFileSync(join(root, P, 'dubbel-id.md'), projectFile('id: dubbel-id\n'));
    const changes: ChangedPath[] = [
      { status: 'D', path: deleted },
      { status: 'A', path: `${P}/dubbel-id.md` },
    ];
    const { full, lazy } = await both(root, changes);
    expect(comparable(lazy.pending)).toEqual(comparable(full.pending));
    const rules = new Set(lazy.pending.map((d) => d.rule));
    expect(rules).toContain('unknown-reference');
    expect(rules).toContain('duplicate-id');
    expect(lazy.inScope(sneaky)).toBe(true);
  });

  it('with many changed files at once (more ids than are searched for one by one)', async () => {
    const rnd = random(99);
    const root = copyExample();
    plantTrickyIds(root, rnd);
    const changes: ChangedPath[] = [];
    for (let i = 0; i < 6; i++) changes.push(...mutate(root, rnd));
    for (const name of names(root, V).slice(0, 8)) {
      edit(root, `${V}/${name}`, ['status'], 'opgepakt');
      changes.push({ status: 'M', path: `${V}/${name}` });
    }
    const unique = [...new Map(changes.map((c) => [c.path, c])).values()];
    const { full, lazy } = await both(root, unique);
    expect(unique.length).toBeGreaterThan(16);
    expect(comparable(lazy.pending)).toEqual(comparable(full.pending));
  });

  it('leaves a cycle that was there before the change to the full check, and finds a long one the change closes', async () => {
    const root = copyExample();
    const ids = names(root, P).map(idOf);
    const [a, b, c, d, e, f] = ids as [string, string, string, string, string, string];
    // Before the change: a and b follow each other (not through anything that changes).
    edit(root, `${P}/${a}.md`, ['vervolg_op'], [b]);
    edit(root, `${P}/${b}.md`, ['vervolg_op'], [a]);
    // The change: c now follows a, which leads into that old cycle but not back to c.
    edit(root, `${P}/${c}.md`, ['vervolg_op'], [a]);
    const old = await both(root, [{ status: 'M', path: `${P}/${c}.md` }]);
    expect(comparable(old.lazy.pending)).toEqual(comparable(old.full.pending));
    expect(old.full.all.some((x) => x.rule === 'cycle')).toBe(true); // there, but not the change's
    expect(old.lazy.pending.some((x) => x.rule === 'cycle')).toBe(false);

    // A chain d → e → f → c (unchanged files, reached beyond the first round) that a change to c closes.
    edit(root, `${P}/${d}.md`, ['vervolg_op'], [e]);
    edit(root, `${P}/${e}.md`, ['vervolg_op'], [f]);
    edit(root, `${P}/${f}.md`, ['vervolg_op'], [c]);
    edit(root, `${P}/${c}.md`, ['vervolg_op'], [a, d]);
    const closed = await both(root, [{ status: 'M', path: `${P}/${c}.md` }]);
    expect(comparable(closed.lazy.pending)).toEqual(comparable(closed.full.pending));
    const cycle = closed.lazy.pending.filter((x) => x.rule === 'cycle');
    expect(cycle.length).toBeGreaterThan(0);
    for (const id of [c, d, e, f]) expect(closed.lazy.inScope(`${P}/${id}.md`)).toBe(true);
    for (const id of [a, b]) expect(closed.lazy.inScope(`${P}/${id}.md`)).toBe(false);
  });

  it.each(Array.from({ length: Number(process.env.KWP_LAZY_SEEDS ?? 60) }, (_, i) => i + 1))(
    'random changes, seed %i',
    async (seed) => {
      const rnd = random(seed);
      const root = copyExample();
      plantTrickyIds(root, rnd);
      const changes = mutate(root, rnd);
      // What git would give as the words a changed or deleted project lost: some question ids.
      for (const change of changes)
        if (change.status !== 'A' && change.path.startsWith(P) && rnd() < 0.5)
          change.dropped = ['kennisvragen', idOf(pick(rnd, names(root, V))), 'vraag-die-niet-bestaat'];
      const { full, lazy, lazyFiles } = await both(root, changes);
      expect(comparable(lazy.pending)).toEqual(comparable(full.pending));
      for (const file of lazyFiles) {
        expect(lazy.inScope(file.path)).toBe(full.inScope(file.path));
        // Nothing in scope may be a stand-in: its own diagnostics would be missing.
        if (lazy.inScope(file.path)) expect(file.standIn ?? false).toBe(false);
      }
    },
  );
});
