// Finds candidate config files under a workspace folder (the server reads unopened files too).
import { isComposeFileName, isDeclarationFile } from './engine';
import { statSync } from 'node:fs';
import { stampOfStats, walkFolder } from './node-files';

const SKIPPED = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'out',
  'dist',
  'build',
  'target',
  '.cache',
  '.venv',
  '__pycache__',
]);

/** The same walk as the CLI (links followed, each real file once, loops end at once), limited to `maxFiles`. */
export async function scanFolder(
  root: string,
  maxFiles: number,
): Promise<{ files: string[]; realPaths: Map<string, string>; truncated: boolean; libsFolders: string[] }> {
  const walk = await walkFolder(root, { skip: SKIPPED, want: isIndexedFile, maxFiles });
  return {
    files: walk.files.map((file) => file.path),
    realPaths: new Map(walk.files.map((file) => [file.path, file.realPath])),
    truncated: walk.truncated,
    libsFolders: walk.libsFolders,
  };
}

/** Size and modification time of a file ('' when it is gone). */
export function stampOf(file: string): string {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    return stat ? stampOfStats(stat) : '';
  } catch {
    return '';
  }
}

/** Files the server reads and watches: properties files, compose files, and `.kraftrc.json` / `topology.json` (they declare clusters and settings). */
export const isIndexedFile = (name: string) =>
  name.toLowerCase().endsWith('.properties') || isComposeFileName(name) || isDeclarationFile(name);

/** Files a change of which matters: indexed files, and `.env` / env_file files compose files read. */
export const isWatchedFile = (name: string) => isIndexedFile(name) || /(^|[\\/])\.env$|\.env$/i.test(name);

/** Glob patterns for the client's file watcher. */
export const WATCHED_GLOBS = [
  '**/*.properties',
  '**/{docker-compose,compose}*.{yml,yaml}',
  '**/*.env',
  '**/.env',
  '**/.kraftrc.json',
  '**/topology.json',
];
