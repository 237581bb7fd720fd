// Hover documentation of every key, written for this project in English and Simplified Chinese, one file per topic.
import { securityDocs } from './security';
import { zookeeperDocs } from './zookeeper';
import { remoteStorageDocs } from './remote-storage';
import { metricsAndQuotasDocs } from './metrics-and-quotas';
import { logsAndStorageDocs } from './logs-and-storage';
import { quorumAndRolesDocs } from './quorum-and-roles';
import { listenersAndNetworkDocs } from './listeners-and-network';
import { groupsTransactionsOffsetsDocs } from './groups-transactions-offsets';
import { replicationAndTopicsDocs } from './replication-and-topics';
import { brokerLifecycleDocs } from './broker-lifecycle';
import type { KeyDoc } from './types';

export type { KeyDoc };
export const keyDocs: Record<string, KeyDoc> = {
  ...securityDocs,
  ...zookeeperDocs,
  ...remoteStorageDocs,
  ...metricsAndQuotasDocs,
  ...logsAndStorageDocs,
  ...quorumAndRolesDocs,
  ...listenersAndNetworkDocs,
  ...groupsTransactionsOffsetsDocs,
  ...replicationAndTopicsDocs,
  ...brokerLifecycleDocs,
};
