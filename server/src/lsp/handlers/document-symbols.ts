// textDocument/documentSymbol: the outline (role, id, listeners, quorum, keys by section).
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver/node';
import { documentSymbols, type DocSymbol } from '../../engine/ide';
import { checkedRequest, documentParams } from '../validate';
import type { Handler } from './handler';

const SYMBOL_KIND: Record<DocSymbol['kind'], SymbolKind> = {
  role: SymbolKind.Class,
  id: SymbolKind.Number,
  listener: SymbolKind.Interface,
  quorum: SymbolKind.Namespace,
  key: SymbolKind.Property,
  section: SymbolKind.Module,
};

function toDocumentSymbol(symbol: DocSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KIND[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children?.map(toDocumentSymbol),
  };
}

export const documentSymbolsHandler: Handler = {
  capabilities: { documentSymbolProvider: true },
  register(connection, session) {
    connection.onDocumentSymbol(
      checkedRequest(
        connection,
        'textDocument/documentSymbol',
        documentParams,
        async ({ textDocument }: DocumentSymbolParams) => {
          const analysis = await session.documentAnalysisOf(textDocument.uri);
          const node = analysis?.workspace.nodes.get(analysis.path);
          return node ? documentSymbols(node).map(toDocumentSymbol) : [];
        },
      ),
    );
  },
};
