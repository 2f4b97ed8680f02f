// A person as given on the command line or in a prompt: "Naam <email>", or just a name. People also
// type "Naam email", "Naam (email)" and "Naam, email": those are read the same way, and a name that
// still holds an e-mail address is refused rather than stored with the address inside it.
import * as z from 'zod/mini';

export interface Persoon {
  naam: string;
  email?: string;
  telefoon?: string;
  organisatie?: string;
  rol?: string;
}

const EMAIL = z.email();

/** The person, or why the text cannot be one. */
export function parsePerson(
  text: string,
): { ok: true; person: Persoon } | { ok: false; reason: 'empty' | 'email' } {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const split =
    /^(.*?)\s*<([^<>]*)>$/.exec(trimmed) ?? // Femke de Vries <f@example.org>
    /^(.*?)\s*\(([^()]*@[^()]*)\)$/.exec(trimmed) ?? // Femke de Vries (f@example.org)
    /^(.*?)\s*[,;]?\s+([^\s,;]*@[^\s,;]*)$/.exec(trimmed) ?? // Femke de Vries f@example.org / , f@… / ; f@…
    /^(.*?)\s*[,;]\s*([^\s,;]*@[^\s,;]*)$/.exec(trimmed); // Femke de Vries,f@example.org
  if (!split) {
    // Only an address, or an address somewhere inside the name: not a name to store.
    if (trimmed.includes('@')) return { ok: false, reason: 'email' };
    return { ok: true, person: { naam: trimmed } };
  }
  const naam = split[1]!.replace(/[\s,;:]+$/, '').trim();
  const email = split[2]!.trim();
  if (naam === '') return { ok: false, reason: 'empty' };
  if (naam.includes('@') || !EMAIL.safeParse(email).success) return { ok: false, reason: 'email' };
  return { ok: true, person: { naam, email } };
}

/** A person as typed back into a prompt: `Naam <email>`. */
export function personText(person: Persoon): string {
  return person.email ? `${person.naam} <${person.email}>` : person.naam;
}
