// textDocument/prepareRename and rename: a controller's node.id with its voter entries, a listener name everywhere.
import { ErrorCodes, ResponseError, type PrepareRenameParams, type RenameParams } from 'vscode-languageserver/node';
import { composePrepareRename, composeRename, prepareRename, rename } from '../../engine/ide';
import { toWorkspaceEdit } from '../convert';
import { checkedRequest, object, position, string, textDocument } from '../validate';
import type { Handler } from './handler';

export const renameHandler: Handler = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(connection, session) {
    connection.onPrepareRename(
      checkedRequest(
        connection,
        'textDocument/prepareRename',
        object({ textDocument, position }),
        async ({ textDocument, position }: PrepareRenameParams) => {
          const compose = await session.composeAnalysisOf(textDocument.uri);
          if (compose) return composePrepareRename(compose.analyzed, compose.path, position) ?? null;
          const analysis = await session.analysisOf(textDocument.uri);
          return (analysis && prepareRename(analysis.workspace, analysis.path, position)) ?? null;
        },
      ),
    );
    connection.onRenameRequest(
      checkedRequest(
        connection,
        'textDocument/rename',
        object({ textDocument, position, newName: string }),
        async ({ textDocument, position, newName }: RenameParams) => {
          const compose = await session.composeAnalysisOf(textDocument.uri);
          const analysis = compose ? undefined : await session.analysisOf(textDocument.uri);
          const result = compose
            ? composeRename(compose.analyzed, compose.path, position, newName)
            : analysis && rename(analysis.workspace, analysis.path, position, newName);
          if (!result) return null;
          if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
          return toWorkspaceEdit(result.edits, session.uriOf);
        },
      ),
    );
  },
};
