// The answers of a whole `kwp new project` conversation, for the fake prompter, shared by the
// interactive tests; and a run of the command with them against a copy of the example knowledge base.
import { type Answer, fakePrompter } from '../helpers/fake-prompter.js';
import { kwp } from '../helpers/kb.js';
import { exampleKb, snapshot } from './helpers.js';

/** Every answer of a full conversation for a lopend project, in the order the questions come. */
export const FULL: Answer[] = [
  'Groene daken in de Binnenstad', // titel
  { choose: 'Lopend' }, // status
  { choose: 'CDKM Rivelde' }, // programma
  'Hoe maken we daken in de Binnenstad groen?', // kennisvraag
  true, // sluit het aan op een eerder project?
  { choose: 'hittekaart' }, // welk project
  { choose: '(klaar)' },
  'Studenten ontwerpen groene daken met ondernemers.', // inhoud
  { chooseAll: ['duurzaamheid', 'ruimtelijke ontwikkeling'] }, // thema's
  { choose: 'Binnenstad' }, // gebied
  'Femke de Vries <f.devries@example.org>', // projectleider
  'Ahmed Yilmaz <a.yilmaz@example.org>', // contactpersoon
  { choose: 'Hogeschool Rivelde' }, // partner uit het register (onderwijs, hbo)
  'Bouwkunde', // opleiding
  '8', // studenten
  { choose: 'nog niet in het register' }, // een nieuwe partner
  'Vakschool Noord',
  { choose: 'onderwijs' },
  { choose: 'mbo' },
  '', // opleiding: overgeslagen
  '12',
  { choose: 'Gemeente Rivelde' }, // overheid: geen studentenvraag
  { choose: '(klaar)' },
  'gemeente', // wie wil iets leren
  'welke daken geschikt zijn',
  '', // klaar met leerdoelen
  '2026-09-01', // start
  '', // tussentijds
  '2027-01-29', // einde
  'plantmateriaal', // kostenpost
  '4500',
  '',
  { choose: 'Gemeente Rivelde' }, // dekking: gekozen uit de partners van het project
  '4500',
  '',
  { choose: 'Hogeschool Rivelde' },
  '',
  '120',
  { choose: '(klaar)' },
  true, // opslaan?
];

export const run = async (answers: Answer[], extra: string[] = []) => {
  const root = exampleKb();
  const before = snapshot(root);
  const prompter = fakePrompter(answers);
  const result = await kwp(['new', 'project', '--kb', root, ...extra], { prompter });
  return { root, before, prompter, ...result };
};
