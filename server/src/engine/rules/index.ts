// Every rule, in the order findings are reported. Adding a rule: a module in node/ or cluster/ plus one line here.
import type { Rule } from './rule';
import type { ComposeRule } from './compose/rule';
import { composeRules } from './compose';
import advertisedListeners from './node/advertised-listeners';
import bootstrapServerSyntax from './node/bootstrap-server-syntax';
import brokerInVoters from './node/broker-in-voters';
import byteOrderMark from './node/byte-order-mark';
import configConstraints from './node/config-constraints';
import controllerListenerNames from './node/controller-listener-names';
import controllerNotInVoters from './node/controller-not-in-voters';
import controllerOnlyListeners from './node/controller-only-listeners';
import deprecatedKey from './node/deprecated-key';
import duplicateKey from './node/duplicate-key';
import duplicateVoter from './node/duplicate-voter';
import dynamicOnlyKey from './node/dynamic-only-key';
import earlyStartListeners from './node/early-start-listeners';
import interBrokerListener from './node/inter-broker-listener';
import invalidValue from './node/invalid-value';
import listenerProtocol from './node/listener-protocol';
import listenerSyntax from './node/listener-syntax';
import logDirs from './node/log-dirs';
import nodeId from './node/node-id';
import nonAscii from './node/non-ascii';
import processRoles from './node/process-roles';
import propertiesSyntax from './node/properties-syntax';
import quorumMissing from './node/quorum-missing';
import quorumSize from './node/quorum-size';
import removedKey from './node/removed-key';
import roleMisplacedKey from './node/role-misplaced-key';
import saslControllerMechanism from './node/sasl-controller-mechanism';
import saslInterBrokerMechanism from './node/sasl-inter-broker-mechanism';
import unknownKey from './node/unknown-key';
import voterPortMismatch from './node/voter-port-mismatch';
import voterSyntax from './node/voter-syntax';
import zookeeperMode from './node/zookeeper-mode';
import controllerListenerMismatch from './cluster/controller-listener-mismatch';
import dynamicQuorum from './cluster/dynamic-quorum';
import sharedAdvertisedEndpoint from './cluster/shared-advertised-endpoint';
import disjointSiblingQuorum from './cluster/disjoint-sibling-quorum';
import duplicateNodeId from './cluster/duplicate-node-id';
import metaProperties from './cluster/meta-properties';
import portConflict from './cluster/port-conflict';
import replicationFactor from './cluster/replication-factor';
import sharedDirectory from './cluster/shared-directory';
import voterNodeMismatch from './cluster/voter-node-mismatch';
import votersMismatch from './cluster/voters-mismatch';

export const allRules: Rule[] = [
  controllerListenerMismatch,
  dynamicQuorum,
  sharedAdvertisedEndpoint,
  disjointSiblingQuorum,
  duplicateNodeId,
  metaProperties,
  portConflict,
  replicationFactor,
  sharedDirectory,
  voterNodeMismatch,
  votersMismatch,
  advertisedListeners,
  bootstrapServerSyntax,
  brokerInVoters,
  byteOrderMark,
  configConstraints,
  controllerListenerNames,
  controllerNotInVoters,
  controllerOnlyListeners,
  deprecatedKey,
  duplicateKey,
  duplicateVoter,
  dynamicOnlyKey,
  earlyStartListeners,
  interBrokerListener,
  invalidValue,
  listenerProtocol,
  listenerSyntax,
  logDirs,
  nodeId,
  nonAscii,
  processRoles,
  propertiesSyntax,
  quorumMissing,
  quorumSize,
  removedKey,
  roleMisplacedKey,
  saslControllerMechanism,
  saslInterBrokerMechanism,
  unknownKey,
  voterPortMismatch,
  voterSyntax,
  zookeeperMode,
];

/** Every rule by code, compose rules included (severity settings and suppressions name them the same way). */
export const ruleByCode = new Map<string, Rule | ComposeRule>(
  [...allRules, ...composeRules].map((rule) => [rule.code, rule]),
);
export { composeRules };
