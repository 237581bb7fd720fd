// Host side of compose support: reads the files a compose file refers to (.env, env_file, extends, a mounted
// server.properties) from disk, synchronously, for the pure engine.
import { fileURLToPath } from 'node:url';
import type { ReadFile } from './engine';
import { readSmallTextFileSync } from './node-files';

const MAX_SIZE = 1024 * 1024;

/** Reads URIs (`file://`) or paths; open documents (given by `overlay`) win over the disk. */
export function composeReader(overlay: (uri: string) => string | undefined = () => undefined): ReadFile {
  return (uri) => {
    const open = overlay(uri);
    if (open !== undefined) return open;
    try {
      const file = uri.startsWith('file://') ? fileURLToPath(uri) : uri;
      // Never blocks on a FIFO nor reads a device without end: regular files only, at most MAX_SIZE bytes.
      return readSmallTextFileSync(file, MAX_SIZE);
    } catch {
      return undefined;
    }
  };
}
