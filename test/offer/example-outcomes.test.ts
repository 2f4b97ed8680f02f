// The example knowledge base's offers and open questions show all four outcomes of format.md
// "Matching" on 2026-12-06 and the weeks after. Checked here against the definition itself, written
// out test by test (a reference for the data, independent of kwp's matcher): which question gets
// which outcome, and why, is in the comments below and in the README.
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import type { AanbodView, VraagView } from '../../src/core/model/views.js';
import { intakeTot, occupancy, periodCapacity } from '../../src/core/offer/periods.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { REPO } from '../helpers/kb.js';

type Outcome = 'past' | 'vol' | 'te_laat' | 'geen_aanbod';

/** The outcome of one question on date `d`: the first of past, vol, te_laat that some pair earns. */
function outcome(q: VraagView, offers: AanbodView[], taken: Map<string, string[][]>, d: string): Outcome {
  const pairs: { timing: boolean; room: boolean }[] = [];
  for (const a of offers.filter((o) => (o.status ?? 'open') === 'open')) {
    a.periodes.forEach((p, i) => {
      // The content tests 2–6 (window, level, form, theme, area).
      const content =
        (q.gewenst.van === undefined || p.start! >= q.gewenst.van) &&
        (q.gewenst.tot === undefined || p.einde! <= q.gewenst.tot) &&
        (q.niveau.length === 0 || q.niveau.includes(a.niveau!)) &&
        (q.vorm.length === 0 || a.vorm === undefined || q.vorm.includes(a.vorm)) &&
        (q.thema.length === 0 || a.thema.length === 0 || q.thema.some((t) => a.thema.includes(t))) &&
        (q.gebied === undefined || a.gebied.length === 0 || a.gebied.includes(q.gebied));
      if (content)
        pairs.push({ timing: d <= intakeTot(p)!, room: periodCapacity(p) > taken.get(a.id!)![i]!.length });
    });
  }
  if (pairs.some((p) => p.timing && p.room)) return 'past';
  if (pairs.some((p) => p.timing)) return 'vol';
  return pairs.length > 0 ? 'te_laat' : 'geen_aanbod';
}

async function outcomes(d: string): Promise<Record<string, Outcome>> {
  const kb = new KnowledgeBase((await loadKnowledgeBase(REPO)).files);
  const offers = kb.ofKind('aanbod').map((e) => e.view);
  const taken = occupancy(
    offers,
    kb.ofKind('project').map((e) => e.view),
  );
  const open = kb.ofKind('vraag').filter((e) => e.view.status === 'open');
  return Object.fromEntries(open.map((q) => [q.id, outcome(q.view, offers, taken, d)]));
}

describe('the example: open questions against the education offer', () => {
  it('on 2026-12-06 shows every outcome', async () => {
    expect(await outcomes('2026-12-06')).toEqual({
      // Rechtswinkel in de wijk (hbo, vak, any theme), blok 3 and 4: intake open, room left.
      'aansprakelijkheid-vrijwilligers-schoolplein': 'past',
      // Wants wo; the one wo offer (Stedelijke Transities) covers no armoede.
      'geldzorgen-signalen-delen': 'geen_aanbod',
      // mbo or hbo from 2027: Maatschappelijke Zorg blok 3 (intake to 2026-12-18), the minor's semester 2.
      'jonge-mantelzorgers-hooilanden': 'past',
      // wo research in 2027: only the Stedelijke Transities thesis round fits (intake to 2027-01-15),
      // and it takes one question, which 2027-koele-routes-rivierenwijk has.
      'hittestress-sensordata-binnenstad': 'vol',
      // hbo afstuderen in the spring: Built Environment's spring round, whose intake closed on 2026-12-01.
      'hitte-in-portiekflats-molenbeek': 'te_laat',
    });
  });

  it('keeps all four outcomes through the weeks after, until the intake of the thesis round closes on 2027-01-15', async () => {
    for (const d of ['2026-12-13', '2026-12-20', '2027-01-03', '2027-01-15']) {
      expect(new Set(Object.values(await outcomes(d))), d).toEqual(
        new Set(['past', 'vol', 'te_laat', 'geen_aanbod']),
      );
    }
    // Then the full period's intake has closed too: that question waits for a next period.
    expect((await outcomes('2027-01-16'))['hittestress-sensordata-binnenstad']).toBe('te_laat');
  });
});
