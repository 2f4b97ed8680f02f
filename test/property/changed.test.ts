// Property test of `kwp validate --changed`: on a generated knowledge base in a real git repository,
// random edits (a reference to an unknown or to another existing id, a cycle, a duplicate id, a
// vocabulary word of the werkplaats, a partner's name, broken YAML, a question dropped from a
// project; an education offer added to or dropped from a project, a project's start moved out of or
// into a period, a period's capacity lowered, an offer's school changed), renames (`git mv`, with and without the references fixed), additions and deletions,
// committed, staged or only in the working tree; with what the scan cache kept from earlier runs
// (warm), without it (cold), and as in CI, where none is kept. For each:
// - `--changed --format json` reports exactly what a full `validate --format json` reports about the
//   files --changed checks (its scope), and counts those files;
// - the base is valid, so every file with a diagnostic in the full run is one the change affected:
//   each of them is in the scope, as is every changed file that still exists.
// Seeded (test/helpers/random.ts): every run makes the same edits, and a failure names its seed.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInScope } from '../../src/core/affected.js';
import { loadForChanged } from '../../src/store/changed-load.js';
import { changedKnowledgeFiles } from '../../src/store/changed.js';
import { git } from '../helpers/git.js';
import { kwp, REPO, tempDir, type ValidateJson, validateJson } from '../helpers/kb.js';
import { random } from '../helpers/random.js';

const TRIALS = 120;
const PROJECTS = 16;
const P = 'knowledge/projecten';
const V = 'knowledge/kennisvragen';
const O = 'knowledge/partners';
const A = 'knowledge/aanbod';
/** The offers of the base: one period a year, which the generated projects (starting 1 February) fall in. */
const OFFERS = ['o000001x', 'o000002x', 'o000003x'];
const W = 'knowledge/werkplaats.md';

type Generate = (root: string, projects: number, seed?: number) => void;

interface World {
  root: string;
  rnd: () => number;
  log: string[];
  /** Paths to add to the index before the commit mode is applied (new files are untracked otherwise). */
  pick<T>(xs: readonly T[]): T;
}

const read = (w: World, path: string) => readFileSync(join(w.root, path), 'utf8');
const write = (w: World, path: string, text: string) => writeFileSync(join(w.root, path), text);
const files = (w: World, folder: string) =>
  readdirSync(join(w.root, folder))
    .filter((n) => n.endsWith('.md'))
    .sort()
    .map((n) => `${folder}/${n}`);
const records = (w: World) => [...files(w, P), ...files(w, V), ...files(w, A)];
const stem = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
const ID = /\b[dvo]\d{6}x?(?:-[a-z0-9]+)*\b/g;

/** The reference tokens of a record: ids anywhere in it but on its `id:` line. */
function referenceTokens(text: string): { at: number; id: string }[] {
  const end = text.indexOf('\n---', 3);
  const out: { at: number; id: string }[] = [];
  for (const m of text.slice(0, end).matchAll(ID)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (text.startsWith('id:', lineStart)) continue;
    out.push({ at: m.index, id: m[0] });
  }
  return out;
}

function replaceToken(w: World, path: string, to: (id: string) => string): boolean {
  const text = read(w, path);
  const tokens = referenceTokens(text);
  if (tokens.length === 0) return false;
  const { at, id } = w.pick(tokens);
  const next = to(id);
  write(w, path, text.slice(0, at) + next + text.slice(at + id.length));
  w.log.push(`${path}: reference ${id} → ${next}`);
  return true;
}

const allIds = (w: World) => records(w).map(stem);

