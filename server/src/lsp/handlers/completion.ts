// textDocument/completion: keys by role, values, the cluster's voters, the next free node.id.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
  type Range,
} from 'vscode-languageserver/node';
import { completeList, composeCompletion } from '../../engine/ide';
import { checkedRequest, integer, object, optional, positionParams, string } from '../validate';
import type { Handler } from './handler';

/**
 * Key documentation is most of a list's size (a `num.` prefix offers 300 keys, 140 KB with their documentation):
 * clients that resolve items lazily get it for the item they show, from the last list sent.
 */
let lazyDocumentation = false;
/** The client takes a list's common edit range and text format once (LSP 3.17 itemDefaults) instead of per item. */
let listDefaults = false;
let lastList: { id: number; documentation: (string | undefined)[] } = { id: 0, documentation: [] };

const resolveParams = object({ label: string, data: optional(object({ list: integer, index: integer })) });

export const completionHandler: Handler = {
  capabilities: { completionProvider: { triggerCharacters: ['=', ',', ':', '/', '.'], resolveProvider: true } },
  initialize(params) {
    const resolvable = params.capabilities?.textDocument?.completion?.completionItem?.resolveSupport?.properties;
    lazyDocumentation = Array.isArray(resolvable) && resolvable.includes('documentation');
    const defaults = params.capabilities?.textDocument?.completion?.completionList?.itemDefaults;
    listDefaults = Array.isArray(defaults) && defaults.includes('editRange') && defaults.includes('insertTextFormat');
  },
  register(connection, session) {
    connection.onCompletionResolve(
      checkedRequest(connection, 'completionItem/resolve', resolveParams, (item: CompletionItem) => {
        const { list, index } = (item.data ?? {}) as { list?: number; index?: number };
        const documentation = list === lastList.id && index !== undefined ? lastList.documentation[index] : undefined;
        return documentation ? { ...item, documentation: { kind: MarkupKind.Markdown, value: documentation } } : item;
      }),
    );
    connection.onCompletion(
      checkedRequest(
        connection,
        'textDocument/completion',
        positionParams,
        async ({ textDocument, position }: CompletionParams) => {
          const compose = await session.composeAnalysisOf(textDocument.uri);
          const analysis = compose ? undefined : await session.documentAnalysisOf(textDocument.uri);
          if (!compose && !analysis) return [];
          const list = compose
            ? composeCompletion(compose.analyzed, compose.path, position)
            : completeList(analysis!.workspace, analysis!.path, position);
          if (lazyDocumentation)
            lastList = { id: lastList.id + 1, documentation: list.items.map((item) => item.documentation) };
          const items = list.items.map(
            (item, index): CompletionItem => ({
              label: item.label,
              kind:
                item.kind === 'key'
                  ? CompletionItemKind.Property
                  : item.kind === 'snippet'
                    ? CompletionItemKind.Snippet
                    : CompletionItemKind.Value,
              detail: item.detail,
              ...(!item.documentation
                ? {}
                : lazyDocumentation
                  ? { data: { list: lastList.id, index } }
                  : { documentation: { kind: MarkupKind.Markdown, value: item.documentation } }),
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
          return listDefaults ? withItemDefaults(list.isIncomplete, items) : { isIncomplete: list.isIncomplete, items };
        },
      ),
    );
  },
};

/**
 * The list with the edit range and text format most of its items share given once: a `num.` prefix offers 300 keys,
 * and the range and format were a third of each item's bytes. Items that differ keep their own.
 */
function withItemDefaults(isIncomplete: boolean, items: CompletionItem[]): CompletionList {
  // A default range applies to every item without an edit of its own (the client then inserts textEditText or the
  // label, never insertText): it is given only when every item has an edit.
  const everyEdit = items.every((item) => item.textEdit && 'range' in item.textEdit);
  const first = items[0];
  const range = everyEdit && first?.textEdit && 'range' in first.textEdit ? first.textEdit.range : undefined;
  const format = first?.insertTextFormat ?? InsertTextFormat.PlainText;
  const sameRange = (a: Range, b: Range) =>
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character;
  return {
    isIncomplete,
    itemDefaults: { ...(range ? { editRange: range } : {}), insertTextFormat: format },
    items: items.map((item) => {
      const { textEdit, insertTextFormat, ...rest } = item;
      const shared = range && textEdit && 'range' in textEdit && sameRange(textEdit.range, range);
      return {
        ...rest,
        ...(shared ? { textEditText: textEdit.newText } : textEdit ? { textEdit } : {}),
        ...(insertTextFormat === format ? {} : { insertTextFormat }),
      };
    }),
  };
}
