// How the cluster model explains itself to the user: why a file is grouped as it is, which Kafka version applies and
// where that comes from (hover on node.id, the status item, the cluster tree), and which files a new file works with.
import { t } from '../i18n';
import type { Cluster } from '../workspace/cluster';
import { directoryOf } from '../workspace/hosts';
import type { NodeConfig } from '../workspace/node';

const shortName = (uri: string) => uri.replace(/\\/g, '/').split('/').slice(-2).join('/');

/** Why the files of a cluster are grouped (or why a file stands alone), in one clause. */
export function membershipReason(cluster: Cluster): string {
  const membership = cluster.membership;
  switch (membership.kind) {
    case 'declared':
      return t(`deploy.declared.${membership.source}`, { origin: shortName(membership.origin) });
    case 'zookeeper':
      return t('deploy.zookeeper');
    case 'distribution-sample':
      return t('deploy.sample', { files: membership.alternatives.map(shortName).join(', ') });
    case 'alternative':
      return t('deploy.alternative', { files: membership.of.map(shortName).join(', ') });
    case 'shared-quorum':
      return t(membership.loopbackOnly ? 'deploy.sharedQuorumLoopback' : 'deploy.sharedQuorum');
    case 'alone':
      return t('deploy.alone');
  }
}

/** "Kafka 3.8, inferred from kafka_2.13-3.8.0" and the like. */
export function versionLabel(cluster: Cluster): string {
  const origin = cluster.versionOrigin;
  if (origin.kind === 'inferred')
    return t('deploy.version.inferred', {
      version: cluster.kafkaVersion,
      origin: origin.origin.replace(/\\/g, '/').split('/').pop() ?? origin.origin,
    });
  return t(origin.kind === 'setting' ? 'deploy.version.setting' : 'deploy.version.default', {
    version: cluster.kafkaVersion,
  });
}

/** The cluster paragraph of the node.id hover: its name, size, why, and the Kafka version. */
export function clusterSummary(cluster: Cluster): string {
  const args = {
    name: cluster.name,
    count: cluster.nodes.length,
    reason: membershipReason(cluster),
    version: versionLabel(cluster),
  };
  return cluster.nodes.length > 1 ? t('deploy.hover.cluster', args) : t('deploy.hover.alone', args);
}

const sideBySide = (a: string, b: string) => {
  const [dirA, dirB] = [directoryOf(a), directoryOf(b)];
  return dirA.slice(0, -1).join('/') === dirB.slice(0, -1).join('/');
};

/**
 * The nodes a node works with: the other members of its cluster. A file that nothing ties to a cluster yet (a new
 * file being written) borrows the one cluster with members in its folder or a sibling folder; a sample, an
 * alternative or a ZooKeeper-mode file has none, and neither has a file with no cluster nearby.
 */
export function clusterPeers(
  clusters: readonly Cluster[],
  clusterOf: ReadonlyMap<string, Cluster>,
  node: NodeConfig,
): NodeConfig[] {
  const own = clusterOf.get(node.uri);
  const members = (own?.nodes ?? []).filter((peer) => peer !== node);
  if (members.length > 0 || (own && own.membership.kind !== 'alone')) return members;
  const near = clusters.filter(
    (cluster) =>
      cluster !== own &&
      cluster.nodes.length > 1 &&
      cluster.membership.kind !== 'zookeeper' &&
      cluster.nodes.some((peer) => sideBySide(peer.uri, node.uri)),
  );
  return near.length === 1 ? near[0].nodes : [];
}
