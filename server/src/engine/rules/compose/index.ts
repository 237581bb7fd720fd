// Compose-level rules, in the order findings are reported. Adding one: a module here plus one line below.
import bitnamiLegacy from './bitnami-legacy';
import clusterId from './cluster-id';
import hostPortConflict from './host-port-conflict';
import imageRefusal from './image-refusal';
import publishedPort from './published-port';
import type { ComposeRule } from './rule';
import unknownImage from './unknown-image';
import unresolvedHost from './unresolved-host';

export const composeRules: ComposeRule[] = [
  bitnamiLegacy,
  clusterId,
  hostPortConflict,
  imageRefusal,
  publishedPort,
  unknownImage,
  unresolvedHost,
];
