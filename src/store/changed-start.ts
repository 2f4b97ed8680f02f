// The first step of `kwp validate --changed` in CI, taken before git is asked what changed: the
// knowledge base's files are listed and the worker threads that will look at the unchanged ones
// are started (store/scan-parallel.ts). A worker needs about 100 ms before it takes its first
// file; started here rather than after git and the rest of `--changed`'s code, it is ready about
// when the first look starts instead of well into it.
import { type KbListing, listKnowledgeBase } from './read-kb.js';
import { type ScanPool, startScanPool } from './scan-parallel.js';

export interface ChangedStart {
  listing: KbListing;
  /** Undefined when the files are looked at on the main thread alone (see workerCount). */
  pool: ScanPool | undefined;
}

export function startChangedScan(root: string): ChangedStart {
  const listing = listKnowledgeBase(root);
  return { listing, pool: startScanPool(listing.realRoot, listing.entries) };
}
