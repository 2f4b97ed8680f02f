// What a worker thread does (store/read-worker.ts): it takes chunks of the listed files from the
// shared counter until none is left, reads, parses and finishes each file as the main thread would,
// and sends each chunk's files back as soon as they are done, then `{ done: true }`.
import type { MessagePort } from 'node:worker_threads';
import { letTextGo, type ParsedFile } from '../core/read-file.js';
import type { Finish } from './finish.js';
import { type NeedsFull, readRange, unpack } from './read-entry.js';
import type { ChunkOutput, WorkerInput } from './read-parallel.js';

/**
 * The step `finish` names, as store/finish.ts has it. Validation's is loaded only when asked for: a
 * worker of the report or the matcher starts without it (zod, the schemas and the rules).
 */
async function finisher(finish: Finish): Promise<(file: ParsedFile) => void> {
  if (finish === 'check') return (await import('../core/validate.js')).checkAndSlim;
  return finish === 'data-only' ? letTextGo : () => {};
}

export async function readShare(input: WorkerInput, port: MessagePort): Promise<void> {
  const { realRoot, finish, next, chunk } = input;
  const entries = unpack(input.entries);
  const each = await finisher(finish);
  let files: ParsedFile[] = [];
  const done = (file: ParsedFile) => {
    each(file);
    // Sent as part of the text; the main thread cuts it off again (the structured clone would copy
    // it twice otherwise).
    file.body = '';
    files.push(file);
  };
  const counter = new Int32Array(next);
  const count = Math.ceil(entries.length / chunk);
  let index: Map<unknown, number> | undefined;
  for (let c = Atomics.add(counter, 0, 1); c < count; c = Atomics.add(counter, 0, 1)) {
    const needFull: NeedsFull[] = [];
    readRange(realRoot, entries, c * chunk, Math.min(entries.length, (c + 1) * chunk), done, needFull);
    if (needFull.length > 0) index ??= new Map(entries.map((e, i) => [e, i]));
    const output: ChunkOutput = {
      chunk: c,
      files,
      needFull: needFull.map(({ entry, bytes }) => ({ index: index!.get(entry)!, bytes })),
    };
    port.postMessage(output);
    files = [];
  }
  port.postMessage({ done: true });
}
