// textDocument/hover: documentation of the key or value under the cursor.
import { MarkupKind } from 'vscode-languageserver/node';
import { hover } from '../../engine/features/hover';
import type { Handler } from './handler';

export const hoverHandler: Handler = {
  capabilities: { hoverProvider: true },
  register(connection, session) {
    connection.onHover(({ textDocument, position }) => {
      const analysis = session.analysisOf(textDocument.uri);
      if (!analysis) return null;
      const result = hover(analysis.workspace, analysis.path, position);
      return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range } : null;
    });
  },
};
