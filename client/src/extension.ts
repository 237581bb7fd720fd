// The VS Code client: starts the language server over IPC and adds the commands that need the editor's UI.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, State, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { looksLikeServerConfig, setLocale, t } from '../../server/src/engine/detect';
import { ClusterModel, ClustersTree, createClusterStatus, openProcess } from './clusters';
import { registerGenerateCommand } from './generateWizard';
import { LeveledLog, serverStarter } from './serverLog';
import { copyCiSnippet, registerLintTask } from './tasks';
import { TopologyPanel } from './topologyPanel';
import { shownStep } from './wizardSteps';
import { messageLocale } from './locale';

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

/** What the extension returns from activate(): the in-editor tests read the cluster views through it. */
export interface KraftApi {
  client: LanguageClient | undefined;
  clusters: ClusterModel;
  status: vscode.LanguageStatusItem;
  clustersView: vscode.TreeView<unknown>;
  clustersTree: ClustersTree;
  topology: TopologyPanel;
  log: LeveledLog;
  /** The generator wizard's step on screen. */
  wizard: typeof shownStep;
}

/** docker-compose.yml, compose.yaml and their `.override` / `.<env>` variants (the server checks the exact names). */
const COMPOSE_PATTERN = '**/{docker-compose,compose}*.{yml,yaml}';

export async function activate(context: vscode.ExtensionContext): Promise<KraftApi> {
  setLocale(messageLocale());
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const log = new LeveledLog(vscode.window.createOutputChannel('Kafka KRaft', { log: true }));
  context.subscriptions.push(log);
  const serverOptions: ServerOptions = serverStarter(
    serverModule,
    log,
    context.extensionMode === vscode.ExtensionMode.Development && process.env.KRAFT_DEBUG_SERVER === '1',
    // The server keeps its compiled code here between starts (server/src/code-cache.ts).
    path.join(context.globalStorageUri.fsPath, 'code-cache'),
  );
  const clientOptions: LanguageClientOptions = {
    // The built-in `properties` language is included: the server decides by content whether a file is a server config.
    documentSelector: [
      { scheme: 'file', language: 'kafka-properties' },
      { scheme: 'file', language: 'properties' },
      { scheme: 'untitled', language: 'kafka-properties' },
      // Compose files: we join Docker's `dockercompose` and plain `yaml` by file name only, never claiming the languages.
      { scheme: 'file', language: 'dockercompose', pattern: COMPOSE_PATTERN },
      { scheme: 'file', language: 'yaml', pattern: COMPOSE_PATTERN },
    ],
    synchronize: {
      configurationSection: 'kraft',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.properties'),
        vscode.workspace.createFileSystemWatcher(COMPOSE_PATTERN),
        vscode.workspace.createFileSystemWatcher('**/*.env'),
        vscode.workspace.createFileSystemWatcher('**/{.kraftrc.json,topology.json}'),
      ],
    },
    initializationOptions: { locale: messageLocale() },
    outputChannel: log,
    middleware: {
      workspace: {
        // The client announces settings right after each start; a restart queued behind it stops that connection
        // first. The notification is then moot (the next server reads the settings when it starts), not an error.
        didChangeConfiguration: (sections, next) =>
          next(sections).catch((error) => {
            if (client?.state === State.Running) throw error;
            log.channel.debug(
              `settings not sent to a stopping server: ${error instanceof Error ? error.message : String(error)}`,
            );
          }),
      },
    },
  };
  client = new LanguageClient('kraft', 'Kafka KRaft', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('kraft.acceptUnknownKey', async (key: string, uri?: string) => {
      const scope = uri ? vscode.Uri.parse(uri) : undefined;
      const config = vscode.workspace.getConfiguration('kraft', scope);
      const current = config.get<string[]>('validation.acceptedUnknownKeys', []);
      if (!current.includes(key)) {
        const target =
          scope && vscode.workspace.getWorkspaceFolder(scope)
            ? vscode.ConfigurationTarget.WorkspaceFolder
            : vscode.ConfigurationTarget.Workspace;
        await config.update('validation.acceptedUnknownKeys', [...current, key], target);
      }
    }),
    vscode.commands.registerCommand('kraft.restartServer', () => restart()),
    vscode.workspace.onDidOpenTextDocument((document) => void offerLanguageAssociation(context, document)),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('kraft.locale') || !client) return;
      setLocale(messageLocale());
      client.clientOptions.initializationOptions = { locale: messageLocale() };
      await restart();
    }),
  );
  registerGenerateCommand(context, () => clusters);
  for (const document of vscode.workspace.textDocuments) void offerLanguageAssociation(context, document);

  const clusters = new ClusterModel(() => client);
  const status = createClusterStatus(clusters);
  const tree = new ClustersTree(clusters);
  const clustersView = vscode.window.createTreeView('kraft.clusters', {
    treeDataProvider: tree,
    showCollapseAll: true,
  });
  const topology = new TopologyPanel(clusters);
  const updateBadge = () => {
    const errors = clusters.model.clusters.reduce((sum, cluster) => sum + cluster.counts.errors, 0);
    clustersView.badge =
      errors > 0 ? { value: errors, tooltip: t('topo.status.problems', { errors, warnings: 0 }) } : undefined;
    clustersView.message = clusters.model.clusters.length === 0 ? t('topo.view.empty') : undefined;
  };
  context.subscriptions.push(
    clusters,
    status,
    clustersView,
    topology,
    clusters.onDidChange(updateBadge),
    // From a cluster in the view (its element), a code (its id), or the palette (the active file's cluster).
    vscode.commands.registerCommand('kraft.showTopology', (target?: string | { cluster?: { id: string } }) => {
      const active = vscode.window.activeTextEditor?.document.uri;
      const clusterId = typeof target === 'string' ? target : target?.cluster?.id;
      const line = vscode.window.activeTextEditor?.selection.active.line;
      topology.show(clusterId ?? (active && clusters.locate(active, line)?.cluster.id));
    }),
    registerLintTask(context),
    vscode.commands.registerCommand('kraft.copyCiSnippet', () => copyCiSnippet()),
    vscode.commands.registerCommand('kraft.openProcess', (uri: string, line = 0, character = 0) =>
      openProcess(uri, line, character),
    ),
    vscode.commands.registerCommand('kraft.showCluster', async (clusterId?: string, uri?: string, service?: string) => {
      await vscode.commands.executeCommand('kraft.clusters.focus');
      // A model change redraws the tree and drops a reveal in flight: reveal in the newest model.
      await clusters.refresh();
      const id =
        clusterId ??
        clusters.locate(
          vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.parse('none:'),
          vscode.window.activeTextEditor?.selection.active.line,
        )?.cluster.id;
      // A redraw of the view between finding the element and revealing it loses the reveal: find it again and retry
      // until the view really shows it selected.
      for (let attempt = 0; attempt < 5; attempt++) {
        const element = (id && uri && tree.processElement(id, uri, service)) || (id && tree.clusterElement(id));
        if (!element) return;
        try {
          await clustersView.reveal(element, { select: true, focus: true, expand: true });
        } catch {
          // The view was redrawing: try again below.
        }
        await new Promise((resolve) => setTimeout(resolve, 150 * (attempt + 1)));
        if (clustersView.selection.some((selected) => tree.sameElement(selected, element))) return;
      }
    }),
    client.onNotification('kraft/clustersChanged', () => void clusters.refresh()),
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) void clusters.refresh();
    }),
  );

  starting = client.start();
  await starting;
  await clusters.refresh();
  updateBadge();
  return { client, clusters, status: status.item, clustersView, clustersTree: tree, topology, log, wizard: shownStep };
}

