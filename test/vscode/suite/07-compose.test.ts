// docker-compose.yml in a real VS Code: diagnostics on the YAML variable lines and hover on a variable.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, diagnosticsOf, hoverText, openDoc, waitFor, wsUri } from './helpers';

describe('docker-compose', () => {
  before(async () => {
    await activateExtension();
  });

  it('reports the duplicate node id on the KAFKA_NODE_ID lines of the compose file', async () => {
    const uri = wsUri('compose/docker-compose.yml');
    const doc = await openDoc('compose/docker-compose.yml');
    const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
    const found = await waitFor(
      'duplicate-node-id in docker-compose.yml',
      () => {
        const list = diagnosticsOf(uri).filter((d) => codeOf(d) === 'duplicate-node-id');
        return list.length >= 2 ? list : undefined;
      },
      30_000,
    );
    for (const d of found)
      assert.ok(doc.lineAt(d.range.start.line).text.includes('KAFKA_NODE_ID: 1'), describeDiagnostics(found));
    assert.ok(
      found.every((d) => doc.getText(d.range) === '1'),
      describeDiagnostics(found),
    );
    assert.match(found[0].message, /KAFKA_NODE_ID/);
  });

  it('hover on a variable shows the property it becomes and its documentation', async () => {
    const doc = await openDoc('compose/docker-compose.yml');
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('KAFKA_PROCESS_ROLES'));
    const text = await waitFor(
      'a hover on KAFKA_PROCESS_ROLES',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          doc.uri,
          new vscode.Position(line, 10),
        );
        const value = hoverText(hovers ?? []);
        return value.includes('process.roles') ? value : undefined;
      },
      20_000,
    );
    assert.match(text, /KAFKA_PROCESS_ROLES/);
  });
});
