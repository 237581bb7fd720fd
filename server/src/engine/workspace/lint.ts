// Runs every rule over a set of files: node rules per file, cluster rules per group of nodes.
import { normalizeVersion, type KafkaVersion } from '../catalog';
import { t } from '../i18n';
import { allRules } from '../rules';
import { explanationsOf, foldConsequences } from '../rules/consequences';
import { nodeLabel, type ClusterContext, type NodeContext, type Report, type Rule } from '../rules/rule';
import type { DeclaredDeployment, EngineOptions, Finding, Severity, SourceFile } from '../types';
import { folderOf, groupClusters, type Cluster, type VersionOrigin } from './cluster';
import { hintVersion, versionFromPath, type VersionHint } from '../model/version';
import { offsetToPosition } from '../parser/values';
import { buildNode, type NodeConfig } from './node';
import { demoteHarmfulRenames } from './rename-guard';
import { isMetaPropertiesPath, metasOf, readMeta, type MetaRecord } from './meta';
import { FolderIndex, parentOf } from './folder-index';

const EXPLAINS = explanationsOf(allRules);

/** Findings kept per file; the rest are counted in one last finding, so a huge or hostile file costs bounded memory. */
export const MAX_FINDINGS_PER_FILE = 1000;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export interface WorkspaceFile extends SourceFile {
  /** Workspace folder of the file: files of different folders are never one cluster. */
  root?: string;
  /** Declared membership; files without one are grouped by inference. */
  deployment?: DeclaredDeployment;
  /** A Kafka version found beside the file by the host (jar, topology.json, compose image); the path is read here. */
  versionHint?: VersionHint;
  /** How the host decoded the file's bytes; 'latin1' means Kafka reads every character exactly as shown. */
  encoding?: 'utf8' | 'latin1';
  /** Settings for this file (its nearest `.kraftrc.json` under the host's settings); the linter's options otherwise. */
  options?: EngineOptions;
}

export interface AnalyzedWorkspace {
  nodes: Map<string, NodeConfig>;
  clusters: Cluster[];
  clusterOf: Map<string, Cluster>;
  version: KafkaVersion;
  /** meta.properties files found among the inputs. */
  metas: MetaRecord[];
  /** The files as given (with their declarations and settings), to analyse again with one text changed. */
  inputs: Map<string, WorkspaceFile>;
}

/** The version a file is checked against: the setting, else a version found beside it, else the newest. */
export function versionOfFile(
  file: WorkspaceFile,
  options: EngineOptions,
): { version: KafkaVersion; origin: VersionOrigin } {
  const kafkaVersion = (file.options ?? options).kafkaVersion;
  if (kafkaVersion) return { version: normalizeVersion(kafkaVersion), origin: { kind: 'setting' } };
  const hint = file.versionHint ?? versionFromPath(file.uri);
  if (hint?.from === 'config') return { version: hintVersion(hint), origin: { kind: 'setting', origin: hint.origin } };
  if (hint) return { version: hintVersion(hint), origin: { kind: 'inferred', from: hint.from, origin: hint.origin } };
  return { version: normalizeVersion(undefined), origin: { kind: 'default' } };
}

/** Builds the node of each config file and groups them; `build` lets a host derive nodes its own way (compose). */
export function analyzeWorkspace(
  files: WorkspaceFile[],
  options: EngineOptions = {},
  build: (file: WorkspaceFile, version: KafkaVersion) => NodeConfig = (file, version) =>
    buildNode(file.uri, file.text, version, file.encoding),
): AnalyzedWorkspace {
  const version = normalizeVersion(options.kafkaVersion);
  const nodes = new Map<string, NodeConfig>();
  const configs = files.filter((file) => !isMetaPropertiesPath(file.uri));
  const versions = new Map(configs.map((file) => [file.uri, versionOfFile(file, options)]));
  for (const file of configs) nodes.set(file.uri, build(file, versions.get(file.uri)!.version));
  const clusters = groupClusters(
    configs.map((file) => ({ node: nodes.get(file.uri)!, root: file.root ?? '', declared: file.deployment })),
    (members) =>
      versions.get(members.find((node) => versions.get(node.uri)!.origin.kind === 'inferred')?.uri ?? members[0].uri)!,
  );
  const clusterOf = new Map<string, Cluster>();
  for (const cluster of clusters) for (const node of cluster.nodes) clusterOf.set(node.uri, cluster);
  const metas = files.filter((file) => isMetaPropertiesPath(file.uri)).map((file) => readMeta(file.uri, file.text));
  return { nodes, clusters, clusterOf, version, metas, inputs: new Map(files.map((file) => [file.uri, file])) };
}

