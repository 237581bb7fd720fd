// textDocument/foldingRange: comment blocks and sections.
import { FoldingRangeKind, type FoldingRangeParams } from 'vscode-languageserver/node';
import { foldingRanges } from '../../engine/ide';
import { checkedRequest, documentParams } from '../validate';
import type { Handler } from './handler';

export const foldingHandler: Handler = {
  capabilities: { foldingRangeProvider: true },
  register(connection, session) {
    connection.onFoldingRanges(
      checkedRequest(
        connection,
        'textDocument/foldingRange',
        documentParams,
        async ({ textDocument }: FoldingRangeParams) => {
          const analysis = await session.documentAnalysisOf(textDocument.uri);
          const node = analysis?.workspace.nodes.get(analysis.path);
          return node
            ? foldingRanges(node).map((range) => ({
                startLine: range.startLine,
                endLine: range.endLine,
                kind: range.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
              }))
            : [];
        },
      ),
    );
  },
};
