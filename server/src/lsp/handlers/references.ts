// textDocument/references and textDocument/documentHighlight: every voters entry naming a node id, every use of a
// listener name (the places rename would change, from engine/features/rename).
import { DocumentHighlightKind, type DocumentHighlightParams, type ReferenceParams } from 'vscode-languageserver/node';
import { occurrences } from '../../engine/ide';
import { checkedRequest, positionParams } from '../validate';
import type { Handler } from './handler';

export const referencesHandler: Handler = {
  capabilities: { referencesProvider: true, documentHighlightProvider: true },
  register(connection, session) {
    connection.onReferences(
      checkedRequest(
        connection,
        'textDocument/references',
        positionParams,
        async ({ textDocument, position, context }: ReferenceParams) => {
          const analysis = await session.analysisOf(textDocument.uri);
          const found = analysis && occurrences(analysis.workspace, analysis.path, position);
          return (found ?? [])
            .filter((place) => context?.includeDeclaration !== false || !place.declaration)
            .map((place) => ({ uri: session.uriOf(place.uri), range: place.range }));
        },
      ),
    );
    connection.onDocumentHighlight(
      checkedRequest(
        connection,
        'textDocument/documentHighlight',
        positionParams,
        async ({ textDocument, position }: DocumentHighlightParams) => {
          const analysis = await session.analysisOf(textDocument.uri);
          if (!analysis) return [];
          return (occurrences(analysis.workspace, analysis.path, position) ?? [])
            .filter((place) => place.uri === analysis.path)
            .map((place) => ({
              range: place.range,
              kind: place.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
            }));
        },
      ),
    );
  },
};
