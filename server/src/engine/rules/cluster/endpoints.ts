// Where the controllers of a cluster can be reached, for the rules that compare quorum addresses with them.
import type { Cluster } from '../../workspace/cluster';
import { isWildcardHost } from '../../parser/values';
import { hostOf, normalizeHost } from '../../workspace/cluster';
import { ownControllerListener, type NodeConfig } from '../../workspace/node';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Where a controller can be reached: its controller listener's port, and its host when the config tells. */
export function controllerEndpoint(node: NodeConfig): { host?: string; port: number } | undefined {
  const listener = ownControllerListener(node);
  if (!listener) return undefined;
  const advertised = node.advertised.find((item) => item.parsed?.name === listener.name)?.parsed;
  const bound = advertised?.host || (isWildcardHost(listener.host) ? undefined : listener.host);
  return { host: bound ? normalizeHost(bound) : hostOf(node), port: advertised?.port ?? listener.port };
}

/** Two hosts can only be told apart when both are IPs or both are names (loopback or unknown: perhaps the same). */
export function sameHost(a: string | undefined, b: string): boolean {
  if (!a || a === b || a === 'localhost' || b === 'localhost') return true;
  return IPV4.test(a) !== IPV4.test(b);
}

/**
 * The whole cluster is in the workspace: every voter has its controller here (static quorum), or, for a dynamic
 * quorum, every bootstrap server is the address of a controller here. Only then do counts of brokers mean anything.
 */
export function isWholeCluster(cluster: Cluster): boolean {
  if (cluster.complete) return true;
  if (cluster.nodes.some((node) => node.voters.length > 0) || cluster.controllers.length === 0) return false;
  const endpoints = cluster.controllers.map(controllerEndpoint).filter((endpoint) => endpoint !== undefined);
  const servers = cluster.nodes.flatMap((node) => node.bootstrapServers);
  return (
    servers.length > 0 &&
    servers.every(
      (server) =>
        server.parsed &&
        endpoints.some(
          (endpoint) =>
            endpoint!.port === server.parsed!.port && sameHost(endpoint!.host, normalizeHost(server.parsed!.host)),
        ),
    )
  );
}
