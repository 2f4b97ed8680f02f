// The first step of `kwp validate --changed`, taken before git is asked what changed: the knowledge
// base's files are listed, and what the look at the unchanged ones needs is set going. In CI, on a
// machine of four cores or more, that is the worker threads that share the look
// (store/scan-parallel.ts; on fewer cores the main thread looks alone): a worker needs about 100 ms
// before it takes its first file, and started here rather than after git and the rest of
// `--changed`'s code it is ready about when the first look starts instead of well into it. On
// one's own machine it is the scan cache (store/scan-cache.ts), whose two git processes then run
// beside the one that says what changed.
import { type KbListing, listKnowledgeBase } from './read-kb.js';
import type { ScanCache } from './scan-cache.js';
import { type ScanPool, startScanPool } from './scan-parallel.js';

export interface ChangedStart {
  listing: KbListing;
  /** In CI; undefined when the files are looked at on the main thread alone (see workerCount). */
  pool: ScanPool | undefined;
  /** Not in CI: the scan cache being opened (undefined when there is none to use). */
  cache: Promise<ScanCache | undefined> | undefined;
}

/** `ci`: no scan cache (every run starts from a fresh clone), and workers where they pay. */
export function startChanged(root: string, ci: boolean): ChangedStart {
  const listing = listKnowledgeBase(root);
  if (ci) return { listing, pool: startScanPool(listing.realRoot, listing.entries), cache: undefined };
  const cache = import('./scan-cache.js').then(({ openScanCache }) => openScanCache(listing.realRoot));
  cache.catch(() => {}); // awaited later; until then a failure must not count as unhandled
  return { listing, pool: undefined, cache };
}
