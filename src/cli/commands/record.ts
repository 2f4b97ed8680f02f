// A record as `list --json` and `show --json` give it: the frontmatter as read, plus its path.
import type { Entry } from '../../core/knowledge-base.js';

export function recordOf(entry: Entry): Record<string, unknown> {
  return { ...entry.data, path: entry.file.path };
}
