// Finding a name by a piece of it, as a person types it: any case, with or without accents, and
// with runs of spaces as one (`twente` finds "Universiteit Twente", `cooperatie` "Coöperatie Zuid").

/** A name as it is compared: lower case, accents dropped, spaces collapsed. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A test for names that contain `query` (folded alike); an empty query matches every name. */
export function nameMatcher(query: string): (name: string) => boolean {
  const wanted = foldName(query);
  return (name) => foldName(name).includes(wanted);
}
