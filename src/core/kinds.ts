// The kinds of file in a knowledge base, and where each lives.
export type Kind = 'werkplaats' | 'project' | 'vraag' | 'partner' | 'aanbod';

/** Folders under knowledge/ holding one file per record. */
export const KIND_FOLDERS = {
  project: 'projecten',
  vraag: 'kennisvragen',
  partner: 'partners',
  aanbod: 'aanbod',
} as const;

export type FolderKind = keyof typeof KIND_FOLDERS;

export const WERKPLAATS_PATH = 'knowledge/werkplaats.md';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isValidId(value: string): boolean {
  return value.length >= 3 && value.length <= 80 && ID_PATTERN.test(value);
}

/**
 * The kind of record a kb-relative path is in, by its folder (`knowledge/partners/…` is a partner);
 * undefined for a path outside the record folders.
 */
export function kindOfPath(path: string): Kind | undefined {
  if (path === WERKPLAATS_PATH) return 'werkplaats';
  const [top, folder] = path.split('/');
  if (top !== 'knowledge') return undefined;
  const found = (Object.entries(KIND_FOLDERS) as [FolderKind, string][]).find(([, f]) => f === folder);
  return found?.[0];
}

/** File name without folder and `.md`: what the record's id must equal. */
export function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
}
