// Seeing the cluster: the language status item, the Clusters view and the topology picture, in a real VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  browserAction,
  lineOfKey,
  openDoc,
  screenshot,
  setLine,
  revertAndClose,
  waitFor,
  wsUri,
} from './helpers';

interface Api {
  clusters: {
    model: {
      clusters: {
        id: string;
        name: string;
        size: number;
        counts: { errors: number };
        hosts: { name: string; processes: { uri: string; nodeId?: number; line: number }[] }[];
      }[];
    };
  };
  status: vscode.LanguageStatusItem;
  clustersView: vscode.TreeView<unknown> & { selection: readonly unknown[] };
  clustersTree: vscode.TreeDataProvider<unknown>;
  topology: { webviewPanel?: vscode.WebviewPanel; lastSvg: string; handle(message: unknown): Promise<void> };
  log: { recent: { level: string; message: string }[]; channel: vscode.LogOutputChannel };
  client: { state: number };
}

describe('cluster views', function () {
  this.timeout(60_000);
  let api: Api;

  before(async () => {
    api = (await activateExtension()).exports as Api;
    await waitFor('the cluster model', () => api.clusters.model.clusters.length >= 2, 30_000);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the status item names the process, its cluster and size, the Kafka version and the problems', async () => {
    await openDoc('cluster/node-2/server.properties', true);
    const text = await waitFor('the status item of node 2', () =>
      api.status.text.includes('2') && api.status.text.includes('cluster') ? api.status.text : undefined,
    );
    assert.match(text, /broker \+ controller 2/);
    assert.match(text, /cluster \(3\)/);
    assert.match(api.status.detail ?? '', /Kafka 4\.3/);
    assert.match(api.status.detail ?? '', /no problems/);
    assert.strictEqual(api.status.command?.command, 'kraft.showCluster');

    await openDoc('cluster-with-mistakes/192.168.40.18/controller/server.properties', true);
    await waitFor('the status item of controller 5', () =>
      /controller 5 · cluster-with-mistakes \(6\)/.test(api.status.text),
    );
    assert.match(api.status.detail ?? '', /\d+ error\(s\)/);
    assert.strictEqual(api.status.severity, vscode.LanguageStatusSeverity.Error);
  });

  it('follows edits: a duplicate node.id shows in the status item at once, and goes away on revert', async () => {
    const doc = await openDoc('cluster/node-2/server.properties', true);
    await waitFor('a clean status', () =>
      api.status.severity === vscode.LanguageStatusSeverity.Information && api.status.text.includes(' 2 ')
        ? true
        : undefined,
    );
    await setLine(doc, 'node.id', 'node.id=3');
    await waitFor(
      'the error in the status item',
      () => api.status.severity === vscode.LanguageStatusSeverity.Error && /error/.test(api.status.detail ?? ''),
    );
    await revertAndClose(doc);
  });

  it('clicking the status item reveals the file in the Clusters view; selecting a process opens its file at node.id', async () => {
    const editor = await vscode.window.showTextDocument(await openDoc('cluster/node-3/server.properties'));
    await waitFor('the status item of node 3', () => api.status.text.includes('controller 3'));
    const command = api.status.command!;
    const selected = await waitFor('a selection in the view', async () => {
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      return api.clustersView.visible ? api.clustersView.selection[0] : undefined;
    });
    const item = await api.clustersTree.getTreeItem(selected);
    assert.strictEqual(item.resourceUri?.toString(), editor.document.uri.toString());
    assert.match(String(item.label), /controller 3/);
    assert.match(String(item.description), /ports 9096, 9097/);

    // Selecting another process opens that file with the cursor on node.id.
    const roots = (await api.clustersTree.getChildren()) ?? [];
    const names = await Promise.all(
      roots.map(async (root) => String((await api.clustersTree.getTreeItem(root)).label)),
    );
    const seed = roots[names.indexOf('cluster-with-mistakes')];
    assert.ok(seed, `clusters: ${names.join(', ')}`);
    const hosts = (await api.clustersTree.getChildren(seed)) ?? [];
    assert.deepStrictEqual(
      await Promise.all(hosts.map(async (host) => String((await api.clustersTree.getTreeItem(host)).label))),
      ['host 192.168.40.11', 'host 192.168.40.14', 'host 192.168.40.18'],
    );
    const processes = (await api.clustersTree.getChildren(hosts[2])) ?? [];
    const items = await Promise.all(processes.map((process) => api.clustersTree.getTreeItem(process)));
    const broker = items.find((candidate) => /broker 6/.test(String(candidate.label)));
    assert.ok(broker?.command, items.map((candidate) => candidate.label).join(', '));
    assert.match(String(broker.description), /problem/);
    assert.strictEqual((broker.iconPath as vscode.ThemeIcon).id, 'error', 'an error badge on the process');
    await vscode.commands.executeCommand(broker.command.command, ...(broker.command.arguments ?? []));
    const opened = await waitFor('the broker file to open', () =>
      vscode.window.activeTextEditor?.document.uri.toString() ===
      wsUri('cluster-with-mistakes/192.168.40.18/broker/server.properties').toString()
        ? vscode.window.activeTextEditor
        : undefined,
    );
    assert.strictEqual(opened.selection.active.line, lineOfKey(opened.document, 'node.id'));
  });

  it('a code lens above process.roles places the file in its cluster; references of a voter id reach every node', async () => {
    const doc = await openDoc('cluster-with-mistakes/192.168.40.14/controller/server.properties', true);
    const lenses = await waitFor('the code lens', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return found?.some((lens) => lens.command?.title) ? found : undefined;
    });
    const lens = lenses.find((candidate) => candidate.command?.title)!;
    assert.strictEqual(lens.range.start.line, lineOfKey(doc, 'process.roles'));
    assert.match(lens.command!.title, /^controller 2 of 3 · cluster of 6 · [1-9]\d* problem\(s\)$/);
    const votersLine = lineOfKey(doc, 'controller.quorum.voters');
    const column = doc.lineAt(votersLine).text.indexOf('3@');
    const references = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      doc.uri,
      new vscode.Position(votersLine, column),
    );
    assert.strictEqual(
      new Set(references.map((location) => location.uri.toString())).size,
      6,
      references.map((location) => vscode.workspace.asRelativePath(location.uri)).join(', '),
    );
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider',
      '192.168.40.14',
    );
    assert.ok(
      symbols.some((symbol) => symbol.name === 'node 3 · controller · 192.168.40.14'),
      symbols.map((symbol) => symbol.name).join(', '),
    );
  });

  it('the topology picture draws hosts, processes, voter edges and findings, and updates live', async () => {
    await vscode.commands.executeCommand('kraft.showTopology');
    const panel = await waitFor('the topology panel', () => api.topology.webviewPanel);
    const html = panel.webview.html;
    // Strict CSP: nothing but this page's nonce'd style and script; no remote resources.
    assert.match(html, /Content-Security-Policy" content="default-src 'none';/);
    assert.doesNotMatch(html, /(src|href)="https?:/);
    assert.doesNotMatch(html, /<script(?![^>]*nonce=)/);
    const svg = api.topology.lastSvg;
    for (const host of ['192.168.40.11', '192.168.40.14', '192.168.40.18'])
      assert.ok(svg.includes(`host ${host}`), host);
    const processCount = api.clusters.model.clusters.reduce((sum, cluster) => sum + cluster.size, 0);
    assert.ok(processCount >= 14);
    assert.strictEqual(
      (svg.match(/class="process /g) ?? []).length,
      processCount,
      'one box per process of every cluster',
    );
    assert.ok((svg.match(/class="edge"/g) ?? []).length >= 15, 'voter edges');
    assert.match(svg, /port-conflict/);
    assert.match(svg, /tabindex="0" role="button"/);

    // Live: a duplicate node.id appears in the picture without reopening it.
    const duplicates = () => (api.topology.lastSvg.match(/duplicate-node-id/g) ?? []).length;
    const before = duplicates();
    const doc = await openDoc('cluster/node-1/server.properties');
    await setLine(doc, 'node.id', 'node.id=2');
    await waitFor('the finding in the picture', () => duplicates() > before);
    assert.match(
      api.topology.lastSvg,
      /broker \+ controller 2 \(1\/3\)[^"]*cluster\/node-1\/server\.properties/,
      'node-1 now claims id 2',
    );
    await revertAndClose(doc);
    await waitFor('the finding to leave the picture', () => duplicates() === before);
  });

  it('a process chosen in the picture opens at node.id; files outside the model are refused', async () => {
    const target = api.clusters.model.clusters
      .flatMap((cluster) => cluster.hosts.flatMap((host) => host.processes))
      .find((process) => process.uri.endsWith('node-1/server.properties'))!;
    await api.topology.handle({ type: 'open', uri: target.uri, line: target.line, character: 0 });
    const editor = await waitFor('node-1 to open', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === vscode.Uri.parse(target.uri).toString()
        ? vscode.window.activeTextEditor
        : undefined,
    );
    assert.strictEqual(editor.selection.active.line, lineOfKey(editor.document, 'node.id'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await api.topology.handle({
      type: 'open',
      uri: wsUri('typo/../cluster/config/log4j.properties').toString(),
      line: 0,
      character: 0,
    });
    assert.strictEqual(vscode.window.activeTextEditor, undefined);
  });
});

describe('the topology picture in the browser', function () {
  this.timeout(60_000);
  it('a real click on a process opens its file beside the picture; from a focused process the arrow keys move on and Enter opens', async function () {
    if (!process.env.KRAFT_VSCODE_IPC) this.skip();
    const api = (await activateExtension()).exports as Api;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('kraft.showTopology');
    await waitFor('the topology panel', () => api.topology.webviewPanel?.visible);
    const processes = [...api.topology.lastSvg.matchAll(/data-uri="([^"]+)"/g)].map((match) => match[1]);
    const isActive = (uri: string) =>
      vscode.window.activeTextEditor?.document.uri.toString() === vscode.Uri.parse(uri).toString();
    await browserAction('topology-click', { frameClick: `.process[data-uri="${processes[0]}"]` });
    await waitFor('the first process file to open', () => isActive(processes[0]));
    assert.ok(api.topology.webviewPanel?.visible, 'the picture stays in view beside the file');
    // Back to the picture: from a focused process, the keyboard alone moves on and opens.
    await vscode.commands.executeCommand('kraft.showTopology');
    await waitFor('the picture in front again', () => api.topology.webviewPanel?.active);
    await browserAction('topology-arrow', {
      frameFocus: `.process[data-uri="${processes[0]}"]`,
      keys: ['ArrowRight', 'Enter'],
    });
    await waitFor('the second process file to open', () => isActive(processes[1]));
  });
});

describe('the Kafka KRaft log', function () {
  this.timeout(60_000);
  it('is a log channel with a start-up summary, and a restart logs no error', async () => {
    const api = (await activateExtension()).exports as Api;
    assert.strictEqual(typeof api.log.channel.logLevel, 'number', 'a LogOutputChannel');
    const summaries = () =>
      api.log.recent.filter(
        (entry) =>
          entry.level === 'info' &&
          /^Started in \d+ ms: 1 folder\(s\), \d+ file\(s\) indexed, \d+ server config\(s\), \d+ cluster\(s\)\.$/.test(
            entry.message,
          ),
      );
    await waitFor('the start-up summary', () => summaries().length >= 1);
    const before = summaries().length;
    const errorsBefore = api.log.recent.filter((entry) => entry.level === 'error').length;
    await vscode.commands.executeCommand('kraft.restartServer');
    await waitFor('a new start-up summary', () => summaries().length > before, 30_000);
    await waitFor('the stop of the old process', () =>
      api.log.recent.some((entry) => entry.level === 'info' && /Server process \d+ stopped/.test(entry.message)),
    );
    const errors = api.log.recent.filter((entry) => entry.level === 'error');
    assert.strictEqual(errors.length, errorsBefore, errors.map((entry) => entry.message).join('\n'));
    // Restarts asked for at once run one after the other: no "Starting server failed", no error at all.
    const before2 = summaries().length;
    await Promise.all([
      vscode.commands.executeCommand('kraft.restartServer'),
      vscode.commands.executeCommand('kraft.restartServer'),
    ]);
    // The first new server may be stopped before its first analysis (and summary); the last one gets there.
    await waitFor('a start-up summary after both restarts', () => summaries().length >= before2 + 1, 30_000);
    await waitFor('the client running', () => api.client.state === 2);
    const failures = api.log.recent.filter(
      (entry) => entry.level === 'error' || /Starting server failed|provider FAILED/.test(entry.message),
    );
    assert.strictEqual(failures.length, errorsBefore, failures.map((entry) => entry.message).join('\n'));
    // The views keep working with the new server.
    await openDoc('cluster/node-1/server.properties', true);
    await waitFor('the status item after the restart', () => api.status.text.includes('controller 1'));
  });
});

describe('screenshots: clusters', function () {
  this.timeout(60_000);
  let api: Api;
  before(async function () {
    if (!process.env.KRAFT_VSCODE_IPC || process.env.KRAFT_VSCODE_SCREENSHOTS === '0') this.skip();
    api = (await activateExtension()).exports as Api;
    await waitFor('the cluster model', () => api.clusters.model.clusters.length >= 2, 30_000);
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('status-item.png: the language status item of a controller with problems', async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    // Notifications left by other tests would cover the status bar.
    await vscode.commands.executeCommand('notifications.clearAll');
    await openDoc('cluster-with-mistakes/192.168.40.18/controller/server.properties', true);
    await waitFor('the status item', () => /controller 5/.test(api.status.text));
    await screenshot('status-item', '.hover-language-status', 600, '[id="status.languageStatus"] a', 48);
    await vscode.commands.executeCommand('editor.action.hideHover');
  });

  it('clusters-view.png: the Clusters view', async () => {
    await openDoc('cluster-with-mistakes/192.168.40.14/broker/server.properties', true);
    await waitFor('the status item', () => /broker 4/.test(api.status.text));
    await vscode.commands.executeCommand(api.status.command!.command, ...(api.status.command!.arguments ?? []));
    await waitFor('the Clusters view', () => api.clustersView.visible);
    await screenshot('clusters-view', '.monaco-list-row[aria-level="3"]', 600);
  });

  it('topology.png: the topology picture', async () => {
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await openDoc('cluster-with-mistakes/192.168.40.11/broker/server.properties', true);
    await waitFor('the status item', () => /broker 4/.test(api.status.text));
    await vscode.commands.executeCommand('kraft.showTopology');
    await waitFor('the topology panel', () => api.topology.webviewPanel?.visible);
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    await screenshot('topology', 'iframe.webview.ready', 1500);
  });
});