/** A one-time hint when a file VS Code opens as plain `properties` turns out to be a Kafka server config. */
async function offerLanguageAssociation(
  context: vscode.ExtensionContext,
  document: vscode.TextDocument,
): Promise<void> {
  if (document.languageId !== 'properties' || document.uri.scheme !== 'file') return;
  if (context.workspaceState.get<boolean>('kraft.associationHintShown')) return;
  if (!looksLikeServerConfig(document.getText())) return;
  await context.workspaceState.update('kraft.associationHintShown', true);
  const name = path.basename(document.uri.fsPath);
  const use = t('client.associateAction', { name });
  const choice = await vscode.window.showInformationMessage(
    t('client.associateHint', { name }),
    use,
    t('client.notNow'),
  );
  if (choice !== use) return;
  const files = vscode.workspace.getConfiguration('files');
  const associations = {
    ...(files.get<Record<string, string>>('associations') ?? {}),
    [`**/${name}`]: 'kafka-properties',
  };
  await files.update('associations', associations, vscode.ConfigurationTarget.Workspace);
  await vscode.languages.setTextDocumentLanguage(document, 'kafka-properties');
}

/**
 * Restarts one at a time: a restart asked for while another runs (the command twice, a locale change during a
 * restart) waits for it, so the client is never stopped while starting ("Starting server failed").
 */
let restarting: Promise<void> = Promise.resolve();
function restart(): Promise<void> {
  restarting = restarting
    .then(async () => {
      if (!client) return;
      if (client.state === State.Starting) await starting?.catch(() => undefined);
      starting = client.state === State.Running ? client.restart() : client.start();
      await starting;
    })
    .catch((error) => client?.error('restart', error));
  return restarting;
}

export async function deactivate(): Promise<void> {
  // A window reload can arrive while the client is still starting: stopping then throws ("not running"), and
  // requests in flight report "Starting server failed". Let the start settle, then stop once.
  if (!client) return;
  await restarting;
  if (client.state === State.Starting) await starting?.catch(() => undefined);
  if (client.state === State.Running) await client.stop().catch(() => undefined);
}
