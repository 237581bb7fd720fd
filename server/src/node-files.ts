// Reading config files from disk for the CLI and the server (the engine itself never touches the file system).
// Reads never block and never grow without bound: FIFOs, sockets and devices are refused before they are opened,
// and every read stops at a hard cap whatever stat.size says (devices and procfs report 0).
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from 'node:fs';
import * as path from 'node:path';
import { compareCodeUnits, DEFAULT_SERVER_GLOBS, matchesAny, t } from './engine';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** How a file's bytes were decoded, so that a fix is written back in the same encoding. */
export type ConfigEncoding = 'utf8' | 'latin1';

export interface ConfigText {
  text: string;
  encoding: ConfigEncoding;
  /** The file's real path, symbolic links resolved: the identity used to deduplicate and to write. */
  realPath: string;
  /** The bytes as read, to check the file did not change before writing and to restore it on failure. */
  bytes: Buffer;
}
/** `unreadable`: the file could not be read at all (permissions, I/O), so nothing is known about its content. */
export type ConfigRead = ConfigText | { problem: string; unreadable?: true };

/** Decodes bytes the way a person would expect to see them; Kafka itself reads ISO-8859-1. */
export function decodeConfigBytes(bytes: Buffer): { text: string; encoding: ConfigEncoding } | { problem: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { problem: t('files.utf16') };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { problem: t('files.binary') };
  // The BOM is kept (the byte-order-mark rule explains what Kafka makes of it). Invalid UTF-8 means a single-byte
  // file: show it as Kafka reads it. A valid UTF-8 file that contains U+FFFD itself stays UTF-8.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf8' };
  } catch {
    return { text: bytes.toString('latin1'), encoding: 'latin1' };
  }
}

/** Encodes text in a file's own encoding; in ISO-8859-1 a character beyond U+00FF becomes a `\uXXXX` escape. */
export function encodeConfigText(text: string, encoding: ConfigEncoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  const escaped = text.replace(/[^\u0000-\u00ff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return Buffer.from(escaped, 'latin1');
}

/**
 * Reads at most `cap` bytes from an open regular file; undefined when it holds more. `size` (from fstat) sizes the
 * first read, so a small file costs one read: a short read of a regular file is its end.
 */
function readCappedSync(fd: number, cap: number, size: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  let want = Math.min(Math.max(size + 1, 4096), cap + 1);
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(want, cap + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read > 0) {
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    if (total > cap) return undefined;
    if (read < chunk.length) return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    want = 64 * 1024;
  }
}

const tooLarge = (bytes: number) =>
  t('files.tooLarge', { size: Math.max(1, Math.round(bytes / 1024 / 1024)), limit: MAX_FILE_BYTES / 1024 / 1024 });

/** Size and modification time: a file whose stamp did not change needs no new read. */
export const stampOfStats = (stats: Stats) => `${stats.size}:${stats.mtimeMs}`;

export interface ReadHints {
  /** The real path, when the caller already knows it (a walk resolved it): one system call less. */
  realPath?: string;
  /** The caller just saw a regular file at this path (a walk's directory entry): no stat before opening. */
  regular?: boolean;
}

/** A reason a file is not read (not a regular file, too large): said to the user as it is. */
class FileProblem extends Error {}

/**
 * The one guarded read behind every read here. FIFOs and devices are refused before they are opened (opening a FIFO
 * blocks, reading /dev/zero never ends) unless the caller just saw a regular file there; O_NONBLOCK keeps a path
 * swapped for a FIFO since from blocking the open; the read stops at `cap` whatever stat says.
 */
function readGuardedSync(file: string, cap: number, statFirst: boolean): { bytes: Buffer; stats: Stats } {
  if (statFirst) {
    const stat = statSync(file);
    if (!stat.isFile()) throw new FileProblem(t('files.notRegular'));
    if (stat.size > cap) throw new FileProblem(tooLarge(stat.size));
  }
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileProblem(t('files.notRegular'));
    if (stats.size > cap) throw new FileProblem(tooLarge(stats.size));
    const bytes = readCappedSync(fd, cap, stats.size);
    if (!bytes) throw new FileProblem(tooLarge(cap + 1));
    return { bytes, stats };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing more to do with it
    }
  }
}

/**
 * Reads a config file synchronously: reading small local files in one go is several times faster than a chain of
 * asynchronous calls, and the server reads in batches between which it answers requests.
 */
export function readConfigFileSync(file: string, hints: ReadHints = {}): ConfigRead & { stamp?: string } {
  try {
    const { bytes, stats } = readGuardedSync(file, MAX_FILE_BYTES, !hints.regular);
    const decoded = decodeConfigBytes(bytes);
    if ('problem' in decoded) return { ...decoded, stamp: stampOfStats(stats) };
    return { ...decoded, bytes, realPath: hints.realPath ?? realpathSync(file), stamp: stampOfStats(stats) };
  } catch (error) {
    if (error instanceof FileProblem) return { problem: error.message };
    return { problem: t('files.unreadable', { error: (error as Error).message }), unreadable: true };
  }
}

/** `realPath`: the real path when the caller already knows it (a walk resolved it), saving one system call. */
export async function readConfigFile(file: string, hints: ReadHints = {}): Promise<ConfigRead> {
  return readConfigFileSync(file, hints);
}

/** Reads any small text file (project files, compose files, a --spec) with the same guards; throws on a problem. */
export async function readSmallTextFile(file: string, cap = MAX_FILE_BYTES): Promise<string> {
  return readSmallTextFileSync(file, cap);
}

