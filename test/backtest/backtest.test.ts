// The back-test of the matcher (core/report/backtest.ts, `npm run backtest`): cases where the answer
// is obvious, the example's figure and its miss, and the README that publishes them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { matchModelOf, type MatchModel } from '../../src/core/match/match.js';
import { aanbodView, projectView, vraagView } from '../../src/core/model/views.js';
import { backtest } from '../../src/core/report/backtest.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { REPO } from '../helpers/kb.js';

const offer = (id: string, extra: object = {}) =>
  aanbodView({
    id,
    titel: id,
    instelling: 'Hogeschool Rivelde',
    niveau: 'hbo',
    periodes: [{ naam: 'voorjaar', start: '2027-02-01', einde: '2027-06-25', vragen: 1 }],
    ...extra,
  });
const question = (id: string, extra: object = {}) =>
  vraagView({
    id,
    vraag: `Vraag ${id}?`,
    status: 'opgepakt',
    bron: 'intake',
    ingediend: '2026-10-01',
    ...extra,
  });
const project = (id: string, aanbod: string[], kennisvragen: string[], extra: object = {}) =>
  projectView({
    id,
    status: 'lopend',
    aanbod,
    kennisvragen,
    planning: { start: '2027-02-01', einde: '2027-06-25' },
    ...extra,
  });
const model = (m: Partial<MatchModel>): MatchModel => ({ vragen: [], aanbod: [], projecten: [], ...m });

describe('backtest', () => {
  it('counts a hit when the used offer is shown first, even though the project itself now fills it', () => {
    // The period takes one question and the project occupies it: as of the submission day the
    // project did not exist, so the place was free.
    const result = backtest(
      model({
        vragen: [question('q-a')],
        aanbod: [offer('minor-a')],
        projecten: [project('p-a', ['minor-a'], ['q-a'])],
      }),
    );
    expect(result).toMatchObject({ top: 3, treffers: 1, totaal: 1, overgeslagen: [] });
    expect(result.gevallen[0]).toEqual({
      project: 'p-a',
      vraag: 'q-a',
      aanbod: 'minor-a',
      op: '2026-10-01',
      uitkomst: 'past',
      getoond: ['minor-a'],
      rang: 1,
      treffer: true,
      redenen: [],
    });
  });

  it('counts a miss, with the failed test, when the used offer does not fit the question', () => {
    const result = backtest(
      model({
        vragen: [question('q-a', { niveau: ['mbo'] })],
        aanbod: [offer('minor-a'), offer('mbo-b', { niveau: 'mbo' })],
        projecten: [project('p-a', ['minor-a'], ['q-a'])],
      }),
      'en',
    );
    expect(result.treffers).toBe(0);
    const miss = result.gevallen[0]!;
    expect(miss).toMatchObject({ treffer: false, rang: null, getoond: ['mbo-b'] });
    expect(miss.redenen).toEqual(['voorjaar — level: level hbo is not asked for (asked: mbo)']);
  });

  it('counts a miss when the used offer fits but ranks below the first three', () => {
    // Four fitting offers; the three others share the question's theme, the used one takes any theme.
    const themed = (id: string) => offer(id, { thema: ['armoede'] });
    const result = backtest(
      model({
        vragen: [question('q-a', { thema: ['armoede'] })],
        aanbod: [themed('a-een'), themed('b-twee'), themed('c-drie'), offer('z-vier')],
        projecten: [project('p-a', ['z-vier'], ['q-a'])],
      }),
      'en',
    );
    expect(result.gevallen[0]).toMatchObject({
      treffer: false,
      rang: 4,
      getoond: ['a-een', 'b-twee', 'c-drie'],
      redenen: ['shown at place 4, not among the first 3'],
    });
  });

  it('runs as of the submission day: an intake closed since then still counted as open', () => {
    const result = backtest(
      model({
        vragen: [question('q-a', { ingediend: '2026-06-01' })],
        aanbod: [
          offer('minor-a', {
            periodes: [{ start: '2026-09-01', einde: '2027-01-29', intake_tot: '2026-06-15' }],
          }),
        ],
        projecten: [project('p-a', ['minor-a'], ['q-a'], { planning: { start: '2026-09-01' } })],
      }),
    );
    expect(result.gevallen[0]).toMatchObject({ op: '2026-06-01', uitkomst: 'past', treffer: true });
  });

  it('leaves out, and names, a project without a question or whose question has no submission date', () => {
    const result = backtest(
      model({
        vragen: [question('q-b', { ingediend: undefined })],
        aanbod: [offer('minor-a')],
        projecten: [
          project('p-a', ['minor-a'], []),
          project('p-b', ['minor-a'], ['q-b']),
          project('p-c', [], ['q-b']),
        ],
      }),
    );
    expect(result.totaal).toBe(0);
    expect(result.overgeslagen).toEqual([
      { project: 'p-a', aanbod: 'minor-a', reden: 'geen-vraag' },
      { project: 'p-b', aanbod: 'minor-a', reden: 'geen-ingediend' },
    ]);
  });
});

describe('the back-test on the example knowledge base', () => {
  it('finds 4 of 5 offers among the first three; the miss is the thesis round ending after the wanted end', async () => {
    const kb = new KnowledgeBase((await loadKnowledgeBase(REPO)).files);
    const result = backtest(matchModelOf(kb), 'en');
    expect([result.treffers, result.totaal]).toEqual([4, 5]);
    expect(result.gevallen.map((c) => [c.project, c.aanbod, c.treffer])).toEqual([
      ['2026-energiecoaches-molenbeek', 'afstuderen-built-environment-2026-2027', true],
      ['2026-onderhoud-schoolpleinen-door-buurt', 'groene-ruimte-buitenpraktijk-2026-2027', true],
      ['2026-samen-online-oosterpark', 'stage-ict-support-2026-2027', true],
      ['2027-koele-routes-rivierenwijk', 'afstuderen-built-environment-2026-2027', true],
      ['2027-koele-routes-rivierenwijk', 'masteronderzoek-stedelijke-transities-2026-2027', false],
    ]);
    expect(result.gevallen[4]!.redenen).toEqual([
      'scriptieronde 2027 — time: the period ends on 2027-07-30, after the wanted end 2027-06-30',
    ]);
  });

  it('is what npm run backtest prints, and what the README publishes', () => {
    const printed = execFileSync(process.execPath, [join(REPO, 'bench', 'backtest.mjs')], {
      encoding: 'utf8',
    });
    expect(printed).toMatch(/^\*\*4 of 5\*\* \(80%\)/);
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    // The README holds the printed figure, table and misses as they are.
    expect(readme).toContain(printed.trim());
    const json = JSON.parse(
      execFileSync(process.execPath, [join(REPO, 'bench', 'backtest.mjs'), '--json'], { encoding: 'utf8' }),
    );
    expect([json.treffers, json.totaal]).toEqual([4, 5]);
  });
});
