// Shared types of the engine. Positions follow LSP: 0-based lines, UTF-16 characters.
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** One file handed to the engine: its identity (a URI or a path) and its current text. */
export interface SourceFile {
  uri: string;
  text: string;
}

export interface RelatedInformation {
  uri: string;
  range: Range;
  message: string;
}

/** A text edit in some file; quick-fixes carry a list of these. */
export interface FileEdit {
  uri: string;
  range: Range;
  newText: string;
}

export interface FixProposal {
  /** The code action's title, in the user's language. */
  title: string;
  edits: FileEdit[];
  /** The single sensible fix: VS Code applies it on "auto fix" and `lint --fix` applies it. */
  preferred?: boolean;
}

export interface Finding {
  uri: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  relatedInformation?: RelatedInformation[];
  fixes?: FixProposal[];
  /** Marks deprecated / removed keys so editors can strike them through. */
  deprecated?: boolean;
  unnecessary?: boolean;
}

export interface EngineOptions {
  /** Kafka version the files are checked against, e.g. "4.3" or "3.9". Default: newest in the catalog. */
  kafkaVersion?: string;
  /** Per-rule severity overrides, by rule code. */
  ruleSeverity?: Record<string, SeveritySetting>;
  /** Unknown keys that must not be reported (exact names or globs with `*`). */
  acceptedUnknownKeys?: string[];
}

/**
 * How a file's membership in a deployment (a set of processes that run together) is known.
 * Declared membership (a `.kraftrc.json` cluster, a generated `topology.json`, one docker-compose project) beats inference.
 */
export type DeploymentSource = 'config' | 'topology' | 'compose';

export interface DeclaredDeployment {
  /** Stable identity: files with the same id are processes of one deployment, and only of that one. */
  id: string;
  source: DeploymentSource;
  /** Name shown to the user (the cluster name in `.kraftrc.json`, the compose project, the topology folder). */
  name: string;
  /** URI of the file that declares it (`.kraftrc.json`, `topology.json`, the compose file). */
  origin: string;
}