/** The synchronous form, for hosts that must answer the engine synchronously (compose file references). */
export function readSmallTextFileSync(file: string, cap = MAX_FILE_BYTES): string {
  return readGuardedSync(file, cap, true).bytes.toString('utf8');
}

export interface FoundFile {
  path: string;
  realPath: string;
}

export interface WalkOptions {
  /** Folder names never entered. */
  skip: Set<string>;
  /** Which file names are wanted. */
  want: (name: string) => boolean;
  maxFiles?: number;
  /** Real paths already visited (shared between several roots, so one file named twice is read once). */
  seen?: Set<string>;
  /** File names to note whatever `want` says (project declaration files the caller reads apart). */
  note?: (name: string) => boolean;
}

export interface WalkResult {
  files: FoundFile[];
  /** Folders that could not be read and wanted entries that are not regular files. */
  problems: { path: string; kind: 'folder' | 'file'; message: string }[];
  truncated: boolean;
  /** Folders holding a `libs` folder (an unpacked Kafka distribution names its version there). */
  libsFolders: string[];
  /** Every folder listed (absolute), and the files `note` asked for in them (absolute). */
  listedFolders: string[];
  noted: string[];
}

const errorText = (error: unknown) => (error as Error).message;
const vanished = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Lets other work (requests, the first validations) run during a long walk. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Walks a folder for config files. One policy for the CLI and the server: symbolic links to files are followed, links
 * to folders only when they stay inside the root; every folder and file is visited once by its real path (a link
 * loop ends at once), a folder deleted during the walk is skipped, an unreadable one is reported. The system calls are
 * synchronous (far cheaper for many small folders); the walk pauses every few folders for other work.
 */
export async function walkFolder(root: string, options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = {
    files: [],
    problems: [],
    truncated: false,
    libsFolders: [],
    listedFolders: [],
    noted: [],
  };
  const seen = options.seen ?? new Set<string>();
  const max = options.maxFiles ?? Infinity;
  let rootReal: string | undefined;
  try {
    rootReal = realpathSync(root);
  } catch {
    // reported by the walk below (or silently gone)
  }
  const insideRoot = (real: string) =>
    rootReal !== undefined &&
    (real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep));
  const pending: { dir: string; real?: string }[] = [{ dir: root, real: rootReal }];
  // Below a normalised absolute root, a folder's path and an entry's name make a normalised absolute path as they are:
  // path.join and path.resolve on every entry were a measurable part of the walk.
  const plainRoot = path.isAbsolute(root) && path.normalize(root) === root;
  const absolute = plainRoot ? (dir: string) => dir : (dir: string) => path.resolve(dir);
  const join = plainRoot
    ? (dir: string, name: string) => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name)
    : (dir: string, name: string) => path.join(dir, name);
  let visited = 0;
  while (pending.length > 0 && !result.truncated) {
    if (++visited % 64 === 0) await breathe();
    const { dir, real: knownReal } = pending.pop()!;
    let entries;
    let dirReal: string;
    try {
      dirReal = knownReal ?? realpathSync(dir);
      if (seen.has(dirReal)) continue;
      seen.add(dirReal);
      entries = readdirSync(dir, { withFileTypes: true });
      result.listedFolders.push(absolute(dir));
    } catch (error) {
      if (!vanished(error))
        result.problems.push({
          path: dir,
          kind: 'folder',
          message: t('files.unreadableFolder', { path: dir, error: errorText(error) }),
        });
      continue;
    }
    const folders: { dir: string; real?: string }[] = [];
    for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
      const full = join(dir, entry.name);
      const link = entry.isSymbolicLink();
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (link) {
        try {
          const target = statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link or a loop: nothing to read
        }
      }
      if (isDirectory) {
        if (entry.name === 'libs') result.libsFolders.push(dir);
        if (options.skip.has(entry.name)) continue;
        if (!link) {
          folders.push({ dir: full, real: join(dirReal, entry.name) });
          continue;
        }
        // A link to a folder outside the root (`/`, a home folder) is not entered: the walk stays bounded.
        try {
          const real = realpathSync(full);
          if (insideRoot(real)) folders.push({ dir: full, real });
        } catch {
          // gone or looping: nothing to walk
        }
        continue;
      }
      if (options.note?.(entry.name)) result.noted.push(path.resolve(full));
      if (result.truncated || !options.want(entry.name)) continue;
      if (!isFile) {
        result.problems.push({
          path: full,
          kind: 'file',
          message: t('files.unreadableFound', { path: full, problem: t('files.notRegular') }),
        });
        continue;
      }
      let real: string;
      try {
        real = link ? realpathSync(full) : join(dirReal, entry.name);
      } catch (error) {
        if (!vanished(error))
          result.problems.push({
            path: full,
            kind: 'file',
            message: t('files.unreadableFound', { path: full, problem: errorText(error) }),
          });
        continue;
      }
      if (seen.has(real)) continue;
      seen.add(real);
      result.files.push({ path: full, realPath: real });
      if (result.files.length >= max) result.truncated = true;
    }
    // Depth first, in name order: the stack pops the first folder first.
    for (let i = folders.length - 1; i >= 0; i--) pending.push(folders[i]);
  }
  return result;
}

/** An open document above the size limit is not analysed on every keystroke: the one explanation it gets instead. */
export function oversizedDocumentProblem(path: string, text: string, languageId: string): string | undefined {
  if (text.length <= MAX_FILE_BYTES) return undefined;
  if (languageId !== 'kafka-properties' && !matchesAny(path, DEFAULT_SERVER_GLOBS)) return undefined;
  return t('files.tooLarge', { size: Math.round(text.length / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 });
}
