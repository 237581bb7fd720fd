// textDocument/foldingRange: comment blocks and sections.
import { FoldingRangeKind } from 'vscode-languageserver/node';
import { foldingRanges } from '../../engine/features/symbols';
import type { Handler } from './handler';

export const foldingHandler: Handler = {
  capabilities: { foldingRangeProvider: true },
  register(connection, session) {
    connection.onFoldingRanges(({ textDocument }) => {
      const analysis = session.analysisOf(textDocument.uri);
      const node = analysis?.workspace.nodes.get(analysis.path);
      return node
        ? foldingRanges(node).map((range) => ({ startLine: range.startLine, endLine: range.endLine, kind: range.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region }))
        : [];
    });
  },
};
