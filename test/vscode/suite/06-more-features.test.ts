import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  describeDiagnostics,
  diagnosticsOf,
  lineOfKey,
  openDoc,
  revertAndClose,
  screenshot,
  sleep,
  waitFor,
  workspaceRoot,
} from './helpers';

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('more editor features', () => {
  before(async () => {
    await activateExtension();
  });

  it('outline: document symbols name the keys of a file', async () => {
    const doc = await openDoc('cluster/node-1/server.properties');
    const symbols = await waitFor(
      'document symbols',
      async () => {
        const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
          'vscode.executeDocumentSymbolProvider',
          doc.uri,
        );
        return s?.length ? s : undefined;
      },
      20_000,
      500,
    );
    const names = flatten(symbols).map((s) => s.name);
    assert.ok(
      names.some((n) => n.includes('node.id')),
      `node.id in the outline: ${names.join(', ')}`,
    );
  });

  it('folding: comment blocks and Kafka-style banner sections fold', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'folding', 'server.properties');
    const text = [
      '############################# Server Basics #############################', // 0
      '',
      '# The role of this server.', // 2
      '# Combined mode runs broker and controller in one process.', // 3
      'process.roles=broker,controller',
      'node.id=61',
      'controller.quorum.voters=61@localhost:59093',
      '',
      '############################# Socket Server Settings #############################', // 8
      '',
      'listeners=PLAINTEXT://localhost:59092,CONTROLLER://localhost:59093',
      'controller.listener.names=CONTROLLER',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const ranges = await waitFor(
        'folding ranges',
        async () => {
          const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
            'vscode.executeFoldingRangeProvider',
            doc.uri,
          );
          return r?.length ? r : undefined;
        },
        20_000,
        500,
      );
      const shown = ranges
        .map((r) => `${r.start}-${r.end}${r.kind === vscode.FoldingRangeKind.Comment ? ' comment' : ''}`)
        .join(', ');
      assert.ok(
        ranges.some((r) => r.start === 2 && r.end === 3),
        `the two-line comment folds: ${shown}`,
      );
      assert.ok(
        ranges.some((r) => r.start === 0 && r.end >= 6 && r.end < 8),
        `the first banner section folds: ${shown}`,
      );
      assert.ok(
        ranges.some((r) => r.start === 8),
        `the second banner section folds: ${shown}`,
      );
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'folding'), { recursive: true });
    }
  });

  it('source.fixAll renames the misspelt key', async () => {
    const doc = await openDoc('typo/server.properties');
    try {
      const line = lineOfKey(doc, 'log.retention.hour');
      await waitFor(
        'a diagnostic on log.retention.hour',
        () => diagnosticsOf(doc.uri).some((d) => d.range.start.line === line),
        20_000,
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        new vscode.Range(0, 0, doc.lineCount, 0),
        vscode.CodeActionKind.SourceFixAll.value,
        // The fix loop's edit is resolved when an action is picked (codeAction/resolve), as VS Code does.
        10,
      );
      const fixAll = (actions ?? []).find((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind));
      assert.ok(
        fixAll?.edit,
        `a source.fixAll action with an edit among: ${(actions ?? []).map((a) => `${a.title} (${a.kind?.value})`).join(' | ') || '(none)'}`,
      );
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
      assert.strictEqual(doc.lineAt(line).text, 'log.retention.hours=168');
    } finally {
      await revertAndClose(doc);
    }
  });

  it('"accept as a known key" quick-fix writes the setting and silences the warning', async () => {
    const doc = await openDoc('typo/server.properties');
    const line = lineOfKey(doc, 'log.retention.hour');
    const onLine = () => diagnosticsOf(doc.uri).filter((d) => d.range.start.line === line);
    const diag = await waitFor('a diagnostic on log.retention.hour', () => onLine()[0], 20_000);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const accept = (actions ?? []).find((a) => a.command?.command === 'kraft.acceptUnknownKey');
    assert.ok(
      accept?.command,
      `an action running kraft.acceptUnknownKey among: ${(actions ?? []).map((a) => a.title).join(' | ')}`,
    );
    try {
      await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
      const accepted = vscode.workspace
        .getConfiguration('kraft', doc.uri)
        .get<string[]>('validation.acceptedUnknownKeys', []);
      assert.ok(accepted.includes('log.retention.hour'), `setting now: ${JSON.stringify(accepted)}`);
      await waitFor(
        `the warning to go away (now: ${describeDiagnostics(onLine())})`,
        () => onLine().length === 0,
        20_000,
      );
    } finally {
      await vscode.workspace
        .getConfiguration('kraft', doc.uri)
        .update('validation.acceptedUnknownKeys', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
      await vscode.workspace
        .getConfiguration('kraft')
        .update('validation.acceptedUnknownKeys', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the warning to come back once the setting is removed', () => onLine().length > 0, 20_000);
  });

  it('a server config under another name (language "properties") is recognised by its content', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'custom', 'kafka-node-7.properties');
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        'process.roles=broker,controller\nnode.id=seven\ncontroller.quorum.voters=7@localhost:49093\nlisteners=PLAINTEXT://localhost:49092,CONTROLLER://localhost:49093\ncontroller.listener.names=CONTROLLER\n',
      ),
    );
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.notStrictEqual(doc.languageId, 'kafka-properties', 'not matched by the file patterns');
      await waitFor(
        'diagnostics on the content-detected file',
        () => diagnosticsOf(uri).some((d) => d.range.start.line === 1),
        20_000,
      );
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'custom'), { recursive: true });
    }
  });

  it('kraft.locale = zh-cn switches diagnostics and hovers to Chinese', async function () {
    this.timeout(90_000);
    const config = vscode.workspace.getConfiguration('kraft');
    const doc = await openDoc('broken/server.properties');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const cjk = /[\u4e00-\u9fff]/;
    try {
      await config.update('locale', 'zh-cn', vscode.ConfigurationTarget.Global);
      await waitFor('Chinese diagnostics', () => diagnosticsOf(doc.uri).some((d) => cjk.test(d.message)), 45_000);
      const line = lineOfKey(doc, 'controller.quorum.voters');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        new vscode.Position(line, 3),
      );
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, cjk, 'hover in Chinese');
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      editor.selection = new vscode.Selection(line, 3, line, 3);
      await sleep(500);
      await vscode.commands.executeCommand('editor.action.showHover');
      await screenshot('diagnostics-zh', '.monaco-hover .hover-contents, .monaco-hover .markdown-hover');
      await vscode.commands.executeCommand('editor.action.hideHover');
    } finally {
      await config.update('locale', undefined, vscode.ConfigurationTarget.Global);
      await waitFor(
        'English diagnostics again',
        () => diagnosticsOf(doc.uri).length > 0 && !diagnosticsOf(doc.uri).some((d) => cjk.test(d.message)),
        45_000,
      );
    }
  });
});
