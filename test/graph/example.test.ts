// `kwp graph` on the example knowledge base: its three chains and the questions between them, checked
// by hand against the files in knowledge/.
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/core/knowledge-graph.js';
import { kwp, REPO } from '../helpers/kb.js';

const kbArgs = ['--kb', REPO];

async function graphJson(...args: string[]): Promise<KnowledgeGraph> {
  const { code, stdout, stderr } = await kwp(['graph', ...kbArgs, '--format', 'json', ...args]);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout) as KnowledgeGraph;
}

const edgeList = (g: KnowledgeGraph) => g.edges.map((e) => `${e.from} ${e.kind} ${e.to}`);

const RIVIERENWIJK = [
  '2024-hittekaart-rivierenwijk',
  '2025-groene-schoolpleinen-rivierenwijk',
  '2026-onderhoud-schoolpleinen-door-buurt',
  '2027-koele-routes-rivierenwijk',
  'koele-looproutes-ouderen',
  'schoolpleinen-onderhoud-door-buurt',
  'aansprakelijkheid-vrijwilligers-schoolplein',
];
const ZANDVELD = [
  '2024-taalcafe-zandveld',
  '2025-armoede-signalering-zandveld',
  '2026-geldzaken-en-taal-zandveld',
  'taal-en-geldzaken',
  'geldzorgen-signalen-delen',
];
const OOSTERPARK = [
  '2024-eenzaamheid-ouderen-oosterpark',
  '2025-digitale-buurtkamer-oosterpark',
  '2026-samen-online-oosterpark',
  'digitale-vaardigheden-ouderen',
  'digitale-buurtkamer-zonder-studenten',
];
const ZANDVELD_EDGES = [
  '2024-taalcafe-zandveld vervolg_op 2026-geldzaken-en-taal-zandveld',
  '2024-taalcafe-zandveld raised taal-en-geldzaken',
  '2025-armoede-signalering-zandveld vervolg_op 2026-geldzaken-en-taal-zandveld',
  '2025-armoede-signalering-zandveld raised geldzorgen-signalen-delen',
  'taal-en-geldzaken taken_up 2026-geldzaken-en-taal-zandveld',
];

