// textDocument/codeAction: the fixes carried by each diagnostic, fix-all of one rule, accept an unknown key,
// a suppression comment, and source.fixAll for the whole file.
import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import { preferredEdits, t, type FileEdit, type Finding } from '../../engine';
import { toWorkspaceEdit } from '../convert';
import { pathOf } from '../folders';
import type { Handler } from './handler';

export const codeActionsHandler: Handler = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] } },
  register(connection, session) {
    const workspaceEdit = (edits: FileEdit[]) => toWorkspaceEdit(edits, session.uriOf);
    connection.onCodeAction(({ textDocument, context }) => {
      const actions: CodeAction[] = [];
      const path = pathOf(textDocument.uri);
      const document = session.documents.get(textDocument.uri);
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== 'kraft') continue;
        const fixes = (diagnostic.data as { fixes?: Finding['fixes'] } | undefined)?.fixes ?? [];
        for (const fix of fixes) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: workspaceEdit(fix.edits) });
        }
        const code = String(diagnostic.code);
        if (code === 'unknown-key') {
          const key = document?.getText(diagnostic.range);
          if (key) actions.push({ title: t('server.acceptKey', { key }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: t('server.acceptKey', { key }), command: 'kraft.acceptUnknownKey', arguments: [key, textDocument.uri] } });
        }
        // Fix every finding of this rule in the file, when there are several.
        const sameKind = session.findingsOf(path).filter((finding) => finding.code === code && finding.fixes?.some((fix) => fix.preferred));
        if (sameKind.length > 1) {
          actions.push({ title: t('server.fixAllOfKind', { code, count: sameKind.length }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(preferredEdits(sameKind)) });
        }
        const line = diagnostic.range.start.line;
        const indent = document?.getText({ start: { line, character: 0 }, end: { line, character: 200 } }).match(/^\s*/)?.[0] ?? '';
        actions.push({
          title: t('server.suppress', { code }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [textDocument.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# kraft-disable-next-line ${code}\n` }] } },
        });
      }
      if (!context.only || context.only.some((kind) => kind.startsWith(CodeActionKind.SourceFixAll))) {
        const fixable = session.findingsOf(path).filter((finding) => finding.uri === path && finding.fixes?.some((fix) => fix.preferred));
        if (fixable.length > 0) actions.push({ title: t('server.fixAll', { count: fixable.length }), kind: CodeActionKind.SourceFixAll, edit: workspaceEdit(preferredEdits(fixable)) });
      }
      return actions;
    });
  },
};
