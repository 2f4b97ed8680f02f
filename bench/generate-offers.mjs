// Education offers for the bench's generated knowledge bases (one per ten projects: 1,000 offers for
// 10,000 projects), from the example's five schools, with the werkplaats' themes and areas, two or
// three periods in 2026-2027 with their intake deadlines, so that `kwp match` meets every outcome.
// Its own random stream: the projects and questions a generator writes stay as they were.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from './generate.mjs';

const SCHOOLS = [
  ['Hogeschool Rivelde', 'hbo'],
  ['ROC Rivelde', 'mbo'],
  ['Groen College Hooilanden', 'mbo'],
  ['Stroomdal College', 'vmbo'],
  ['Universiteit Oostland', 'wo'],
];
export const THEMAS = [
  'duurzaamheid',
  'positieve gezondheid',
  'ruimtelijke ontwikkeling',
  'eenzaamheid',
  'laaggeletterdheid',
  'armoede',
  'IT',
];
export const GEBIEDEN = [
  'Binnenstad',
  'Havenkwartier',
  'Rivierenwijk',
  'Zandveld',
  'Oosterpark',
  'Molenbeek',
  'Hooilanden',
];
export const NIVEAUS = ['vmbo', 'mbo', 'hbo', 'wo'];
export const VORMEN = ['vak', 'project', 'minor', 'stage', 'afstuderen', 'challenge', 'onderzoek'];
const CSL = ['laag', 'midden', 'intensief'];
/** Blocks of the school year 2026-2027: start, end, and the intake deadline before each. */
const BLOCKS = [
  ['2026-09-07', '2026-11-06', '2026-07-01'],
  ['2026-11-16', '2027-01-29', '2026-10-01'],
  ['2027-02-01', '2027-04-16', '2026-12-18'],
  ['2027-04-19', '2027-07-02', '2027-03-01'],
];

export function generateOffers(root, count, seed) {
  const rnd = random(seed + 15);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const some = (xs, max) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs)))];
  mkdirSync(join(root, 'knowledge', 'aanbod'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const id = `a${String(i).padStart(6, '0')}`;
    const [school, niveau] = pick(SCHOOLS);
    const first = Math.floor(rnd() * 2);
    const periods = BLOCKS.slice(first, first + 2 + Math.floor(rnd() * 2))
      .map(
        ([start, einde, intake], n) =>
          `  - {naam: blok ${first + n + 1}, start: ${start}, einde: ${einde}, intake_tot: ${intake}, studenten: ${4 + Math.floor(rnd() * 20)}, vragen: ${1 + Math.floor(rnd() * 3)}}\n`,
      )
      .join('');
    const thema = rnd() < 0.2 ? '' : `thema: [${some(THEMAS, 3).join(', ')}]\n`;
    const gebied = rnd() < 0.4 ? '' : `gebied: [${some(GEBIEDEN, 3).join(', ')}]\n`;
    writeFileSync(
      join(root, 'knowledge', 'aanbod', `${id}.md`),
      `---\nid: ${id}\ntitel: Aanbod ${i} van ${school}\ninstelling: ${school}\nniveau: ${niveau}\nopleiding: Opleiding ${i % 37}\nvorm: ${pick(VORMEN)}\ncsl_niveau: ${pick(CSL)}\n${thema}${gebied}periodes:\n${periods}contactpersoon: {naam: Docent ${i}, email: docent${i}@example.org}\n---\n\nStudenten werken een blok lang aan een vraag uit de wijk.\n`,
    );
  }
}

/** What a generated question asks of the offer (its own random stream, so the rest stays as it was). */
export function questionWishes(seed) {
  const rnd = random(seed + 16);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  return () => {
    const lines = [];
    if (rnd() < 0.7) lines.push(`niveau: [${[...new Set([pick(NIVEAUS), pick(NIVEAUS)])].join(', ')}]`);
    if (rnd() < 0.3) lines.push(`vorm: [${pick(VORMEN)}]`);
    if (rnd() < 0.6) lines.push(`studenten: ${1 + Math.floor(rnd() * 12)}`);
    const wish = rnd();
    if (wish < 0.3) lines.push('gewenst: {van: 2027-02-01, tot: 2027-07-31}');
    else if (wish < 0.5) lines.push('gewenst: {van: 2026-09-01, tot: 2027-01-31}');
    return lines.map((l) => `${l}\n`).join('');
  };
}
