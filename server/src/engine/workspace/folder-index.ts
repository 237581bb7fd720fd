// Which files sit in a folder and below it, kept up to date file by file: the incremental linter asks it for a
// file's neighbours and for the files under a folder without scanning the whole workspace.
import { folderOf } from './hosts';

/** The folder holding a folder ('' above the topmost one). */
export const parentOf = (folder: string) => {
  const slash = folder.lastIndexOf('/');
  return slash < 0 ? '' : folder.slice(0, slash);
};

export class FolderIndex {
  /** Folder → the files directly in it. */
  private files = new Map<string, Set<string>>();
  /** Folder → its sub-folders that hold files somewhere below. */
  private children = new Map<string, Set<string>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.files.clear();
    this.children.clear();
    this.count = 0;
  }

  add(uri: string): void {
    const folder = folderOf(uri);
    let members = this.files.get(folder);
    if (!members) this.files.set(folder, (members = new Set()));
    if (members.has(uri)) return;
    members.add(uri);
    this.count++;
    for (let child = folder; child !== ''; ) {
      const parent = parentOf(child);
      let siblings = this.children.get(parent);
      if (!siblings) this.children.set(parent, (siblings = new Set()));
      if (siblings.has(child)) break;
      siblings.add(child);
      child = parent;
    }
  }

  delete(uri: string): void {
    const folder = folderOf(uri);
    const members = this.files.get(folder);
    if (!members?.delete(uri)) return;
    this.count--;
    if (members.size > 0) return;
    this.files.delete(folder);
    // Folders left with nothing below are forgotten, up the chain.
    for (let child = folder; child !== '' && !this.files.has(child) && !this.children.get(child)?.size; ) {
      this.children.delete(child);
      const parent = parentOf(child);
      const siblings = this.children.get(parent);
      siblings?.delete(child);
      child = parent;
    }
  }

  /** Files directly in a folder. */
  in(folder: string): ReadonlySet<string> {
    return this.files.get(folder) ?? EMPTY;
  }

  /** Sub-folders of a folder that hold files. */
  foldersIn(folder: string): ReadonlySet<string> {
    return this.children.get(folder) ?? EMPTY;
  }

  /** Every file in a folder and below it; undefined as soon as there are more than `limit`. */
  under(folder: string, limit = Infinity): string[] | undefined {
    const found: string[] = [];
    const pending = [folder];
    while (pending.length > 0) {
      const next = pending.pop()!;
      for (const uri of this.in(next)) found.push(uri);
      if (found.length > limit) return undefined;
      for (const child of this.foldersIn(next)) pending.push(child);
    }
    return found;
  }
}

const EMPTY: ReadonlySet<string> = new Set();
