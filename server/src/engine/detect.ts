// The detection face of the engine: which files are Kafka server configs or compose files, by name and by content;
// the message language; and the shape of the cluster picture the server sends (kraft/clusters) for the client to
// draw. Small on purpose: the VS Code client imports this face and the generator face and nothing else of the
// engine, so its bundle carries no rules, key catalog or documentation.
export {
  detectServerConfig,
  looksLikeServerConfig,
  DEFAULT_SERVER_GLOBS,
  matchesAny,
  type Detection,
  type DetectionSettings,
} from './workspace/detect';
export { isComposeFileName, COMPOSE_FILE_GLOBS } from './compose/files';
export { setLocale, getLocale, t, normalizeLocale } from './i18n';
export { UNKNOWN_HOST, rankOf, processLocation, processKey } from './features/topology-model';
export type {
  TopologyCluster,
  TopologyHost,
  TopologyModel,
  TopologyProcess,
  KafkaVersionInfo,
  ProblemCounts,
} from './features/topology-model';
// The client's topology picture draws the same SVG as `kraft-config topology --format svg`.
export { topologySvg } from './features/topology-render';
