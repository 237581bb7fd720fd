// Lints compose files: each project's Kafka services go through every node and cluster rule as the
// server.properties their containers receive, then the compose rules run; findings, related locations and fixes
// land on the YAML tokens that wrote them.
import { keyFacts, normalizeVersion, type KafkaVersion } from '../catalog';
import { t } from '../i18n';
import { composeRules } from '../rules/compose';
import { shortPath } from '../rules/rule';
import type { ComposeReport } from '../rules/compose/rule';
import type { EngineOptions, Finding, Severity } from '../types';
import { analyzeWorkspace, lintAnalyzed, type AnalyzedWorkspace } from '../workspace/lint';
import { buildNode, type NodeConfig } from '../workspace/node';
import { mapFixEdits } from './edits';
import { applyEdits } from '../workspace/apply-edits';
import { matchesAny } from '../workspace/detect';
import type { ReadFile } from './model';
import { baseOf, isOverrideFile, parseProject } from './overrides';
import { buildProject, projectFiles, type ComposeProject, type ServiceNode } from './project';
import { toSource, toSourceRange } from './source-map';
import { tokenRange } from './text';

export interface ComposeInput {
  uri: string;
  text: string;
  root?: string;
}

export interface AnalyzedCompose {
  project: ComposeProject;
  workspace: AnalyzedWorkspace;
  version: KafkaVersion;
  nodeByUri: Map<string, ServiceNode>;
}

/** The host a service is reached at: the alias other services' voters use for it, else hostname:, else its name. */
function declaredHost(project: ComposeProject, node: ServiceNode, config: NodeConfig): string {
  for (const other of project.nodes) {
    const voters = /(?:^|\n)controller\.quorum\.voters=([^\n]*)/.exec(other.text)?.[1] ?? '';
    for (const voter of voters.split(',')) {
      const match = /^\s*(\d+)@\[?([^\]:]+)\]?:/.exec(voter);
      if (match && Number(match[1]) === config.nodeId && node.aliases.includes(match[2])) return match[2];
    }
  }
  return node.service.hostname ?? node.service.name;
}

export function analyzeCompose(input: ComposeInput, read: ReadFile, options: EngineOptions = {}): AnalyzedCompose {
  // An override file is analysed as part of its base's project (its own text as given, the base from `read`).
  const base = baseOf(input.uri, read);
  const readWith = (uri: string) => (uri === input.uri ? input.text : read(uri));
  const file = base ? parseProject(base.uri, base.text, readWith) : parseProject(input.uri, input.text, read);
  const project = buildProject(file, read);
  // The setting wins; else each service is checked against its image tag's Kafka version (versionHint).
  const version = normalizeVersion(options.kafkaVersion ?? project.nodes.find((node) => node.version)?.version);
  const nodeByUri = new Map(project.nodes.map((node) => [node.uri, node]));
  const workspace = analyzeWorkspace(projectFiles(project, input.root), options, (workspaceFile, fileVersion) => {
    const config = buildNode(workspaceFile.uri, workspaceFile.text, fileVersion);
    const node = nodeByUri.get(workspaceFile.uri)!;
    return { ...config, declaredHost: declaredHost(project, node, config) };
  });
  return { project, workspace, version, nodeByUri };
}

const CONVERSION_RULE = 'compose-bitnami-legacy';
const serious = (list: Finding[]) =>
  list.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');

/** A conversion is offered only when the converted file has no error or warning the original did not have. */
function verifiedConversion(finding: Finding, input: ComposeInput, read: ReadFile, options: EngineOptions): Finding {
  const fixes = finding.fixes?.filter((fix) => {
    if (fix.edits.some((edit) => edit.uri !== input.uri)) return false;
    const quiet = { ...options, ruleSeverity: { ...options.ruleSeverity, [CONVERSION_RULE]: 'off' as const } };
    const before = serious([...lintCompose([input], read, quiet).values()].flat());
    const after = serious(
      [...lintCompose([{ ...input, text: applyEdits(input.text, fix.edits) }], read, quiet).values()].flat(),
    );
    const known = new Set(before.map((item) => `${item.code}\u0000${item.message}`));
    return after.length <= before.length && after.every((item) => known.has(`${item.code}\u0000${item.message}`));
  });
  return { ...finding, fixes: fixes && fixes.length > 0 ? fixes : undefined };
}

