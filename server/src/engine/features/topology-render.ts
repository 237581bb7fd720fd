// Pictures of the cluster model: an SVG (hosts as groups, processes with ids, ports and listeners, arrows to the
// controllers each process votes for, findings marked) and a Mermaid flowchart. The CLI and the editor's topology
// view draw the same SVG; the editor colours it with theme variables and makes processes focusable.
import { t } from '../i18n';
import {
  processKey,
  rankOf,
  UNKNOWN_HOST,
  type TopologyCluster,
  type TopologyModel,
  type TopologyProcess,
} from './topology-model';

export interface SvgOptions {
  /** Adds focus order and data-uri/data-line attributes so a host page can open files; omitted in static pictures. */
  interactive?: boolean;
  /** A stylesheet to embed (the CLI's fixed colours); the editor brings its own. */
  style?: string;
  /** Short names for files (relative paths); defaults to the last two path segments. */
  label?: (uri: string) => string;
}

const PROCESS_WIDTH = 280;
/** Characters that fit in a process box at 12px; longer lines are shortened (file paths keep their end). */
const FIT = 38;
const HOST_PAD = 12;
const HOST_GAP = 48;
const LINE = 16;
const COLUMNS = 4;

/** Colours for a picture seen outside the editor (light background). */
export const STATIC_SVG_STYLE = `
svg { font: 12px -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; background: #ffffff; }
text { fill: #1f2328; }
.cluster-title { font-size: 15px; font-weight: 600; }
.host-box { fill: #f6f8fa; stroke: #d0d7de; }
.host-title { font-weight: 600; fill: #57606a; }
.process-box { fill: #ffffff; stroke: #8c959f; }
.controller .process-box { stroke: #8250df; stroke-width: 2; }
.broker .process-box { stroke: #0969da; }
.has-error .process-box { stroke: #cf222e; stroke-width: 2; }
.has-warning .process-box { stroke: #bf8700; stroke-width: 2; }
.process-title { font-weight: 600; }
.detail { fill: #57606a; }
.finding.error { fill: #cf222e; }
.finding.warning { fill: #9a6700; }
.finding.info { fill: #0969da; }
.badge.error { fill: #cf222e; } .badge.warning { fill: #bf8700; } .badge.info { fill: #0969da; }
.badge-text { fill: #ffffff; font-weight: 600; }
.edge { stroke: #8250df; stroke-opacity: 0.45; fill: none; }
.arrow { fill: #8250df; fill-opacity: 0.6; }
`;

// Control characters are not allowed in XML at all: a file name or message carrying one must not break the picture.
const escapeXml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const fitEnd = (text: string) => (text.length > FIT ? `…${text.slice(text.length - FIT + 1)}` : text);
const fitStart = (text: string) => (text.length > FIT ? `${text.slice(0, FIT - 1)}…` : text);

const shortName = (uri: string) => uri.replace(/\\/g, '/').split('/').slice(-3).join('/');

function roleWord(process: TopologyProcess): string {
  if (process.roles.length === 2) return t('feat.role.combined');
  return process.roles[0] === 'controller'
    ? t('feat.role.controller')
    : process.roles[0] === 'broker'
      ? t('feat.role.broker')
      : t('feat.role.none');
}

function processLines(process: TopologyProcess): { text: string; kind: 'detail' | 'error' | 'warning' | 'info' }[] {
  const lines: { text: string; kind: 'detail' | 'error' | 'warning' | 'info' }[] = process.listeners.map(
    (listener) => ({
      text: `${listener.name} ${listener.host || '0.0.0.0'}:${listener.port ?? '?'}${listener.protocol && listener.protocol !== listener.name ? ` ${listener.protocol}` : ''}`,
      kind: 'detail',
    }),
  );
  if (process.votesFor.length)
    lines.push({ text: t('topo.picture.votesFor', { ids: process.votesFor.join(', ') }), kind: 'detail' });
  const shown = process.findings.slice(0, 4);
  for (const finding of shown) {
    const kind = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'info';
    lines.push({
      text: `${kind === 'error' ? '✖' : kind === 'warning' ? '⚠' : 'ℹ'} ${finding.code} (${finding.line + 1})`,
      kind,
    });
  }
  if (process.findings.length > shown.length)
    lines.push({ text: `… +${process.findings.length - shown.length}`, kind: 'detail' });
  return lines;
}

const processHeight = (process: TopologyProcess) => 44 + processLines(process).length * LINE;

interface Placed {
  process: TopologyProcess;
  x: number;
  y: number;
  height: number;
}

