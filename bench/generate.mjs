// Generates a synthetic knowledge base of N projects (plus questions, partners and education offers) from a fixed seed,
// using the example knowledge base's own files as templates, so the files look like real ones.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOffers, questionWishes } from './generate-offers.mjs';

const example = new URL('../knowledge/', import.meta.url).pathname;

/** A small deterministic PRNG (mulberry32), so every run builds the same files. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(root, projects, seed = 42) {
  const rnd = random(seed);
  rmSync(root, { recursive: true, force: true });
  for (const dir of ['projecten', 'kennisvragen', 'partners'])
    mkdirSync(join(root, 'knowledge', dir), { recursive: true });
  writeFileSync(join(root, 'knowledge', 'werkplaats.md'), readFileSync(join(example, 'werkplaats.md')));
  for (const name of readdirSync(join(example, 'partners'))) {
    writeFileSync(join(root, 'knowledge', 'partners', name), readFileSync(join(example, 'partners', name)));
  }
  const templates = readdirSync(join(example, 'projecten')).map((n) =>
    readFileSync(join(example, 'projecten', n), 'utf8'),
  );
  const questions = Math.floor(projects / 3);
  const pid = (i) => `p${String(i).padStart(6, '0')}`;
  const qid = (i) => `q${String(i).padStart(6, '0')}`;
  const wishes = questionWishes(seed);
  for (let i = 0; i < questions; i++) {
    const from = pid(Math.floor(rnd() * projects));
    writeFileSync(
      join(root, 'knowledge', 'kennisvragen', `${qid(i)}.md`),
      `---\nid: ${qid(i)}\nvraag: Wat leren we van vraag ${i}?\nstatus: open\nbron: evaluatie\nproject: ${from}\nthema: [duurzaamheid]\ningediend: 2026-01-15\n${wishes()}---\n\nToelichting bij vraag ${i}.\n`,
    );
  }
  for (let i = 0; i < projects; i++) {
    const template = templates[Math.floor(rnd() * templates.length)];
    const follows = i > 0 && rnd() < 0.6 ? `[${pid(Math.floor(rnd() * i))}]` : '[]';
    const takes = questions > 0 && rnd() < 0.3 ? `[${qid(Math.floor(rnd() * questions))}]` : '[]';
    // Keys in block style continue on indented `- ` lines: the whole key is replaced.
    const key = (name, value) => (t) =>
      t.replace(
        new RegExp(`^(\\s*)${name}:.*\\n(?:\\1[ \\t]+-.*\\n|[ \\t]*#.*\\n)*`, 'm'),
        `$1${name}: ${value}\n`,
      );
    let text = template.replace(/^id: .*$/m, `id: ${pid(i)}`);
    for (const edit of [
      key('vervolg_op', follows),
      key('kennisvragen', takes),
      key('nieuwe_kennisvragen', '[]'),
      // The example's education offers are not copied: hundreds of copies of one project in one
      // offer's period would be over-booked.
      key('aanbod', '[]'),
    ])
      text = edit(text);
    writeFileSync(join(root, 'knowledge', 'projecten', `${pid(i)}.md`), text);
  }
  // One education offer per ten projects (issue 15: 1,000 offers beside 10,000 projects).
  generateOffers(root, Math.floor(projects / 10), seed);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, count] = process.argv.slice(2);
  generate(root, Number(count ?? 1000));
}
