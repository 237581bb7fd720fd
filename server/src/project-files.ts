// Reads the project's declaration files (`.kraftrc.json`, the generator's `topology.json`) in the folders of the
// linted files and every folder above them, for the CLI. (The server indexes them with the workspace.)
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_CONFIG_FILE, TOPOLOGY_FILE, collectDeclarations, jarVersions, type Declarations } from './engine';
import { readSmallTextFileSync } from './node-files';

export async function readDeclarations(files: readonly string[]): Promise<Declarations> {
  const folders = foldersAbove(files);
  const found: [string, string][] = [];
  for (const folder of folders) {
    for (const name of [PROJECT_CONFIG_FILE, TOPOLOGY_FILE]) {
      const file = path.join(folder, name);
      try {
        found.push([file, readSmallTextFileSync(file)]);
      } catch {
        // Most folders have neither file (and a FIFO or device by that name is not one).
      }
    }
  }
  return collectDeclarations(found, await readJarVersions(folders));
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
