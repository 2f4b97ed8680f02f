// Who leads a project, as a report shows it: the name of `projectleider` (a persoon mapping, or a
// string, possibly written "Naam <email>"); the e-mail address stays in the file.
import { isRecord, str, valueAt } from '../data.js';
import { readPersonString } from '../privacy/people.js';

export function leaderName(project: unknown): string | null {
  const value = valueAt(project, ['projectleider']);
  if (typeof value === 'string') {
    const read = readPersonString(value.trim(), 'persoon');
    return 'naam' in read && read.naam ? read.naam : null;
  }
  if (isRecord(value)) return str(value, 'naam')?.trim() || null;
  return null;
}
