// workspace/didChangeWatchedFiles: files created, changed or deleted on disk, open or not.
import { FileChangeType } from 'vscode-languageserver/node';
import { pathOf } from '../folders';
import type { Handler } from './handler';

export const workspaceFilesHandler: Handler = {
  register(connection, session) {
    connection.onDidChangeWatchedFiles(async ({ changes }) => {
      for (const change of changes) {
        const path = pathOf(change.uri);
        if (change.type === FileChangeType.Deleted) session.files.forget(path);
        else await session.files.refresh(path);
      }
      session.scheduleValidation();
    });
  },
};