describe('kwp graph on the example knowledge base', () => {
  it('holds the three chains, in chain order, each followed by its questions', async () => {
    const g = await graphJson();
    expect(g.nodes.map((n) => n.id)).toEqual([...RIVIERENWIJK, ...ZANDVELD, ...OOSTERPARK]);
    // Standalone projects and questions no chain project raised or took up are left out.
    for (const id of [
      '2025-deelmobiliteit-binnenstad',
      '2026-energiecoaches-molenbeek',
      '2026-jongeren-en-werk-havenkwartier',
      'ritdata-deelscooters',
      'energiearmoede-huurders-molenbeek',
      'jonge-mantelzorgers-hooilanden',
    ])
      expect(g.nodes.map((n) => n.id)).not.toContain(id);
  });

  it('gives each node its kind, its title or question, and its status as the files say', async () => {
    const g = await graphJson();
    const node = (id: string) => g.nodes.find((n) => n.id === id);
    expect(node('2024-hittekaart-rivierenwijk')).toEqual({
      id: '2024-hittekaart-rivierenwijk',
      kind: 'project',
      label: 'Hittekaart van de Rivierenwijk',
      status: 'afgerond',
    });
    expect(node('2027-koele-routes-rivierenwijk')?.status).toBe('voorbereiding');
    expect(node('2025-armoede-signalering-zandveld')?.status).toBe('gestopt');
    expect(node('geldzorgen-signalen-delen')).toEqual({
      id: 'geldzorgen-signalen-delen',
      kind: 'vraag',
      label:
        'Welke signalen van geldzorgen mogen buurtorganisaties met elkaar en met de gemeente delen, en onder welke voorwaarden?',
      status: 'open',
    });
    expect(node('digitale-vaardigheden-ouderen')?.status).toBe('beantwoord');
  });

  it('has every edge of the three chains, each once, pointing forward', async () => {
    const g = await graphJson();
    expect(edgeList(g)).toEqual([
      // Rivierenwijk: hittekaart → groene schoolpleinen → onderhoud → koele routes
      '2024-hittekaart-rivierenwijk vervolg_op 2025-groene-schoolpleinen-rivierenwijk',
      '2024-hittekaart-rivierenwijk raised koele-looproutes-ouderen',
      '2025-groene-schoolpleinen-rivierenwijk vervolg_op 2026-onderhoud-schoolpleinen-door-buurt',
      '2025-groene-schoolpleinen-rivierenwijk raised schoolpleinen-onderhoud-door-buurt',
      '2026-onderhoud-schoolpleinen-door-buurt vervolg_op 2027-koele-routes-rivierenwijk',
      // raised during the project (bron: tijdens-project), still open
      '2026-onderhoud-schoolpleinen-door-buurt raised aansprakelijkheid-vrijwilligers-schoolplein',
      'koele-looproutes-ouderen taken_up 2027-koele-routes-rivierenwijk',
      'schoolpleinen-onderhoud-door-buurt taken_up 2026-onderhoud-schoolpleinen-door-buurt',
      // Zandveld: taalcafé and armoede-signalering both → geldzaken en taal
      ...ZANDVELD_EDGES,
      // Oosterpark: eenzaamheid → digitale buurtkamer → samen online
      '2024-eenzaamheid-ouderen-oosterpark vervolg_op 2025-digitale-buurtkamer-oosterpark',
      '2024-eenzaamheid-ouderen-oosterpark raised digitale-vaardigheden-ouderen',
      '2025-digitale-buurtkamer-oosterpark vervolg_op 2026-samen-online-oosterpark',
      '2025-digitale-buurtkamer-oosterpark raised digitale-buurtkamer-zonder-studenten',
      'digitale-vaardigheden-ouderen taken_up 2025-digitale-buurtkamer-oosterpark',
      'digitale-buurtkamer-zonder-studenten taken_up 2026-samen-online-oosterpark',
    ]);
  });

  it('--root gives one chain with its questions, from a project or from a question', async () => {
    for (const root of ['2026-geldzaken-en-taal-zandveld', '2024-taalcafe-zandveld', 'taal-en-geldzaken']) {
      const g = await graphJson('--root', root);
      expect(g.nodes.map((n) => n.id)).toEqual(ZANDVELD);
      expect(edgeList(g)).toEqual(ZANDVELD_EDGES);
    }
    const open = await graphJson('--root', 'aansprakelijkheid-vrijwilligers-schoolplein');
    expect(open.nodes.map((n) => n.id)).toEqual(RIVIERENWIJK);
  });

  it('--root on a project outside any chain shows it with its questions; a lone question alone', async () => {
    const g = await graphJson('--root', '2026-energiecoaches-molenbeek');
    expect(g.nodes.map((n) => n.id)).toEqual([
      '2026-energiecoaches-molenbeek',
      'energiearmoede-huurders-molenbeek',
    ]);
    expect(edgeList(g)).toEqual(['energiearmoede-huurders-molenbeek taken_up 2026-energiecoaches-molenbeek']);
    const lone = await graphJson('--root', 'jonge-mantelzorgers-hooilanden');
    expect(lone).toEqual({
      nodes: [
        {
          id: 'jonge-mantelzorgers-hooilanden',
          kind: 'vraag',
          label: 'Hoe voorkomen we dat jonge mantelzorgers in de Hooilanden vereenzamen?',
          status: 'open',
        },
      ],
      edges: [],
    });
  });

  it('an unknown --root is exit 2 with the closest id; a partner is not a root', async () => {
    const typo = await kwp(['graph', ...kbArgs, '--root', '2026-geldzaken-taal-zandveld', '--lang', 'en']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('"2026-geldzaken-taal-zandveld"');
    expect(typo.stderr).toContain('2026-geldzaken-en-taal-zandveld');
    const partner = await kwp(['graph', ...kbArgs, '--root', 'gemeente-rivelde']);
    expect(partner.code).toBe(2);
    expect(partner.stdout).toBe('');
    expect(partner.stderr).toContain('gemeente-rivelde');
  });

  it('an unknown --format is exit 2 naming the allowed values, before the kb is read', async () => {
    const r = await kwp(['graph', '--kb', '/nonexistent', '--format', 'svg']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('mermaid, dot, json');
    const close = await kwp(['graph', ...kbArgs, '--format', 'mermiad']);
    expect(close.code).toBe(2);
    expect(close.stderr).toMatch(/"mermaid"/);
  });

  it('draws a Mermaid flowchart by default: rounded projects, hexagon questions, a class per status', async () => {
    const { code, stdout, stderr } = await kwp(['graph', ...kbArgs]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain(
      '  p_2024_hittekaart_rivierenwijk(["Hittekaart van de Rivierenwijk<br/>(afgerond)"]):::afgerond',
    );
    expect(lines).toContain(
      '  q_taal_en_geldzaken{{"Hoe bereiken we bewoners van Zandveld die moeite hebben met lezen én met geldzaken?<br/>(opgepakt)"}}:::opgepakt',
    );
    expect(lines).toContain(
      '  p_2024_hittekaart_rivierenwijk -->|"vervolgd door"| p_2025_groene_schoolpleinen_rivierenwijk',
    );
    expect(lines).toContain('  p_2024_taalcafe_zandveld -.->|"nieuwe vraag"| q_taal_en_geldzaken');
    expect(lines).toContain('  q_taal_en_geldzaken -.->|"opgepakt door"| p_2026_geldzaken_en_taal_zandveld');
    const classDefs = lines.filter((l) => l.startsWith('  classDef ')).map((l) => l.split(' ')[3]);
    // Only the statuses in use; none of the example's questions is vervallen.
    expect(classDefs).toEqual([
      'voorbereiding',
      'lopend',
      'afgerond',
      'gestopt',
      'open',
      'opgepakt',
      'beantwoord',
    ]);
    expect(lines.filter((l) => l.includes('-->') || l.includes('-.->'))).toHaveLength(19);
    // Output for files and pages: the same, with no colour codes, when standard output is a terminal.
    const tty = await kwp(['graph', ...kbArgs], { tty: true, env: { FORCE_COLOR: '3' } });
    expect(tty.stdout).toBe(stdout);
  });

  it('speaks English edge labels under --lang en', async () => {
    const { stdout } = await kwp(['graph', ...kbArgs, '--lang', 'en', '--root', 'taal-en-geldzaken']);
    expect(stdout).toContain('-->|"followed by"|');
    expect(stdout).toContain('-.->|"new question"|');
    expect(stdout).toContain('-.->|"taken up by"|');
  });

  it('draws DOT for Graphviz with quoted ids and labels', async () => {
    const { code, stdout } = await kwp([
      'graph',
      ...kbArgs,
      '--format',
      'dot',
      '--root',
      'taal-en-geldzaken',
    ]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['digraph kwp {', '  rankdir=LR;']);
    expect(lines.at(-1)).toBe('}');
    expect(lines).toContain(
      '  "2024-taalcafe-zandveld" [label="Taalcafé in buurthuis \'t Zand\\n(afgerond)", shape="box", style="rounded,filled", fillcolor="#dcfce7", color="#16a34a", fontcolor="#14532d"];',
    );
    expect(lines).toContain(
      '  "2025-armoede-signalering-zandveld" -> "2026-geldzaken-en-taal-zandveld" [label="vervolgd door"];',
    );
    expect(lines).toContain(
      '  "taal-en-geldzaken" -> "2026-geldzaken-en-taal-zandveld" [label="opgepakt door", style="dashed"];',
    );
    expect(lines.filter((l) => l.includes(' -> '))).toHaveLength(5);
  });

  it('shows its options and an example under --help', async () => {
    const { code, stdout } = await kwp(['graph', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--format <formaat>');
    expect(stdout).toContain('--root <id>');
    expect(stdout).toContain('kwp graph --root');
  });
});