/** The edits; each returns false when it found nothing to do on this knowledge base. */
const EDITS: Record<string, (w: World) => boolean> = {
  unknownReference: (w) =>
    replaceToken(w, w.pick(records(w)), (id) =>
      w.pick([`${id[0]}999999`, id.slice(0, -2), `${id}-y`, 'onbekend']),
    ),
  otherReference: (w) => replaceToken(w, w.pick(records(w)), () => w.pick(allIds(w))),
  cycle: (w) => {
    // j follows i, directly or 2 to 4 links down a chain: make i follow j.
    const later = w.pick(files(w, P));
    const follows = (path: string) => /^vervolg_op: \[(.+)\]$/m.exec(read(w, path))?.[1]?.split(', ') ?? [];
    let earlier = later;
    for (let steps = 1 + Math.floor(w.rnd() * 4); steps > 0; steps--) {
      const next = follows(earlier);
      if (next.length === 0 || !existsSync(join(w.root, `${P}/${next[0]}.md`))) break;
      earlier = `${P}/${w.pick(next)}.md`;
      if (!existsSync(join(w.root, earlier))) return false;
    }
    if (earlier === later) return false;
    const j = stem(later);
    write(
      w,
      earlier,
      read(w, earlier).replace(
        /^vervolg_op: \[(.*)\]$/m,
        (_, list: string) => `vervolg_op: [${list ? `${list}, ${j}` : j}]`,
      ),
    );
    w.log.push(`${earlier}: follows ${j} (a cycle)`);
    return true;
  },
  duplicateId: (w) => {
    const [a, b] = [w.pick(records(w)), w.pick(records(w))];
    if (w.rnd() < 0.5) {
      write(w, a, read(w, a).replace(/^id: .*$/m, `id: ${stem(b)}`));
      w.log.push(`${a}: id ${stem(b)}`);
    } else {
      const copy = `${b.slice(0, b.lastIndexOf('/'))}/kopie-${Math.floor(w.rnd() * 1000)}.md`;
      write(w, copy, read(w, b));
      w.log.push(`${copy}: a copy of ${b}`);
    }
    return true;
  },
  newId: (w) => {
    const a = w.pick(records(w));
    write(w, a, read(w, a).replace(/^id: (.*)$/m, 'id: $1-nieuw'));
    w.log.push(`${a}: id gets -nieuw`);
    return true;
  },
  vocabulary: (w) => {
    const text = read(w, W);
    const word = w.pick(['armoede', 'duurzaamheid', 'IT', 'Zandveld', 'Oosterpark', 'CDKM Rivelde']);
    const to = w.pick(['', `${word} en meer`]);
    const next = to
      ? text.replace(new RegExp(`\\b${word}\\b`), to)
      : text.replace(new RegExp(`\\n  - ${word}(?=\\n)|, ${word}\\b|\\b${word}, `), '');
    if (next === text) return false;
    write(w, W, next);
    w.log.push(`${W}: ${word} → ${to || '(removed)'}`);
    return true;
  },
  partnerName: (w) => {
    const path = w.pick(files(w, O));
    write(w, path, read(w, path).replace(/^naam: (.*)$/m, 'naam: $1 BV'));
    w.log.push(`${path}: naam + BV`);
    return true;
  },
  brokenYaml: (w) => {
    const path = w.pick([...records(w), ...files(w, O), W]);
    const text = read(w, path);
    const line = w.pick(['titel: [kapot', 'x: "open', '  - los', ': :']);
    write(w, path, text.replace(/\n/, `\n${line}\n`));
    w.log.push(`${path}: broken YAML (${line})`);
    return true;
  },
  dropQuestion: (w) => {
    const path = w.pick(files(w, P));
    const text = read(w, path);
    const next = w.pick([
      text.replace(/^kennisvragen: \[[^,\]]+(?:, )?/m, 'kennisvragen: ['),
      text.replace(/^kennisvragen:\n {2}- .*\n/m, 'kennisvragen:\n'),
    ]);
    if (next === text) return false;
    write(w, path, next);
    w.log.push(`${path}: a question dropped from kennisvragen`);
    return true;
  },
  dropQuestionEverywhere: (w) => {
    // No project takes it up any more: a question marked opgepakt is then reported, unchanged.
    const question = stem(w.pick(files(w, V)));
    for (const path of files(w, P)) {
      const text = read(w, path);
      const next = text
        .replace(new RegExp(`^(kennisvragen: \\[.*)\\b${question}\\b(, )?`, 'm'), '$1')
        .replace(/, \]$/m, ']')
        .replace(new RegExp(`^ {2}- ${question}\n`, 'm'), '');
      if (next !== text) write(w, path, next);
    }
    w.log.push(`${question}: dropped from every project's kennisvragen`);
    return true;
  },
  rename: (w) => {
    const from = w.pick(records(w));
    const to = `${from.slice(0, -'.md'.length)}-nieuw.md`;
    // An added file is not in git yet: moved as a file, as a person would.
    if (git(w.root, ['ls-files', from]).trim() === '') renameSync(join(w.root, from), join(w.root, to));
    else git(w.root, ['mv', from, to]);
    w.log.push(`mv ${from} ${to}`);
    if (w.rnd() < 0.5) {
      const [oldId, newId] = [stem(from), stem(to)];
      for (const path of records(w)) {
        const text = read(w, path);
        const next = text.replace(new RegExp(`\\b${oldId}\\b(?!-)`, 'g'), newId);
        if (next !== text) write(w, path, next);
      }
      w.log.push(`  references fixed (${oldId} → ${newId})`);
    }
    return true;
  },
  remove: (w) => {
    const path = w.pick([...records(w), ...files(w, O)]);
    if (w.rnd() < 0.5 && git(w.root, ['ls-files', path]).trim() !== '') git(w.root, ['rm', '-q', path]);
    else rmSync(join(w.root, path));
    w.log.push(`${path}: deleted`);
    return true;
  },
  offerAdd: (w) => {
    const path = w.pick(files(w, P).filter((f) => !/^aanbod:/m.test(read(w, f))));
    if (path === undefined) return false;
    const offer = w.pick(OFFERS);
    write(w, path, read(w, path).replace(/^projectleider:/m, `aanbod: [${offer}]\nprojectleider:`));
    w.log.push(`${path}: carried out in ${offer}`);
    return true;
  },
  offerDrop: (w) => {
    const path = w.pick(files(w, P).filter((f) => /^aanbod:/m.test(read(w, f))));
    if (path === undefined) return false;
    write(w, path, read(w, path).replace(/^aanbod: .*\n/m, ''));
    w.log.push(`${path}: its offer dropped`);
    return true;
  },
  offerStart: (w) => {
    const path = w.pick(files(w, P).filter((f) => /^aanbod:/m.test(read(w, f))));
    if (path === undefined) return false;
    // Between two periods, or into another year's period (which may then be full).
    const start = w.pick(['2022-03-05', '2023-01-20', '2024-02-10', '2021-12-01', '2025-02-01']);
    write(w, path, read(w, path).replace(/^planning: \{start: [0-9-]+/m, `planning: {start: ${start}`));
    w.log.push(`${path}: starts ${start}`);
    return true;
  },
  offerCapacity: (w) => {
    const path = w.pick(files(w, A));
    if (path === undefined) return false;
    const text = read(w, path);
    const next = w.pick([text.replace(/vragen: [2-9]/, 'vragen: 1'), text.replace(/, vragen: [2-9]/, '')]);
    if (next === text) return false;
    write(w, path, next);
    w.log.push(`${path}: a period takes fewer questions`);
    return true;
  },
  offerSchool: (w) => {
    const path = w.pick(files(w, A));
    if (path === undefined) return false;
    const school = w.pick(['Gemeente Rivelde', 'Hogeschool Rivelde', 'Hogeschool Rivelden']);
    write(w, path, read(w, path).replace(/^instelling: .*$/m, `instelling: ${school}`));
    w.log.push(`${path}: instelling ${school}`);
    return true;
  },
  add: (w) => {
    const template = w.pick(files(w, P));
    const id = `d9${String(Math.floor(w.rnd() * 100000)).padStart(5, '0')}`;
    const follows = w.pick(allIds(w));
    write(
      w,
      `${P}/${id}.md`,
      read(w, template)
        .replace(/^id: .*$/m, `id: ${id}`)
        .replace(/^vervolg_op: .*$/m, `vervolg_op: [${follows}]`),
    );
    w.log.push(`${P}/${id}.md: added, follows ${follows}`);
    return true;
  },
};

