// The matcher (src/core/match): format.md "Matching" test by test, the four outcomes, the order of
// fitting pairs by their points and its tie-breaks, and reasons that read in Dutch and English. Built
// from the views of records written as people write them, on cases where the right answer is obvious.
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import {
  comparePairs,
  countOutcomes,
  type MatchModel,
  matchAll,
  matchModelOf,
  matchOffer,
  matchQuestion,
  Matcher,
  planIn,
  type QuestionMatch,
} from '../../src/core/match/match.js';
import { WEIGHTS } from '../../src/core/match/weights.js';
import { aanbodView, projectView, vraagView } from '../../src/core/model/views.js';
import { t } from '../../src/messages/catalogue.js';
import { loadKnowledgeBase } from '../../src/store/read-kb.js';
import { REPO } from '../helpers/kb.js';
import { random } from '../helpers/random.js';

type Raw = Record<string, unknown>;

const period = (over: Raw = {}): Raw => ({
  naam: 'blok 3',
  start: '2027-02-01',
  einde: '2027-04-16',
  intake_tot: '2026-12-18',
  studenten: 10,
  vragen: 1,
  ...over,
});

const offer = (id: string, over: Raw = {}): Raw => ({
  id,
  titel: `Aanbod ${id}`,
  instelling: 'ROC Rivelde',
  niveau: 'mbo',
  vorm: 'project',
  periodes: [period()],
  ...over,
});

const question = (id: string, over: Raw = {}): Raw => ({
  id,
  vraag: `Vraag ${id}?`,
  status: 'open',
  ...over,
});

function model(questions: Raw[], offers: Raw[], projects: Raw[] = []): MatchModel {
  return {
    vragen: questions.map(vraagView),
    aanbod: offers.map(aanbodView),
    projecten: projects.map(projectView),
  };
}

const ON = '2026-12-06';

function one(m: MatchModel, on = ON, top?: number): QuestionMatch {
  const result = matchQuestion(m, 'q', on, top !== undefined ? { top } : {});
  if (!result) throw new Error('no question q');
  return result;
}

const failing = (r: QuestionMatch) =>
  r.matches.map((p) => p.redenen.filter((x) => !x.ok).map((x) => x.toets));

describe('the example knowledge base', () => {
  it('on 2026-12-06 gives each open question the outcome the README explains', async () => {
    const kb = new KnowledgeBase((await loadKnowledgeBase(REPO)).files);
    const all = matchAll(matchModelOf(kb), '2026-12-06');
    expect(Object.fromEntries(all.map((m) => [m.vraag, m.uitkomst]))).toEqual({
      'aansprakelijkheid-vrijwilligers-schoolplein': 'past',
      'geldzorgen-signalen-delen': 'geen_aanbod',
      'hitte-in-portiekflats-molenbeek': 'te_laat',
      'hittestress-sensordata-binnenstad': 'vol',
      'jonge-mantelzorgers-hooilanden': 'past',
    });
    expect(countOutcomes(all)).toEqual({ past: 2, vol: 1, te_laat: 1, geen_aanbod: 1 });
    const byId = new Map(all.map((m) => [m.vraag, m]));
    // vol: the one thesis place of Stedelijke Transities, taken by the cool-routes project.
    const full = byId.get('hittestress-sensordata-binnenstad')!;
    expect(full.matches.map((p) => [p.aanbod, p.periode.bezet])).toEqual([
      ['masteronderzoek-stedelijke-transities-2026-2027', ['2027-koele-routes-rivierenwijk']],
    ]);
    // te_laat: the spring graduation round, whose intake closed on 1 December.
    const late = byId.get('hitte-in-portiekflats-molenbeek')!;
    expect(late.matches[0]).toMatchObject({
      aanbod: 'afstuderen-built-environment-2026-2027',
      periode: { naam: 'afstudeerronde voorjaar', intake_tot: '2026-12-01' },
    });
    // geen_aanbod: seven offers are not wo; the only wo offer (Stedelijke Transities) covers no armoede.
    expect(byId.get('geldzorgen-signalen-delen')!.uitgesloten).toEqual({
      level: 7,
      form: 6,
      theme: 4,
      area: 1,
    });
  });
});

