// `knowledge/werkplaats.md`: the werkplaats itself (fase 1–2): vocabularies, roles, planning, targets.
import * as z from 'zod';
import { date, persoon, text, textList, wholeNumber } from './common.js';

const personen = z.array(persoon).nullish();

export const werkplaatsSchema = z.strictObject({
  // Not in the format's table, but accepted for symmetry with the other files: it must be "werkplaats".
  id: z.literal('werkplaats').nullish(),
  naam: text,
  programmas: textList,
  themas: textList,
  gebieden: textList,
  rollen: z
    .strictObject({
      manager: persoon.nullish(),
      beheerder: persoon.nullish(),
      kwartiermakers: z
        .strictObject({ ondernemers: personen, onderwijs: personen, bewoners: personen, overheid: personen })
        .nullish(),
      sparringpartners: personen,
      stuurgroep: personen,
    })
    .nullish(),
  planning: z
    .strictObject({ eerste_opzet: date.nullish(), tussentijds: date.nullish(), afronding: date.nullish() })
    .nullish(),
  doelen: z
    .strictObject({
      studenten: wholeNumber.nullish(),
      gebieden: wholeNumber.nullish(),
      projecten: wholeNumber.nullish(),
    })
    .nullish(),
  taal: z.enum(['nl', 'en']).nullish(),
});

export type Werkplaats = z.infer<typeof werkplaatsSchema>;
