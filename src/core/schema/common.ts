// Building blocks shared by the four file schemas. Error texts here are rule names: the mapper in
// schema-check.ts turns an issue carrying one into that rule's diagnostic.
import * as z from 'zod';
import { GROEPEN, NIVEAUS } from '../enums.js';
import { ID_PATTERN } from '../kinds.js';

export const text = z.string().min(1);
/** Optional keys may be left blank (`gebied:`), as people do when filling in a template. */
export const optionalText = text.nullish();

export const date = z.iso.date({ error: 'invalid-date' }).meta({ description: 'JJJJ-MM-DD' });

export const id = z
  .string()
  .min(3, { error: 'invalid-id' })
  .max(80, { error: 'invalid-id' })
  .regex(ID_PATTERN, { error: 'invalid-id' })
  .meta({ description: 'kleine letters a-z, cijfers en enkele streepjes; gelijk aan de bestandsnaam' });

export const idList = z.array(text).nullish();
export const textList = z.array(text).nullish();

export const wholeNumber = z.int({ error: 'invalid-number' }).min(0, { error: 'invalid-number' });
export const amount = z.number({ error: 'invalid-amount' }).min(0, { error: 'invalid-amount' });

export const groep = z.enum(GROEPEN);
export const niveau = z.enum(NIVEAUS);

export const persoon = z
  .strictObject({
    naam: text,
    email: z.email({ error: 'invalid-email' }).nullish(),
    telefoon: optionalText,
    organisatie: optionalText,
    rol: optionalText,
  })
  .meta({ description: 'Een persoon: {naam, email?, telefoon?, organisatie?, rol?}' });
