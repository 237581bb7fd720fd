import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, errorsOf, waitFor, workspaceRoot } from './helpers';

describe('generate cluster command', () => {
  before(async () => {
    await activateExtension();
  });

  it('kraft.generateCluster is registered', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('kraft.generateCluster'));
  });

  it('generates a valid cluster from scripted answers (no UI)', async () => {
    const target = vscode.Uri.joinPath(workspaceRoot(), 'generated');
    await vscode.commands.executeCommand('kraft.generateCluster', {
      targetFolder: target.fsPath,
      nodes: 3,
      mode: 'combined',
      kafkaVersion: '4.0',
      overwrite: true,
      open: false,
    });
    const files = await waitFor('generated server.properties files', async () => {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(target, '**/*.properties'));
      return found.length >= 3 ? found : undefined;
    }, 20_000);
    // The generated files are valid: no errors once the server has looked at them.
    for (const f of files) await vscode.workspace.openTextDocument(f);
    await new Promise((r) => setTimeout(r, 3000));
    for (const f of files) assert.strictEqual(describeDiagnostics(errorsOf(f)), '(none)', vscode.workspace.asRelativePath(f));
  });
});
