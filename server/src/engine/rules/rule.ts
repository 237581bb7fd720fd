// The shape of a validation rule: ESLint-style modules with a stable code, a default severity and docs.
import type { KafkaVersion } from '../catalog';
import { registerMessages, t } from '../i18n';
import type { Entry } from '../parser/properties';
import { keyRange, offsetRange, spanRange, valueRange, type Span } from '../parser/values';
import type { FileEdit, FixProposal, Range, Severity } from '../types';
import { hostOf, type Cluster } from '../workspace/cluster';
import type { NodeConfig } from '../workspace/node';
import type { MetaRecord } from '../workspace/meta';

export interface RuleDocs {
  en: string;
  zh: string;
}

export interface Report {
  range: Range;
  /** Message id under `rule.<code>.` in the rules catalog, e.g. "missing"; the engine renders it into `Finding.message`. */
  messageId: string;
  args?: Record<string, string | number>;
  /** Overrides the default severity for this report (e.g. version-dependent behaviour). */
  severity?: Severity;
  related?: { uri: string; range: Range; messageId: string; args?: Record<string, string | number> }[];
  /** `titleId` is a message id too, rendered into the fix's title. */
  fixes?: { titleId: string; args?: Record<string, string | number>; edits: FileEdit[]; preferred?: boolean }[];
  deprecated?: boolean;
  unnecessary?: boolean;
}

interface RuleBase {
  code: string;
  defaultSeverity: Severity;
  docs: RuleDocs;
  /** Message templates by id, in English and Simplified Chinese; `{name}` placeholders. */
  messages: { en: Record<string, string>; zh: Record<string, string> };
  /** Codes whose findings on the same line only follow from this rule's finding: they are folded into it. */
  explains?: string[];
}

export interface NodeRule extends RuleBase {
  scope: 'node';
  check(context: NodeContext): void;
}

export interface ClusterRule extends RuleBase {
  scope: 'cluster';
  check(context: ClusterContext): void;
}

export type Rule = NodeRule | ClusterRule;

export interface NodeContext {
  node: NodeConfig;
  version: KafkaVersion;
  acceptedUnknownKeys: string[];
  /** Other nodes of the same cluster (empty when the node stands alone). */
  peers: NodeConfig[];
  report(report: Report): void;
}

export interface ClusterContext {
  cluster: Cluster;
  /** The other clusters of the workspace, for rules that compare neighbours. */
  otherClusters: Cluster[];
  /** Nodes of those other clusters that sit in the same folder as `node` (cheap: indexed once per lint). */
  siblingsOf(node: NodeConfig): NodeConfig[];
  /** Nodes of other clusters in the folders beside `node`'s (same parent folder: a/, b/, c/); only for one-node clusters. */
  cousinsOf(node: NodeConfig): NodeConfig[];
  /** meta.properties files in the workspace that belong to nodes of this cluster. */
  metas: { meta: MetaRecord; node: NodeConfig }[];
  version: KafkaVersion;
  report(uri: string, report: Report): void;
}

function registerRule<T extends Rule>(rule: T): T {
  const prefix = (catalog: Record<string, string>) =>
    Object.fromEntries(Object.entries(catalog).map(([id, text]) => [`rule.${rule.code}.${id}`, text]));
  registerMessages({ en: prefix(rule.messages.en), 'zh-cn': prefix(rule.messages.zh) });
  return rule;
}

export const defineNodeRule = (rule: Omit<NodeRule, 'scope'>): NodeRule => registerRule({ ...rule, scope: 'node' });
export const defineClusterRule = (rule: Omit<ClusterRule, 'scope'>): ClusterRule =>
  registerRule({ ...rule, scope: 'cluster' });

/** Range helpers bound to a node, so rules read naturally. */
export const at = {
  key: (node: NodeConfig, entry: Entry) => keyRange(node.doc, entry),
  value: (node: NodeConfig, entry: Entry) => valueRange(node.doc, entry),
  span: (node: NodeConfig, entry: Entry, span: Span) => spanRange(node.doc, entry, span),
  /** Where to report a missing key: the start of the file. */
  fileStart: (node: NodeConfig): Range => offsetRange(node.doc, node.doc.hasBom ? 1 : 0, node.doc.hasBom ? 1 : 0),
  /** Where to report a key that is missing: the end of the file, where the user (and the quick-fix) adds it. */
  fileEnd: (node: NodeConfig): Range => offsetRange(node.doc, node.doc.text.length, node.doc.text.length),
  /** Whole key + value. */
  entry: (node: NodeConfig, entry: Entry) =>
    offsetRange(node.doc, entry.keyStart, Math.max(entry.keyEnd, entry.valueEnd)),
};

/** How messages name another file: its last three path segments (host/role/file in the usual layouts). */
export const shortPath = (uri: string) => uri.replace(/\\/g, '/').split('/').slice(-3).join('/');

export type { FixProposal };

/** How related rows and messages name a node: its role, id and host ("broker 4 on 192.168.40.14"). */
export function nodeLabel(node: NodeConfig): string {
  const role = [...node.roles].filter((role) => role === 'broker' || role === 'controller').join('+') || 'node';
  const host = hostOf(node);
  const file = shortPath(node.uri);
  if (node.nodeId === undefined) return t('rule.nodeLabelNoId', { role, file });
  return host
    ? t('rule.nodeLabel', { role, id: node.nodeId, host })
    : t('rule.nodeLabelNoHost', { role, id: node.nodeId, file });
}
