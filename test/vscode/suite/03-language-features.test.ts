import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  describeDiagnostics,
  diagnosticsOf,
  hoverText,
  labelOf,
  providerItems,
  lineOfKey,
  openDoc,
  revertAndClose,
  setLine,
  waitFor,
} from './helpers';

describe('language features', () => {
  before(async () => {
    await activateExtension();
  });

  it('hover on a key explains it', async () => {
    const doc = await openDoc('cluster/node-1/server.properties');
    const line = lineOfKey(doc, 'node.id');
    const hovers = await waitFor(
      'a hover on node.id',
      async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          doc.uri,
          new vscode.Position(line, 2),
        );
        return h?.length && hoverText(h).trim() ? h : undefined;
      },
      20_000,
      500,
    );
    const text = hoverText(hovers);
    assert.ok(text.length > 20, `hover has some substance: ${text}`);
    assert.match(text, /node\.id|node id|identifier/i);
  });

  it('completion offers keys on an empty line', async () => {
    const doc = await openDoc('typo/server.properties');
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '\n');
      await vscode.workspace.applyEdit(edit);
      const pos = new vscode.Position(doc.lineCount - 1, 0);
      const list = await waitFor(
        'key completions',
        async () => {
          const l = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            doc.uri,
            pos,
          );
          const items = providerItems(l);
          return items.some((i) => labelOf(i) === 'num.partitions') ? items : undefined;
        },
        20_000,
        500,
      );
      assert.ok(
        list.some((i) => labelOf(i) === 'log.retention.hours'),
        'log.retention.hours offered',
      );
      // The list's shared edit range and snippet format come once (itemDefaults); each item still inserts its key.
      const partitions = list.find((i) => labelOf(i) === 'num.partitions')!;
      const inserted =
        partitions.insertText instanceof vscode.SnippetString ? partitions.insertText.value : partitions.insertText;
      assert.match(String(inserted), /^num\.partitions=/, `num.partitions inserts ${String(inserted)}`);
      assert.ok(partitions.range, 'an edit range from the list defaults');
      // Documentation is not in the list: VS Code resolves it for the item it shows (completionItem/resolve).
      const resolved = providerItems(
        await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          doc.uri,
          pos,
          undefined,
          list.length,
        ),
      );
      const retention = resolved.find((i) => labelOf(i) === 'log.retention.hours');
      const documentation = retention?.documentation;
      const text = typeof documentation === 'string' ? documentation : (documentation?.value ?? '');
      assert.match(text, /retain|retention|delete/i, `documentation resolved for log.retention.hours: ${text}`);
    } finally {
      await revertAndClose(doc);
    }
  });

  it('completion offers values for process.roles', async () => {
    const doc = await openDoc('typo/server.properties');
    try {
      await setLine(doc, 'process.roles', 'process.roles=');
      const line = lineOfKey(doc, 'process.roles');
      const pos = new vscode.Position(line, 'process.roles='.length);
      const list = await waitFor(
        'value completions',
        async () => {
          const l = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider',
            doc.uri,
            pos,
          );
          const items = providerItems(l);
          return items.some((i) => /broker/.test(labelOf(i))) ? items : undefined;
        },
        20_000,
        500,
      );
      assert.ok(
        list.some((i) => /controller/.test(labelOf(i))),
        `controller offered: ${list.map(labelOf).join(', ')}`,
      );
    } finally {
      await revertAndClose(doc);
    }
  });

  it('a quick-fix corrects a misspelt key and the warning goes away', async () => {
    const doc = await openDoc('typo/server.properties');
    try {
      const line = lineOfKey(doc, 'log.retention.hour');
      const onLine = () => diagnosticsOf(doc.uri).filter((d) => d.range.start.line === line);
      const diag = await waitFor('a diagnostic on log.retention.hour', () => onLine()[0], 20_000);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        diag.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = (actions ?? []).find((a) => /log\.retention\.hours/.test(a.title));
      assert.ok(
        fix,
        `a fix to log.retention.hours among: ${(actions ?? []).map((a) => a.title).join(' | ') || '(no actions)'}`,
      );
      if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'fix edit applied');
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      assert.strictEqual(doc.lineAt(line).text, 'log.retention.hours=168');
      await waitFor(
        `the diagnostic to go away (now: ${describeDiagnostics(onLine())})`,
        () => onLine().length === 0,
        20_000,
      );
    } finally {
      await revertAndClose(doc);
    }
  });
});
