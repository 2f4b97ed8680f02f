// The browser the browser tests drive: Debian's Chromium, headless, with nothing of its own that
// reaches the network (no QUIC, component updates, sync or background requests).
import { existsSync } from 'node:fs';
import { runsWith } from './hang-guard.js';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether `what` (the tests, named for the message) can run: skipped with a message where Chromium is
 * missing, but never in CI (CI set), where a missing browser fails the tests instead of hiding them.
 */
export function chromiumFor(what: string): boolean {
  const available = runsWith(existsSync(CHROMIUM));
  if (!available)
    console.warn(`Skipped: ${what} need Chromium at ${CHROMIUM} (Debian: apt-get install -y chromium).`);
  return available;
}
