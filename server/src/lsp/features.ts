// Hover, completion, outline and folding: thin LSP handlers over the pure modules in engine/features.
import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Connection,
  type DocumentSymbol,
  SemanticTokensBuilder,
  ResponseError,
  ErrorCodes,
  type Range,
} from 'vscode-languageserver/node';

/** Token legend shared with the capabilities the server announces. */
export const SEMANTIC_LEGEND = { tokenTypes: ['property', 'unknownKey'], tokenModifiers: ['deprecated'] };
import type { AnalyzedWorkspace, FileEdit } from '../engine';
import { complete } from '../engine/features/completion';
import { definition } from '../engine/features/definition';
import { keyTokens } from '../engine/features/semantic';
import { prepareRename, rename } from '../engine/features/rename';
import { hover } from '../engine/features/hover';
import { documentSymbols, foldingRanges, type DocSymbol } from '../engine/features/symbols';

/** Engine edits as an LSP WorkspaceEdit, in the URI spelling the client uses. */
export function toWorkspaceEdit(edits: FileEdit[], uriOf: (path: string) => string): { changes: Record<string, { range: Range; newText: string }[]> } {
  const changes: Record<string, { range: Range; newText: string }[]> = {};
  for (const edit of edits) (changes[uriOf(edit.uri)] ??= []).push({ range: edit.range, newText: edit.newText });
  return { changes };
}

export interface FeatureContext {
  /** The current analysis that contains this document, with the engine's identity for it. */
  analysisOf(uri: string): { workspace: AnalyzedWorkspace; path: string } | undefined;
  uriOf(path: string): string;
}

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

export function registerFeatureHandlers(connection: Connection, context: FeatureContext): void {
  connection.onHover(({ textDocument, position }) => {
    const analysis = context.analysisOf(textDocument.uri);
    if (!analysis) return null;
    const result = hover(analysis.workspace, analysis.path, position);
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: result.range } : null;
  });

  connection.onCompletion(({ textDocument, position }) => {
    const analysis = context.analysisOf(textDocument.uri);
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

  connection.onDefinition(({ textDocument, position }) => {
    const analysis = context.analysisOf(textDocument.uri);
    if (!analysis) return null;
    const target = definition(analysis.workspace, analysis.path, position);
    return target ? { uri: context.uriOf(target.uri), range: target.range } : null;
  });

  connection.languages.semanticTokens.on(({ textDocument }) => {
    const analysis = context.analysisOf(textDocument.uri);
    const node = analysis?.workspace.nodes.get(analysis.path);
    const builder = new SemanticTokensBuilder();
    if (node) {
      for (const token of keyTokens(node, analysis!.workspace.version)) {
        builder.push(token.line, token.character, token.length, SEMANTIC_LEGEND.tokenTypes.indexOf(token.type), token.deprecated ? 1 : 0);
      }
    }
    return builder.build();
  });

  connection.onPrepareRename(({ textDocument, position }) => {
    const analysis = context.analysisOf(textDocument.uri);
    return (analysis && prepareRename(analysis.workspace, analysis.path, position)) ?? null;
  });

  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const analysis = context.analysisOf(textDocument.uri);
    const result = analysis && rename(analysis.workspace, analysis.path, position, newName);
    if (!result) return null;
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return toWorkspaceEdit(result.edits, context.uriOf);
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const analysis = context.analysisOf(textDocument.uri);
    const node = analysis?.workspace.nodes.get(analysis.path);
    return node ? documentSymbols(node).map(toDocumentSymbol) : [];
  });

  connection.onFoldingRanges(({ textDocument }) => {
    const analysis = context.analysisOf(textDocument.uri);
    const node = analysis?.workspace.nodes.get(analysis.path);
    return node
      ? foldingRanges(node).map((range) => ({ startLine: range.startLine, endLine: range.endLine, kind: range.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region }))
      : [];
  });
}
