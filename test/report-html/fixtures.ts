// Reports to render, built the way `kwp report` builds them: the example knowledge base, a hostile
// one (every text field holding HTML, script, pipes, Mermaid, separators, quotes, line ends and
// spreadsheet formulas), and an empty one. Shared by the HTML and the CSV tests.
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { projectReport, type ProjectReport } from '../../src/core/report/project-report.js';
import {
  type ReportOptions,
  werkplaatsReport,
  type WerkplaatsReport,
} from '../../src/core/report/summary.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { EXAMPLE_KB, makeKb } from '../helpers/kb.js';

export const TODAY = '2026-07-01';
/** Made on TODAY, outside git. */
export const STAND = { datum: TODAY, commit: null, gewijzigd: null };

/** Every kind of text that must stay inert, in every format. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  quotes: 'Zeg "hallo" en \'dag\'',
  pipes: '|pijpen| a | b |',
  mermaid: 'A-->B["kwaad"]; click A call alert(1) %%{init: {"theme": "forest"}}%%',
  separator: 'een;twee; drie',
  newline: 'Regel een\nRegel twee\r\nRegel drie',
  entities: '&amp; &lt; &#35; </textarea></style></title>',
  equals: '=1+1',
  dde: "=cmd|' /C calc'!A0",
  plus: '+1+1',
  minus: '-1+1',
  at: '@SUM(1+1)',
  tab: '\t=1+1',
  cr: '\r=1+1',
} as const;

const q = (s: string) => JSON.stringify(s);

const WERKPLAATS = `---
naam: ${q(`Werkplaats ${HOSTILE.script}`)}
programmas: [${q(HOSTILE.pipes)}, Gewoon programma]
themas: [${q(HOSTILE.script)}, ${q(HOSTILE.equals)}, duurzaamheid]
gebieden: [${q(HOSTILE.img)}, Binnenstad]
doelen: {studenten: 10, gebieden: 2, projecten: 4}
---

Een werkplaats om te testen.
`;

function project(id: string, fields: string): string {
  return `---
id: ${id}
${fields}
projectleider: {naam: Femke de Vries, email: f.devries@example.org}
contactpersoon: {naam: Ahmed Yilmaz, email: a.yilmaz@example.org}
---

## Inhoud

${HOSTILE.script} ${HOSTILE.img}
`;
}

/** The titles of the projects whose only hostility is the first character of their title. */
export const FORMULA_TITLES = {
  'h-eq': HOSTILE.equals,
  'h-dde': HOSTILE.dde,
  'h-plus': HOSTILE.plus,
  'h-minus': HOSTILE.minus,
  'h-at': HOSTILE.at,
  'h-tab': HOSTILE.tab,
  'h-cr': HOSTILE.cr,
} as const;

export function hostileKbRoot(): string {
  const files: Record<string, string> = {
    'knowledge/werkplaats.md': WERKPLAATS,
    'knowledge/projecten/h-script.md': project(
      'h-script',
      `titel: ${q(`${HOSTILE.script} ${HOSTILE.img}`)}
status: afgerond
programma: ${q(HOSTILE.pipes)}
kennisvraag: ${q(`${HOSTILE.quotes} ${HOSTILE.img}?`)}
thema: [${q(HOSTILE.script)}, ${q(HOSTILE.equals)}]
gebied: ${q(HOSTILE.img)}
partners:
  - {naam: ${q(HOSTILE.dde)}, groep: onderwijs, niveau: mbo, studenten: 3}
  - {naam: ${q(HOSTILE.plus)}, groep: onderwijs, niveau: hbo, studenten: 2}
  - {naam: ${q(HOSTILE.minus)}, groep: ondernemers}
  - {naam: ${q(HOSTILE.at)}, groep: overheid}
  - {naam: ${q(`${HOSTILE.separator} ${HOSTILE.quotes}`)}, groep: bewoners}
  - {naam: ${q(HOSTILE.newline)}, groep: ${q(HOSTILE.script)}}
leerdoelen:
  - {wie: ${q(HOSTILE.img)}, wat: ${q(HOSTILE.mermaid)}}
  - {wie: ${q(HOSTILE.equals)}, wat: ${q(HOSTILE.entities)}}
planning: {start: 2025-01-06, einde: 2025-06-27}
begroting:
  kosten:
    - {post: ${q(HOSTILE.script)}, bedrag: 1234.5}
  dekking:
    - {partner: ${q(HOSTILE.dde)}, bedrag: 1000.25, uren: 12}
    - {partner: ${q(HOSTILE.img)}, uren: 8}
evaluatie:
  datum: 2025-07-03
  conclusies: [${q(HOSTILE.script)}, ${q(HOSTILE.img)}, ${q(HOSTILE.mermaid)}, ${q(HOSTILE.newline)}]
  leerpunten: [${q(HOSTILE.pipes)}, ${q(HOSTILE.entities)}]
  verbeterpunten: [${q(HOSTILE.quotes)}, ${q(HOSTILE.at)}]
  nieuwe_kennisvragen: [h-vraag]`,
    ),
    'knowledge/projecten/h-mermaid.md': project(
      'h-mermaid',
      `titel: ${q(HOSTILE.mermaid)}
status: lopend
programma: Gewoon programma
kennisvraag: ${q(HOSTILE.separator)}
vervolg_op: [h-script]
kennisvragen: [h-vraag]
thema: [duurzaamheid]
gebied: Binnenstad
partners:
  - {naam: ${q(HOSTILE.entities)}, groep: onderwijs, niveau: wo, studenten: 4}
planning: {start: 2025-09-01, einde: 2026-01-30}
begroting:
  kosten: [{post: werk, bedrag: 500}]
  dekking: [{partner: ${q(HOSTILE.pipes)}, bedrag: 100}]`,
    ),
    'knowledge/kennisvragen/h-vraag.md': `---
id: h-vraag
vraag: ${q(`${HOSTILE.img} ${HOSTILE.script}?`)}
status: opgepakt
bron: evaluatie
project: h-script
---
`,
  };
  for (const [id, titel] of Object.entries(FORMULA_TITLES)) {
    files[`knowledge/projecten/${id}.md`] = project(
      id,
      `titel: ${q(titel)}
status: voorbereiding
programma: ${q(titel)}
thema: [${q(titel)}]
gebied: ${q(titel)}
partners: [{naam: ${q(titel)}, groep: ondernemers}]`,
    );
  }
  return makeKb(files);
}

export async function kbAt(root: string): Promise<KnowledgeBase> {
  return new KnowledgeBase((await loadKnowledgeBase(root)).files);
}

export async function werkplaats(
  root: string,
  options: Partial<ReportOptions> = {},
): Promise<{ kb: KnowledgeBase; report: WerkplaatsReport }> {
  const kb = await kbAt(root);
  return { kb, report: werkplaatsReport(kb, { period: null, today: TODAY, ...options }) };
}

export async function oneProject(root: string, id: string): Promise<ProjectReport> {
  const kb = await kbAt(root);
  const entry = kb.get(id);
  if (entry?.kind !== 'project') throw new Error(`no project ${id}`);
  return projectReport(kb, entry, [], STAND);
}

export const exampleRoot = EXAMPLE_KB;

/** A knowledge base with a werkplaats.md and nothing else. */
export function emptyKbRoot(): string {
  return makeKb();
}
