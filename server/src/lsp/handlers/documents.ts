// textDocument/didOpen, didChange, didClose, didSave: the editor's text replaces the disk text while a file is open.
// Each notification is checked before the document store sees it.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  array,
  checkedNotification,
  checkedRequest,
  documentParams,
  integer,
  object,
  optional,
  range,
  string,
  uri,
} from '../validate';
import type { Handler } from './handler';

const didOpen = object({ textDocument: object({ uri, languageId: string, version: integer, text: string }) });
/** What `TextDocuments.listen` needs of a connection. */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

const didChange = object({
  textDocument: object({ uri, version: integer }),
  contentChanges: array(object({ text: string, range: optional(range) })),
});

/** The connection as the document store sees it: only well-formed notifications get through. */
function checkedDocumentEvents(connection: Connection): TextDocumentConnection {
  return {
    onDidOpenTextDocument: (handler) =>
      connection.onDidOpenTextDocument(checkedNotification(connection, 'textDocument/didOpen', didOpen, handler)),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument(checkedNotification(connection, 'textDocument/didChange', didChange, handler)),
    onDidCloseTextDocument: (handler) =>
      connection.onDidCloseTextDocument(
        checkedNotification(connection, 'textDocument/didClose', documentParams, handler),
      ),
    onWillSaveTextDocument: (handler) =>
      connection.onWillSaveTextDocument(
        checkedNotification(connection, 'textDocument/willSave', documentParams, handler),
      ),
    onWillSaveTextDocumentWaitUntil: (handler) =>
      connection.onWillSaveTextDocumentWaitUntil(
        checkedRequest(connection, 'textDocument/willSaveWaitUntil', documentParams, handler),
      ),
    onDidSaveTextDocument: (handler) =>
      connection.onDidSaveTextDocument(
        checkedNotification(connection, 'textDocument/didSave', documentParams, handler),
      ),
  };
}

export const documentsHandler: Handler = {
  register(connection, session) {
    session.documents.onDidChangeContent(({ document }) => session.documentChanged(document));
    session.documents.onDidClose(({ document }) => session.documentClosed(document));
    session.documents.listen(checkedDocumentEvents(connection));
  },
};
