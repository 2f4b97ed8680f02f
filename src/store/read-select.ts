// Which unchanged files `kwp validate --changed` parses (store/changed-load.ts): those whose id might
// differ from their name and those that mention an id in play. Made from the ids alone, so that the
// main thread and the worker threads (store/scan-share.ts) can each make the same test.
import { frontmatterText, lookTest, MENTIONS, NAME_UNSURE } from '../core/changed-scan.js';
import { fileStem } from '../core/kinds.js';
import type { KbEntry } from './read-entry.js';

/**
 * The test: true to parse the file, false to let it stand in by its name. `seen` hears of every
 * file looked at, with whether its id is its name (the scan cache keeps that).
 */
export function mentionSelect(
  ids: readonly string[],
  seen?: (entry: KbEntry, bytes: Uint8Array, nameOk: boolean) => void,
): (entry: KbEntry, bytes: Uint8Array) => boolean {
  const look = lookTest(ids);
  // Without `seen`, whether the id is the name need not be known of a file that mentions an id.
  const whole = seen !== undefined;
  return (entry, bytes) => {
    const found = look(frontmatterText(bytes), fileStem(entry.path), whole);
    const nameOk = (found & NAME_UNSURE) === 0;
    seen?.(entry, bytes, nameOk);
    return !nameOk || (found & MENTIONS) !== 0;
  };
}
