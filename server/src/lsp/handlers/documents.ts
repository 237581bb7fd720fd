// textDocument/didOpen, didChange, didClose: the editor's text replaces the disk text while a file is open.
import type { Handler } from './handler';

export const documentsHandler: Handler = {
  register(_connection, session) {
    session.documents.onDidChangeContent(() => session.scheduleValidation());
    session.documents.onDidClose(() => session.scheduleValidation());
  },
};
