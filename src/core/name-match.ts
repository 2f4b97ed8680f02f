// Finding a name by a piece of it, as a person types it: any case, with or without accents, and
// with runs of spaces as one (`twente` finds "Universiteit Twente", `cooperatie` "Coöperatie Zuid").

/** A name as it is compared: lower case, accents dropped, spaces collapsed. */
export function foldName(name: string): string {
  const known = folded.get(name);
  if (known !== undefined) return known;
  const fold = name
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (folded.size >= MAX_FOLDED) folded.clear();
  folded.set(name, fold);
  return fold;
}

// The same few names come back again and again (the partners of 10,000 projects, for the matcher and
// the report): each is folded once. Emptied when it grows large, so a long run keeps no more.
const MAX_FOLDED = 10_000;
const folded = new Map<string, string>();

/** A test for names that contain `query` (folded alike); an empty query matches every name. */
export function nameMatcher(query: string): (name: string) => boolean {
  const wanted = foldName(query);
  return (name) => foldName(name).includes(wanted);
}
