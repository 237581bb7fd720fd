// workspace/symbol: every process of every cluster, found by node id, role or host.
import { SymbolKind, type WorkspaceSymbolParams } from 'vscode-languageserver/node';
import { checkedRequest, object, string } from '../validate';
import { nodeSymbols } from '../../engine/ide';
import { clusterModel } from './clusters';
import type { Handler } from './handler';

export const workspaceSymbolsHandler: Handler = {
  capabilities: { workspaceSymbolProvider: true },
  register(connection, session) {
    connection.onWorkspaceSymbol(
      checkedRequest(connection, 'workspace/symbol', object({ query: string }), ({ query }: WorkspaceSymbolParams) =>
        nodeSymbols(clusterModel(session), query).map((symbol) => ({
          name: symbol.name,
          containerName: symbol.containerName,
          kind: SymbolKind.Object,
          location: {
            uri: symbol.uri,
            range: {
              start: { line: symbol.line, character: symbol.character },
              end: { line: symbol.line, character: symbol.character },
            },
          },
        })),
      ),
    );
  },
};
