// textDocument/prepareRename and rename: a controller's node.id with its voter entries, a listener name everywhere.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { prepareRename, rename } from '../../engine/features/rename';
import { toWorkspaceEdit } from '../convert';
import type { Handler } from './handler';

export const renameHandler: Handler = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(connection, session) {
    connection.onPrepareRename(({ textDocument, position }) => {
      const analysis = session.analysisOf(textDocument.uri);
      return (analysis && prepareRename(analysis.workspace, analysis.path, position)) ?? null;
    });
    connection.onRenameRequest(({ textDocument, position, newName }) => {
      const analysis = session.analysisOf(textDocument.uri);
      const result = analysis && rename(analysis.workspace, analysis.path, position, newName);
      if (!result) return null;
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return toWorkspaceEdit(result.edits, session.uriOf);
    });
  },
};
