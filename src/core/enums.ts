// The fixed value lists of the format, apart from zod so that commands that only read need not load it.
export const PROJECT_STATUSES = ['voorbereiding', 'lopend', 'afgerond', 'gestopt'] as const;
export const CSL_NIVEAUS = ['laag', 'midden', 'intensief'] as const;
export const VRAAG_STATUSES = ['open', 'opgepakt', 'beantwoord', 'vervallen'] as const;
export const BRONNEN = ['intake', 'tijdens-project', 'evaluatie'] as const;
export const GROEPEN = ['ondernemers', 'onderwijs', 'bewoners', 'overheid', 'overig'] as const;
export const NIVEAUS = ['vmbo', 'mbo', 'hbo', 'wo'] as const;
/** The forms of education an aanbod takes (format.md, `knowledge/aanbod/`). */
export const VORMEN = ['vak', 'project', 'minor', 'stage', 'afstuderen', 'challenge', 'onderzoek'] as const;
export const AANBOD_STATUSES = ['open', 'vol', 'gestopt'] as const;