interface Outcome {
  full: ValidateJson;
  changed: ValidateJson;
  scope: Set<string>;
  changedPaths: string[];
}

/**
 * `warm`: with what the scan cache kept from earlier runs; `cold`: the cache removed first, so every
 * file is read (and kept); `ci`: as in CI (`CI=true`), where no cache is used or written.
 */
type CacheMode = 'warm' | 'cold' | 'ci';

async function check(root: string, mode: CacheMode): Promise<Outcome> {
  if (mode === 'cold') rmSync(join(root, '.git', 'kwp'), { recursive: true, force: true });
  const full = (await validateJson(root)).json;
  const args = ['validate', '--kb', root, '--format', 'json', '--changed', '--base', 'main'];
  const run = await kwp(args, { env: mode === 'ci' ? { CI: 'true' } : {} });
  const changed = JSON.parse(run.stdout) as ValidateJson;
  // The files --changed checks, as it works them out.
  const pending = changedKnowledgeFiles(root, { base: 'main', env: {} });
  const loaded = await loadForChanged(root, pending, { cache: mode !== 'ci' });
  const changes = await pending;
  const { inScope } = checkInScope(loaded, changes);
  const scope = new Set(loaded.map((f) => f.path).filter(inScope));
  return { full, changed, scope, changedPaths: changes.filter((c) => c.status !== 'D').map((c) => c.path) };
}

