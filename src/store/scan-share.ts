// What a worker thread of `validate --changed` does (store/scan-parallel.ts). For each look it is
// sent (the ids in play, the places of the entries to look at, a counter shared with the main thread)
// it takes chunks from the counter until none is left, reads each file and says of each chunk which
// of them the main thread must parse: those it could not read, and those the test of
// store/read-select.ts picks (a changed id mentioned, or an id that may not be the file's name).
// It parses nothing itself, so it starts without the code of YAML reading and validation.
import type { MessagePort } from 'node:worker_threads';
import { readEntry, unpack } from './read-entry.js';
import type { WorkerInput } from './read-parallel.js';
import { mentionSelect } from './read-select.js';
import type { ScanChunk, ScanLook } from './scan-parallel.js';

export function scanShare(input: WorkerInput, port: MessagePort): void {
  const entries = unpack(input.entries);
  port.on('message', (look: ScanLook) => {
    const select = mentionSelect(look.ids);
    const counter = new Int32Array(look.next);
    const count = Math.ceil(look.places.length / look.chunk);
    for (let c = Atomics.add(counter, 0, 1); c < count; c = Atomics.add(counter, 0, 1)) {
      const from = c * look.chunk;
      const to = Math.min(look.places.length, from + look.chunk);
      const parse: number[] = [];
      for (let i = from; i < to; i++) {
        const entry = entries[look.places[i]!]!;
        const read = readEntry(input.realRoot, entry);
        if ('problem' in read || select(entry, read.bytes)) parse.push(i);
      }
      const out: ScanChunk = { look: look.look, chunk: c, parse, looked: to - from };
      port.postMessage(out);
    }
  });
}
