// textDocument/completion: keys by role, values, the cluster's voters, the next free node.id.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionParams,
} from 'vscode-languageserver/node';
import { completeList, composeCompletion } from '../../engine/ide';
import { checkedRequest, positionParams } from '../validate';
import type { Handler } from './handler';

export const completionHandler: Handler = {
  capabilities: { completionProvider: { triggerCharacters: ['=', ',', ':', '/', '.'], resolveProvider: false } },
  register(connection, session) {
    connection.onCompletion(
      checkedRequest(
        connection,
        'textDocument/completion',
        positionParams,
        async ({ textDocument, position }: CompletionParams) => {
          const compose = await session.composeAnalysisOf(textDocument.uri);
          const analysis = compose ? undefined : await session.analysisOf(textDocument.uri);
          if (!compose && !analysis) return [];
          const list = compose
            ? composeCompletion(compose.analyzed, compose.path, position)
            : completeList(analysis!.workspace, analysis!.path, position);
          const items = list.items.map(
            (item): CompletionItem => ({
              label: item.label,
              kind:
                item.kind === 'key'
                  ? CompletionItemKind.Property
                  : item.kind === 'snippet'
                    ? CompletionItemKind.Snippet
                    : CompletionItemKind.Value,
              detail: item.detail,
              documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
              insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
              ...(item.range
                ? { textEdit: { range: item.range, newText: item.insertText } }
                : { insertText: item.insertText }),
              sortText: item.sortText,
              filterText: item.filterText,
              preselect: item.preselect,
              command: item.retrigger ? { title: 'suggest', command: 'editor.action.triggerSuggest' } : undefined,
            }),
          );
          return { isIncomplete: list.isIncomplete, items };
        },
      ),
    );
  },
};
