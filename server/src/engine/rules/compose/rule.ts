// Compose-level rules: what the container images and the compose network add to Kafka's own checks. Same module
// shape as node and cluster rules (code, severity, en/zh docs and messages), checked once per compose project.
import type { KafkaVersion } from '../../catalog';
import { registerMessages } from '../../i18n';
import type { ComposeProject, ServiceNode } from '../../compose/project';
import type { Token } from '../../compose/text';
import type { FileEdit, Range, Severity } from '../../types';
import type { NodeConfig } from '../../workspace/node';
import type { RuleDocs } from '../rule';

export interface ComposeReport {
  at: Token;
  /** Message id under `rule.<code>.` in the rules catalog; the engine renders it into the finding's message. */
  messageId: string;
  args?: Record<string, string | number>;
  severity?: Severity;
  related?: { at: Token; messageId: string; args?: Record<string, string | number> }[];
  fixes?: { titleId: string; args?: Record<string, string | number>; edits: FileEdit[]; preferred?: boolean }[];
}

export interface ComposeContext {
  project: ComposeProject;
  /** The properties each Kafka service receives, as the engine reads them. */
  nodeOf(service: ServiceNode): NodeConfig;
  /** The compose (or env_file, or mounted file) token behind a range of a service's virtual file. */
  tokenOf(service: ServiceNode, range: Range): Token;
  /** Kafka version of a service: its image tag's, else the configured one. */
  versionOf(service: ServiceNode): KafkaVersion;
  report(report: ComposeReport): void;
}

export interface ComposeRule {
  scope: 'compose';
  code: string;
  defaultSeverity: Severity;
  docs: RuleDocs;
  messages: { en: Record<string, string>; zh: Record<string, string> };
  check(context: ComposeContext): void;
}

export function defineComposeRule(rule: Omit<ComposeRule, 'scope'>): ComposeRule {
  const prefix = (catalog: Record<string, string>) =>
    Object.fromEntries(Object.entries(catalog).map(([id, text]) => [`rule.${rule.code}.${id}`, text]));
  registerMessages({ en: prefix(rule.messages.en), 'zh-cn': prefix(rule.messages.zh) });
  return { ...rule, scope: 'compose' };
}

/** How messages name a variable: the image's spelling and the property. */
export const spelling = (variable: string, property: string) => `${variable} (${property})`;
