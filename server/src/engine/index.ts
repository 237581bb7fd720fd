// The engine's public face: the language server, the CLI and the tests all go through these functions.
export * from './types';
export {
  lintWorkspace,
  analyzeWorkspace,
  lintAnalyzed,
  type WorkspaceFile,
  type AnalyzedWorkspace,
} from './workspace/lint';
export { WorkspaceLinter, type LintResult } from './workspace/incremental-linter';
export { applyEdits, preferredEdits, preferredFixes, editsConflict } from './workspace/apply-edits';
export { fixWorkspace, type FixOutcome } from './workspace/fix';
export { lineEdits } from './workspace/line-diff';
export { isMetaPropertiesPath } from './workspace/meta';
export { detectServerConfig, looksLikeServerConfig, DEFAULT_SERVER_GLOBS, matchesAny } from './workspace/detect';
export { allRules, ruleByCode } from './rules';
export { setLocale, getLocale, t, normalizeLocale } from './i18n';
export { KAFKA_VERSIONS, DEFAULT_KAFKA_VERSION, isKnownVersion } from './catalog';
export { composeToProperties } from './compose/convert';
export { propertiesToCompose } from './compose/import';
export { lintCompose, analyzeCompose, composeMounts, type ComposeInput, type AnalyzedCompose } from './compose/lint';
export { isComposeFileName, COMPOSE_FILE_GLOBS } from './compose/files';
export { isOverrideFile } from './compose/overrides';
export type { ReadFile } from './compose/model';
export {
  PROJECT_CONFIG_FILE,
  TOPOLOGY_FILE,
  applyDeclarations,
  collectDeclarations,
  isDeclarationFile,
  jarVersions,
  layerDetection,
  nearestProjectConfig,
  parseProjectConfig,
  type Declarations,
  type JarVersion,
  type LoadedProjectConfig,
  type ProjectConfig,
} from './model/project-config';
export type { Cluster, Membership, VersionOrigin } from './workspace/cluster';
export { membershipReason, versionLabel } from './model/describe';
export { planSeparateSetups, type SeparateSetupsPlan } from './model/separate';
export { compareCodeUnits, compareText } from './text-order';
