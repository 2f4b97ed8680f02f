// Writing the files of a new knowledge base as one step: every file is created exclusively, and when
// one cannot be written the ones already written (and the folders made for them) are taken away again.
import { existsSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { KwpError } from '../../errors.js';
import { createFile, FileExistsError } from '../../store/write-file.js';
import type { PlannedFile } from './plan.js';

export interface Written {
  written: string[];
  kept: string[];
}

export function writeAll(files: readonly PlannedFile[], shown: (path: string) => string): Written {
  const written: string[] = [];
  const kept: string[] = [];
  const madeDirs: string[] = [];
  try {
    for (const file of files) {
      makeDir(dirname(file.path), madeDirs);
      try {
        createFile(file.path, file.content);
        written.push(file.path);
      } catch (e) {
        if (e instanceof FileExistsError && file.keepExisting) kept.push(file.path);
        else throw e;
      }
    }
  } catch (e) {
    for (const path of written.reverse()) rmSync(path, { force: true });
    for (const dir of madeDirs.reverse()) removeEmptyDir(dir);
    const target = e instanceof FileExistsError ? e.path : ((e as NodeJS.ErrnoException).path ?? '');
    if (e instanceof FileExistsError) throw new KwpError('write.exists', { path: shown(target) });
    const reason = (e as NodeJS.ErrnoException).code ?? String((e as Error).message);
    throw new KwpError('write.failed', { path: shown(target), reason });
  }
  return { written, kept };
}

/** Makes `dir` and remembers each folder that did not exist, outermost first. */
function makeDir(dir: string, made: string[]): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  made.push(...missing);
  mkdirSync(dir, { recursive: true });
}

function removeEmptyDir(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty after all (someone else put something there), or already gone: leave it
  }
}