/** The SVG of every cluster of the model, one under the other. */
export function topologySvg(model: TopologyModel, options: SvgOptions = {}): string {
  const label = options.label ?? shortName;
  const parts: string[] = [];
  const markers: string[] = [];
  let y = 16;
  let width = 320;
  if (model.clusters.length === 0) {
    parts.push(`<text x="16" y="32">${escapeXml(t('topo.picture.empty'))}</text>`);
    y = 48;
  }
  for (const cluster of model.clusters) {
    const drawn = drawCluster(cluster, y, options, label);
    parts.push(drawn.svg);
    y = drawn.bottom + 24;
    width = Math.max(width, drawn.right + 16);
  }
  markers.push(
    `<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow" d="M 0 0 L 10 5 L 0 10 z"/></marker>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" role="img" aria-label="${escapeXml(t('topo.picture.title'))}">`,
    `<title>${escapeXml(t('topo.picture.title'))}</title>`,
    options.style ? `<style>${options.style}</style>` : '',
    `<defs>${markers.join('')}</defs>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

function drawCluster(
  cluster: TopologyCluster,
  top: number,
  options: SvgOptions,
  label: (uri: string) => string,
): { svg: string; bottom: number; right: number } {
  const out: string[] = [];
  const title = `${cluster.name} — ${t('topo.view.cluster.description', { size: cluster.size, controllers: cluster.controllerCount, brokers: cluster.brokerCount })}`;
  out.push(`<g class="cluster" data-cluster="${escapeXml(cluster.id)}">`);
  out.push(`<text class="cluster-title" x="16" y="${top + 16}">${escapeXml(title)}</text>`);
  const placed = new Map<string, Placed>();
  const hostWidth = PROCESS_WIDTH + 2 * HOST_PAD;
  let rowTop = top + 32;
  let right = 0;
  for (let start = 0; start < cluster.hosts.length; start += COLUMNS) {
    const row = cluster.hosts.slice(start, start + COLUMNS);
    let rowBottom = rowTop;
    row.forEach((host, column) => {
      const x = 16 + column * (hostWidth + HOST_GAP);
      // Controllers first: arrows then run upwards inside a host.
      const members = [...host.processes].sort(
        (a, b) => Number(b.roles.includes('controller')) - Number(a.roles.includes('controller')),
      );
      let py = rowTop + 28;
      const boxes: string[] = [];
      for (const process of members) {
        const height = processHeight(process);
        placed.set(processKey(process), { process, x: x + HOST_PAD, y: py, height });
        boxes.push(drawProcess(cluster, process, x + HOST_PAD, py, options, label));
        py += height + 12;
      }
      const hostHeight = py - rowTop;
      const hostName =
        host.name === UNKNOWN_HOST ? t('topo.view.unknownHost') : t('topo.view.host', { name: host.name });
      out.push(`<g class="host" role="group" aria-label="${escapeXml(hostName)}">`);
      out.push(`<rect class="host-box" x="${x}" y="${rowTop}" width="${hostWidth}" height="${hostHeight}" rx="8"/>`);
      out.push(`<text class="host-title" x="${x + HOST_PAD}" y="${rowTop + 18}">${escapeXml(hostName)}</text>`);
      out.push(...boxes, '</g>');
      rowBottom = Math.max(rowBottom, rowTop + hostHeight);
      right = Math.max(right, x + hostWidth);
    });
    rowTop = rowBottom + HOST_GAP;
  }
  const edges: string[] = [];
  for (const edge of cluster.edges) {
    const from = placed.get(edge.from);
    const to = placed.get(edge.to);
    if (!from || !to) continue;
    // Within a host column the arrow bows out to the right; across columns it joins the facing sides.
    const sameColumn = Math.abs(from.x - to.x) < 1;
    const rightwards = to.x > from.x;
    const x1 = sameColumn || rightwards ? from.x + PROCESS_WIDTH : from.x;
    const x2 = sameColumn || !rightwards ? to.x + PROCESS_WIDTH : to.x;
    const y1 = from.y + 20;
    const y2 = to.y + 12 + (edge.voterId % 4) * 4;
    const bow = sameColumn
      ? HOST_PAD + 8 + Math.min(HOST_GAP - HOST_PAD - 12, Math.abs(y2 - y1) / 8)
      : Math.abs(x2 - x1) / 3;
    const c1 = sameColumn || rightwards ? x1 + bow : x1 - bow;
    const c2 = sameColumn || !rightwards ? x2 + bow : x2 - bow;
    const d = `M ${x1} ${y1} C ${c1} ${y1}, ${c2} ${y2}, ${x2} ${y2}`;
    edges.push(
      `<path class="edge" marker-end="url(#arrow)" d="${d}"><title>${escapeXml(`${label(edge.from)} → ${edge.voterId}`)}</title></path>`,
    );
  }
  out.push(`<g class="edges" aria-hidden="true">${edges.join('')}</g>`, '</g>');
  return { svg: out.join('\n'), bottom: rowTop - HOST_GAP, right };
}

function drawProcess(
  cluster: TopologyCluster,
  process: TopologyProcess,
  x: number,
  y: number,
  options: SvgOptions,
  label: (uri: string) => string,
): string {
  const height = processHeight(process);
  const rank = rankOf(cluster, process);
  const kinds = [
    process.roles.includes('controller') ? 'controller' : '',
    process.roles.includes('broker') ? 'broker' : '',
  ].filter(Boolean);
  const state = process.counts.errors ? 'has-error' : process.counts.warnings ? 'has-warning' : '';
  const title = `${roleWord(process)} ${process.nodeId ?? '?'}`;
  const file = process.service === undefined ? label(process.uri) : `${process.service} · ${label(process.uri)}`;
  const findings = process.findings.map(
    (finding) => `${finding.severity} ${finding.code} (${finding.line + 1}): ${finding.message}`,
  );
  const description = [
    `${title} (${rank.index}/${rank.of})`,
    file,
    ...process.listeners.map((listener) => `${listener.name} ${listener.host || '0.0.0.0'}:${listener.port ?? '?'}`),
    ...findings,
  ].join('; ');
  const attributes = options.interactive
    ? ` tabindex="0" role="button" aria-label="${escapeXml(`${t('topo.picture.open', { file })}: ${description}`)}" data-uri="${escapeXml(process.uri)}" data-key="${escapeXml(processKey(process))}" data-line="${process.line}" data-character="${process.character}"`
    : '';
  const out = [
    `<g class="process ${kinds.join(' ')} ${state}"${attributes}>`,
    `<title>${escapeXml(description)}</title>`,
  ];
  out.push(`<rect class="process-box" x="${x}" y="${y}" width="${PROCESS_WIDTH}" height="${height}" rx="6"/>`);
  out.push(`<text class="process-title" x="${x + 10}" y="${y + 18}">${escapeXml(title)}</text>`);
  out.push(`<text class="detail" x="${x + 10}" y="${y + 34}">${escapeXml(fitEnd(file))}</text>`);
  processLines(process).forEach((line, index) => {
    out.push(
      `<text class="${line.kind === 'detail' ? 'detail' : `finding ${line.kind}`}" x="${x + 10}" y="${y + 50 + index * LINE}">${escapeXml(fitStart(line.text))}</text>`,
    );
  });
  const total = process.counts.errors + process.counts.warnings + process.counts.infos;
  if (total > 0) {
    const badge = process.counts.errors ? 'error' : process.counts.warnings ? 'warning' : 'info';
    out.push(`<circle class="badge ${badge}" cx="${x + PROCESS_WIDTH - 14}" cy="${y + 14}" r="10"/>`);
    out.push(
      `<text class="badge-text" x="${x + PROCESS_WIDTH - 14}" y="${y + 18}" text-anchor="middle">${total}</text>`,
    );
  }
  out.push('</g>');
  return out.join('');
}

const mermaidText = (text: string) => text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');

/** A Mermaid flowchart: one subgraph per cluster and host, an arrow per voter entry, findings as classes. */
export function topologyMermaid(model: TopologyModel, label: (uri: string) => string = shortName): string {
  const lines = ['flowchart LR'];
  const ids = new Map<string, string>();
  const classes: string[] = [];
  model.clusters.forEach((cluster, c) => {
    lines.push(`  subgraph c${c}["${mermaidText(cluster.name)}"]`);
    cluster.hosts.forEach((host, h) => {
      lines.push(
        `    subgraph c${c}h${h}["${mermaidText(host.name === UNKNOWN_HOST ? t('topo.view.unknownHost') : host.name)}"]`,
      );
      host.processes.forEach((process, p) => {
        const id = `c${c}h${h}p${p}`;
        ids.set(`${c}\u0000${processKey(process)}`, id);
        const rows = [
          `${roleWord(process)} ${process.nodeId ?? '?'}`,
          process.service === undefined ? label(process.uri) : `${process.service} · ${label(process.uri)}`,
          ...process.listeners.map((listener) => `${listener.name} :${listener.port ?? '?'}`),
          ...(process.findings.length ? [process.findings.map((finding) => finding.code).join(', ')] : []),
        ];
        lines.push(`      ${id}["${rows.map(mermaidText).join('<br/>')}"]`);
        if (process.counts.errors) classes.push(`  class ${id} error`);
        else if (process.counts.warnings) classes.push(`  class ${id} warning`);
      });
      lines.push('    end');
    });
    lines.push('  end');
    for (const edge of cluster.edges)
      lines.push(`  ${ids.get(`${c}\u0000${edge.from}`)} --> ${ids.get(`${c}\u0000${edge.to}`)}`);
  });
  lines.push(
    '  classDef error stroke:#cf222e,stroke-width:3px',
    '  classDef warning stroke:#bf8700,stroke-width:2px',
    ...classes,
  );
  return lines.join('\n') + '\n';
}