/**
 * Files mounted as a service's server.properties: the service's config begins with them, so on their own they are
 * fragments and hosts should not lint them as whole configs.
 */
export function composeMounts(inputs: ComposeInput[], read: ReadFile): Set<string> {
  const mounts = new Set<string>();
  for (const input of inputs) {
    const base = baseOf(input.uri, read);
    const file = base ? parseProject(base.uri, base.text, read) : parseProject(input.uri, input.text, read);
    for (const node of buildProject(file, read).nodes)
      for (const line of node.lines) if (line.mounted) mounts.add(line.mounted.source.uri);
  }
  return mounts;
}

/** Findings of compose files, keyed by the URI they are reported on (the compose file, an env_file, a mounted file). */
export function lintCompose(
  inputs: ComposeInput[],
  read: ReadFile,
  options: EngineOptions = {},
): Map<string, Finding[]> {
  const findings = new Map<string, Finding[]>();
  for (const input of inputs) findings.set(input.uri, []);
  const add = (finding: Finding) => {
    if (!findings.has(finding.uri)) findings.set(finding.uri, []);
    findings.get(finding.uri)!.push(finding);
  };
  for (const input of inputs) {
    // An override is linted with its base (its findings land on it from there); alone it is a fragment.
    if (isOverrideFile(input.uri)) {
      const base = baseOf(input.uri, read);
      if (!base || inputs.some((other) => other.uri === base.uri)) continue;
    }
    const analyzed = analyzeCompose(input, read, options);
    for (const [uri, list] of lintAnalyzed(analyzed.workspace, options)) {
      const node = analyzed.nodeByUri.get(uri);
      if (!node) continue;
      for (const finding of list) {
        const mapped = mapFinding(finding, node, analyzed, options);
        if (mapped) add(mapped);
      }
    }
    runComposeRules(analyzed, options, (finding) =>
      add(finding.code === CONVERSION_RULE ? verifiedConversion(finding, input, read, options) : finding),
    );
  }
  for (const [uri, list] of findings) {
    const seen = new Set<string>();
    const suppressed = suppressionsOf(inputs.find((input) => input.uri === uri)?.text ?? read(uri) ?? '');
    const unique = list.filter((finding) => {
      if (suppressed(finding)) return false;
      const key = `${finding.code}\u0000${finding.range.start.line}:${finding.range.start.character}\u0000${finding.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    unique.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    findings.set(uri, unique);
  }
  return findings;
}

export function mapFinding(
  finding: Finding,
  node: ServiceNode,
  analyzed: AnalyzedCompose,
  options: EngineOptions,
): Finding | undefined {
  const { range } = finding;
  const zeroWidth = range.start.line === range.end.line && range.start.character === range.end.character;
  // Missing keys are reported at the start or the end of a file.
  const atTop =
    zeroWidth && ((range.start.line === 0 && range.start.character === 0) || range.start.line >= node.lines.length);
  // The image's own base config or an unreadable mounted file may set what seems missing.
  if (atTop && node.partial) return undefined;
  const line = node.lines[range.start.line];
  // A mounted file overridden by variables is how apache/kafka is meant to be configured, not a mistake.
  if (line?.mounted && finding.code === 'duplicate-key') return undefined;
  // "Accept this unknown key" on a compose file records the variable's name as written there.
  if (
    finding.code === 'unknown-key' &&
    line?.variable &&
    matchesAny(line.variable.name, options.acceptedUnknownKeys ?? [])
  )
    return undefined;
  const variable = line?.variable ?? line?.derivedFrom;
  // A value that depends on a variable compose cannot resolve here is not known, so not wrong.
  if (
    !atTop &&
    variable?.value &&
    variable.value.unresolved.length > 0 &&
    range.start.character > line!.property.length
  )
    return undefined;
  const target = toSourceRange(node, range);
  const nodeOf = (uri: string) => analyzed.nodeByUri.get(uri);
  const fixes = finding.fixes
    ?.map((fix) => {
      const edits = mapFixEdits(fix.edits, nodeOf);
      return edits && edits.length > 0
        ? { ...fix, title: line?.mounted ? fix.title : bothSpellings(fix.title, node, true), edits }
        : undefined;
    })
    .filter((fix): fix is NonNullable<typeof fix> => !!fix);
  let message = serviceNames(line?.mounted ? finding.message : bothSpellings(finding.message, node), analyzed);
  if (line?.variable && !message.includes(line.variable.name))
    message = `${line.variable.name} (${line.property}): ${message}`;
  return {
    ...finding,
    uri: target.uri,
    range: target.range,
    message,
    relatedInformation: finding.relatedInformation?.map((related) => {
      const other = analyzed.nodeByUri.get(related.uri);
      return other
        ? {
            ...toSourceRange(other, related.range),
            message: serviceNames(bothSpellings(related.message, other), analyzed),
          }
        : related;
    }),
    fixes: fixes && fixes.length > 0 ? fixes : undefined,
  };
}

/**
 * `# kraft-disable-next-line code[, code]` and `# kraft-disable code[, code]` (whole file) in a compose file, env_file or
 * mounted file, as in a server.properties (no code: every rule).
 */
function suppressionsOf(text: string): (finding: Finding) => boolean {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const match = /(?:^|\s)[#!]\s*kraft-disable(-next-line)?\b(.*)$/.exec(line);
    if (!match) return;
    const codes = match[2].split(/[\s,]+/).filter(Boolean);
    const set = new Set(codes.length > 0 ? codes : ['*']);
    if (match[1]) byLine.set(index + 1, set);
    else for (const code of set) fileWide.add(code);
  });
  return (finding) => {
    if (fileWide.has('*') || fileWide.has(finding.code)) return true;
    const codes = byLine.get(finding.range.start.line);
    return !!codes && (codes.has('*') || codes.has(finding.code));
  };
}

/** Messages name other nodes by file; a service is named as compose does, `services.<name>`. */
function serviceNames(message: string, analyzed: AnalyzedCompose): string {
  let result = message;
  for (const node of analyzed.project.nodes)
    result = result.split(shortPath(node.uri)).join(`services.${node.service.name}`);
  return result;
}

/** Writes each Kafka key a message names with the image's variable too: `KAFKA_NODE_ID (node.id)`. */
export function bothSpellings(message: string, node: ServiceNode, short = false): string {
  return message.replace(/(?<![\w.-])[a-z][a-z0-9]*(?:\.[a-z0-9_-]+)+(?![\w-])/g, (key) => {
    if (!keyFacts(key)) return key;
    const variable = node.dialect.variableOf(key);
    if (!variable) return key;
    return short ? variable : `${variable} (${key})`;
  });
}

function runComposeRules(analyzed: AnalyzedCompose, options: EngineOptions, add: (finding: Finding) => void): void {
  const { project, workspace } = analyzed;
  for (const rule of composeRules) {
    const configured = options.ruleSeverity?.[rule.code];
    if (configured === 'off') continue;
    const message = (id: string, args?: Record<string, string | number>) => t(`rule.${rule.code}.${id}`, args);
    const emit = (report: ComposeReport) => {
      const severity: Severity = configured ?? report.severity ?? rule.defaultSeverity;
      add({
        uri: report.at.source.uri,
        range: tokenRange(report.at),
        severity,
        code: rule.code,
        message: message(report.messageId, report.args),
        relatedInformation: report.related?.map((related) => ({
          uri: related.at.source.uri,
          range: tokenRange(related.at),
          message: message(related.messageId, related.args),
        })),
        fixes: report.fixes
          ?.filter((fix) => fix.edits.length > 0)
          .map((fix) => ({ title: message(fix.titleId, fix.args), edits: fix.edits, preferred: fix.preferred })),
      });
    };
    try {
      rule.check({
        project,
        nodeOf: (service) => workspace.nodes.get(service.uri)!,
        tokenOf: (service, range) => toSource(service, range),
        versionOf: (service) => normalizeVersion(options.kafkaVersion ?? service.version),
        report: emit,
      });
    } catch (error) {
      add({
        uri: project.file.source.uri,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 'hint',
        code: 'internal-error',
        message: t('engine.ruleFailed', { code: rule.code, error: String(error) }),
      });
    }
  }
}
