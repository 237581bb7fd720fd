// textDocument/codeAction: the fixes carried by each diagnostic, fix-all of one rule, accept an unknown key,
// a suppression comment, and source.fixAll for the whole file.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import { allRules, fixWorkspace, lineEdits, planSeparateSetups, t, type FileEdit, type Finding } from '../../engine';
import { toWorkspaceEdit } from '../convert';
import { pathOf } from '../folders';
import {
  array,
  boolean,
  checkedRequest,
  object,
  optional,
  range,
  reportMalformed,
  string,
  textDocument,
  uri,
} from '../validate';
import type { Handler } from './handler';

// The fixes travel to the client inside each diagnostic's `data` and come back here: check them like any input.
const fileEdit = object({ uri, range, newText: string });
const fix = object({ title: string, edits: array(fileEdit), preferred: optional(boolean) });
const fixData = optional(object({ fixes: optional(array(fix)) }));
// Diagnostics of other sources come along too: only their range is needed to pass them by.
const codeActionParams = object({
  textDocument,
  range,
  context: object({ diagnostics: array(object({ range })), only: optional(array(string)) }),
});
const related = optional(array(object({ location: object({ uri }) })));
const CROSS_NODE = new Set(allRules.filter((rule) => rule.scope === 'cluster').map((rule) => rule.code));
const METHOD = 'textDocument/codeAction';

const editsKey = (edits: FileEdit[]) =>
  edits
    .map((edit) => JSON.stringify([edit.uri, edit.range, edit.newText]))
    .sort()
    .join('\u0000');

/**
 * The fix-all actions run the fix loop, which lints the file's cluster again several times: clients that resolve
 * actions (VS Code) get the edit only when the user picks one, so that showing the light bulb stays instant.
 */
let resolveEdits = false;
const fixAllData = object({ fixAll: object({ uri, code: optional(string) }) });

