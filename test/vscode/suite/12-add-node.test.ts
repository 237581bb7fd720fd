// "Add a broker or controller" in a workspace of several clusters: it acts on the active file's cluster only, puts
// the new file in that cluster's folder, updates that cluster's scripts, README, compose file and topology.json, and
// applies when the user confirms.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, screenshot, screenshotsEnabled, waitFor, wsUri } from './helpers';

interface GenerateCommandResult {
  written: string[];
  warnings: string[];
  cancelled?: boolean;
}
interface Api {
  clusters: {
    refresh(): Promise<void>;
    locate(uri: vscode.Uri): { cluster: { name: string; size: number } } | undefined;
  };
}

/** Every file below a folder, with its text. */
function snapshot(folder: vscode.Uri): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.set(full, fs.readFileSync(full, 'utf8'));
    }
  };
  walk(folder.fsPath);
  return out;
}

describe('Add a broker or controller: one cluster of several', function () {
  this.timeout(90_000);
  let api: Api;
  before(async () => {
    api = (await activateExtension()).exports as Api;
  });

  it('changes only the active cluster, places the file in its folder, updates its companions, and Apply applies', async () => {
    // Two generated clusters on localhost with the same ports, side by side: each topology.json declares its own.
    for (const name of ['add-a', 'add-b']) {
      const result = await vscode.commands.executeCommand<GenerateCommandResult>('kraft.generateCluster', {
        spec: {
          layout: 'isolated',
          controllers: 1,
          brokers: 1,
          kafkaVersion: '4.3',
          clusterId: 'q1Sh-9_ISia_zwGINzRvyQ',
        },
        targetFolder: `generated/${name}`,
        overwrite: true,
      });
      assert.ok(!result.cancelled);
    }
    const active = wsUri('generated/add-a/localhost/broker/server.properties');
    // The user works in the first cluster: its files are open.
    await vscode.workspace.openTextDocument(wsUri('generated/add-a/localhost/controller/server.properties'));
    await vscode.window.showTextDocument(active);
    let seen = '';
    await waitFor(
      'the server to group the new clusters',
      async () => {
        await api.clusters.refresh();
        const found = api.clusters.locate(active);
        seen =
          JSON.stringify(
            found?.cluster ??
              (
                api.clusters as unknown as { model: { clusters: { name: string; folder: string; size: number }[] } }
              ).model.clusters.map((c) => [
                c.name,
                c.folder,
                c.size,
                JSON.stringify(
                  (c as unknown as { hosts: { processes: { uri: string }[] }[] }).hosts.map((h) =>
                    h.processes.map((p) => p.uri),
                  ),
                ),
              ]),
          ) + active.toString();
        return found && found.cluster.size === 2 ? found : undefined;
      },
      30_000,
      500,
    ).catch((error) => {
      throw new Error(`${error.message}: ${seen.slice(0, 3000)}`);
    });
    await vscode.window.showTextDocument(active);
    const otherBefore = snapshot(wsUri('generated/add-b'));
    const ownBefore = snapshot(wsUri('generated/add-a'));

    const interactive = screenshotsEnabled();
    // A hover left open by an earlier test (the mouse over the status bar) would cover the notification's buttons.
    if (interactive) await screenshot('add-node-before', undefined, 100, '.monaco-editor .view-lines');
    const running = vscode.commands.executeCommand<boolean>('kraft.addNodeToCluster', {
      role: 'broker',
      host: 'localhost',
      ...(interactive ? {} : { confirm: false }),
    });
    if (interactive) {
      // The confirmation lists the changes; its Apply button applies them (the runner clicks it in the workbench).
      assert.ok(
        await screenshot('add-node-confirm', undefined, 300, '.notifications-toasts .monaco-button:has-text("Apply")'),
        'the confirmation and its Apply button',
      );
    }
    assert.strictEqual(await running, true);

    const added = wsUri('generated/add-a/localhost/broker-3/server.properties');
    assert.ok(fs.existsSync(added.fsPath), "the new broker in the active cluster's folder");
    assert.match(fs.readFileSync(added.fsPath, 'utf8'), /^node\.id=3$/m);
    assert.deepStrictEqual(snapshot(wsUri('generated/add-b')), otherBefore, 'the other cluster is untouched');
    const ownAfter = snapshot(wsUri('generated/add-a'));
    const read = (name: string) => ownAfter.get(wsUri(`generated/add-a/${name}`).fsPath) ?? '';
    assert.match(read('start-cluster.sh'), /start 'localhost' 'localhost\/broker-3'/);
    assert.match(read('format-storage.sh'), /format 'localhost' 'localhost\/broker-3\/server.properties'/);
    assert.match(read('docker-compose.yml'), /^ {2}broker-3:$/m);
    assert.match(read('README.md'), /^\| 3 \| broker \|/m);
    assert.strictEqual(JSON.parse(read('topology.json')).brokers, 2);
    // The controller keeps its voters (a broker does not join them).
    const controller = 'localhost/controller/server.properties';
    assert.strictEqual(read(controller), ownBefore.get(wsUri(`generated/add-a/${controller}`).fsPath));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
