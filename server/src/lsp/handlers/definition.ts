// textDocument/definition: from a voter or bootstrap server to its controller's file, from a listener name to its listener.
import { definition } from '../../engine/features/definition';
import type { DefinitionParams } from 'vscode-languageserver/node';
import { checkedRequest, positionParams } from '../validate';
import type { Handler } from './handler';

export const definitionHandler: Handler = {
  capabilities: { definitionProvider: true },
  register(connection, session) {
    connection.onDefinition(
      checkedRequest(connection, 'textDocument/definition', positionParams, async ({ textDocument, position }: DefinitionParams) => {
        const analysis = await session.analysisOf(textDocument.uri);
        if (!analysis) return null;
        const target = definition(analysis.workspace, analysis.path, position);
        return target ? { uri: session.uriOf(target.uri), range: target.range } : null;
      }),
    );
  },
};
