// textDocument/semanticTokens/full: known, deprecated and unknown keys told apart.
import { SemanticTokensBuilder, type SemanticTokensParams } from 'vscode-languageserver/node';
import { keyTokens } from '../../engine/ide';
import { checkedRequest, documentParams } from '../validate';
import type { Handler } from './handler';

/** Token legend announced in the capabilities; token types are indexes into it. */
export const SEMANTIC_LEGEND = { tokenTypes: ['property', 'unknownKey'], tokenModifiers: ['deprecated'] };

export const semanticTokensHandler: Handler = {
  capabilities: { semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true } },
  register(connection, session) {
    connection.languages.semanticTokens.on(
      checkedRequest(
        connection,
        'textDocument/semanticTokens/full',
        documentParams,
        async ({ textDocument }: SemanticTokensParams) => {
          const analysis = await session.documentAnalysisOf(textDocument.uri);
          const node = analysis?.workspace.nodes.get(analysis.path);
          const builder = new SemanticTokensBuilder();
          if (analysis && node) {
            for (const token of keyTokens(node, analysis.workspace.version)) {
              builder.push(
                token.line,
                token.character,
                token.length,
                SEMANTIC_LEGEND.tokenTypes.indexOf(token.type),
                token.deprecated ? 1 : 0,
              );
            }
          }
          return builder.build();
        },
      ),
    );
  },
};
