// A person as given on the command line or in a prompt: "Naam <email>", or just a name.
import * as z from 'zod/mini';

export interface Persoon {
  naam: string;
  email?: string;
  telefoon?: string;
  organisatie?: string;
  rol?: string;
}

const EMAIL = z.email();

/** The person, or an error message id when the text cannot be one. */
export function parsePerson(
  text: string,
): { ok: true; person: Persoon } | { ok: false; reason: 'empty' | 'email' } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const match = /^(.*?)\s*<([^<>]*)>\s*$/.exec(trimmed);
  if (!match) return { ok: true, person: { naam: trimmed } };
  const naam = match[1]!.trim();
  const email = match[2]!.trim();
  if (naam === '') return { ok: false, reason: 'empty' };
  if (!EMAIL.safeParse(email).success) return { ok: false, reason: 'email' };
  return { ok: true, person: { naam, email } };
}
