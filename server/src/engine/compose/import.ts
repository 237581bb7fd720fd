// Properties → compose: the nodes of one cluster as one compose project in an image's dialect. Hosts become service
// names (voters by id, bootstrap servers by host:port, advertised listeners the service itself, listeners bind every
// interface), data goes to a named volume; the result must lint with no error or warning the files did not have.
import { renderComposeServices, type ComposeImage } from '../generator/compose-format';
import { hostOf } from '../workspace/hosts';
import { lintWorkspace, type WorkspaceFile } from '../workspace/lint';
import { buildNode, type NodeConfig } from '../workspace/node';
import { normalizeVersion } from '../catalog';
import { t } from '../i18n';
import type { EngineOptions, Finding } from '../types';
import { lintCompose } from './lint';

export interface ImportResult {
  text?: string;
  problems: string[];
}

const serious = (list: Finding[]) =>
  list.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
const roleOf = (node: NodeConfig) =>
  node.isBroker && node.isController ? 'combined' : node.isController ? 'controller' : 'broker';

export function propertiesToCompose(
  files: WorkspaceFile[],
  image: ComposeImage,
  clusterId: string,
  options: EngineOptions = {},
): ImportResult {
  const version = normalizeVersion(options.kafkaVersion);
  const nodes = files.map((file) => buildNode(file.uri, file.text, version));
  const ids = nodes.map((node) => node.nodeId);
  if (ids.some((id) => id === undefined) || new Set(ids).size !== ids.length)
    return { problems: [t('compose.import.ids')] };
  if (nodes.some((node) => [...node.protocolMap.values()].some((protocol) => protocol !== 'PLAINTEXT')))
    return { problems: [t('gen.compose.securedUnsupported')] };
  const serviceOf = new Map(nodes.map((node) => [node.nodeId!, `${roleOf(node)}-${node.nodeId}`]));
  // host:port of every listener → the service that binds it (for bootstrap servers).
  const byEndpoint = new Map<string, string>();
  for (const node of nodes)
    for (const item of node.listeners)
      if (item.parsed)
        byEndpoint.set(`${hostOf(node) ?? 'localhost'}:${item.parsed.port}`, serviceOf.get(node.nodeId!)!);
  const services = nodes.map((node) => {
    const own = serviceOf.get(node.nodeId!)!;
    const settings = new Map([...node.settings].map(([key, entry]) => [key, entry.value.trim()]));
    if (node.votersEntry)
      settings.set(
        'controller.quorum.voters',
        node.voters
          .map((voter) =>
            voter.parsed.endpoint
              ? `${voter.parsed.id}@${serviceOf.get(voter.parsed.id) ?? voter.parsed.endpoint.host}:${voter.parsed.endpoint.port}`
              : voter.span.text,
          )
          .join(','),
      );
    if (node.bootstrapEntry)
      settings.set(
        'controller.quorum.bootstrap.servers',
        node.bootstrapServers
          .map((item) =>
            item.parsed
              ? `${byEndpoint.get(`${item.parsed.host.toLowerCase() === '127.0.0.1' ? 'localhost' : item.parsed.host.toLowerCase()}:${item.parsed.port}`) ?? item.parsed.host}:${item.parsed.port}`
              : item.span.text,
          )
          .join(','),
      );
    if (settings.has('listeners'))
      settings.set(
        'listeners',
        node.listeners
          .map((item) => (item.parsed ? `${item.parsed.name}://:${item.parsed.port}` : item.span.text))
          .join(','),
      );
    if (node.advertisedEntry)
      settings.set(
        'advertised.listeners',
        node.advertised
          .map((item) => (item.parsed ? `${item.parsed.name}://${own}:${item.parsed.port}` : item.span.text))
          .join(','),
      );
    const brokerListener = node.isBroker
      ? node.listeners.find(
          (item) => item.parsed && !node.controllerListenerNames.some((name) => name.text === item.parsed!.name),
        )
      : undefined;
    return {
      name: own,
      settings,
      broker: node.isBroker,
      controller: node.isController,
      brokerPort: brokerListener?.parsed?.port,
    };
  });
  const header = `# ${t('compose.import.header', { count: nodes.length })}`;
  const text = renderComposeServices(services, image, version, clusterId, 'kafka', header);
  // No new error or warning: what the properties files had may remain, nothing else.
  const before = new Set(serious([...lintWorkspace(files, options).values()].flat()).map((finding) => finding.code));
  const after = serious(
    [...lintCompose([{ uri: 'docker-compose.yml', text }], () => undefined, options).values()].flat(),
  );
  const fresh = after.filter((finding) => !before.has(finding.code));
  return fresh.length > 0
    ? { text, problems: fresh.map((finding) => `${finding.code}: ${finding.message}`) }
    : { text, problems: [] };
}
