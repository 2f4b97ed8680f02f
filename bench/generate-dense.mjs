// A second knowledge-base shape for the bench, unlike the first (bench/generate.mjs): as many
// questions as projects, every project taking up 4 to 8 of them and raising 1 to 3 in its
// evaluation, 2 to 4 `vervolg_op` links each (to the 30 projects before it, so chains run the whole
// length of the knowledge base and never close into a cycle), 6 to 12 partners of the register with
// who pays, and long bodies and evaluations. Written from scratch rather than from the example's
// files; valid (a test keeps it so). Same fixed-seed PRNG as the first shape.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { generateOffers, questionWishes } from './generate-offers.mjs';
import { join } from 'node:path';
import { random } from './generate.mjs';

const example = new URL('../knowledge/', import.meta.url).pathname;

const THEMAS = [
  'duurzaamheid',
  'positieve gezondheid',
  'ruimtelijke ontwikkeling',
  'eenzaamheid',
  'armoede',
  'IT',
];
const GEBIEDEN = [
  'Binnenstad',
  'Havenkwartier',
  'Rivierenwijk',
  'Zandveld',
  'Oosterpark',
  'Molenbeek',
  'Hooilanden',
];
const WORDS = (
  'studenten bewoners buurt gemeente wijk vragen leren samen onderzoek gesprek school ouderen ' +
  'jongeren huurders energie groen plein route taal geld zorg werk data kaart ochtend avond'
).split(' ');

export function generateDense(root, projects, seed = 42) {
  const rnd = random(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  rmSync(root, { recursive: true, force: true });
  for (const dir of ['projecten', 'kennisvragen', 'partners'])
    mkdirSync(join(root, 'knowledge', dir), { recursive: true });
  writeFileSync(join(root, 'knowledge', 'werkplaats.md'), readFileSync(join(example, 'werkplaats.md')));
  const register = [];
  for (const name of readdirSync(join(example, 'partners'))) {
    const text = readFileSync(join(example, 'partners', name), 'utf8');
    writeFileSync(join(root, 'knowledge', 'partners', name), text);
    register.push({
      naam: /^naam: (.*)$/m.exec(text)[1],
      groep: /^groep: (.*)$/m.exec(text)[1],
      niveau: /^niveau: (.*)$/m.exec(text)?.[1],
    });
  }
  const questions = projects;
  const pid = (i) => `d${String(i).padStart(6, '0')}`;
  const qid = (i) => `v${String(i).padStart(6, '0')}`;
  // Questions: each raised by one project (in its evaluation), taken up by several later ones.
  const raisedBy = Array.from({ length: questions }, () => -1);
  const takenUp = new Uint8Array(questions);
  const raised = Array.from({ length: projects }, () => []);
  for (let q = 0; q < questions; q++) {
    const p = Math.floor(rnd() * projects);
    if (raised[p].length < 3) {
      raised[p].push(q);
      raisedBy[q] = p;
    }
  }
  for (let i = 0; i < projects; i++) {
    const follows = new Set();
    if (i > 0) for (let n = between(2, 4); n > 0; n--) follows.add(i - between(1, Math.min(30, i)));
    const takes = new Set();
    for (let n = between(4, 8); n > 0; n--) takes.add(Math.floor(rnd() * questions));
    for (const q of takes) takenUp[q] = 1;
    const partners = new Set();
    for (let n = between(6, 12); n > 0; n--) partners.add(pick(register));
    const partnerLines = [...partners].map((p) => {
      const school = p.groep === 'onderwijs' && p.niveau;
      const extra = school
        ? `, niveau: ${p.niveau}, opleiding: ${pick(WORDS)}, studenten: ${between(2, 30)}`
        : '';
      return `  - {naam: ${p.naam}, groep: ${p.groep}${extra}}`;
    });
    const funders = [...partners]
      .slice(0, 4)
      .map((p) => `    - {partner: ${p.naam}, bedrag: ${between(12, 40) * 250}, uren: ${between(10, 200)}}`);
    const list = (n, words) => Array.from({ length: n }, () => `    - ${sentence(words)}`).join('\n');
    const year = 2020 + Math.floor((i / projects) * 6);
    const thema = [...new Set([pick(THEMAS), pick(THEMAS)])].join(', ');
    const ids = (xs, f) => `[${[...xs].map(f).join(', ')}]`;
    const body = Array.from(
      { length: between(4, 8) },
      () => `${Array.from({ length: between(3, 6) }, () => sentence(between(8, 16))).join(' ')}\n`,
    );
    const text = `---
id: ${pid(i)}
titel: ${sentence(6).slice(0, -1)} ${i}
status: afgerond
programma: ${pick(['Leren met de Stad', 'CDKM Rivelde'])}
kennisvraag: ${sentence(12).slice(0, -1)}?
thema: [${thema}]
gebied: ${pick(GEBIEDEN)}
vervolg_op: ${ids(follows, pid)}
kennisvragen: ${ids(takes, qid)}
projectleider: {naam: Projectleider ${i}, email: leider${i}@example.org, organisatie: ${pick(register).naam}}
contactpersoon: {naam: Contact ${i}, email: contact${i}@example.org}
team:
  onderwijs: [docent ${pick(WORDS)}, studententeam ${pick(WORDS)}]
  bewoners: [bewoner ${pick(WORDS)}]
partners:
${partnerLines.join('\n')}
leerdoelen:
${Array.from({ length: between(2, 5) }, () => `  - {wie: ${pick(WORDS)}, wat: ${sentence(8).slice(0, -1)}}`).join('\n')}
planning: {start: ${year}-02-01, tussentijds: ${year}-04-15, einde: ${year}-06-30}
begroting:
  kosten:
    - {post: ${pick(WORDS)}, bedrag: ${between(1, 10) * 500}}
    - {post: ${pick(WORDS)}, bedrag: ${between(1, 20) * 100}}
  dekking:
${funders.join('\n')}
evaluatie:
  datum: ${year}-07-15
  conclusies:
${list(between(4, 8), 14)}
  leerpunten:
${list(between(4, 8), 12)}
  verbeterpunten:
${list(between(3, 6), 12)}
  nieuwe_kennisvragen: ${ids(raised[i], qid)}
---

## Inhoud

${body.join('\n')}
## Resultaten

${Array.from({ length: between(3, 8) }, () => `- ${sentence(10)}`).join('\n')}

## Evaluatie

${sentence(20)} ${sentence(18)}
`;
    writeFileSync(join(root, 'knowledge', 'projecten', `${pid(i)}.md`), text);
  }
  const wishes = questionWishes(seed);
  for (let q = 0; q < questions; q++) {
    const project = raisedBy[q] >= 0 ? raisedBy[q] : Math.floor(rnd() * projects);
    const status = takenUp[q] ? 'opgepakt' : 'open';
    writeFileSync(
      join(root, 'knowledge', 'kennisvragen', `${qid(q)}.md`),
      `---\nid: ${qid(q)}\nvraag: ${sentence(12).slice(0, -1)}?\nstatus: ${status}\nbron: evaluatie\nproject: ${pid(project)}\nthema: [${pick(THEMAS)}]\ngebied: ${pick(GEBIEDEN)}\ningediend: 2026-01-15\n${wishes()}---\n\n${sentence(20)} ${sentence(15)}\n`,
    );
  }
  generateOffers(root, Math.floor(projects / 10), seed);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, count] = process.argv.slice(2);
  generateDense(root, Number(count ?? 1000));
}
