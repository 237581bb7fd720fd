// Reading config files from disk for the CLI and the server (the engine itself never touches the file system).
// Reads never block and never grow without bound: FIFOs, sockets and devices are refused before they are opened,
// and every read stops at a hard cap whatever stat.size says (devices and procfs report 0).
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { t } from './engine';

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

/** Reads at most `cap` bytes; undefined when the file holds more. */
async function readCapped(handle: fs.FileHandle, cap: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, cap + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > cap) return undefined;
  }
}

const tooLarge = (bytes: number) =>
  t('files.tooLarge', { size: Math.max(1, Math.round(bytes / 1024 / 1024)), limit: MAX_FILE_BYTES / 1024 / 1024 });

/** `realPath`: the real path when the caller already knows it (a walk resolved it), saving one system call. */
export async function readConfigFile(file: string, realPath?: string): Promise<ConfigRead> {
  let handle: fs.FileHandle | undefined;
  try {
    // Refuse FIFOs and devices before opening them: opening a FIFO blocks, reading /dev/zero never ends.
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { problem: t('files.notRegular') };
    if (stat.size > MAX_FILE_BYTES) return { problem: tooLarge(stat.size) };
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, open still returns at once.
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const opened = await handle.stat();
    if (!opened.isFile()) return { problem: t('files.notRegular') };
    const bytes = await readCapped(handle, MAX_FILE_BYTES);
    if (!bytes) return { problem: tooLarge(MAX_FILE_BYTES + 1) };
    const decoded = decodeConfigBytes(bytes);
    if ('problem' in decoded) return decoded;
    return { ...decoded, bytes, realPath: realPath ?? (await fs.realpath(file)) };
  } catch (error) {
    return { problem: t('files.unreadable', { error: (error as Error).message }), unreadable: true };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Reads any small text file (project files, compose files, a --spec) with the same guards; throws on a problem. */
export async function readSmallTextFile(file: string, cap = MAX_FILE_BYTES): Promise<string> {
  if (!(await fs.stat(file)).isFile()) throw new Error(t('files.notRegular'));
  const handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile()) throw new Error(t('files.notRegular'));
    const bytes = await readCapped(handle, cap);
    if (!bytes) throw new Error(tooLarge(cap + 1));
    return bytes.toString('utf8');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The synchronous form, for hosts that must answer the engine synchronously (compose file references). */
export function readSmallTextFileSync(file: string, cap = MAX_FILE_BYTES): string {
  if (!statSync(file).isFile()) throw new Error(t('files.notRegular'));
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new Error(t('files.notRegular'));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, cap + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks, total).toString('utf8');
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > cap) throw new Error(tooLarge(cap + 1));
    }
  } finally {
    closeSync(fd);
  }
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
}

export interface WalkResult {
  files: FoundFile[];
  /** Folders that could not be read and wanted entries that are not regular files. */
  problems: { path: string; kind: 'folder' | 'file'; message: string }[];
  truncated: boolean;
}

const errorText = (error: unknown) => (error as Error).message;
const vanished = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Walks a folder for config files. One policy for the CLI and the server: symbolic links to files are followed, links
 * to folders only when they stay inside the root; every folder and file is visited once by its real path (a link
 * loop ends at once), a folder deleted during the walk is skipped, an unreadable one is reported.
 */
export async function walkFolder(root: string, options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], problems: [], truncated: false };
  const seen = options.seen ?? new Set<string>();
  const max = options.maxFiles ?? Infinity;
  let rootReal: string | undefined;
  const insideRoot = async (dir: string) => {
    try {
      const real = await fs.realpath(dir);
      return (
        rootReal !== undefined &&
        (real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep))
      );
    } catch {
      return false;
    }
  };
  try {
    rootReal = await fs.realpath(root);
  } catch {
    // reported by visit below (or silently gone)
  }
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      const real = await fs.realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (!vanished(error))
        result.problems.push({
          path: dir,
          kind: 'folder',
          message: t('files.unreadableFolder', { path: dir, error: errorText(error) }),
        });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (result.truncated) return;
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.stat(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link or a loop: nothing to read
        }
      }
      if (isDirectory) {
        // A link to a folder outside the root (`/`, a home folder) is not entered: the walk stays bounded.
        if (!options.skip.has(entry.name) && (!entry.isSymbolicLink() || (await insideRoot(full)))) await visit(full);
        continue;
      }
      if (!options.want(entry.name)) continue;
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
        real = await fs.realpath(full);
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
  };
  await visit(root);
  return result;
}
