// textDocument/hover: documentation of the key or value under the cursor.
import { MarkupKind, type HoverParams } from 'vscode-languageserver/node';
import { hover } from '../../engine/features/hover';
import { checkedRequest, positionParams } from '../validate';
import type { Handler } from './handler';

export const hoverHandler: Handler = {
  capabilities: { hoverProvider: true },
  register(connection, session) {
    connection.onHover(
      checkedRequest(connection, 'textDocument/hover', positionParams, async ({ textDocument, position }: HoverParams) => {
        const analysis = await session.analysisOf(textDocument.uri);
        if (!analysis) return null;
        const result = hover(analysis.workspace, analysis.path, position);
        return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range } : null;
      }),
    );
  },
};