describe('the four outcomes', () => {
  it('past: a pair passes all seven tests', () => {
    const r = one(model([question('q')], [offer('a')]));
    expect(r.uitkomst).toBe('past');
    expect(r.passend).toBe(1);
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]!.past).toBe(true);
    expect(r.matches[0]!.redenen.map((x) => [x.toets, x.ok])).toEqual([
      ['timing', true],
      ['window', true],
      ['level', true],
      ['form', true],
      ['theme', true],
      ['area', true],
      ['capacity', true],
    ]);
  });

  it('vol: the only pair that passes 1–6 is full; it is shown, with the project that fills it', () => {
    const r = one(
      model(
        [question('q')],
        [offer('a')],
        [{ id: 'p', status: 'lopend', aanbod: ['a'], planning: { start: '2027-02-01' } }],
      ),
    );
    expect(r.uitkomst).toBe('vol');
    expect(r.passend).toBe(0);
    expect(failing(r)).toEqual([['capacity']]);
    expect(r.matches[0]!.periode.bezet).toEqual(['p']);
    expect(t('nl', r.uitleg[0]!.id, r.uitleg[0]!.args)).toContain('is bezet door p.');
  });

  it('a stopped project takes no room', () => {
    const r = one(
      model(
        [question('q')],
        [offer('a')],
        [{ id: 'p', status: 'gestopt', aanbod: ['a'], planning: { start: '2027-02-01' } }],
      ),
    );
    expect(r.uitkomst).toBe('past');
  });

  it('te_laat: the intake has closed; the next period of the offer is named when there is one', () => {
    const late = model(
      [question('q', { gewenst: { tot: '2027-04-30' } })],
      [
        offer('a', {
          periodes: [
            period(),
            period({ naam: 'blok 4', start: '2027-04-19', einde: '2027-07-02', intake_tot: '2027-03-01' }),
          ],
        }),
      ],
    );
    const r = one(late, '2026-12-19');
    expect(r.uitkomst).toBe('te_laat');
    expect(failing(r)).toEqual([['timing']]);
    expect(r.uitleg[0]!.id).toBe('match.outcome.te-laat-next');
    expect(t('nl', r.uitleg[0]!.id, r.uitleg[0]!.args)).toBe(
      'Te laat voor Aanbod a (blok 3: 2027-02-01 – 2027-04-16): aanmelden kon tot en met 2026-12-18. De volgende periode (blok 4: 2027-04-19 – 2027-07-02, aanmelden tot en met 2027-03-01) valt buiten de gewenste tijd: kan de vraag wachten, of kan hij later instappen?',
    );
    const last = one(model([question('q')], [offer('a')]), '2026-12-19');
    expect(last.uitkomst).toBe('te_laat');
    expect(last.uitleg[0]!.id).toBe('match.outcome.te-laat-last');
  });

  it('timing: the intake day itself still counts; the default intake is the day before start', () => {
    expect(one(model([question('q')], [offer('a')]), '2026-12-18').uitkomst).toBe('past');
    expect(one(model([question('q')], [offer('a')]), '2026-12-19').uitkomst).toBe('te_laat');
    const noIntake = model([question('q')], [offer('a', { periodes: [period({ intake_tot: undefined })] })]);
    expect(one(noIntake, '2027-01-31').uitkomst).toBe('past');
    expect(one(noIntake, '2027-02-01').uitkomst).toBe('te_laat');
    expect(one(noIntake, '2027-01-31').matches[0]!.periode.intake_tot).toBe('2027-01-31');
  });

  it('geen_aanbod: no pair passes the content tests; it says which tests ruled the offers out', () => {
    const r = one(
      model(
        [question('q', { niveau: ['wo'], thema: ['armoede'] })],
        [offer('a', { thema: ['duurzaamheid'] }), offer('b', { niveau: 'wo', thema: ['duurzaamheid'] })],
      ),
    );
    expect(r.uitkomst).toBe('geen_aanbod');
    expect(r.matches).toEqual([]);
    expect(r.uitgesloten).toEqual({ level: 1, theme: 2 });
    expect(r.uitleg.map((m) => t('nl', m.id, m.args))).toEqual([
      'Geen aanbod past bij deze vraag (2 open aanbod bekeken).',
      'Het niveau sluit 1 aanbod uit.',
      'Het thema sluit 2 aanbod uit.',
    ]);
    expect(r.uitleg.map((m) => t('en', m.id, m.args))).toEqual([
      'No offer fits this question (2 open offers looked at).',
      'The level rules out 1 offer.',
      'The theme rules out 2 offers.',
    ]);
  });

  it('geen_aanbod without any open offer says to record the offer; offers that are vol or gestopt do not count', () => {
    for (const offers of [[], [offer('a', { status: 'vol' }), offer('b', { status: 'gestopt' })]]) {
      const r = one(model([question('q')], offers));
      expect(r.uitkomst).toBe('geen_aanbod');
      expect(r.uitleg.map((m) => m.id)).toEqual(['match.outcome.no-offers']);
    }
  });

  it('the first outcome that applies wins: past over vol over te_laat', () => {
    const taken = [{ id: 'p', status: 'lopend', aanbod: ['full'], planning: { start: '2027-02-01' } }];
    const late = offer('late', { periodes: [period({ intake_tot: '2026-12-01' })] });
    expect(one(model([question('q')], [offer('full'), late, offer('room')], taken)).uitkomst).toBe('past');
    expect(one(model([question('q')], [offer('full'), late], taken)).uitkomst).toBe('vol');
    expect(one(model([question('q')], [late], taken)).uitkomst).toBe('te_laat');
  });

  it('counts every outcome, 0 where none', () => {
    expect(countOutcomes([])).toEqual({ past: 0, vol: 0, te_laat: 0, geen_aanbod: 0 });
  });
});

