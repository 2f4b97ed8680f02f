// What a worker thread of `validate --changed` does (store/scan-parallel.ts). For each look it is
// sent (the ids in play, the places of the entries to look at, a counter shared with the main thread)
// it takes chunks from the counter until none is left, reads each file and says of each chunk which
// of them the main thread must parse: those it could not read, and those the test of
// store/read-select.ts picks (a changed id mentioned, or an id that may not be the file's name).
// It starts without the code of validation, so that it is ready for the first look sooner; that
// code is loaded after its first look, and from then on it parses and checks what it picks itself
// (as the main thread would: store/finish.ts's 'check') and sends those files, leaving to the main
// thread only what it could not read and what only the slower YAML reader reads.
import type { MessagePort } from 'node:worker_threads';
import { type ParsedFile, readSourceFile } from '../core/read-file.js';
import { type KbEntry, readEntry, unpack } from './read-entry.js';
import type { WorkerInput } from './read-parallel.js';
import { mentionSelect } from './read-select.js';
import type { ScanChunk, ScanLook } from './scan-parallel.js';

export function scanShare(input: WorkerInput, port: MessagePort): void {
  const entries = unpack(input.entries);
  let check: ((file: ParsedFile) => void) | undefined;
  let loading = false;
  const loadCheck = () => {
    if (loading) return;
    loading = true;
    import('../core/validate.js').then(
      ({ checkAndSlim }) => (check = checkAndSlim),
      () => {}, // parsed on the main thread, as before it was loaded
    );
  };
  /** The file parsed and checked here, or undefined when the main thread must do it. */
  const parse = (entry: KbEntry, bytes: Uint8Array): ParsedFile | undefined => {
    if (!check) return undefined;
    const file = readSourceFile(entry.path, entry.kind, bytes);
    if (!file) return undefined; // the slower YAML reader's: on the main thread
    check(file);
    // Sent as part of the text; the main thread cuts it off again (see read-share.ts).
    file.body = '';
    return file;
  };
  port.on('message', (look: ScanLook) => {
    const select = mentionSelect(look.ids);
    const counter = new Int32Array(look.next);
    const count = Math.ceil(look.places.length / look.chunk);
    for (let c = Atomics.add(counter, 0, 1); c < count; c = Atomics.add(counter, 0, 1)) {
      const from = c * look.chunk;
      const to = Math.min(look.places.length, from + look.chunk);
      const toParse: number[] = [];
      const files: ParsedFile[] = [];
      for (let i = from; i < to; i++) {
        const entry = entries[look.places[i]!]!;
        const read = readEntry(input.realRoot, entry);
        if ('problem' in read) toParse.push(i);
        else if (select(entry, read.bytes)) {
          const file = parse(entry, read.bytes);
          if (file) files.push(file);
          else toParse.push(i);
        }
      }
      const out: ScanChunk = { look: look.look, chunk: c, parse: toParse, files, looked: to - from };
      port.postMessage(out);
    }
    loadCheck();
  });
}
