// Node 20 has no compile cache for ES modules (module.enableCompileCache came with Node 22), so it
// would compile kwp's code again at every start, and again each function on its first call: about
// 30 ms of a `kwp validate`. Here Node 20 runs dist/kwp.cjs, the same code as one CommonJS script,
// through vm.Script with a V8 code cache kept in kwp's cache folder (cacheFolder below). The cache is
// made after a command has run, so it holds the functions that command used, not only the top level.
// Compiled afresh, without a cache, the one script costs more than the ES modules (every command's
// code in one file, where the ES modules load only the command's own), so without a folder for the
// cache bin/kwp.js runs the ES modules instead.
//
// The cache is an optimisation only: any failure to find, read or write it just means compiling.
// It is written only in kwp's own cache folder, never elsewhere.
// Node's own modules are taken with process.getBuiltinModule, as in bin/kwp.js: an import would
// build a module facade of each first.
const { Buffer } = process.getBuiltinModule('node:buffer');
const {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const { homedir, tmpdir } = process.getBuiltinModule('node:os');
const { dirname, isAbsolute, join } = process.getBuiltinModule('node:path');
const { fileURLToPath } = process.getBuiltinModule('node:url');
const { Script } = process.getBuiltinModule('node:vm');
const { crc32 } = process.getBuiltinModule('node:zlib');

const MAGIC = 'kwp-v8-cache 1';
const DAY = 24 * 60 * 60 * 1000;
/** Caches kept, the one just written included. */
const KEEP = 4;

/**
 * Loads the CommonJS bundle at `url` and returns its exports, plus `saveCache()` to call once the
 * command has finished. `command` names the run (its first word), so that a cache made by one command
 * is made again, once, after another: each command's functions then come from the cache too.
 */
export function loadBundle(url, command, folder) {
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  const cache = cacheFile(source, folder);
  const found = cache ? readCache(cache) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(found ? { cachedData: found.data } : {}),
  });
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const saveCache = () => {
    if (!cache) return;
    if (found && !script.cachedDataRejected && found.commands.includes(command)) return;
    const commands = [...(found && !script.cachedDataRejected ? found.commands : []), command].slice(-20);
    writeCache(cache, commands, script);
  };
  return { exports: module.exports, saveCache };
}

/** The cache file for this bundle (by its content hash, written by the build), Node and machine. */
function cacheFile(source, folder) {
  const hash = /\/\/# kwp-bundle (\w+)\n$/.exec(source.slice(-64))?.[1];
  return hash ? join(folder, `v8-${hash}-${process.version}-${process.arch}.bin`) : undefined;
}

/**
 * The folder kwp keeps its cache in, or undefined when there is none it may use. That is kwp/ in the
 * user's cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%) when that
 * exists; kwp never makes the user's cache folder itself. Without one (a container, a service
 * account), it is a folder of this user's in the temporary folder, where Node 22+ keeps its own
 * compile cache too. A folder that exists already must be a folder (not a link), this user's, and
 * writable by this user and no one else; one that does not exist yet is made on the first write.
 */
export function cacheFolder(env) {
  let dir;
  try {
    const base = userCacheFolder(env);
    dir =
      base && isDirectory(base)
        ? join(base, 'kwp')
        : process.platform === 'win32'
          ? undefined
          : join(tmpdir(), `kwp-cache-${process.getuid()}`);
  } catch {
    return undefined; // no home folder
  }
  if (!dir) return undefined;
  try {
    if (!ours(dir)) return undefined;
    accessSync(dir, constants.W_OK);
    return dir;
  } catch (error) {
    // Not there yet: made on the first write, inside a folder that must exist.
    return error.code === 'ENOENT' && isDirectory(dirname(dir)) ? dir : undefined;
  }
}

function userCacheFolder(env) {
  if (process.platform === 'win32') return env.LOCALAPPDATA;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches');
  const xdg = env.XDG_CACHE_HOME;
  return xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache');
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The file holds a header line (magic, CRC-32 of the data, the commands that made it) and V8's data.
 * V8 checks that the data fits this V8 and a script of this length, but not the data's own integrity
 * (in release builds), hence the checksum; the content hash in the file name does the rest.
 */
function readCache(path) {
  try {
    if (!ours(dirname(path)) || !ours(path)) return undefined;
    const bytes = readFileSync(path);
    const end = bytes.indexOf(10);
    const [magic, version, sum, commands = ''] = bytes
      .subarray(0, Math.max(0, end))
      .toString('latin1')
      .split(' ');
    const data = bytes.subarray(end + 1);
    if (`${magic} ${version}` !== MAGIC || Number(sum) !== crc32(data)) return undefined;
    return { data, commands: commands.split(',') };
  } catch {
    return undefined;
  }
}

/**
 * Whether a cache folder or file is this user's and no one else can write it: code from the cache
 * runs as kwp, so a cache someone else could have put there (XDG_CACHE_HOME in a shared folder,
 * say) is not used, nor written to. A link is not followed: it could lead anywhere.
 */
function ours(path) {
  if (process.platform === 'win32') return true;
  const stat = lstatSync(path);
  return !stat.isSymbolicLink() && stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/** Writes the cache whole or not at all (a temporary file, renamed), and tidies the folder. */
function writeCache(path, commands, script) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    try {
      mkdirSync(dirname(path), { mode: 0o700 });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (!ours(dirname(path))) return;
    const data = script.createCachedData();
    const head = Buffer.from(`${MAGIC} ${crc32(data)} ${commands.join(',')}\n`, 'latin1');
    writeFileSync(tmp, Buffer.concat([head, data]), { mode: 0o600 });
    renameSync(tmp, path);
    tidy(dirname(path), path);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing written, nothing to remove
    }
  }
}

/**
 * Removes what other builds of kwp (or other Node versions) left: caches unchanged for 30 days and
 * all but the newest few (each build has its own; a developer makes many), and temporary files of a
 * killed kwp once they are an hour old (a write takes milliseconds).
 */
function tidy(dir, keep) {
  const now = Date.now();
  const caches = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === keep || !name.startsWith('v8-')) continue;
    try {
      const age = now - statSync(path).mtimeMs;
      if (name.endsWith('.tmp')) {
        if (age > DAY / 24) unlinkSync(path);
      } else if (age > 30 * DAY) unlinkSync(path);
      else caches.push({ path, age });
    } catch {
      // gone already, or not ours to remove
    }
  }
  for (const { path } of caches.sort((a, b) => a.age - b.age).slice(KEEP - 1)) {
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
  }
}
