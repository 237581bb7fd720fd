// The generator from VS Code: the wizard's Back button and wording, and files that work (executable scripts, data
// directories the user owns, start and stop scripts taking their arguments in one order, README steps that do something).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, errorsOf, revertAndClose, sleep, waitFor, wsUri } from './helpers';

interface Api {
  wizard: { current?: { title: string; prompt: string; value?: string } };
}
interface GenerateCommandResult {
  written: string[];
  warnings: string[];
  cancelled?: boolean;
}

describe('generator wizard and files', function () {
  this.timeout(60_000);
  let api: Api;
  before(async () => {
    api = (await activateExtension()).exports as Api;
  });

  const shown = (prompt: RegExp) =>
    waitFor(`the step ${prompt}`, () =>
      api.wizard.current && prompt.test(api.wizard.current.prompt) ? api.wizard.current : undefined,
    );
  const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');

  it('wizard: Back returns to the previous step with its answer kept; combined layouts ask for nodes, not controllers', async () => {
    const running = vscode.commands.executeCommand<GenerateCommandResult>('kraft.generateCluster');
    const first = await shown(/How should roles be laid out/);
    assert.match(first.title, /^Generate KRaft cluster \(1\/13\)$/);
    // Isolated is first: step 2 asks for controllers.
    await accept();
    await shown(/^Number of controllers/);
    await vscode.commands.executeCommand('workbench.action.quickInputBack');
    await shown(/How should roles be laid out/);
    // Combined is the second choice: now step 2 speaks of nodes that are broker and controller.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await sleep(200);
    await accept();
    const second = await shown(/^Number of nodes; each is broker and controller/);
    assert.match(second.title, /\(2\/13\)$/);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const result = await running;
    assert.strictEqual(result.cancelled, true);
    assert.strictEqual(api.wizard.current, undefined);
  });

  it('the Add wizard has its own title', async () => {
    const running = vscode.commands.executeCommand<boolean>('kraft.addNodeToCluster');
    const step = await shown(/What should be added to the cluster/);
    assert.match(step.title, /^Add a broker or controller \(1\/2\)$/);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await running, false);
  });

  it('files written from VS Code: executable scripts, data in the generated folder, one argument order, README steps that apply', async () => {
    const result = await vscode.commands.executeCommand<GenerateCommandResult>('kraft.generateCluster', {
      spec: { layout: 'combined', controllers: 3, kafkaVersion: '4.3', clusterId: 'q1Sh-9_ISia_zwGINzRvyQ' },
      targetFolder: 'generated/files',
      overwrite: true,
    });
    assert.ok(!result.cancelled);
    const folder = wsUri('generated/files');
    for (const script of ['format-storage.sh', 'start-cluster.sh', 'stop-cluster.sh']) {
      const mode = fs.statSync(vscode.Uri.joinPath(folder, script).fsPath).mode;
      assert.ok(mode & 0o100, `${script} is executable (mode ${mode.toString(8)})`);
    }
    const read = (name: string) => fs.readFileSync(vscode.Uri.joinPath(folder, ...name.split('/')).fsPath, 'utf8');
    const node = read('localhost/combined-1/server.properties');
    const dataDir = /^log\.dirs=(.*)$/m.exec(node)?.[1] ?? '';
    assert.ok(
      dataDir.startsWith(`${folder.fsPath.replace(/\\/g, '/')}/data/`),
      `log.dirs below the generated folder: ${dataDir}`,
    );
    assert.doesNotMatch(node, /\/var\/lib\/kafka/);
    // start-cluster.sh and stop-cluster.sh: the phase first, then the host.
    assert.match(read('start-cluster.sh'), /^PHASE="\$\{1:-all\}"$/m);
    assert.match(read('stop-cluster.sh'), /^PHASE="\$\{1:-all\}"$/m);
    assert.match(read('stop-cluster.sh'), /^HOST="\$\{2:-localhost\}"$/m);
    const readme = read('README.md');
    assert.doesNotMatch(readme, /Start the brokers/, 'a combined layout has no broker-only process to start');
    assert.match(readme, /Start the nodes \(each is broker and controller at once\)/);
  });

  for (const image of ['apache', 'bitnami', 'cp-kafka']) {
    it(`compose output (${image}): one docker-compose.yml from the CLI's generator that lints clean`, async () => {
      const result = await vscode.commands.executeCommand<GenerateCommandResult>('kraft.generateCluster', {
        spec: { layout: 'combined', controllers: 3, kafkaVersion: '4.0', clusterId: 'q1Sh-9_ISia_zwGINzRvyQ' },
        targetFolder: `generated/compose-${image}`,
        overwrite: true,
        format: 'compose',
        image,
      });
      assert.ok(!result.cancelled, JSON.stringify(result));
      const compose = result.written
        .map((u) => vscode.Uri.parse(u))
        .find((u) => u.path.endsWith('/docker-compose.yml'));
      assert.ok(compose, `a docker-compose.yml among ${result.written.join(', ')}`);
      assert.ok(!result.written.some((u) => u.endsWith('.properties')), 'no properties files in compose output');
      const text = fs.readFileSync(compose.fsPath, 'utf8');
      assert.match(text, image === 'bitnami' ? /KAFKA_CFG_NODE_ID/ : /KAFKA_NODE_ID/);
      // An empty diagnostics list cannot tell "clean" from "never linted": first prove the server lints this
      // generated file (a second service given node 1 is reported), then that the file as written has no error.
      const doc = await vscode.workspace.openTextDocument(compose);
      await vscode.window.showTextDocument(doc, { preview: false });
      const second = doc.getText().search(/NODE_ID['"]?\s*[:=]\s*['"]?2\b/);
      assert.ok(second >= 0, 'the generated file gives node 2 an id');
      const digit = doc.positionAt(second + doc.getText().slice(second).search(/2\b/));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(compose, new vscode.Range(digit, digit.translate(0, 1)), '1');
      assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
      await waitFor('the duplicated node id reported in the generated compose file', () =>
        errorsOf(compose).some((d) => d.range.start.line === digit.line),
      );
      await revertAndClose(doc);
      await waitFor(`no error in the generated compose file:\n${describeDiagnostics(errorsOf(compose))}`, () =>
        errorsOf(compose).length === 0 ? true : undefined,
      );
      assert.strictEqual(errorsOf(compose).length, 0, describeDiagnostics(errorsOf(compose)));
    });
  }
});
