// textDocument/completion: keys by role, values, the cluster's voters, the next free node.id.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import { complete } from '../../engine/features/completion';
import type { Handler } from './handler';

export const completionHandler: Handler = {
  capabilities: { completionProvider: { triggerCharacters: ['=', ',', ':', '/', '.'], resolveProvider: false } },
  register(connection, session) {
    connection.onCompletion(({ textDocument, position }) => {
      const analysis = session.analysisOf(textDocument.uri);
      if (!analysis) return [];
      return complete(analysis.workspace, analysis.path, position).map((item): CompletionItem => ({
        label: item.label,
        kind: item.kind === 'key' ? CompletionItemKind.Property : item.kind === 'snippet' ? CompletionItemKind.Snippet : CompletionItemKind.Value,
        detail: item.detail,
        documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
        insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        ...(item.range ? { textEdit: { range: item.range, newText: item.insertText } } : { insertText: item.insertText }),
        sortText: item.sortText,
        filterText: item.filterText,
        preselect: item.preselect,
      }));
    });
  },
};
