// `knowledge/kennisvragen/<id>.md`: the register of knowledge questions (fase 3b and 4).
import { z } from 'zod';
import { date, id, optionalText, persoon, text, textList } from './common.js';

export const VRAAG_STATUSES = ['open', 'opgepakt', 'beantwoord', 'vervallen'] as const;
export const BRONNEN = ['intake', 'tijdens-project', 'evaluatie'] as const;

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
});

export type Vraag = z.infer<typeof vraagSchema>;
