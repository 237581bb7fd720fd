// What the server knows of the disk: the text of every candidate config file under the workspace folders, and why
// the ones named like server configs that cannot be read as text could not be. It tells the session which paths
// changed, so that a validation looks only at those.
import { sep } from 'node:path';
import { DEFAULT_SERVER_GLOBS, matchesAny } from '../engine';
import { type ConfigRead, readConfigFileSync } from '../node-files';
import { scanFolder, stampOf } from '../workspace-index';

/** Files read between two chances for the session to validate and answer requests. */
const READ_BATCH = 64;

export class FileIndex {
  /** Text of every candidate file found on disk, by path. */
  readonly texts = new Map<string, string>();
  /** Files whose bytes are not UTF-8 and were read as ISO-8859-1, as Kafka reads them. */
  readonly latin1 = new Set<string>();
  /** Files named like server configs that cannot be read as text (binary, UTF-16, too large): said, not skipped silently. */
  readonly problems = new Map<string, string>();
  /** Size and modification time of every indexed file: a file whose stamp did not change is not read again. */
  private stamps = new Map<string, string>();
  /** Real paths the last walk resolved: reading those files does not resolve them again (one system call per file). */
  private walkedRealPaths = new Map<string, string>();
  /** Folders holding a `libs` folder, as the last walk found them. */
  libsFolders = new Set<string>();
  /** Paths whose text or problem changed since the session last asked. */
  private changed = new Set<string>();

  /** The paths that changed since the last call. */
  takeChanges(): Set<string> {
    const changes = this.changed;
    this.changed = new Set();
    return changes;
  }

  hasChanges(): boolean {
    return this.changed.size > 0;
  }

  /** Reads one file again if it changed (a watcher said it was created or changed). */
  async refresh(file: string): Promise<void> {
    const stamp = stampOf(file);
    if (stamp === '') return this.forget(file);
    if (this.stamps.get(file) === stamp) return;
    this.stamps.set(file, stamp);
    this.read(file);
  }

  forget(file: string): void {
    if (!this.stamps.has(file) && !this.texts.has(file) && !this.problems.has(file)) return;
    this.texts.delete(file);
    this.latin1.delete(file);
    this.problems.delete(file);
    this.stamps.delete(file);
    this.changed.add(file);
  }

  /** Whether a path is an indexed file (or one that could not be read). */
  knows(file: string): boolean {
    return this.stamps.has(file);
  }

  /** Forgets every file under the given folders (a watcher reports a deleted folder, not the files it held). */
  forgetUnder(folders: Set<string>): void {
    if (folders.size === 0) return;
    for (const file of [...this.stamps.keys()]) {
      for (let end = file.lastIndexOf(sep); end > 0; end = file.lastIndexOf(sep, end - 1)) {
        if (folders.has(file.slice(0, end))) {
          this.forget(file);
          break;
        }
      }
    }
  }

  /**
   * Walks every folder; reads new and changed files, forgets removed ones. `onProgress` hears after each batch of
   * files read (to validate and publish what is there while the rest is read); `onTruncated` of a folder with more
   * candidate files than its limit.
   */
  async index(
    roots: readonly string[],
    maxFilesOf: (root: string) => Promise<number>,
    onTruncated: (root: string, max: number) => void,
    onProgress: (done: number, total: number) => Promise<void> | void = () => undefined,
  ): Promise<void> {
    const found: string[] = [];
    const realPaths = new Map<string, string>();
    const libsFolders = new Set<string>();
    for (const root of roots) {
      const maxFiles = await maxFilesOf(root);
      const scan = await scanFolder(root, maxFiles);
      if (scan.truncated) onTruncated(root, maxFiles);
      found.push(...scan.files);
      for (const folder of scan.libsFolders) libsFolders.add(folder);
      for (const [file, real] of scan.realPaths) realPaths.set(file, real);
    }
    this.walkedRealPaths = realPaths;
    this.libsFolders = libsFolders;
    const seen = new Set(found);
    for (const file of [...this.stamps.keys()]) if (!seen.has(file)) this.forget(file);
    // Batches: the session sees the first files while the rest is still being read.
    const batch = Math.max(READ_BATCH, Math.ceil(found.length / 8));
    for (let done = 0; done < found.length; ) {
      const until = Math.min(found.length, done + batch);
      for (; done < until; done++) this.readFound(found[done]);
      await onProgress(done, found.length);
    }
  }

  /** A file the walk found: read when new, else only when its stamp changed. */
  private readFound(file: string): void {
    const known = this.stamps.get(file);
    if (known !== undefined) {
      const stamp = stampOf(file);
      if (stamp === '') {
        this.forget(file);
        return;
      }
      if (stamp === known) return;
    }
    const read = readConfigFileSync(file, { realPath: this.walkedRealPaths.get(file), regular: known === undefined });
    this.stamps.set(file, read.stamp ?? stampOf(file));
    this.store(file, read);
  }

  private read(file: string): void {
    this.store(file, readConfigFileSync(file, { realPath: this.walkedRealPaths.get(file) }));
  }

  private store(file: string, read: ConfigRead): void {
    this.changed.add(file);
    this.problems.delete(file);
    if ('text' in read) {
      this.texts.set(file, read.text);
      if (read.encoding === 'latin1') this.latin1.add(file);
      else this.latin1.delete(file);
    } else {
      this.texts.delete(file);
      this.latin1.delete(file);
      if (matchesAny(file, DEFAULT_SERVER_GLOBS)) this.problems.set(file, read.problem);
    }
  }
}
