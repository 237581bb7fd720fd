// Workspace folders and the two spellings of a file: the client's URI and the engine's path.
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a `file:` URI; other URIs (untitled:) are their own identity. */
export function pathOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export class Folders {
  private list: WorkspaceFolder[] = [];
  /** Folder paths, longest first, so the innermost folder of a nested pair wins. */
  private roots: string[] = [];
  /** The URI spelling the client uses for a path (VS Code encodes some characters). */
  private uriOfPath = new Map<string, string>();

  all(): readonly WorkspaceFolder[] {
    return this.list;
  }

  /** Folder paths, in the client's order. */
  paths(): string[] {
    return this.list.map((folder) => pathOf(folder.uri));
  }

  set(folders: WorkspaceFolder[]): void {
    this.list = folders;
    this.roots = folders.map((folder) => pathOf(folder.uri)).sort((a, b) => b.length - a.length);
  }

  /** The workspace folder that contains a path ('' when none does). */
  rootOf(path: string): string {
    return this.roots.find((root) => path.startsWith(root.endsWith('/') ? root : root + '/')) ?? '';
  }

  rememberUri(path: string, uri: string): void {
    this.uriOfPath.set(path, uri);
  }

  /** The client's URI for a path; computed ones are remembered too (pathToFileURL is slow, and asked per file often). */
  uriOf(path: string): string {
    let uri = this.uriOfPath.get(path);
    if (uri === undefined) {
      uri = path.startsWith('/') || /^[A-Za-z]:/.test(path) ? fileUriOf(path) : path;
      this.uriOfPath.set(path, uri);
    }
    return uri;
  }
}

// A normalised POSIX path of letters, digits and `/._-` needs no escaping: its URI is the path after `file://`.
const PLAIN_POSIX_PATH = /^\/[A-Za-z0-9/._-]*$/;
const DOT_OR_EMPTY_SEGMENT = /\/\.{0,2}(\/|$)/;

/** pathToFileURL(path).href, without its cost (several microseconds a path) for the plain paths most are. */
export function fileUriOf(path: string, platform = process.platform): string {
  return platform !== 'win32' && PLAIN_POSIX_PATH.test(path) && !DOT_OR_EMPTY_SEGMENT.test(path)
    ? `file://${path}`
    : pathToFileURL(path).href;
}
