// textDocument/definition: from a voter or bootstrap server to its controller's file, from a listener name to its listener.
import { composeDefinition, definition } from '../../engine/ide';
import type { DefinitionParams } from 'vscode-languageserver/node';
import { checkedRequest, positionParams } from '../validate';
import type { Handler } from './handler';

export const definitionHandler: Handler = {
  capabilities: { definitionProvider: true },
  register(connection, session) {
    connection.onDefinition(
      checkedRequest(
        connection,
        'textDocument/definition',
        positionParams,
        async ({ textDocument, position }: DefinitionParams) => {
          const compose = await session.composeAnalysisOf(textDocument.uri);
          const analysis = compose ? undefined : await session.analysisOf(textDocument.uri);
          const target = compose
            ? composeDefinition(compose.analyzed, compose.path, position)
            : analysis
              ? definition(analysis.workspace, analysis.path, position)
              : undefined;
          return target ? { uri: session.uriOf(target.uri), range: target.range } : null;
        },
      ),
    );
  },
};