describe('each content test', () => {
  const outcome = (q: Raw, o: Raw) => one(model([question('q', q)], [offer('a', o)])).uitkomst;

  it('window: the period starts on or after gewenst.van and ends on or before gewenst.tot', () => {
    expect(outcome({ gewenst: { van: '2027-02-01' } }, {})).toBe('past');
    expect(outcome({ gewenst: { van: '2027-02-02' } }, {})).toBe('geen_aanbod');
    expect(outcome({ gewenst: { tot: '2027-04-16' } }, {})).toBe('past');
    expect(outcome({ gewenst: { tot: '2027-04-15' } }, {})).toBe('geen_aanbod');
  });

  it('level: the offer’s level is among those asked; none asked: any', () => {
    expect(outcome({ niveau: ['mbo', 'hbo'] }, {})).toBe('past');
    expect(outcome({ niveau: ['hbo'] }, {})).toBe('geen_aanbod');
    expect(outcome({ niveau: [] }, {})).toBe('past');
  });

  it('form: among those asked; an offer without a form passes', () => {
    expect(outcome({ vorm: ['project'] }, {})).toBe('past');
    expect(outcome({ vorm: ['minor'] }, {})).toBe('geen_aanbod');
    expect(outcome({ vorm: ['minor'] }, { vorm: undefined })).toBe('past');
  });

  it('theme: when both list themes they share one', () => {
    expect(outcome({ thema: ['armoede', 'eenzaamheid'] }, { thema: ['eenzaamheid'] })).toBe('past');
    expect(outcome({ thema: ['armoede'] }, { thema: ['eenzaamheid'] })).toBe('geen_aanbod');
    expect(outcome({ thema: ['armoede'] }, {})).toBe('past');
    expect(outcome({}, { thema: ['eenzaamheid'] })).toBe('past');
  });

  it('area: when both name areas the question’s is among the offer’s', () => {
    expect(outcome({ gebied: 'Zandveld' }, { gebied: ['Oosterpark', 'Zandveld'] })).toBe('past');
    expect(outcome({ gebied: 'Molenbeek' }, { gebied: ['Oosterpark'] })).toBe('geen_aanbod');
    expect(outcome({ gebied: 'Molenbeek' }, {})).toBe('past');
  });

  it('periods without real dates take no part', () => {
    expect(outcome({}, { periodes: [period({ start: '2027-02-30' })] })).toBe('geen_aanbod');
  });
});

