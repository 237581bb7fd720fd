// workspace/didChangeWatchedFiles: files created, changed or deleted on disk, open or not. The server asks the client
// to watch `**/*.properties`, `.kraftrc.json` and `topology.json` (and deletions of anything, since a deleted folder is reported as one event).
import { FileChangeType } from 'vscode-languageserver/node';
import { pathOf } from '../folders';
import { anything, array, checkedNotification, object, oneOf, reportMalformed, uri } from '../validate';
import type { Handler } from './handler';
import { isWatchedFile } from '../../workspace-index';

const METHOD = 'workspace/didChangeWatchedFiles';
const fileEvent = object({ uri, type: oneOf(FileChangeType.Created, FileChangeType.Changed, FileChangeType.Deleted) });

export const workspaceFilesHandler: Handler = {
  register(connection, session) {
    connection.onDidChangeWatchedFiles(
      checkedNotification(connection, METHOD, object({ changes: array(anything) }), async ({ changes }) => {
        const deletedFolders = new Set<string>();
        // One malformed entry does not cost the others.
        for (const [i, change] of changes.entries()) {
          const problem = fileEvent(change, `params.changes[${i}]`);
          if (problem) {
            reportMalformed(connection, METHOD, problem);
            continue;
          }
          const path = pathOf(change.uri);
          if (change.type !== FileChangeType.Deleted) {
            if (isWatchedFile(path)) await session.files.refresh(path);
          } else if (session.files.knows(path)) session.files.forget(path);
          else deletedFolders.add(path);
        }
        session.files.forgetUnder(deletedFolders);
        session.requestValidation();
      }),
    );
  },
};
