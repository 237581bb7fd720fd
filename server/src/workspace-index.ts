// Finds candidate config files under a workspace folder (the server reads unopened files too).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', 'build', 'target', '.cache', '.venv', '__pycache__']);

export async function scanFolder(root: string, maxFiles: number): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.shift()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.properties')) {
        files.push(full);
        if (files.length >= maxFiles) return { files, truncated: true };
      }
    }
  }
  return { files, truncated: false };
}

/** Size and modification time of a file ('' when it is gone). */
export async function stampOf(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return '';
  }
}
