// `knowledge/partners/<id>.md`: the partner register (fase 2).
import * as z from 'zod';
import { groep, id, niveau, persoon, text, webAddress } from './common.js';

export const partnerSchema = z.strictObject({
  id,
  naam: text,
  groep,
  niveau: niveau.nullish(),
  aanspreekpunt: persoon.nullish(),
  website: webAddress.nullish(),
});

export type Partner = z.infer<typeof partnerSchema>;
