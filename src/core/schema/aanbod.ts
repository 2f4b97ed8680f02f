// `knowledge/aanbod/<id>.md`: the education offer — what a school offers to work on city questions, and when.
import * as z from 'zod';
import { AANBOD_STATUSES, CSL_NIVEAUS, VORMEN } from '../enums.js';
import { count, date, id, niveau, optionalText, persoon, text, textList, wholeNumber } from './common.js';

export const periodeSchema = z
  .strictObject({
    naam: optionalText,
    start: date,
    einde: date,
    intake_tot: date.nullish(),
    studenten: wholeNumber.nullish(),
    vragen: count.nullish(),
  })
  .meta({ description: 'Een periode: {naam?, start, einde, intake_tot?, studenten?, vragen?}' });

export const aanbodSchema = z.strictObject({
  id,
  titel: text,
  instelling: text,
  niveau,
  opleiding: optionalText,
  vorm: z.enum(VORMEN).nullish(),
  csl_niveau: z.enum(CSL_NIVEAUS).nullish(),
  thema: textList,
  gebied: textList,
  periodes: z.array(periodeSchema).min(1, { error: 'empty-list' }),
  contactpersoon: persoon.nullish(),
  status: z.enum(AANBOD_STATUSES).nullish(),
});

export type Aanbod = z.infer<typeof aanbodSchema>;
