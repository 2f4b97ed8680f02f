// Reads every file of a knowledge base from disk. The only module that lists folders and reads
// bytes for validation; it follows no symlink out of the knowledge base.
import { type Dirent, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PendingDiagnostic } from '../core/diagnostics.js';
import { fileStem, KIND_FOLDERS, type Kind, WERKPLAATS_PATH } from '../core/kinds.js';
import { type ParsedFile, readSourceFile } from '../core/read-file.js';
import { decode } from '../core/source-text.js';
import type { MessageArgs, MessageId } from '../messages/catalogue.js';

export interface LoadedKb {
  root: string;
  files: ParsedFile[];
}

interface RawFile {
  path: string;
  kind: Kind;
  bytes: Uint8Array;
}

/**
 * Reads and parses every file. `each` sees every parsed file at once, while it is fresh: validation
 * checks it there and keeps only what the rules across files need.
 */
export async function loadKnowledgeBase(
  root: string,
  each: (file: ParsedFile) => void = () => {},
): Promise<LoadedKb> {
  const files: ParsedFile[] = [];
  const needFull: RawFile[] = [];
  // Each file is parsed as soon as it is read, so its bytes can go at once: at 10,000 files, holding
  // them all costs more in garbage collection than the parsing itself.
  const problems = readRawFiles(root, (r) => {
    const parsed = readSourceFile(r.path, r.kind, r.bytes);
    if (!parsed) needFull.push(r);
    else {
      each(parsed);
      files.push(parsed);
    }
  });
  if (needFull.length > 0) {
    // Loaded only now: most knowledge bases never need the slower, position-aware YAML reader.
    const { readYamlFull } = await import('../core/yaml-full.js');
    for (const r of needFull) {
      const parsed = readSourceFile(r.path, r.kind, r.bytes, readYamlFull)!;
      each(parsed);
      files.push(parsed);
    }
  }
  // Files that could not be read at all still take part, so their problems are reported with the rest.
  for (const p of problems) {
    const parsed = placeholder(p);
    each(parsed);
    files.push(parsed);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, files };
}

function readRawFiles(root: string, onFile: (file: RawFile) => void): PendingDiagnostic[] {
  const problems: PendingDiagnostic[] = [];
  const realRoot = realpathSync(root);
  const problem = (path: string, rule: PendingDiagnostic['rule'], id: MessageId, args: MessageArgs = {}) =>
    problems.push({
      file: path,
      anchor: { kind: 'line', line: 1, column: 1 },
      severity: 'error',
      rule,
      message: { id, args },
    });

  const readOne = (absolute: string, path: string, kind: Kind, isLink: boolean) => {
    try {
      if (isLink) {
        const target = realpathSync(absolute);
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          problem(path, 'symlink-outside', 'file.symlink-outside', { target });
          return;
        }
        if (!statSync(target).isFile()) {
          problem(path, 'unexpected-file', 'file.folder', {
            name: path.slice(path.lastIndexOf('/') + 1),
            folder: path.slice(0, path.lastIndexOf('/')),
          });
          return;
        }
      }
      onFile({ path, kind, bytes: readFileSync(absolute) });
    } catch (e) {
      problem(path, 'unreadable-file', 'file.unreadable', {
        reason: (e as NodeJS.ErrnoException).code ?? String(e),
      });
    }
  };

  readOne(join(root, WERKPLAATS_PATH), WERKPLAATS_PATH, 'werkplaats', isSymlink(join(root, WERKPLAATS_PATH)));
  for (const [kind, folder] of Object.entries(KIND_FOLDERS) as [Kind, string][]) {
    const dir = join(root, 'knowledge', folder);
    let entries: Dirent[];
    try {
      const target = realpathSync(dir);
      if (target !== realRoot && !target.startsWith(realRoot + sep)) {
        // A record folder that is a symlink out of the knowledge base: not followed either.
        problem(`knowledge/${folder}`, 'symlink-outside', 'file.symlink-outside', { target });
        continue;
      }
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // a missing folder is an empty register
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // .gitkeep and editor files
      const path = `knowledge/${folder}/${entry.name}`;
      if (entry.isDirectory())
        problem(path, 'unexpected-file', 'file.folder', { name: entry.name, folder: `knowledge/${folder}` });
      else if (!entry.name.endsWith('.md')) {
        problem(path, 'unexpected-file', 'file.not-markdown', {
          name: entry.name,
          folder: `knowledge/${folder}`,
        });
      } else readOne(join(dir, entry.name), path, kind, entry.isSymbolicLink());
    }
  }
  return problems;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function placeholder(problem: PendingDiagnostic): ParsedFile {
  const kind: Kind = problem.file === WERKPLAATS_PATH ? 'werkplaats' : kindOfPath(problem.file);
  return {
    path: problem.file,
    kind,
    // A markdown file that could not be read still names a record, so references to it resolve.
    stem: problem.file.endsWith('.md') ? fileStem(problem.file) : '',
    text: null,
    yamlOffset: 0,
    body: '',
    bodyOffset: 0,
    data: null,
    doc: null,
    problems: [problem],
  };
}

function kindOfPath(path: string): Kind {
  const folder = path.split('/')[1];
  const found = (Object.entries(KIND_FOLDERS) as [Kind, string][]).find(([, f]) => f === folder);
  return found ? found[0] : 'project';
}

/** A path relative to the kb root, with forward slashes, as kwp shows paths everywhere. */
export function kbRelative(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

/** A file's text as kwp reads it (decoded, without byte-order mark), or null when it is not text. */
export function readTextAgain(root: string, path: string): string | null {
  try {
    const decoded = decode(readFileSync(join(root, path)));
    return decoded.ok ? decoded.source.text : null;
  } catch {
    return null;
  }
}
