// The "Generate KRaft cluster" engine: pure functions, usable from the CLI, the language server and a browser worker.
export * from './types';
export { setLocale, getLocale, t, normalizeLocale } from '../i18n';
export { generateTopology, describeNodes, reproducibleSpec } from './generate';
export {
  validateSpec,
  normalizeSpec,
  SpecError,
  atLeast,
  parseVersion,
  isSupportedVersion,
  isLocalHost,
  replicationFactor,
  brokerCount,
} from './spec';
export { kafkaUuid, isKafkaUuid, seededRandomBytes, defaultRandomBytes, base64UrlNoPad } from './ids';
export { planAddNode, type AddNodePlan, type ExistingFile } from './addNode';
export { planCompanionEdits, COMPANION_FILES } from './companions';
export { votersString, bootstrapControllers, initialControllers, bootstrapServers } from './plan';
export { composeFormat, COMPOSE_IMAGES, type ComposeImage } from './compose-format';
