// textDocument/codeLens: above process.roles, the file's place in its cluster; clicking shows the cluster.
import type { CodeLensParams } from 'vscode-languageserver/node';
import { pathOf } from '../folders';
import { checkedRequest, documentParams } from '../validate';
import { clusterLens } from '../../engine/ide';
import type { Handler } from './handler';

export const codeLensHandler: Handler = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(connection, session) {
    connection.onCodeLens(
      checkedRequest(connection, 'textDocument/codeLens', documentParams, ({ textDocument }: CodeLensParams) => {
        const path = pathOf(textDocument.uri);
        const analysis = session.folderAnalyses().find((candidate) => candidate.workspace.nodes.has(path));
        const lens = analysis && clusterLens(analysis.workspace, analysis.findings, path);
        // `kraft.showCluster` is the VS Code client's command; other editors show the title only.
        return lens
          ? [
              {
                range: lens.range,
                command: {
                  title: lens.title,
                  command: 'kraft.showCluster',
                  arguments: [lens.clusterId, textDocument.uri],
                },
              },
            ]
          : [];
      }),
    );
  },
};
