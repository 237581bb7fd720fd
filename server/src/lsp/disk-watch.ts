// Noticing changes on disk without re-reading the workspace on a timer. A client that can watch files is asked to
// (`**/*.properties`, and deletions of anything, since a deleted folder is one event); for one that cannot, the
// server watches the folders itself (one recursive fs.watch per folder). Changes made before the server started are
// covered by the first indexing.
import { watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, WatchKind, type Connection } from 'vscode-languageserver/node';
import type { Session } from './session';
import { isWatchedFile, WATCHED_GLOBS } from '../workspace-index';
import { reportInternalError } from './validate';

/** A burst of events (a checkout, a generator writing a cluster) is read once. */
const SETTLE_MS = 100;

export class DiskWatch {
  private watchers: FSWatcher[] = [];
  private changed = new Set<string>();
  private rescanFolders = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly session: Session,
  ) {}

  /** Starts watching; `clientWatches` when the client accepts a dynamic file-watcher registration. */
  start(clientWatches: boolean): void {
    if (clientWatches) {
      void this.connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            ...WATCHED_GLOBS.map((globPattern) => ({ globPattern })),
            { globPattern: '**/*', kind: WatchKind.Delete },
          ],
        })
        .catch((error) => reportInternalError(this.connection, 'register file watchers', error));
      return;
    }
    this.watchFolders();
  }

  /** The workspace folders changed: watch the new set (only when the server watches for itself). */
  foldersChanged(): void {
    if (this.watchers.length > 0) this.watchFolders();
  }

  private watchFolders(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
    for (const root of this.session.folders.paths()) {
      try {
        const watcher = watch(root, { recursive: true }, (_event, name) => this.noticed(root, name?.toString()));
        watcher.on('error', () => this.noticed(root, undefined));
        this.watchers.push(watcher);
      } catch (error) {
        reportInternalError(this.connection, `watch ${root}`, error);
      }
    }
  }

  /** A file event is read again; anything else (a folder created, renamed or deleted) walks the folders again. */
  private noticed(root: string, name: string | undefined): void {
    if (name && isWatchedFile(name)) this.changed.add(path.join(root, name));
    else this.rescanFolders = true;
    this.timer ??= setTimeout(() => void this.flush(), SETTLE_MS);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const changed = [...this.changed];
    const rescan = this.rescanFolders;
    this.changed.clear();
    this.rescanFolders = false;
    try {
      if (rescan) await this.session.reindex();
      else {
        for (const file of changed) await this.session.files.refresh(file);
        this.session.requestValidation();
      }
    } catch (error) {
      reportInternalError(this.connection, 'file watcher', error);
    }
  }

  stop(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }
}
