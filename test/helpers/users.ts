// Running kwp as another user (the tests run as root here, which no file permission stops): the
// unprivileged user `nobody`, and handing a folder over to it.
import { chownSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const isRoot = process.getuid?.() === 0;
export const NOBODY = 65534;

/** Makes every folder and file of `dir` belong to `uid`. */
export function handOver(dir: string, uid: number): void {
  chownSync(dir, uid, uid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) handOver(path, uid);
    else chownSync(path, uid, uid);
  }
}
