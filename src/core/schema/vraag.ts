// `knowledge/kennisvragen/<id>.md`: the register of knowledge questions (fase 3b and 4).
import * as z from 'zod';
import { BRONNEN, VORMEN, VRAAG_STATUSES } from '../enums.js';
import { count, date, id, niveau, optionalText, persoon, text, textList } from './common.js';

export const vraagSchema = z.strictObject({
  id,
  vraag: text,
  status: z.enum(VRAAG_STATUSES),
  bron: z.enum(BRONNEN).nullish(),
  project: optionalText,
  vraageigenaar: z.union([text, persoon], { error: 'person-or-name' }).nullish(),
  thema: textList,
  gebied: optionalText,
  ingediend: date.nullish(),
  niveau: z.array(niveau).nullish(),
  vorm: z.array(z.enum(VORMEN)).nullish(),
  studenten: count.nullish(),
  gewenst: z.strictObject({ van: date.nullish(), tot: date.nullish() }).nullish(),
});

export type Vraag = z.infer<typeof vraagSchema>;
