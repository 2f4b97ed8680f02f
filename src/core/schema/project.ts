// `knowledge/projecten/<id>.md`: a project description (fase 3a) and its evaluation (fase 4).
import * as z from 'zod';
import { CSL_NIVEAUS, PROJECT_STATUSES } from '../enums.js';
import {
  amount,
  date,
  groep,
  id,
  idList,
  niveau,
  optionalText,
  persoon,
  text,
  textList,
  wholeNumber,
} from './common.js';

export const projectSchema = z.strictObject({
  id,
  titel: text,
  status: z.enum(PROJECT_STATUSES),
  programma: text,
  kennisvraag: text,
  vervolg_op: idList,
  kennisvragen: idList,
  thema: textList,
  gebied: optionalText,
  csl_niveau: z.enum(CSL_NIVEAUS).nullish(),
  projectleider: persoon.nullish(),
  contactpersoon: persoon,
  team: z
    .strictObject({
      ondernemers: textList,
      onderwijs: textList,
      bewoners: textList,
      overheid: textList,
      overig: textList,
    })
    .nullish(),
  partners: z
    .array(
      z.strictObject({
        naam: text,
        groep,
        niveau: niveau.nullish(),
        opleiding: optionalText,
        studenten: wholeNumber.nullish(),
      }),
    )
    .nullish(),
  leerdoelen: z.array(z.strictObject({ wie: text, wat: text })).nullish(),
  planning: z
    .strictObject({ start: date.nullish(), tussentijds: date.nullish(), einde: date.nullish() })
    .nullish(),
  begroting: z
    .strictObject({
      kosten: z.array(z.strictObject({ post: text, bedrag: amount })).nullish(),
      dekking: z
        .array(z.strictObject({ partner: text, bedrag: amount.nullish(), uren: amount.nullish() }))
        .nullish(),
    })
    .nullish(),
  evaluatie: z
    .strictObject({
      datum: date.nullish(),
      conclusies: textList,
      leerpunten: textList,
      verbeterpunten: textList,
      nieuwe_kennisvragen: idList,
    })
    .nullish(),
  aanbod: idList,
});

export type Project = z.infer<typeof projectSchema>;