export function lintWorkspace(files: WorkspaceFile[], options: EngineOptions = {}): Map<string, Finding[]> {
  return lintAnalyzed(analyzeWorkspace(files, options), options);
}

export function lintAnalyzed(workspace: AnalyzedWorkspace, options: EngineOptions = {}): Map<string, Finding[]> {
  return lintClusters(workspace, workspace.clusters, options);
}

const ZOOKEEPER_RULE = 'zookeeper-mode';

/**
 * Neighbours are compared only between inferred groups: a declared deployment, a distribution sample or an
 * alternative of another file is known not to run beside the files around it.
 */
const isGuess = (cluster: Cluster) =>
  cluster.membership.kind === 'alone' || cluster.membership.kind === 'shared-quorum';

/** Lints the nodes of the given clusters (cluster rules see every cluster of the workspace as neighbours). */
export function lintClusters(
  workspace: AnalyzedWorkspace,
  targets: Cluster[],
  options: EngineOptions,
  folders?: Pick<FolderIndex, 'in' | 'foldersIn'>,
): Map<string, Finding[]> {
  const { clusters } = workspace;
  const findings = new Map<string, Finding[]>();
  const nodes = targets.flatMap((cluster) => cluster.nodes);
  for (const node of nodes) findings.set(node.uri, []);
  const optionsOf = (uri: string) => workspace.inputs.get(uri)?.options ?? options;

  // A row pointing at another node's file names that node: editors show only the file name, which every node shares.
  const relatedRow = (uri: string, relatedUri: string, text: string) => {
    const other = relatedUri !== uri ? workspace.nodes.get(relatedUri) : undefined;
    return other ? t('rule.relatedRow', { node: nodeLabel(other), message: text }) : text;
  };
  // Up to MAX_FINDINGS_PER_FILE are kept per file and severity while rules run; the most severe are kept at the end.
  const overflow = new Map<string, { count: number; severity: Severity }>();
  const countOverflow = (uri: string, severity: Severity, count = 1) => {
    const extra = overflow.get(uri) ?? { count: 0, severity: 'hint' };
    overflow.set(uri, {
      count: extra.count + count,
      severity: SEVERITY_RANK[severity] < SEVERITY_RANK[extra.severity] ? severity : extra.severity,
    });
  };
  const keptPerSeverity = new Map<string, number>();
  const suppressedIn = new Map<string, ReturnType<typeof suppressionsOf>>();
  const emit = (rule: Rule, uri: string, report: Report) => {
    const configured = optionsOf(uri).ruleSeverity?.[rule.code];
    if (configured === 'off') return;
    const severity: Severity = configured ?? report.severity ?? rule.defaultSeverity;
    const list = findings.get(uri);
    const bucket = `${uri}\u0000${severity}`;
    if (list && (keptPerSeverity.get(bucket) ?? 0) >= MAX_FINDINGS_PER_FILE) {
      const node = workspace.nodes.get(uri)!;
      if (!suppressedIn.has(uri)) suppressedIn.set(uri, suppressionsOf(node));
      if (!suppressedIn.get(uri)?.(rule.code, report.range.start.line)) countOverflow(uri, severity);
      return;
    }
    if (list) keptPerSeverity.set(bucket, (keptPerSeverity.get(bucket) ?? 0) + 1);
    const message = (id: string, args?: Record<string, string | number>) => t(`rule.${rule.code}.${id}`, args);
    list?.push({
      uri,
      range: report.range,
      severity,
      code: rule.code,
      message: message(report.messageId, report.args),
      relatedInformation: report.related?.map((related) => ({
        uri: related.uri,
        range: related.range,
        message: relatedRow(uri, related.uri, message(related.messageId, related.args)),
      })),
      fixes: report.fixes
        ?.filter((fix) => fix.edits.length > 0)
        .map((fix) => ({ title: message(fix.titleId, fix.args), edits: fix.edits, preferred: fix.preferred })),
      deprecated: report.deprecated,
      unnecessary: report.unnecessary,
    });
  };

  // What cluster rules see around a cluster, worked out once per cluster and only when a rule asks: a full lint must
  // not compare every cluster with every other one for every rule.
  // The incremental linter keeps a folder index; a one-shot lint builds one when a rule first asks.
  let index = folders;
  const foldersIndex = () => {
    if (!index) {
      const built = new FolderIndex();
      for (const cluster of clusters) for (const node of cluster.nodes) built.add(node.uri);
      index = built;
    }
    return index;
  };
  const neighbourhoods = new Map<
    Cluster,
    Pick<ClusterContext, 'otherClusters' | 'metas' | 'siblingsOf' | 'cousinsOf'>
  >();
  const neighbourhoodOf = (cluster: Cluster) => {
    let found = neighbourhoods.get(cluster);
    if (found) return found;
    let others: Cluster[] | undefined;
    let metas: ClusterContext['metas'] | undefined;
    found = {
      get otherClusters() {
        return (others ??= isGuess(cluster) ? clusters.filter((other) => other !== cluster && isGuess(other)) : []);
      },
      get metas() {
        return (metas ??= workspace.metas.length
          ? metasOf(cluster, workspace.metas, [...workspace.nodes.values()])
          : []);
      },
      siblingsOf(node: NodeConfig) {
        if (!isGuess(cluster)) return [];
        return [...foldersIndex().in(folderOf(node.uri))].flatMap((uri) => {
          const owner = workspace.clusterOf.get(uri);
          return owner !== undefined && owner !== cluster && isGuess(owner) ? [workspace.nodes.get(uri)!] : [];
        });
      },
      cousinsOf(node: NodeConfig) {
        if (!isGuess(cluster) || cluster.nodes.length !== 1) return [];
        const own = folderOf(node.uri);
        const around = foldersIndex();
        return [...around.foldersIn(parentOf(own))]
          .filter((folder) => folder !== own)
          .flatMap((folder) => [...around.in(folder)])
          .flatMap((uri) => {
            const owner = workspace.clusterOf.get(uri);
            return owner && owner.nodes.length === 1 && isGuess(owner) ? owner.nodes : [];
          });
      },
    };
    neighbourhoods.set(cluster, found);
    return found;
  };

  // What every node rule is told about a node, worked out once per node rather than once per rule.
  // One context per node and per cluster, shared by every rule (a rule reports synchronously, to the rule being run).
  let current: Rule = allRules[0];
  const nodeContexts = targets.map((cluster) => ({
    cluster,
    nodes: cluster.nodes.map(
      (node): NodeContext => ({
        node,
        version: cluster.kafkaVersion,
        peers: cluster.nodes.filter((peer) => peer !== node),
        acceptedUnknownKeys: optionsOf(node.uri).acceptedUnknownKeys ?? [],
        report: (report) => emit(current, node.uri, report),
      }),
    ),
  }));
  const clusterContexts = new Map<Cluster, ClusterContext>();
  const clusterContextOf = (cluster: Cluster): ClusterContext => {
    let context = clusterContexts.get(cluster);
    if (context) return context;
    // Getters, not a spread: a spread would work out every neighbour list, asked or not.
    const around = neighbourhoodOf(cluster);
    context = {
      get otherClusters() {
        return around.otherClusters;
      },
      get metas() {
        return around.metas;
      },
      siblingsOf: around.siblingsOf,
      cousinsOf: around.cousinsOf,
      cluster,
      version: cluster.kafkaVersion,
      report: (uri, report) => emit(current, uri, report),
    };
    clusterContexts.set(cluster, context);
    return context;
  };
  for (const rule of allRules) {
    current = rule;
    try {
      if (rule.scope === 'node') {
        for (const { cluster, nodes: members } of nodeContexts) {
          // A ZooKeeper-mode config gets its one finding and none of the KRaft checks.
          if ((cluster.membership.kind === 'zookeeper') !== (rule.code === ZOOKEEPER_RULE)) continue;
          for (const context of members) rule.check(context);
        }
      } else {
        for (const cluster of targets) {
          if (cluster.membership.kind === 'zookeeper') continue;
          rule.check(clusterContextOf(cluster));
        }
      }
    } catch (error) {
      // A rule bug must never take the whole analysis down; report it where it can be seen.
      for (const node of nodes) {
        findings.get(node.uri)!.push({
          uri: node.uri,
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 'hint',
          code: 'internal-error',
          message: t('engine.ruleFailed', { code: rule.code, error: String(error) }),
        });
      }
    }
  }

  for (const cluster of targets) {
    if (cluster.membership.kind === 'zookeeper') continue;
    for (const node of cluster.nodes)
      demoteHarmfulRenames(
        node,
        findings.get(node.uri)!,
        cluster.kafkaVersion,
        cluster.nodes.filter((peer) => peer !== node),
        optionsOf(node.uri).acceptedUnknownKeys ?? [],
      );
  }
  for (const node of nodes) {
    let kept = applySuppressions(node, foldConsequences(findings.get(node.uri)!, EXPLAINS));
    if (kept.length > MAX_FINDINGS_PER_FILE) {
      const bySeverity = [...kept].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      for (const left of bySeverity.slice(MAX_FINDINGS_PER_FILE)) countOverflow(node.uri, left.severity);
      kept = bySeverity.slice(0, MAX_FINDINGS_PER_FILE);
    }
    kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const extra = overflow.get(node.uri);
    if (extra) {
      kept.push({
        uri: node.uri,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        // As severe as the worst finding left out, so that an exit code or a problem count still tells the truth.
        severity: extra.severity,
        code: 'too-many-findings',
        message: t('files.findingsCapped', { count: extra.count, limit: MAX_FINDINGS_PER_FILE }),
      });
    }
    findings.set(node.uri, kept);
  }
  return findings;
}

