// Runs every rule over a set of files: node rules per file, cluster rules per group of nodes.
import { normalizeVersion, type KafkaVersion } from '../catalog';
import { t } from '../i18n';
import { allRules } from '../rules';
import type { Report, Rule } from '../rules/rule';
import type { EngineOptions, Finding, Severity, SourceFile } from '../types';
import { groupClusters, type Cluster } from './cluster';
import { buildNode, type NodeConfig } from './node';

export interface WorkspaceFile extends SourceFile {
  /** Workspace folder of the file: files of different folders are never one cluster. */
  root?: string;
}

export interface AnalyzedWorkspace {
  nodes: Map<string, NodeConfig>;
  clusters: Cluster[];
  clusterOf: Map<string, Cluster>;
  version: KafkaVersion;
}

export function analyzeWorkspace(files: WorkspaceFile[], options: EngineOptions = {}): AnalyzedWorkspace {
  const version = normalizeVersion(options.kafkaVersion);
  const nodes = new Map<string, NodeConfig>();
  for (const file of files) nodes.set(file.uri, buildNode(file.uri, file.text, version));
  const clusters = groupClusters(files.map((file) => ({ node: nodes.get(file.uri)!, root: file.root ?? '' })));
  const clusterOf = new Map<string, Cluster>();
  for (const cluster of clusters) for (const node of cluster.nodes) clusterOf.set(node.uri, cluster);
  return { nodes, clusters, clusterOf, version };
}

export function lintWorkspace(files: WorkspaceFile[], options: EngineOptions = {}): Map<string, Finding[]> {
  return lintAnalyzed(analyzeWorkspace(files, options), options);
}

export function lintAnalyzed(workspace: AnalyzedWorkspace, options: EngineOptions = {}): Map<string, Finding[]> {
  const { nodes, clusters, clusterOf, version } = workspace;
  const findings = new Map<string, Finding[]>();
  for (const uri of nodes.keys()) findings.set(uri, []);
  const accepted = options.acceptedUnknownKeys ?? [];

  const emit = (rule: Rule, uri: string, report: Report) => {
    const configured = options.ruleSeverity?.[rule.code];
    if (configured === 'off') return;
    const severity: Severity = configured ?? report.severity ?? rule.defaultSeverity;
    const message = (id: string, args?: Record<string, string | number>) => t(`rule.${rule.code}.${id}`, args);
    findings.get(uri)?.push({
      uri,
      range: report.range,
      severity,
      code: rule.code,
      message: message(report.message, report.args),
      relatedInformation: report.related?.map((related) => ({ uri: related.uri, range: related.range, message: message(related.message, related.args) })),
      fixes: report.fixes?.filter((fix) => fix.edits.length > 0).map((fix) => ({ title: message(fix.title, fix.args), edits: fix.edits, preferred: fix.preferred })),
      deprecated: report.deprecated,
      unnecessary: report.unnecessary,
    });
  };

  for (const rule of allRules) {
    try {
      if (rule.scope === 'node') {
        for (const node of nodes.values()) {
          const peers = (clusterOf.get(node.uri)?.nodes ?? []).filter((peer) => peer !== node);
          rule.check({ node, version, acceptedUnknownKeys: accepted, peers, report: (report) => emit(rule, node.uri, report) });
        }
      } else {
        for (const cluster of clusters) {
          rule.check({ cluster, version, otherClusters: clusters.filter((other) => other !== cluster), report: (uri, report) => emit(rule, uri, report) });
        }
      }
    } catch (error) {
      // A rule bug must never take the whole analysis down; report it where it can be seen.
      for (const uri of nodes.keys()) {
        findings.get(uri)!.push({
          uri,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 'hint',
          code: 'internal-error',
          message: t('engine.ruleFailed', { code: rule.code, error: String(error) }),
        });
      }
    }
  }

  for (const [uri, list] of findings) {
    const node = nodes.get(uri)!;
    const kept = applySuppressions(node, list);
    kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    findings.set(uri, kept);
  }
  return findings;
}

/** `# kraft-disable-next-line code[, code]` and `# kraft-disable code[, code]` (whole file); no code = every rule. */
function applySuppressions(node: NodeConfig, findings: Finding[]): Finding[] {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const comment of node.doc.comments) {
    const match = /^\s*kraft-disable(-next-line)?\b(.*)$/.exec(comment.text);
    if (!match) continue;
    const codes = match[2].split(/[\s,]+/).filter(Boolean);
    const set = codes.length ? new Set(codes) : new Set(['*']);
    if (match[1]) {
      const line = lineOf(node, comment.start) + 1;
      byLine.set(line, new Set([...(byLine.get(line) ?? []), ...set]));
    } else {
      for (const code of set) fileWide.add(code);
    }
  }
  if (fileWide.size === 0 && byLine.size === 0) return findings;
  return findings.filter((finding) => {
    if (fileWide.has('*') || fileWide.has(finding.code)) return false;
    const codes = byLine.get(finding.range.start.line);
    return !(codes && (codes.has('*') || codes.has(finding.code)));
  });
}

function lineOf(node: NodeConfig, offset: number): number {
  let line = 0;
  while (line + 1 < node.doc.lineStarts.length && node.doc.lineStarts[line + 1] <= offset) line++;
  return line;
}
