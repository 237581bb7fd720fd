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

describe('docker-compose project as a cluster', function () {
  this.timeout(60_000);
  interface Api {
    clusters: { model: { clusters: { name: string; size: number; hosts: { processes: { service?: string }[] }[] }[] } };
    status: vscode.LanguageStatusItem;
    clustersView: vscode.TreeView<unknown> & { selection: readonly unknown[] };
    clustersTree: vscode.TreeDataProvider<unknown>;
  }
  let api: Api;
  before(async () => {
    api = (await activateExtension()).exports as Api;
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the Clusters view lists the project with its services; the status item follows the cursor from service to service', async () => {
    const project = await waitFor(
      'the compose project in the cluster model',
      () => api.clusters.model.clusters.find((cluster) => cluster.name === 'compose'),
      30_000,
    );
    assert.strictEqual(project.size, 3);
    assert.deepStrictEqual(project.hosts.flatMap((host) => host.processes.map((process) => process.service)).sort(), [
      'kafka-1',
      'kafka-2',
      'kafka-3',
    ]);
    const doc = await openDoc('compose/docker-compose.yml', true);
    const editor = vscode.window.activeTextEditor!;
    const lineOf = (text: string) =>
      doc
        .getText()
        .split('\n')
        .findIndex((line) => line.startsWith(text));
    editor.selection = new vscode.Selection(lineOf('  kafka-3:') + 3, 0, lineOf('  kafka-3:') + 3, 0);
    await waitFor('the status item of kafka-3', () => /combined 3|broker \+ controller 3/.test(api.status.text));
    assert.match(api.status.text, /compose \(3\)/);
    assert.match(api.status.detail ?? '', /Kafka 4\.0/);
    assert.strictEqual(api.status.severity, vscode.LanguageStatusSeverity.Error, 'two services share node id 1');
    editor.selection = new vscode.Selection(lineOf('  kafka-1:') + 2, 0, lineOf('  kafka-1:') + 2, 0);
    await waitFor('the status item of kafka-1', () => /controller 1 ·/.test(api.status.text));
    // Its command reveals the service in the Clusters view.
    const command = api.status.command!;
    const selected = await waitFor('the service selected in the view', async () => {
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      return api.clustersView.visible ? api.clustersView.selection[0] : undefined;
    });
    const item = await api.clustersTree.getTreeItem(selected);
    assert.match(String(item.label), /1/);
    assert.match(String(item.description), /kafka-1/);
    assert.strictEqual(item.resourceUri?.toString(), doc.uri.toString());
  });
});