/** `# kraft-disable-next-line code[, code]` and `# kraft-disable code[, code]` (whole file); no code = every rule. */
function suppressionsOf(node: NodeConfig): ((code: string, line: number) => boolean) | undefined {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const comment of node.doc.comments) {
    const match = /^\s*kraft-disable(-next-line)?\b(.*)$/.exec(comment.text);
    if (!match) continue;
    const codes = match[2].split(/[\s,]+/).filter(Boolean);
    const set = codes.length ? new Set(codes) : new Set(['*']);
    if (match[1]) {
      const line = offsetToPosition(node.doc, comment.start).line + 1;
      byLine.set(line, new Set([...(byLine.get(line) ?? []), ...set]));
    } else {
      for (const code of set) fileWide.add(code);
    }
  }
  if (fileWide.size === 0 && byLine.size === 0) return undefined;
  return (code, line) => {
    if (fileWide.has('*') || fileWide.has(code)) return true;
    const codes = byLine.get(line);
    return !!codes && (codes.has('*') || codes.has(code));
  };
}

function applySuppressions(node: NodeConfig, findings: Finding[]): Finding[] {
  const suppressed = suppressionsOf(node);
  return suppressed ? findings.filter((finding) => !suppressed(finding.code, finding.range.start.line)) : findings;
}