describe('the order among fitting pairs', () => {
  const order = (q: Raw, offers: Raw[], projects: Raw[] = []) =>
    one(model([question('q', q)], offers, projects), ON, 10).matches.map(
      (p) => `${p.aanbod}#${p.periode.index}`,
    );

  it('more shared themes first; an offer that takes any theme above one that shares none it is asked', () => {
    expect(
      order({ thema: ['armoede', 'eenzaamheid'] }, [
        offer('a-one', { thema: ['armoede', 'duurzaamheid'] }),
        offer('b-two', { thema: ['armoede', 'eenzaamheid'] }),
        offer('c-any'),
      ]),
    ).toEqual(['b-two#0', 'a-one#0', 'c-any#0']);
  });

  it('an offer that names the area above one for the whole werkplaats', () => {
    expect(
      order({ gebied: 'Zandveld' }, [offer('a-whole'), offer('b-named', { gebied: ['Zandveld'] })]),
    ).toEqual(['b-named#0', 'a-whole#0']);
  });

  it('more intensive community service learning first', () => {
    expect(
      order({}, [
        offer('a', { csl_niveau: 'laag' }),
        offer('b', { csl_niveau: 'intensief' }),
        offer('c', { csl_niveau: 'midden' }),
      ]),
    ).toEqual(['b#0', 'c#0', 'a#0']);
  });

  it('a period with enough students above one with too few', () => {
    expect(
      order({ studenten: 8 }, [
        offer('a', { periodes: [period({ studenten: 4 })] }),
        offer('b', { periodes: [period({ studenten: 8 })] }),
      ]),
    ).toEqual(['b#0', 'a#0']);
  });

  it('a school that did evaluated projects on the theme before, at most three counted', () => {
    const earlier = (id: string, datum: string, thema = ['armoede']) => ({
      id,
      status: 'afgerond',
      thema,
      partners: [{ naam: 'Hogeschool Rivelde', groep: 'onderwijs' }],
      evaluatie: { datum, conclusies: ['goed'] },
    });
    const offers = [
      offer('a-roc', { thema: ['armoede'] }),
      offer('b-hs', { instelling: 'Hogeschool Rivelde', thema: ['armoede'] }),
    ];
    // Before the reference date, on a shared theme: it counts.
    expect(order({ thema: ['armoede'] }, offers, [earlier('p1', '2026-06-01')])).toEqual([
      'b-hs#0',
      'a-roc#0',
    ]);
    // Evaluated after the reference date, or on another theme, or not afgerond: it does not.
    expect(order({ thema: ['armoede'] }, offers, [earlier('p1', '2027-01-01')])).toEqual([
      'a-roc#0',
      'b-hs#0',
    ]);
    expect(order({ thema: ['armoede'] }, offers, [earlier('p1', '2026-06-01', ['IT'])])).toEqual([
      'a-roc#0',
      'b-hs#0',
    ]);
    expect(
      order({ thema: ['armoede'] }, offers, [{ ...earlier('p1', '2026-06-01'), status: 'gestopt' }]),
    ).toEqual(['a-roc#0', 'b-hs#0']);
    const five = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => earlier(id, '2026-06-01'));
    const best = one(model([question('q', { thema: ['armoede'] })], offers, five)).matches[0]!;
    const history = best.punten.find((p) => p.uitleg.id === 'match.points.history')!;
    expect(history.punten).toBe(WEIGHTS.history * WEIGHTS.historyMax);
    expect(t('en', history.uitleg.id, history.uitleg.args)).toBe(
      'Hogeschool Rivelde did 5 earlier projects on this theme with an evaluation: p1, p2, p3, …',
    );
  });

  it('ties: the earliest period, then the offer’s id, then the period’s place in the offer', () => {
    const later = period({ start: '2027-03-01', einde: '2027-04-30' });
    expect(
      order({}, [
        offer('b', { periodes: [later] }),
        offer('c', { periodes: [period()] }),
        offer('a', { periodes: [later] }),
      ]),
    ).toEqual(['c#0', 'a#0', 'b#0']);
    expect(order({}, [offer('a', { periodes: [period(), period()] })])).toEqual(['a#0', 'a#1']);
  });

  it('the same answer whatever order the files come in', () => {
    const offers = ['d', 'b', 'a', 'c'].map((id) => offer(id, { thema: id === 'c' ? ['armoede'] : [] }));
    const qs = [question('q', { thema: ['armoede'] })];
    const forward = one(model(qs, offers), ON, 10);
    const backward = one(model(qs, [...offers].reverse()), ON, 10);
    expect(backward).toEqual(forward);
    expect(forward.matches.map((p) => p.aanbod)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('shows at most top pairs and counts them all', () => {
    const r = one(
      model(
        [question('q')],
        ['a', 'b', 'c', 'd', 'e'].map((id) => offer(id)),
      ),
      ON,
      2,
    );
    expect(r.matches.map((p) => p.aanbod)).toEqual(['a', 'b']);
    expect(r.passend).toBe(5);
    expect(
      one(
        model(
          [question('q')],
          ['a', 'b', 'c', 'd', 'e'].map((id) => offer(id)),
        ),
      ).matches,
    ).toHaveLength(3);
  });

  it('the score is the sum of the points, each one explained', () => {
    const r = one(
      model(
        [question('q', { thema: ['armoede', 'eenzaamheid'], gebied: 'Zandveld', studenten: 4 })],
        [offer('a', { thema: ['armoede', 'eenzaamheid'], gebied: ['Zandveld'], csl_niveau: 'intensief' })],
      ),
    );
    const pair = r.matches[0]!;
    expect(pair.punten.map((p) => [p.uitleg.id, p.punten])).toEqual([
      ['match.points.theme', 6],
      ['match.points.area', 2],
      ['match.points.csl', 2],
      ['match.points.students-enough', 2],
    ]);
    expect(pair.score).toBe(12);
  });
});

describe('reasons in Dutch and English', () => {
  it('every reason and point of a pair reads as a sentence in both languages, nothing left unfilled', () => {
    const cases = [
      model([question('q')], [offer('a')]),
      model(
        [
          question('q', {
            niveau: ['hbo'],
            vorm: ['minor'],
            thema: ['armoede'],
            gebied: 'Molenbeek',
            studenten: 20,
            gewenst: { van: '2027-03-01', tot: '2027-03-31' },
          }),
        ],
        [offer('a', { thema: ['eenzaamheid'], gebied: ['Zandveld'] })],
      ),
      model(
        [
          question('q', {
            niveau: ['mbo'],
            vorm: ['project'],
            thema: ['armoede'],
            gebied: 'Zandveld',
            studenten: 20,
            gewenst: { van: '2027-01-01', tot: '2027-05-01' },
          }),
        ],
        [offer('a', { thema: ['armoede'], gebied: ['Zandveld'], csl_niveau: 'midden' })],
        [{ id: 'p', status: 'lopend', aanbod: ['a'], planning: { start: '2027-02-01' } }],
      ),
    ];
    for (const m of cases) {
      const matcher = new Matcher(m, '2026-12-19');
      const plan = matcher.planIn('q', 'a');
      const pairs = plan?.ok ? [plan.pair] : plan!.periodes;
      for (const pair of pairs) {
        for (const message of [...pair.redenen.map((r) => r.uitleg), ...pair.punten.map((p) => p.uitleg)]) {
          for (const lang of ['nl', 'en'] as const) {
            const text = t(lang, message.id, message.args);
            expect(text, `${lang} ${message.id}`).not.toMatch(/[{}]|undefined/);
          }
        }
      }
    }
    const r = matchQuestion(cases[1]!, 'q', ON)!;
    expect(r.uitkomst).toBe('geen_aanbod');
    const plan = new Matcher(cases[1]!, ON).planIn('q', 'a')!;
    if (plan.ok) throw new Error('expected no fit');
    const say = (lang: 'nl' | 'en') =>
      plan.periodes[0]!.redenen.map((x) => `${x.toets}: ${t(lang, x.uitleg.id, x.uitleg.args)}`);
    expect(say('nl')).toEqual([
      'timing: aanmelden kan tot en met 2026-12-18',
      'window: de periode begint op 2027-02-01, vóór de gewenste start 2027-03-01',
      'level: niveau mbo is niet gevraagd (gevraagd: hbo)',
      'form: vorm project is niet gevraagd (gevraagd: minor)',
      'theme: geen gedeeld thema: de vraag gaat over armoede, het aanbod over eenzaamheid',
      'area: het aanbod werkt niet in Molenbeek (wel in Zandveld)',
      'capacity: 0 van 1 bezet, 1 vrij',
    ]);
    expect(say('en')).toEqual([
      'timing: intake open until 2026-12-18',
      'window: the period starts on 2027-02-01, before the wanted start 2027-03-01',
      'level: level mbo is not asked for (asked: hbo)',
      'form: form project is not asked for (asked: minor)',
      'theme: no shared theme: the question is about armoede, the offer about eenzaamheid',
      'area: the offer does not work in Molenbeek (it does in Zandveld)',
      'capacity: 0 of 1 taken, 1 free',
    ]);
  });
});

describe('an offer the other way round, and planning a question in an offer', () => {
  const m = model(
    [
      question('q', { thema: ['armoede'] }),
      question('r', { niveau: ['hbo'] }),
      question('s', { thema: ['armoede', 'eenzaamheid'] }),
      question('closed', { status: 'opgepakt' }),
    ],
    [
      offer('a', {
        thema: ['armoede', 'eenzaamheid'],
        periodes: [
          period({ intake_tot: '2026-12-01' }),
          period({ naam: 'blok 4', start: '2027-04-19', einde: '2027-07-02', intake_tot: '2027-03-01' }),
        ],
      }),
      offer('b', { niveau: 'hbo', periodes: [period({ start: '2027-03-01' })] }),
    ],
  );

  it('matchOffer: the open questions that fit its periods, best first', () => {
    const r = matchOffer(m, 'a', ON)!;
    expect(r.vragen.map((v) => [v.vraag, v.matches.map((p) => p.periode.index)])).toEqual([
      ['s', [1]],
      ['q', [1]],
    ]);
    expect(matchOffer(m, 'nope', ON)).toBeUndefined();
    expect(
      matchOffer({ ...m, aanbod: m.aanbod.map((o) => ({ ...o, status: 'gestopt' })) }, 'a', ON)!.vragen,
    ).toEqual([]);
  });

  it('planIn: the first period of the offer that fits', () => {
    const r = planIn(m, 'q', 'a', ON)!;
    expect(r.ok).toBe(true);
    expect(r.ok && r.pair.periode).toMatchObject({ index: 1, naam: 'blok 4', start: '2027-04-19' });
  });

  it('planIn without a fitting period: why, each period tested, and what fits instead', () => {
    const r = planIn(m, 'r', 'a', ON)!;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.periodes.map((p) => p.redenen.filter((x) => !x.ok).map((x) => x.toets))).toEqual([
      ['timing', 'level'],
      ['level'],
    ]);
    expect(r.alternatieven.map((p) => p.aanbod)).toEqual(['b']);
    expect(r.uitleg.map((x) => t('nl', x.id, x.args))).toEqual([
      'Geen van de 2 periodes van aanbod "Aanbod a" past bij deze vraag.',
      'Wat wel past: b (blok 3: 2027-03-01 – 2027-04-16).',
    ]);
    expect(planIn(m, 'q', 'nope', ON)).toBeUndefined();
    expect(planIn(m, 'nope', 'a', ON)).toBeUndefined();
  });

  it('matchAll takes only the open questions, in id order', () => {
    expect(matchAll(m, ON).map((r) => r.vraag)).toEqual(['q', 'r', 's']);
  });
});

describe('the fast selection agrees with trying every pair', () => {
  // Many small random knowledge bases; for each question the answer is worked out the slow way from
  // every period of every offer (periodsOf: all seven tests per pair) and compared.
  it('outcome, shown pairs and counts, with and without explanations, on 200 random knowledge bases', () => {
    const rnd = random(15);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const some = <T>(xs: readonly T[]): T[] => xs.filter(() => rnd() < 0.3);
    const dates = ['2026-12-01', '2026-12-10', '2027-01-15', '2027-02-01', '2027-03-01', '2027-05-01'];
    for (let round = 0; round < 200; round++) {
      const offers = Array.from({ length: 1 + Math.floor(rnd() * 6) }, (_, i) =>
        offer(`o${i}`, {
          niveau: pick(['mbo', 'hbo', 'wo']),
          vorm: pick([undefined, 'project', 'minor']),
          csl_niveau: pick([undefined, 'laag', 'midden', 'intensief']),
          thema: some(['armoede', 'IT', 'eenzaamheid']),
          gebied: some(['Zandveld', 'Oosterpark']),
          status: pick(['open', 'open', 'open', 'vol']),
          periodes: Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
            const start = pick(['2027-01-04', '2027-02-01', '2027-03-01']);
            return period({
              start,
              einde: pick(['2027-04-16', '2027-06-30']),
              intake_tot: pick(dates.filter((d) => d <= start)),
              studenten: pick([undefined, 2, 8, 20]),
              vragen: pick([1, 2]),
            });
          }),
        }),
      );
      const projects = Array.from({ length: Math.floor(rnd() * 4) }, (_, i) => ({
        id: `p${i}`,
        status: pick(['lopend', 'afgerond', 'gestopt']),
        thema: some(['armoede', 'IT']),
        partners: [{ naam: pick(['ROC Rivelde', 'Hogeschool Rivelde']), groep: 'onderwijs' }],
        evaluatie: { datum: '2026-06-01', conclusies: ['x'] },
        aanbod: [pick(offers.map((o) => o['id'] as string))],
        planning: { start: pick(['2027-01-04', '2027-02-01', '2027-03-01']) },
      }));
      const questions = Array.from({ length: 4 }, (_, i) =>
        question(`q${i}`, {
          niveau: some(['mbo', 'hbo', 'wo']),
          vorm: some(['project', 'minor']),
          thema: some(['armoede', 'IT', 'eenzaamheid']),
          gebied: pick([undefined, 'Zandveld', 'Oosterpark']),
          studenten: pick([undefined, 4, 10]),
          gewenst: pick([{}, { van: '2027-02-01' }, { tot: '2027-04-30' }]),
        }),
      );
      const m = model(questions, offers, projects);
      const on = pick(dates);
      const top = 1 + Math.floor(rnd() * 3);
      const matcher = new Matcher(m, on);
      for (const q of questions) {
        const id = q['id'] as string;
        const all = offers
          .filter((o) => o['status'] === 'open')
          .flatMap((o) => matcher.periodsOf(id, o['id'] as string)!);
        const fails = (p: (typeof all)[number]) => p.redenen.filter((r) => !r.ok).map((r) => r.toets);
        const fits = all.filter((p) => p.past).sort(comparePairs);
        const full = all.filter((p) => fails(p).join() === 'capacity').sort(comparePairs);
        const late = all
          .filter(
            (p) => fails(p).every((t) => t === 'timing' || t === 'capacity') && fails(p).includes('timing'),
          )
          .sort(
            (a, b) =>
              (a.periode.intake_tot < b.periode.intake_tot
                ? 1
                : a.periode.intake_tot > b.periode.intake_tot
                  ? -1
                  : 0) || comparePairs(a, b),
          );
        const expected =
          fits.length > 0
            ? ['past', fits]
            : full.length > 0
              ? ['vol', full]
              : late.length > 0
                ? ['te_laat', late]
                : ['geen_aanbod', []];
        const r = matcher.matchQuestion(id, { top })!;
        const key = (p: { aanbod: string; periode: { index: number }; score: number }) =>
          `${p.aanbod}#${p.periode.index}:${p.score}`;
        expect([r.uitkomst, r.matches.map(key)], `round ${round} ${id} on ${on}`).toEqual([
          expected[0],
          (expected[1] as typeof all).slice(0, top).map(key),
        ]);
        expect(r.passend).toBe(fits.length);
        // Without explanations (the report, the website): the same answer, its pairs' tests and points left out.
        const bare = matcher.matchQuestion(id, { top, explain: false })!;
        expect(bare, `round ${round} ${id} on ${on}, unexplained`).toEqual({
          ...r,
          matches: r.matches.map((p) => ({ ...p, redenen: [], punten: [] })),
        });
      }
    }
  });
});
