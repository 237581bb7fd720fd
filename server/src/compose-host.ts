// Host side of compose support: reads the files a compose file refers to (.env, env_file, extends, a mounted
// server.properties) from disk, synchronously, for the pure engine.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReadFile } from './engine';

const MAX_SIZE = 1024 * 1024;

/** Reads URIs (`file://`) or paths; open documents (given by `overlay`) win over the disk. */
export function composeReader(overlay: (uri: string) => string | undefined = () => undefined): ReadFile {
  return (uri) => {
    const open = overlay(uri);
    if (open !== undefined) return open;
    try {
      const file = uri.startsWith('file://') ? fileURLToPath(uri) : uri;
      if (statSync(file).size > MAX_SIZE) return undefined;
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
}
