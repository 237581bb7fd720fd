// generateTopology: a TopologySpec in, the files of a complete KRaft cluster out.
import { t } from '../i18n';
import { defaultRandomBytes, kafkaUuid } from './ids';
import { planNodes } from './plan';
import { needsSecrets, renderSecretsTemplate, renderServerProperties } from './properties';
import { renderClientProperties } from './client-properties';
import { renderCompose } from './docker-compose';
import { renderReadme } from './readme';
import { renderFormatScript, renderStartScript, renderStopScript, type RenderContext } from './scripts';
import { SpecError, normalizeSpec, validateSpec } from './spec';
import type { GenerateOptions, GenerateResult, GeneratedFile, NormalizedSpec, TopologySpec } from './types';

/** The spec as written to topology.json: every default made explicit, plus the generated ids. */
export function reproducibleSpec(
  spec: NormalizedSpec,
  clusterId: string,
  directoryIds: Record<string, string>,
  input?: TopologySpec,
): TopologySpec {
  const out: TopologySpec = {
    name: spec.name,
    layout: spec.layout,
    controllers: spec.controllers,
    kafkaVersion: spec.kafkaVersion,
    quorum: spec.quorum,
    nodeIds: spec.nodeIds,
    hosts: [...spec.hosts],
    brokerListener: { ...spec.brokerListener },
    controllerListener: { ...spec.controllerListener },
    profile: spec.profile,
    dataDirs: { ...spec.dataDirs },
    clusterId,
  };
  if (spec.layout !== 'combined') out.brokers = spec.brokers;
  // A controller mechanism chosen by the generator (PLAIN instead of SCRAM) stays implicit, so that the explanation is repeated.
  if (input && input.controllerListener?.saslMechanism === undefined) delete out.controllerListener!.saslMechanism;
  if (Object.keys(directoryIds).length > 0) out.directoryIds = directoryIds;
  return out;
}

/**
 * Generates every file of a KRaft cluster. Throws `SpecError` (with localized problems) when the spec is invalid.
 * `options.randomBytes` supplies the randomness for the cluster id and directory ids (tests pass a seeded one).
 */
export function generateTopology(input: TopologySpec, options: GenerateOptions = {}): GenerateResult {
  const problems = validateSpec(input);
  if (problems.some((p) => p.severity === 'error')) throw new SpecError(problems);
  const warnings = problems.filter((p) => p.severity === 'warning').map((p) => p.message);
  const randomBytes = options.randomBytes ?? defaultRandomBytes;
  const spec = normalizeSpec(input);
  const clusterId = spec.clusterId ?? kafkaUuid(randomBytes);
  const nodes = planNodes(spec, randomBytes);
  const overflow = nodes.find((n) => (n.brokerPort ?? 0) > 65535 || (n.controllerPort ?? 0) > 65535);
  if (overflow) {
    const port = Math.max(overflow.brokerPort ?? 0, overflow.controllerPort ?? 0);
    throw new SpecError([
      {
        severity: 'error',
        field: 'brokerListener.port',
        code: 'gen.problem.portOverflow',
        message: t('gen.problem.portOverflow', { host: overflow.host, port }),
      },
    ]);
  }
  const ctx: RenderContext = { spec, nodes, clusterId, warnings };

  const files: GeneratedFile[] = [];
  for (const node of nodes)
    files.push({ path: node.configPath, content: renderServerProperties(spec, nodes, node, clusterId) });
  files.push({ path: 'format-storage.sh', content: renderFormatScript(ctx) });
  files.push({ path: 'start-cluster.sh', content: renderStartScript(ctx) });
  files.push({ path: 'stop-cluster.sh', content: renderStopScript(ctx) });
  const client = renderClientProperties(ctx);
  if (client) files.push({ path: 'client.properties', content: client });
  const controllerClient =
    spec.controllerListener.protocol !== 'PLAINTEXT' ? renderClientProperties(ctx, spec.controllerListener) : undefined;
  if (controllerClient) files.push({ path: 'controller-client.properties', content: controllerClient });
  if (needsSecrets(spec)) files.push({ path: 'secrets.properties.template', content: renderSecretsTemplate(ctx)! });
  const compose = renderCompose(ctx);
  if (compose) files.push({ path: 'docker-compose.yml', content: compose });
  const directoryIds: Record<string, string> = {};
  for (const node of nodes) if (node.directoryId) directoryIds[String(node.id)] = node.directoryId;
  files.push({
    path: 'topology.json',
    content: JSON.stringify(reproducibleSpec(spec, clusterId, directoryIds, input), null, 2) + '\n',
  });
  const names = [...files.map((f) => f.path), 'README.md'];
  files.push({ path: 'README.md', content: renderReadme(ctx, names) });
  return { files, warnings, nodes, clusterId, spec };
}

/** One line per node, localized: used by the CLI and the wizard to summarize what was generated. */
export function describeNodes(result: GenerateResult): string[] {
  return result.nodes.map((n) =>
    t('gen.summary.node', {
      id: n.id,
      role: n.role === 'combined' ? 'broker,controller' : n.role,
      host: n.host,
      ports: [n.brokerPort, n.controllerPort].filter((p) => p !== undefined).join('/'),
      path: n.configPath,
    }),
  );
}
