// What the extension thinks the clusters are, shown in the editor: the model comes from the server (`kraft/clusters`)
// and is refreshed when the server says it changed; a language status item and the Clusters tree view show it.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  processKey,
  processLocation,
  rankOf,
  t,
  UNKNOWN_HOST,
  type TopologyCluster,
  type TopologyHost,
  type TopologyModel,
  type TopologyProcess,
} from '../../server/src/engine/detect';

export const KAFKA_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', language: 'kafka-properties' },
  { scheme: 'file', language: 'properties' },
];

/** Where the status item shows: configs, and docker-compose files (whose services are processes too). */
const STATUS_SELECTOR: vscode.DocumentSelector = [
  ...KAFKA_SELECTOR,
  { scheme: 'file', pattern: '**/{docker-compose,compose}*.{yml,yaml}' },
];

/** The latest model, fetched again whenever the server announces a change. */
export class ClusterModel implements vscode.Disposable {
  private current: TopologyModel = { clusters: [] };
  private readonly changed = new vscode.EventEmitter<TopologyModel>();
  readonly onDidChange = this.changed.event;
  private fetching: Promise<void> | undefined;
  private again = false;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  get model(): TopologyModel {
    return this.current;
  }

  /** Asks the server; overlapping calls collapse into one more request after the running one. */
  refresh(): Promise<void> {
    if (this.fetching) {
      this.again = true;
      return this.fetching;
    }
    this.fetching = (async () => {
      do {
        this.again = false;
        const client = this.client();
        if (!client?.isRunning()) return;
        try {
          this.current = await client.sendRequest<TopologyModel>('kraft/clusters', {});
          this.changed.fire(this.current);
        } catch (error) {
          client.warn(`kraft/clusters: ${error instanceof Error ? error.message : String(error)}`);
        }
      } while (this.again);
    })().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  /**
   * The process a document is (with its cluster and host). Several docker-compose services share one file: `line`
   * picks the service whose block holds it (the closest service starting at or above it).
   */
  locate(
    uri: vscode.Uri,
    line?: number,
  ): { cluster: TopologyCluster; host: TopologyHost; process: TopologyProcess } | undefined {
    const key = uri.toString();
    return processLocation(this.current, key, line, (processUri) => vscode.Uri.parse(processUri).toString() === key);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function roleText(process: TopologyProcess): string {
  if (process.roles.length === 2) return t('feat.role.combined');
  if (process.roles[0] === 'controller') return t('feat.role.controller');
  if (process.roles[0] === 'broker') return t('feat.role.broker');
  return t('feat.role.none');
}

export function versionText(cluster: TopologyCluster, scope?: vscode.Uri): string {
  const { version, detail } = cluster.kafkaVersion;
  let source = cluster.kafkaVersion.source;
  // The server receives the setting's default like any value: ask VS Code whether someone really set it.
  if (source === 'setting') {
    const inspected = vscode.workspace.getConfiguration('kraft', scope).inspect<string>('kafkaVersion');
    const set = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (set === undefined) source = 'default';
  }
  return t(`topo.status.version.${source}`, { version, detail: detail ?? '' });
}

export function problemsText(cluster: TopologyCluster): string {
  return cluster.counts.errors + cluster.counts.warnings === 0
    ? t('topo.status.noProblems')
    : t('topo.status.problems', { errors: cluster.counts.errors, warnings: cluster.counts.warnings });
}

/** The language status item: which process this file is, of which cluster, with which Kafka version and problems. */
export function createClusterStatus(
  model: ClusterModel,
): vscode.Disposable & { readonly item: vscode.LanguageStatusItem } {
  const item = vscode.languages.createLanguageStatusItem('kraft.cluster', STATUS_SELECTOR);
  item.name = t('topo.status.name');
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const found = editor && model.locate(editor.document.uri, editor.selection.active.line);
    if (!found) {
      item.text = t('topo.status.notInCluster');
      item.detail = undefined;
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = undefined;
      return;
    }
    const { cluster, process } = found;
    const id = process.nodeId === undefined ? t('topo.status.noId') : `${process.nodeId}`;
    item.text = `$(server-process) ${t('topo.status.process', { role: roleText(process), id })} · ${t('topo.status.cluster', { name: cluster.name, size: cluster.size })}`;
    item.detail = `${versionText(cluster, editor.document.uri)} · ${problemsText(cluster)}`;
    item.severity =
      cluster.counts.errors > 0
        ? vscode.LanguageStatusSeverity.Error
        : cluster.counts.warnings > 0
          ? vscode.LanguageStatusSeverity.Warning
          : vscode.LanguageStatusSeverity.Information;
    item.command = {
      title: t('topo.status.open'),
      command: 'kraft.showCluster',
      arguments: [cluster.id, editor.document.uri.toString(), process.service],
    };
  };
  update();
  const subscriptions = [
    model.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    // In a compose file the cursor moves from one service to another.
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (/compose[^/]*\.ya?ml$/i.test(event.textEditor.document.uri.path)) update();
    }),
  ];
  return {
    item,
    dispose() {
      subscriptions.forEach((subscription) => subscription.dispose());
      item.dispose();
    },
  };
}

type Element =
  | { kind: 'cluster'; cluster: TopologyCluster }
  | { kind: 'host'; cluster: TopologyCluster; host: TopologyHost }
  | { kind: 'process'; cluster: TopologyCluster; process: TopologyProcess };

/** Clusters → hosts → processes; selecting a process opens its file at node.id. */
export class ClustersTree implements vscode.TreeDataProvider<Element> {
  private readonly changed = new vscode.EventEmitter<Element | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Elements are rebuilt with each model; remember them by id so reveal() finds the live one. */
  private readonly byId = new Map<string, Element>();

