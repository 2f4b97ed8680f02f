// `kwp new project` as a conversation, answered by the fake prompter behind the one prompt module:
// the fase 3a questions in order, the werkplaats' lists and existing projects as choices, partners
// from the register or typed in, students per education partner.
import { describe, expect, it } from 'vitest';
import { validateJson } from '../helpers/kb.js';
import { changes, expectValid, P, readBack, snapshot } from './helpers.js';
import { FULL, run } from './project-answers.js';

describe('kwp new project, interactive', () => {
  it('asks the fase 3a questions in order and writes what was answered', async () => {
    const { root, before, prompter, code, stdout, stderr } = await run(FULL);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const messages = prompter.asked.map((a) => a.message);
    const order = [
      'Titel',
      'programma',
      'kennisvraag',
      'eerder project',
      'Op welk project',
      'Inhoud op hoofdlijnen',
      'Thema',
      'gebied',
      'Projectleider',
      'Contactpersoon',
      'partners',
      'opleiding',
      'studenten',
      'Naam van de organisatie',
      'groep',
      'niveau',
      'leren',
      'Startdatum',
      'Tussentijds',
      'Einddatum',
      'Kosten',
      'Bedrag',
      'Dekking',
      'Opslaan',
    ];
    let at = 0;
    for (const fragment of order) {
      const found = messages.findIndex((m, i) => i >= at && m.includes(fragment));
      expect(
        found,
        `"${fragment}" after question ${at}: ${messages.slice(at).join(' | ')}`,
      ).toBeGreaterThanOrEqual(at);
      at = found;
    }
    expect(prompter.notes.join('\n')).toContain('Dit wordt het bestand:');
    expect(prompter.notes.join('\n')).toContain('titel: Groene daken in de Binnenstad');
    // The project, then the partner typed in during the questions, registered in the same step.
    const [path, partner] = stdout.trim().split('\n');
    expect(path).toBe(`${P}/2026-groene-daken-in-de-binnenstad.md`);
    expect(partner).toBe('knowledge/partners/vakschool-noord.md');
    expect(prompter.notes.join('\n')).toContain(
      'En nieuw in het partnerregister: knowledge/partners/vakschool-noord.md',
    );
    expect(changes(before, snapshot(root))).toEqual({
      added: [partner, path].sort(),
      removed: [],
      changed: [],
    });
    const { data, body } = readBack(root, path!);
    expect(data).toMatchObject({
      titel: 'Groene daken in de Binnenstad',
      status: 'lopend',
      programma: 'CDKM Rivelde',
      kennisvraag: 'Hoe maken we daken in de Binnenstad groen?',
      vervolg_op: ['2024-hittekaart-rivierenwijk'],
      thema: ['duurzaamheid', 'ruimtelijke ontwikkeling'],
      gebied: 'Binnenstad',
      projectleider: { naam: 'Femke de Vries', email: 'f.devries@example.org' },
      contactpersoon: { naam: 'Ahmed Yilmaz', email: 'a.yilmaz@example.org' },
      partners: [
        {
          naam: 'Hogeschool Rivelde',
          groep: 'onderwijs',
          niveau: 'hbo',
          opleiding: 'Bouwkunde',
          studenten: 8,
        },
        { naam: 'Vakschool Noord', groep: 'onderwijs', niveau: 'mbo', studenten: 12 },
        { naam: 'Gemeente Rivelde', groep: 'overheid' },
      ],
      leerdoelen: [{ wie: 'gemeente', wat: 'welke daken geschikt zijn' }],
      planning: { start: '2026-09-01', tussentijds: null, einde: '2027-01-29' },
      begroting: {
        kosten: [{ post: 'plantmateriaal', bedrag: 4500 }],
        dekking: [
          { partner: 'Gemeente Rivelde', bedrag: 4500 },
          { partner: 'Hogeschool Rivelde', uren: 120 },
        ],
      },
    });
    expect(body).toContain('Studenten ontwerpen groene daken met ondernemers.');
    expect(readBack(root, partner!).data).toMatchObject({
      naam: 'Vakschool Noord',
      groep: 'onderwijs',
      niveau: 'mbo',
    });
    // Both files are valid at once, and the new partner is registered: no warning either.
    const { json } = await validateJson(root);
    expect(json.diagnostics).toEqual([]);
  });

  it('offers the werkplaats vocabularies, the existing projects and the partner register as choices', async () => {
    const { prompter, code } = await run(FULL);
    expect(code).toBe(0);
    const choicesOf = (fragment: string) =>
      prompter.asked.find((a) => a.message.includes(fragment))?.choices ?? [];
    expect(choicesOf('programma')).toEqual(['Leren met de Stad', 'CDKM Rivelde']);
    expect(choicesOf('Thema')).toEqual([
      'duurzaamheid',
      'positieve gezondheid',
      'ruimtelijke ontwikkeling',
      'eenzaamheid',
      'laaggeletterdheid',
      'armoede',
      'IT',
    ]);
    expect(choicesOf('gebied')).toEqual([
      '(geen)',
      'Binnenstad',
      'Havenkwartier',
      'Rivierenwijk',
      'Zandveld',
      'Oosterpark',
      'Molenbeek',
      'Hooilanden',
    ]);
    const projects = choicesOf('Op welk project');
    expect(projects[0]).toBe('(klaar)');
    expect(projects).toHaveLength(1 + 13);
    expect(projects).toContain('Hittekaart van de Rivierenwijk (2024-hittekaart-rivierenwijk)');
    const partners = choicesOf('Betrokken partners');
    expect(partners).toHaveLength(2 + 19);
    expect(partners).toContain('Hogeschool Rivelde (onderwijs, hbo)');
    expect(partners).toContain('Gemeente Rivelde (overheid)');
    // A partner already chosen is not offered again.
    expect(choicesOf('Nog een partner')).not.toContain('Hogeschool Rivelde (onderwijs, hbo)');
  });

  it('with only the required answers and status voorbereiding, the optional ones skipped, the file validates', async () => {
    const { root, code, stdout } = await run([
      ...['Klein begin', { choose: 'voorbereiding' }, { choose: 'Leren met de Stad' }, 'Wat werkt?'],
      ...[false, '', { chooseAll: [] }, { choose: '(geen)' }, '', 'Ahmed Yilmaz'],
      ...[{ choose: '(klaar)' }, '', '', '', '', '', true],
    ]);
    expect(code).toBe(0);
    const { data } = readBack(root, stdout.trim());
    expect(data).toMatchObject({
      titel: 'Klein begin',
      status: 'voorbereiding',
      contactpersoon: { naam: 'Ahmed Yilmaz' },
    });
    expect(data['vervolg_op'] ?? null).toBeNull();
    await expectValid(root);
  });
});