describe('validate --changed against a full validation, on random changes (property)', () => {
  let base = '';
  beforeAll(async () => {
    const module = (await import(join(REPO, 'bench', 'generate-dense.mjs'))) as { generateDense: Generate };
    base = join(tempDir('kwp-changed-property-'), 'kb');
    module.generateDense(base, PROJECTS, 13);
    // Ids in shuffled order: the generator's links all point to lower ids, and a cycle is reported
    // at its lowest id, which would then always be the project whose change closed it.
    const shuffle = random(99);
    const renamed = new Map<string, string>();
    for (const folder of [P, V]) {
      const names = readdirSync(join(base, folder)).map((n) => n.slice(0, -'.md'.length));
      const order = names.map((n) => ({ n, key: shuffle() })).sort((a, b) => a.key - b.key);
      names.forEach((n, i) => renamed.set(n, `${n[0]}${order[i]!.n.slice(1)}x`));
    }
    for (const folder of [P, V]) {
      for (const name of readdirSync(join(base, folder))) {
        const text = readFileSync(join(base, folder, name), 'utf8').replace(
          ID,
          (id) => renamed.get(id) ?? id,
        );
        rmSync(join(base, folder, name));
        writeFileSync(join(base, folder, `${renamed.get(name.slice(0, -'.md'.length))!}.md`), text);
      }
    }
    // Education offers, each with a period in every year, and every other project carried out in
    // one. Each period takes exactly as many questions as it holds projects (at least one), so
    // that one project more in it is over-booked.
    const taken = new Map<string, number>();
    readdirSync(join(base, P))
      .sort()
      .forEach((name, i) => {
        if (i % 2 === 1) return;
        const path = join(base, P, name);
        const offer = OFFERS[(i / 2) % OFFERS.length]!;
        const text = readFileSync(path, 'utf8');
        const year = /^planning: \{start: (\d{4})/m.exec(text)![1]!;
        taken.set(`${offer} ${year}`, (taken.get(`${offer} ${year}`) ?? 0) + 1);
        writeFileSync(path, text.replace(/^projectleider:/m, `aanbod: [${offer}]\nprojectleider:`));
      });
    // The generator's own offers (for the bench's `kwp match`) make way for these.
    rmSync(join(base, A), { recursive: true, force: true });
    mkdirSync(join(base, A));
    const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027];
    for (const id of OFFERS) {
      const periods = years.map(
        (y) =>
          `  - {naam: blok ${y}, start: ${y}-01-15, einde: ${y}-03-01, vragen: ${Math.max(1, taken.get(`${id} ${y}`) ?? 0)}}`,
      );
      writeFileSync(
        join(base, A, `${id}.md`),
        `---\nid: ${id}\ntitel: Aanbod ${id}\ninstelling: Hogeschool Rivelde\nniveau: hbo\nperiodes:\n${periods.join('\n')}\n---\n`,
      );
    }
    // Some lists in block style, so that a changed project loses lines of its own (git's patch).
    for (const name of readdirSync(join(base, P)).filter((_, i) => i % 3 === 0)) {
      const path = join(base, P, name);
      const text = readFileSync(path, 'utf8').replace(/^kennisvragen: \[(.+)\]$/m, (_, list: string) =>
        `kennisvragen:\n${list
          .split(', ')
          .map((id) => `  - ${id}\n`)
          .join('')}`.trimEnd(),
      );
      writeFileSync(path, text);
    }
    git(base, ['init', '-q', '-b', 'main']);
    git(base, ['add', '-A']);
    git(base, ['commit', '-qm', 'basis']);
    const { json } = await validateJson(base);
    expect(json.diagnostics).toEqual([]); // the property below relies on a valid base
  });

  it(`reports what a full check reports about the affected files (${TRIALS} seeded trials)`, async () => {
    const names = Object.keys(EDITS);
    for (let seed = 1; seed <= TRIALS; seed++) {
      git(base, ['checkout', '-q', '-f', '-B', 'feature', 'main']);
      git(base, ['clean', '-q', '-fdx']);
      const rnd = random(seed);
      const w: World = { root: base, rnd, log: [], pick: (xs) => xs[Math.floor(rnd() * xs.length)]! };
      const count = 1 + Math.floor(rnd() * 3);
      for (let made = 0, tries = 0; made < count && tries < 20; tries++) if (EDITS[w.pick(names)]!(w)) made++;
      const mode = w.pick(['commit', 'stage', 'worktree']);
      if (mode !== 'worktree') git(base, ['add', '-A']);
      if (mode === 'commit') git(base, ['commit', '-qm', `seed ${seed}`, '--allow-empty']);
      // One trial in three without the scan cache (cold), one as in CI; the others use what earlier
      // runs kept.
      const cache = (['warm', 'cold', 'ci'] as const)[seed % 3]!;
      const context = `seed ${seed} (${mode}, ${cache}):\n  ${w.log.join('\n  ')}`;

      const { full, changed, scope, changedPaths } = await check(base, cache);
      const key = (d: ValidateJson['diagnostics'][number]) =>
        `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;
      expect(changed.diagnostics.map(key).sort(), context).toEqual(
        full.diagnostics
          .filter((d) => scope.has(d.file))
          .map(key)
          .sort(),
      );
      expect(changed.files, context).toBe(scope.size);
      const missing = [...new Set([...full.diagnostics.map((d) => d.file), ...changedPaths])].filter(
        (f) => !scope.has(f),
      );
      expect(missing, context).toEqual([]);
    }
  });
});
