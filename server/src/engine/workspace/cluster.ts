// A cluster as the rules and editor features see it: the nodes of one deployment (see model/deployments.ts for how
// files are assigned to deployments and why), with its brokers, controllers, name and Kafka version.
import type { KafkaVersion } from '../catalog';
import { groupDeployments, type DeploymentInput, type Membership } from '../model/deployments';
import type { NodeConfig } from './node';

export { normalizeHost, folderOf, hostOf, voterEntryOf } from './hosts';
export type { Membership } from '../model/deployments';

/** Where the Kafka version a cluster is checked against comes from. */
export type VersionOrigin =
  /** The `kraft.kafkaVersion` setting or `--kafka-version` (no origin), or a `.kraftrc.json` (its path). */
  | { kind: 'setting'; origin?: string }
  /** A distribution folder or jar name (`kafka_2.13-3.8.0`), a `topology.json`, a compose image tag: `origin` is the path. */
  | { kind: 'inferred'; from: 'folder' | 'jar' | 'topology' | 'compose'; origin: string }
  /** Nothing says: the newest release the catalog knows. */
  | { kind: 'default' };

/**
 * One deployment's nodes. For the status item and the cluster tree: `name`, `membership` (declared, or inferred and
 * why), `nodes` (the members) and `kafkaVersion` with its `versionOrigin`.
 */
export interface Cluster {
  /** Stable id (the declared deployment id, else derived from the members' paths). */
  id: string;
  /** Name shown to the user: declared name, else the members' common folder. */
  name: string;
  membership: Membership;
  nodes: NodeConfig[];
  /** Broker nodes of the cluster (broker-only and combined). */
  brokers: NodeConfig[];
  controllers: NodeConfig[];
  /** Every voter id some node lists has a controller node here: counts of brokers are then trustworthy. */
  complete: boolean;
  kafkaVersion: KafkaVersion;
  versionOrigin: VersionOrigin;
}

export type GroupableNode = DeploymentInput;

/** True when the cluster's members were grouped by inference and it has more than one (a guess worth showing). */
export const isInferredGroup = (cluster: Cluster) => cluster.membership.kind === 'shared-quorum';

export function groupClusters(
  items: GroupableNode[],
  versionOf: (nodes: NodeConfig[]) => { version: KafkaVersion; origin: VersionOrigin },
): Cluster[] {
  return groupDeployments(items).map((deployment) => {
    const { nodes } = deployment;
    const controllers = nodes.filter((node) => node.isController);
    const brokers = nodes.filter((node) => node.isBroker);
    const controllerIds = new Set(controllers.map((node) => node.nodeId));
    const voterIds = new Set(nodes.flatMap((node) => node.voters.map((voter) => voter.parsed.id)));
    const complete = voterIds.size > 0 && [...voterIds].every((id) => controllerIds.has(id));
    const { version, origin } = versionOf(nodes);
    return {
      id: deployment.id,
      name: deployment.name,
      membership: deployment.membership,
      nodes,
      brokers,
      controllers,
      complete,
      kafkaVersion: version,
      versionOrigin: origin,
    };
  });
}
