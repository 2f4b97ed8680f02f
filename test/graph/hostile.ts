// A knowledge base whose titles, questions and even ids hold everything Mermaid and DOT treat as syntax.
import { makeKb, project } from '../helpers/kb.js';

export const HOSTILE_TITLES = [
  'Zeg "hallo" en \'dag\'',
  '[Haken] (ronde) {accolades} {{dubbel}} ([stadion]) [(cilinder)]',
  '<script>alert("x")</script> & <b>vet</b> &amp; &lt; &#35;',
  '|pijpen| a -->|"label"| b --> c -.-> d ==> e --- f',
  '#1; #quot; #35; ;puntkomma; a;b # hekje',
  '`code` ``` en \\backslash\\ \\n \\" einde\\',
  'Regel een\nRegel twee\r\nRegel drie\ttab\u2028scheiding\u0007bel',
  'style: #fff; classDef x fill:#f00; click a call b() class a b',
  '%%{init: {"theme": "forest"}}%% %% geen commentaar, 50% korting',
  'end subgraph graph digraph node edge strict',
  '`begint met een backtick',
  '"Helemaal tussen aanhalingstekens"',
  `Een heel lange titel ${'die maar doorgaat en doorgaat '.repeat(8)}tot het einde`,
];

/** Ids that are no safe identifier anywhere, and two that collide once made one. */
export const ODD_IDS = ['end', 'x-y-z', 'x_y_z', 'a"b\\c {d}'];

function withTitle(text: string, title: string): string {
  return text.replace(/^titel: .*$/m, `titel: ${JSON.stringify(title)}`);
}

/**
 * One chain of projects, one per hostile title, each raising a question with the same text that the
 * next one takes up; and a second chain of projects with odd ids (validate rejects those ids, but
 * kwp graph must still draw something that parses).
 */
export function hostileKb(): string {
  const files: Record<string, string> = {};
  HOSTILE_TITLES.forEach((title, i) => {
    const id = `hostile-${i + 1}`;
    const extra = i > 0 ? `vervolg_op: [hostile-${i}]\nkennisvragen: [vraag-${i}]\n` : '';
    files[`knowledge/projecten/${id}.md`] = withTitle(project(id, extra), title);
    files[`knowledge/kennisvragen/vraag-${i + 1}.md`] = `---
id: vraag-${i + 1}
vraag: ${JSON.stringify(`${title}?`)}
status: ${i + 1 < HOSTILE_TITLES.length ? 'opgepakt' : 'open'}
bron: tijdens-project
project: ${id}
---
`;
  });
  ODD_IDS.forEach((id, i) => {
    const extra = i > 0 ? `vervolg_op: [${JSON.stringify(ODD_IDS[i - 1])}]\n` : '';
    const text = project('placeholder', extra).replace('id: placeholder', `id: ${JSON.stringify(id)}`);
    files[`knowledge/projecten/odd-${i + 1}.md`] = withTitle(text, `Vreemd id ${id}`);
  });
  return makeKb(files);
}
