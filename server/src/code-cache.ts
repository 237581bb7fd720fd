// Starting a bundle through V8's code cache. Compiling the server bundle and the functions of its first analysis
// took about 40 ms of every start (a quarter of a 1,000-file workspace's time to diagnostics); a cache written once
// per build lets later starts skip it. Node 20 has no built-in compile cache, so the launcher does what Node 22's
// module.enableCompileCache does: one cache file per bundle build, in a folder of the user's own.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { WARM_EVENT } from './warm';

/** The user's cache folder for this tool: an editor passes its own storage; otherwise the platform's cache home. */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.KRAFT_CODE_CACHE === 'off') return undefined;
  if (env.KRAFT_CODE_CACHE_DIR) return env.KRAFT_CODE_CACHE_DIR;
  const home = os.homedir();
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'win32'
      ? env.LOCALAPPDATA
      : process.platform === 'darwin'
        ? path.join(home, 'Library', 'Caches')
        : path.join(home, '.cache'));
  return base ? path.join(base, 'kraft-config', 'code-cache') : undefined;
}

/**
 * Runs a bundle as `require` would run a CommonJS module, compiled with the cached code of an earlier start when there is one.
 * The cache is written once the bundle says it is warm (after its first analysis), so that it holds the functions
 * that analysis compiled too. A missing, foreign or unwritable cache only costs the compilation.
 */
export function runWithCodeCache(file: string, folder = codeCacheFolder()): { usedCache: boolean } {
  // The bundle is one function expression of (exports, require, module, __filename, __dirname): see the build.
  const source = fs.readFileSync(file, 'utf8');
  const cacheFile = folder && cacheFileOf(file, folder);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(source, { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected))
    process.once(WARM_EVENT, () => writeCache(cacheFile, `${path.basename(file)}-`, () => script.createCachedData()));
  const bundle = { exports: {} };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(bundle.exports, bundle.exports, createRequire(file), bundle, file, path.dirname(file));
  return { usedCache: cachedData !== undefined && !script.cachedDataRejected };
}

/** One file per build of a bundle: V8 itself only checks the source's length, so the name carries size and time. */
function cacheFileOf(file: string, folder: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    const build = `${stat.size}-${Math.floor(stat.mtimeMs)}`;
    return path.join(folder, `${path.basename(file)}-${build}-${process.version}-${process.arch}.v8cache`);
  } catch {
    return undefined;
  }
}

// V8 trusts cached code it is given (it checks versions and flags, not the bytes): a damaged file would stop the
// process at every start. Each file starts with the SHA-256 of the rest, checked before V8 sees it.
const DIGEST_BYTES = 32;
/** The server's cache is about 1.3 MB; anything far larger is not one of ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const digestOf = (data: Buffer) => createHash('sha256').update(data).digest();

/** The cached code in a file, when it is this user's and whole (a damaged one is written again once warm). */
function readCache(file: string): Buffer | undefined {
  const stored = readOwnFile(file);
  if (!stored) return undefined;
  const data = stored.subarray(DIGEST_BYTES);
  return stored.length > DIGEST_BYTES && digestOf(data).equals(stored.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Cached code runs as this user's code: only a file this user owns, in a folder only they can write, is used. */
function readOwnFile(file: string): Buffer | undefined {
  try {
    const folder = fs.statSync(path.dirname(file));
    const stat = fs.statSync(file);
    // A FIFO or device by that name would block or never end: only a regular file of a sensible size is read.
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return undefined;
    const uid = process.getuid?.();
    if (uid !== undefined && (stat.uid !== uid || folder.uid !== uid || (folder.mode & 0o022) !== 0)) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written beside and renamed into place, so that a start never reads half a file; older builds' files go. */
function writeCache(file: string, bundlePrefix: string, cachedData: () => Buffer): void {
  try {
    const data = cachedData();
    const folder = path.dirname(file);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.concat([digestOf(data), data]), { mode: 0o600 });
    fs.renameSync(temporary, file);
    for (const name of fs.readdirSync(folder))
      if (name.startsWith(bundlePrefix) && name !== path.basename(file) && !name.endsWith('.tmp'))
        fs.rmSync(path.join(folder, name), { force: true });
  } catch {
    // A cache is optional: an unwritable folder means compiling again next time.
  }
}
