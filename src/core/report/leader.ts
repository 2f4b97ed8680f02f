// Who leads a project, as a report shows it: the name of `projectleider` (a persoon mapping, or a
// string, possibly written "Naam <email>"); the e-mail address stays in the file.
import type { ProjectView } from '../model/views.js';
import { readPersonString } from '../privacy/people.js';

export function leaderName(project: ProjectView): string | null {
  const value = project.projectleider;
  if (typeof value === 'string') {
    const read = readPersonString(value.trim(), 'persoon');
    return 'naam' in read && read.naam ? read.naam : null;
  }
  return value?.naam?.trim() || null;
}
