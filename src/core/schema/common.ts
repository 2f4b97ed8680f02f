// Building blocks shared by the file schemas. Error texts here are rule names: the mapper in
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
/** A number of things there must be at least one of (a period's `vragen`, a question's `studenten`). */
export const count = z.int({ error: 'invalid-count' }).min(1, { error: 'invalid-count' });
export const amount = z.number({ error: 'invalid-amount' }).min(0, { error: 'invalid-amount' });

/**
 * A web address: `https://` or `http://`, a domain name with at least one dot, then a port and a
 * path if any; no spaces. One pattern for kwp and for the JSON Schema editors use (a `uri` format
 * would let `ftp://…`, `mailto:…` and a bare `https://` through there while kwp refuses them). Short,
 * because editors quote it, and without `\p{…}`, so it means the same with or without the `u` flag.
 */
export const WEB_ADDRESS = /^https?:\/\/[^\s/?#:@.]+(\.[^\s/?#:@.]+)+(:[0-9]+)?([/?#]\S*)?$/;

export const webAddress = z
  .string()
  .regex(WEB_ADDRESS, { error: 'invalid-url' })
  .meta({ description: 'een webadres dat begint met https:// (of http://)' });

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
