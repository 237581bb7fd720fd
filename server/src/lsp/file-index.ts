// What the server knows of the disk: the text of every candidate config file under the workspace folders, and why
// the ones named like server configs that cannot be read as text could not be.
import { DEFAULT_SERVER_GLOBS, matchesAny } from '../engine';
import { readConfigFile } from '../node-files';
import { scanFolder, stampOf } from '../workspace-index';

export class FileIndex {
  /** Text of every candidate file found on disk, by path. */
  readonly texts = new Map<string, string>();
  /** Files named like server configs that cannot be read as text (binary, UTF-16, too large): said, not skipped silently. */
  readonly problems = new Map<string, string>();
  /** Size and modification time of every indexed file, to notice changes the client's watcher did not report. */
  private stamps = new Map<string, string>();

  /** Reads one file again (a watcher said it was created or changed). */
  async refresh(file: string): Promise<void> {
    this.stamps.set(file, await stampOf(file));
    await this.read(file);
  }

  forget(file: string): void {
    this.texts.delete(file);
    this.problems.delete(file);
    this.stamps.delete(file);
  }

  /**
   * Walks every folder; reads new and changed files, forgets removed ones. `full` starts afresh. Returns whether
   * anything changed; `onTruncated` hears of a folder with more candidate files than its limit.
   */
  async index(roots: readonly string[], maxFilesOf: (root: string) => Promise<number>, full: boolean, onTruncated: (root: string, max: number) => void): Promise<boolean> {
    if (full) {
      this.texts.clear();
      this.problems.clear();
      this.stamps.clear();
    }
    let changed = false;
    const seen = new Set<string>();
    for (const root of roots) {
      const maxFiles = await maxFilesOf(root);
      const found = await scanFolder(root, maxFiles);
      if (found.truncated && full) onTruncated(root, maxFiles);
      for (const file of found.files) {
        seen.add(file);
        const stamp = await stampOf(file);
        if (this.stamps.get(file) === stamp) continue;
        this.stamps.set(file, stamp);
        await this.read(file);
        changed = true;
      }
    }
    for (const file of [...this.stamps.keys()]) {
      if (seen.has(file)) continue;
      this.forget(file);
      changed = true;
    }
    return changed;
  }

  private async read(file: string): Promise<void> {
    const read = await readConfigFile(file);
    this.problems.delete(file);
    if ('text' in read) this.texts.set(file, read.text);
    else {
      this.texts.delete(file);
      if (matchesAny(file, DEFAULT_SERVER_GLOBS)) this.problems.set(file, read.problem);
    }
  }
}
