// Reads the project's declaration files (`.kraftrc.json`, the generator's `topology.json`) in the folders of the
// linted files and every folder above them, for the CLI. (The server indexes them with the workspace.)
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_CONFIG_FILE, TOPOLOGY_FILE, collectDeclarations, jarVersions, type Declarations } from './engine';
import { readSmallTextFileSync } from './node-files';

/** What a walk already saw: folders it listed, the declaration files and `libs/` folders it found in them. */
export interface WalkedFolders {
  listed: Set<string>;
  declarationFiles: Set<string>;
  libsFolders: Set<string>;
}

export async function readDeclarations(files: readonly string[], walked?: WalkedFolders): Promise<Declarations> {
  const folders = foldersAbove(files);
  const found: [string, string][] = [];
  const jarFolders: string[] = [];
  const holdingDeclarations = new Set([...(walked?.declarationFiles ?? [])].map((file) => path.dirname(file)));
  for (const folder of folders) {
    // A folder the walk listed needs no look-up for files it does not hold.
    const listed = walked?.listed.has(folder);
    if (!listed || walked!.libsFolders.has(folder)) jarFolders.push(folder);
    if (listed && !holdingDeclarations.has(folder)) continue;
    for (const name of [PROJECT_CONFIG_FILE, TOPOLOGY_FILE]) {
      const file = path.join(folder, name);
      if (listed && !walked!.declarationFiles.has(file)) continue;
      try {
        found.push([file, readSmallTextFileSync(file)]);
      } catch {
        // Most folders have neither file (and a FIFO or device by that name is not one).
      }
    }
  }
  return collectDeclarations(found, await readJarVersions(jarFolders));
}

/** The Kafka jars in `<folder>/libs/` of the given folders (an unpacked distribution tells its version so). */
export async function readJarVersions(folders: Iterable<string>): Promise<ReturnType<typeof jarVersions>> {
  const listings: [string, string[]][] = [];
  for (const folder of folders) {
    try {
      listings.push([folder, readdirSync(path.join(folder, 'libs'))]);
    } catch {
      // No libs/ here.
    }
  }
  return jarVersions(listings);
}

/** Every folder from each file's folder up to `stop` (or the root). */
export function foldersAbove(files: Iterable<string>, stop?: string): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    let folder = path.dirname(path.resolve(file));
    while (!folders.has(folder)) {
      folders.add(folder);
      const parent = path.dirname(folder);
      if (parent === folder || folder === stop) break;
      folder = parent;
    }
  }
  return folders;
}
