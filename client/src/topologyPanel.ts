// The topology picture: a webview drawing the engine's SVG of the cluster model in theme colours. Processes are
// focusable buttons (Tab, arrow keys, Enter/Space or a click opens the file at node.id); it redraws on every model
// change. Strict content security policy: no remote resources, only this page's own nonce'd style and script.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { t, topologySvg } from '../../server/src/engine/detect';
import type { ClusterModel } from './clusters';
import { openProcess } from './clusters';

interface OpenMessage {
  type: 'open';
  uri: string;
  line: number;
  character: number;
}

const THEME_STYLE = `
body { margin: 0; padding: 8px 12px; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
p.legend { color: var(--vscode-descriptionForeground); margin: 4px 0 8px; }
svg { font-family: var(--vscode-font-family); font-size: 12px; }
text { fill: var(--vscode-foreground); }
.cluster-title { font-size: 14px; font-weight: 600; }
.host-box { fill: var(--vscode-sideBar-background, var(--vscode-editorWidget-background)); stroke: var(--vscode-panel-border, var(--vscode-editorWidget-border)); }
.host-title { font-weight: 600; fill: var(--vscode-descriptionForeground); }
.process { cursor: pointer; outline: none; }
.process-box { fill: var(--vscode-editor-background); stroke: var(--vscode-editorWidget-border, var(--vscode-foreground)); }
.controller .process-box { stroke: var(--vscode-charts-purple); stroke-width: 2; }
.broker .process-box { stroke: var(--vscode-charts-blue); }
.has-warning .process-box { stroke: var(--vscode-editorWarning-foreground); stroke-width: 2; }
.has-error .process-box { stroke: var(--vscode-editorError-foreground); stroke-width: 2; }
.process:hover .process-box { fill: var(--vscode-list-hoverBackground); }
.process:focus .process-box { stroke: var(--vscode-focusBorder); stroke-width: 3; }
.process-title { font-weight: 600; }
.detail { fill: var(--vscode-descriptionForeground); }
.finding.error { fill: var(--vscode-editorError-foreground); }
.finding.warning { fill: var(--vscode-editorWarning-foreground); }
.finding.info { fill: var(--vscode-editorInfo-foreground); }
.badge.error { fill: var(--vscode-editorError-foreground); }
.badge.warning { fill: var(--vscode-editorWarning-foreground); }
.badge.info { fill: var(--vscode-editorInfo-foreground); }
.badge-text { fill: var(--vscode-editor-background); font-weight: 600; }
.edge { stroke: var(--vscode-charts-purple); stroke-opacity: 0.5; fill: none; }
.arrow { fill: var(--vscode-charts-purple); }
`;

// Runs inside the webview: opens files, moves focus with the arrow keys, and redraws on updates keeping focus.
const PAGE_SCRIPT = `
const vscode = acquireVsCodeApi();
const root = document.getElementById('picture');
const processes = () => [...root.querySelectorAll('.process[data-uri]')];
const open = (element) => vscode.postMessage({ type: 'open', uri: element.dataset.uri, line: Number(element.dataset.line), character: Number(element.dataset.character) });
root.addEventListener('click', (event) => {
  const element = event.target.closest('.process[data-uri]');
  if (element) open(element);
});
root.addEventListener('keydown', (event) => {
  const element = event.target.closest('.process[data-uri]');
  if (!element) return;
  if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(element); return; }
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (!step) return;
  event.preventDefault();
  const all = processes();
  all[(all.indexOf(element) + step + all.length) % all.length].focus();
});
// Coming back to the picture puts the keyboard focus where it was (or on the first process).
let lastFocused;
root.addEventListener('focusin', (event) => {
  const element = event.target.closest('.process[data-uri]');
  if (element) lastFocused = element.dataset.key;
});
window.addEventListener('focus', () => {
  if (document.activeElement && document.activeElement !== document.body) return;
  const all = processes();
  // Without scrolling: the picture stays where the user (or a reveal of a cluster) left it.
  (all.find((element) => element.dataset.key === lastFocused) ?? all[0])?.focus({ preventScroll: true });
});
const reveal = (clusterId) => {
  const target = clusterId && [...root.querySelectorAll('[data-cluster]')].find((element) => element.dataset.cluster === clusterId);
  if (target) target.scrollIntoView({ block: 'start' });
};
reveal(document.body.dataset.focus);
window.addEventListener('message', (event) => {
  if (event.data?.type === 'reveal') reveal(event.data.clusterId);
  if (event.data?.type !== 'update') return;
  const focused = document.activeElement?.dataset?.key;
  root.innerHTML = event.data.svg;
  if (focused) processes().find((element) => element.dataset.key === focused)?.focus();
});
`;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export class TopologyPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The SVG last drawn (for tests and for redraws). */
  lastSvg = '';

  constructor(private readonly model: ClusterModel) {
    this.subscriptions.push(model.onDidChange(() => this.redraw()));
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens the picture (or brings it forward), scrolled to `clusterId` when given. */
  show(clusterId?: string): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(this.panel.viewColumn ?? vscode.ViewColumn.Beside);
      if (clusterId) void this.panel.webview.postMessage({ type: 'reveal', clusterId });
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(
      'kraft.topology',
      t('topo.picture.title'),
      vscode.ViewColumn.Beside,
      {
        enableScripts: true,
        localResourceRoots: [],
        enableFindWidget: true,
      },
    );
    this.panel = panel;
    panel.onDidDispose(() => (this.panel = undefined), undefined, this.subscriptions);
    panel.webview.onDidReceiveMessage((message: OpenMessage) => this.handle(message), undefined, this.subscriptions);
    panel.webview.html = this.page(panel.webview, clusterId);
    return panel;
  }

  /** What the page asks for; only files of the current model may be opened. */
  async handle(message: OpenMessage): Promise<void> {
    if (message?.type !== 'open') return;
    const known = this.model.model.clusters.some((cluster) =>
      cluster.hosts.some((host) => host.processes.some((process) => process.uri === message.uri)),
    );
    if (!known) return;
    // Open beside the picture, so that it stays in view.
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    await openProcess(message.uri, message.line, message.character, column);
  }

  private svg(): string {
    this.lastSvg = topologySvg(this.model.model, {
      interactive: true,
      label: (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)),
    });
    return this.lastSvg;
  }

  private redraw(): void {
    if (this.panel) void this.panel.webview.postMessage({ type: 'update', svg: this.svg() });
  }

  private page(webview: vscode.Webview, clusterId?: string): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = `default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; font-src ${webview.cspSource}`;
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${t('topo.picture.title')}</title>
<style nonce="${nonce}">${THEME_STYLE}</style>
</head>
<body data-focus="${escapeAttribute(clusterId ?? '')}">
<p class="legend">${t('topo.picture.legend')}</p>
<div id="picture">${this.svg()}</div>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
