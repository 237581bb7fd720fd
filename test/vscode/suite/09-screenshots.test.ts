// Screenshots for the README (docs/images/*.png), taken by scripts/vscode-test.mjs.
import * as vscode from 'vscode';
import {
  activateExtension,
  diagnosticsOf,
  lineOfKey,
  openDoc,
  screenshot,
  screenshotsEnabled,
  sleep,
  waitFor,
} from './helpers';

describe('screenshots', () => {
  before(async function () {
    if (!screenshotsEnabled()) this.skip();
    await activateExtension();
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('editor.action.hideHover');
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function showAt(rel: string, key: string, character = 2): Promise<vscode.TextEditor> {
    const doc = await openDoc(rel);
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const line = lineOfKey(doc, key);
    editor.selection = new vscode.Selection(line, character, line, character);
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  it('diagnostics.png: editor with problems and the Problems panel', async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const editor = await showAt('broken/server.properties', 'process.roles', 0);
    await waitFor('diagnostics', () => diagnosticsOf(editor.document.uri).length > 0, 30_000);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await sleep(500);
    await vscode.window.showTextDocument(editor.document);
    await screenshot('diagnostics', '.markers-panel .monaco-list-row');
  });

  it('hover.png: hover on a key', async () => {
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await showAt('cluster/node-1/server.properties', 'controller.quorum.voters', 5);
    await sleep(500);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover', '.monaco-hover .hover-contents, .monaco-hover .markdown-hover');
  });

  it('quickfix.png: the quick-fix menu on a misspelt key', async () => {
    const editor = await showAt('typo/server.properties', 'log.retention.hour', 3);
    await waitFor('diagnostics', () => diagnosticsOf(editor.document.uri).length > 0, 30_000);
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quickfix', '.action-widget .monaco-list-row');
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });

  it('completion.png: completion of keys', async () => {
    const editor = await showAt('typo/server.properties', 'log.dirs', 0);
    const line = lineOfKey(editor.document, 'log.dirs');
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), 'log.\n'));
    editor.selection = new vscode.Selection(line, 4, line, 4);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    await screenshot('completion', '.suggest-widget.visible .monaco-list-row');
    await vscode.commands.executeCommand('hideSuggestWidget');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