export const codeActionsHandler: Handler = {
  capabilities: {
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll],
      resolveProvider: true,
    },
  },
  initialize(params) {
    const resolvable = params.capabilities?.textDocument?.codeAction?.resolveSupport?.properties;
    resolveEdits = Array.isArray(resolvable) && resolvable.includes('edit');
  },
  register(connection, session) {
    const workspaceEdit = (edits: FileEdit[]) => toWorkspaceEdit(edits, session.uriOf);
    connection.onCodeAction(
      checkedRequest(connection, METHOD, codeActionParams, ({ textDocument, context }: CodeActionParams) => {
        // Real repairs first, then fix-all of a rule and "accept", suppressions last; nothing offered twice.
        const repairs: CodeAction[] = [];
        const helpers: CodeAction[] = [];
        const suppressions: CodeAction[] = [];
        const offered = new Set<string>();
        const once = (key: string) => !offered.has(key) && !!offered.add(key);
        const path = pathOf(textDocument.uri);
        const document = session.documents.get(textDocument.uri);
        for (const diagnostic of context.diagnostics) {
          if (diagnostic.source !== 'kraft') continue;
          const malformed = fixData(diagnostic.data, 'diagnostic.data');
          if (malformed) reportMalformed(connection, METHOD, malformed);
          const fixes = malformed ? [] : ((diagnostic.data as { fixes?: Finding['fixes'] } | undefined)?.fixes ?? []);
          for (const fix of fixes) {
            // Two rules proposing the same edits under two titles are one entry.
            if (!once(editsKey(fix.edits))) continue;
            repairs.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              isPreferred: fix.preferred,
              edit: workspaceEdit(fix.edits),
            });
          }
          const code = String(diagnostic.code);
          // A cross-node finding between files grouped by a guess: the user can say they are separate setups.
          const others = related(diagnostic.relatedInformation, 'diagnostic.relatedInformation')
            ? []
            : (diagnostic.relatedInformation ?? [])
                .map((info) => pathOf(info.location.uri))
                .filter((other) => other !== path);
          const cluster = session.clusterOf(path);
          if (CROSS_NODE.has(code) && others.length > 0 && cluster?.membership.kind === 'shared-quorum') {
            const plan = planSeparateSetups(
              path,
              cluster.nodes.map((node) => node.uri),
              cluster.name,
              session.projectDeclarations().configs,
              session.folders.rootOf(path),
            );
            if (plan && once(`separate\u0000${plan.edits[0].newText}`)) {
              const target = session.uriOf(plan.configPath);
              const edits = plan.edits.map((edit) => ({ range: edit.range, newText: edit.newText }));
              helpers.push({
                title: t('deploy.action.separate'),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                edit: plan.create
                  ? {
                      documentChanges: [
                        { kind: 'create', uri: target, options: { ignoreIfExists: true } },
                        { textDocument: { uri: target, version: null }, edits },
                      ],
                    }
                  : { changes: { [target]: edits } },
              });
            }
          }
          if (code === 'unknown-key') {
            const key = document?.getText(diagnostic.range);
            if (key && once(`accept\u0000${key}`))
              helpers.push({
                title: t('server.acceptKey', { key }),
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                command: {
                  title: t('server.acceptKey', { key }),
                  command: 'kraft.acceptUnknownKey',
                  arguments: [key, textDocument.uri],
                },
              });
          }
          // Fix every finding of this rule in the file, when there are several.
          const sameKind = session
            .findingsOf(path)
            .filter((finding) => finding.code === code && finding.fixes?.some((fix) => fix.preferred));
          if (sameKind.length > 1 && once(`all\u0000${code}`)) {
            const action = fixAllAction(
              t('server.fixAllOfKind', { code, count: sameKind.length }),
              CodeActionKind.QuickFix,
              textDocument.uri,
              code,
            );
            if (action) helpers.push({ ...action, diagnostics: [diagnostic] });
          }
          const line = diagnostic.range.start.line;
          if (!once(`suppress\u0000${line}\u0000${code}`)) continue;
          const indent =
            document?.getText({ start: { line, character: 0 }, end: { line, character: 200 } }).match(/^\s*/)?.[0] ??
            '';
          suppressions.push({
            title: t('server.suppress', { code }),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: {
              changes: {
                [textDocument.uri]: [
                  {
                    range: { start: { line, character: 0 }, end: { line, character: 0 } },
                    newText: `${indent}# kraft-disable-next-line ${code}\n`,
                  },
                ],
              },
            },
          });
        }
        const actions: CodeAction[] = [...repairs, ...helpers, ...suppressions];
        if (!context.only || context.only.some((kind) => kind.startsWith(CodeActionKind.SourceFixAll))) {
          const fixable = session
            .findingsOf(path)
            .filter((finding) => finding.uri === path && finding.fixes?.some((fix) => fix.preferred));
          const action =
            fixable.length > 0 &&
            fixAllAction(t('server.fixAll', { count: fixable.length }), CodeActionKind.SourceFixAll, textDocument.uri);
          if (action) actions.push(action);
        }
        return actions;
      }),
    );
    connection.onCodeActionResolve(
      checkedRequest(connection, 'codeAction/resolve', object({ title: string }), (action: CodeAction) => {
        if (fixAllData(action.data, 'data') !== undefined) return action;
        const { fixAll } = action.data as { fixAll: { uri: string; code?: string } };
        return { ...action, edit: workspaceEdit(fixAllEdits(pathOf(fixAll.uri), fixAll.code)) };
      }),
    );
    /** A fix-all action: its edit now, or on resolve for clients that resolve; none when there is nothing to do. */
    function fixAllAction(title: string, kind: string, uri: string, code?: string): CodeAction | undefined {
      if (resolveEdits) return { title, kind, data: { fixAll: { uri, code } } };
      const edits = fixAllEdits(pathOf(uri), code);
      return edits.length > 0 ? { title, kind, edit: workspaceEdit(edits) } : undefined;
    }
    // The CLI's `--fix` loop, limited to this file (and to one rule when asked): no pass that adds an error is kept,
    // and it stops if it never settles.
    function fixAllEdits(path: string, code?: string): FileEdit[] {
      const inputs = session.lintInputsOf(path);
      const before = inputs?.files.find((file) => file.uri === path);
      if (!inputs || !before) return [];
      const after = fixWorkspace(inputs.files, inputs.options, 10, path, code).texts.get(path);
      return after === undefined ? [] : lineEdits(path, before.text, after);
    }
  },
};
