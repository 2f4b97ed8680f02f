// The schema of each kind of file, for checking and for `kwp schema`.
import type { z } from 'zod';
import type { Kind } from '../kinds.js';
import { aanbodSchema } from './aanbod.js';
import { partnerSchema } from './partner.js';
import { projectSchema } from './project.js';
import { vraagSchema } from './vraag.js';
import { werkplaatsSchema } from './werkplaats.js';

export const SCHEMAS: Record<Kind, z.ZodType> = {
  werkplaats: werkplaatsSchema,
  project: projectSchema,
  vraag: vraagSchema,
  partner: partnerSchema,
  aanbod: aanbodSchema,
};
