// textDocument/hover: documentation of the key or value under the cursor.
import { MarkupKind, type HoverParams } from 'vscode-languageserver/node';
import { composeHover, hover } from '../../engine/ide';
import { checkedRequest, positionParams } from '../validate';
import type { Handler } from './handler';

export const hoverHandler: Handler = {
  capabilities: { hoverProvider: true },
  register(connection, session) {
    connection.onHover(
      checkedRequest(
        connection,
        'textDocument/hover',
        positionParams,
        async ({ textDocument, position }: HoverParams) => {
          const compose = await session.composeAnalysisOf(textDocument.uri);
          const analysis = compose ? undefined : await session.documentAnalysisOf(textDocument.uri);
          const result = compose
            ? composeHover(compose.analyzed, compose.path, position)
            : analysis
              ? hover(analysis.workspace, analysis.path, position)
              : undefined;
          return result
            ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range }
            : null;
        },
      ),
    );
  },
};