  constructor(private readonly model: ClusterModel) {
    model.onDidChange(() => {
      this.byId.clear();
      this.changed.fire(undefined);
    });
  }

  private idOf(element: Element): string {
    if (element.kind === 'cluster') return element.cluster.id;
    if (element.kind === 'host') return `${element.cluster.id}\u0000host:${element.host.name}`;
    return `${element.cluster.id}\u0000${processKey(element.process)}`;
  }

  getChildren(element?: Element): Element[] {
    const children: Element[] = !element
      ? this.model.model.clusters.map((cluster) => ({ kind: 'cluster', cluster }))
      : element.kind === 'cluster'
        ? element.cluster.hosts.map((host) => ({ kind: 'host', cluster: element.cluster, host }))
        : element.kind === 'host'
          ? element.host.processes.map((process) => ({ kind: 'process', cluster: element.cluster, process }))
          : [];
    for (const child of children) this.byId.set(this.idOf(child), child);
    return children;
  }

  getParent(element: Element): Element | undefined {
    if (element.kind === 'cluster') return undefined;
    if (element.kind === 'host') return { kind: 'cluster', cluster: element.cluster };
    const host = element.cluster.hosts.find((candidate) => candidate.processes.includes(element.process));
    return host ? { kind: 'host', cluster: element.cluster, host } : undefined;
  }

  /** Whether two elements (of any model) stand for the same row. */
  sameElement(a: unknown, b: Element): boolean {
    return !!a && typeof a === 'object' && 'kind' in a && this.idOf(a as Element) === this.idOf(b);
  }

  /** The live element of a cluster (to reveal it), loading the tree's roots when needed. */
  clusterElement(id: string): Element | undefined {
    if (!this.byId.has(id)) this.getChildren();
    return this.byId.get(id);
  }

  processElement(clusterId: string, uri: string, service?: string): Element | undefined {
    const cluster = this.model.model.clusters.find((candidate) => candidate.id === clusterId);
    const matches = (process: TopologyProcess) =>
      process.uri === uri && (service === undefined || process.service === service);
    const process = cluster?.hosts.flatMap((host) => host.processes).find(matches);
    return cluster && process ? { kind: 'process', cluster, process } : undefined;
  }

  getTreeItem(element: Element): vscode.TreeItem {
    const id = this.idOf(element);
    if (element.kind === 'cluster') {
      const { cluster } = element;
      const item = new vscode.TreeItem(cluster.name, vscode.TreeItemCollapsibleState.Expanded);
      item.id = id;
      item.description = t('topo.view.cluster.description', {
        size: cluster.size,
        controllers: cluster.controllerCount,
        brokers: cluster.brokerCount,
      });
      item.tooltip = [
        cluster.folder,
        cluster.membership,
        cluster.kafkaVersion.label,
        problemsText(cluster),
        ...(cluster.complete ? [] : [t('topo.view.incomplete')]),
      ].join('\n');
      item.iconPath = problemIcon(cluster.counts, 'server-environment');
      item.contextValue = 'kraft.cluster';
      return item;
    }
    if (element.kind === 'host') {
      const label =
        element.host.name === UNKNOWN_HOST
          ? t('topo.view.unknownHost')
          : t('topo.view.host', { name: element.host.name });
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = id;
      item.iconPath = new vscode.ThemeIcon('vm');
      return item;
    }
    const { process, cluster } = element;
    const uri = vscode.Uri.parse(process.uri);
    const rank = rankOf(cluster, process);
    const problems = process.counts.errors + process.counts.warnings + process.counts.infos;
    const item = new vscode.TreeItem(
      t('topo.view.process', { role: roleText(process), id: process.nodeId ?? t('topo.status.noId') }),
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = id;
    item.resourceUri = uri;
    item.description = [
      process.ports.length ? t('topo.view.ports', { ports: process.ports.join(', ') }) : '',
      problems ? t('topo.view.problems', { count: problems }) : '',
      // A compose service: its name first, the compose file after.
      process.service ?? '',
      vscode.workspace.asRelativePath(uri),
    ]
      .filter(Boolean)
      .join(' · ');
    item.tooltip = new vscode.MarkdownString(
      [
        `**${roleText(process)} ${process.nodeId ?? ''}** (${rank.index}/${rank.of}) — \`${process.service ? `${process.service} · ` : ''}${path.basename(uri.fsPath)}\``,
        ...process.listeners.map(
          (listener) =>
            `- ${listener.name}: ${listener.host || '0.0.0.0'}:${listener.port ?? '?'}${listener.protocol ? ` (${listener.protocol})` : ''}`,
        ),
        ...process.findings
          .slice(0, 8)
          .map((finding) => `- ${finding.severity}: ${finding.message} (${finding.line + 1})`),
      ].join('\n'),
    );
    item.iconPath = problemIcon(process.counts, process.roles.includes('controller') ? 'server-process' : 'server');
    item.contextValue = 'kraft.process';
    item.command = {
      title: t('topo.picture.open', { file: path.basename(uri.fsPath) }),
      command: 'kraft.openProcess',
      arguments: [process.uri, process.line, process.character],
    };
    return item;
  }
}

function problemIcon(counts: { errors: number; warnings: number }, icon: string): vscode.ThemeIcon {
  if (counts.errors > 0) return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  if (counts.warnings > 0) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  return new vscode.ThemeIcon(icon);
}

/** Opens a process's file with the cursor on its node.id. */
export async function openProcess(
  uri: string,
  line: number,
  character: number,
  viewColumn?: vscode.ViewColumn,
): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const position = new vscode.Position(line, character);
  await vscode.window.showTextDocument(document, {
    selection: new vscode.Range(position, position),
    preview: false,
    viewColumn,
  });
}
