// The workspace's docker-compose files, for the session. They are few and small: a change to one of them or to a
// file they read (a .env, an env_file, a mounted server.properties) lints them all again; a change elsewhere (typing
// in a properties file) does not. The session sends only the lists that changed.
import {
  analyzeCompose,
  type AnalyzedCompose,
  composeMounts,
  type EngineOptions,
  type Finding,
  isOverrideFile,
  lintCompose,
} from '../engine';
import { composeTopology, type TopologyCluster } from '../engine/ide';
import { composeReader } from '../compose-host';

export class ComposeFiles {
  /** Compose files (path → text and workspace folder). */
  private files = new Map<string, { text: string; root: string }>();
  /** Findings by the path they land on (the compose file, an env_file, a mounted server.properties). */
  private findings = new Map<string, Finding[]>();
  /** Files mounted as a service's server.properties: only their compose findings are shown. */
  private mounted = new Set<string>();
  /** Every path the compose files read at the last lint (present or not): a change there means linting again. */
  private dependencies = new Set<string>();
  /** A compose file was added, removed or changed since the last lint. */
  private stale = true;
  /** The cluster picture of the projects as of the last lint, worked out when first asked. */
  private clusters: TopologyCluster[] | undefined;

  /** `textOf`: what the editor or the index has for a path the compose files refer to (else the disk is read). */
  constructor(private readonly textOf: (path: string) => string | undefined) {}

  set(path: string, text: string, root: string): void {
    const known = this.files.get(path);
    if (known?.text === text && known.root === root) return;
    this.files.set(path, { text, root });
    this.stale = true;
  }

  delete(path: string): void {
    if (this.files.delete(path)) this.stale = true;
  }

  /** Whether the compose files must be linted again after these paths changed. */
  affectedBy(paths: Iterable<string>): boolean {
    if (this.stale) return true;
    for (const path of paths) if (this.dependencies.has(path)) return true;
    return false;
  }

  /** The workspace folders holding compose files. */
  roots(): Set<string> {
    return new Set([...this.files.values()].map((file) => file.root));
  }

  findingsOf(path: string): Finding[] | undefined {
    return this.findings.get(path);
  }

  isMounted(path: string): boolean {
    return this.mounted.has(path);
  }

  /** Each compose project (a base file, its overrides folded in) as one cluster of its Kafka services. */
  topology(optionsOf: (root: string) => EngineOptions): TopologyCluster[] {
    this.clusters ??= [...this.files]
      .filter(([path]) => !isOverrideFile(path))
      .flatMap(([path, { root }]) => {
        const analyzed = this.analysisOf(path, optionsOf);
        return analyzed ? composeTopology(analyzed, optionsOf(root)) : [];
      });
    // Callers rewrite identities in place: each gets its own copy.
    return structuredClone(this.clusters);
  }

  /** Lints every compose file again; returns the paths whose findings or mounting may have changed. */
  lint(optionsOf: (root: string) => EngineOptions): Set<string> {
    this.stale = false;
    this.clusters = undefined;
    this.dependencies = new Set();
    const before = this.findings;
    const next = new Map<string, Finding[]>();
    for (const [path, { text, root }] of this.files)
      for (const [target, list] of lintCompose([{ uri: path, text, root }], this.reader(), optionsOf(root)))
        next.set(target, [...(next.get(target) ?? []), ...list]);
    this.findings = next;
    const mountedBefore = this.mounted;
    this.mounted = new Set();
    for (const [path, { text, root }] of this.files)
      for (const mounted of composeMounts([{ uri: path, text, root }], this.reader())) this.mounted.add(mounted);
    return new Set([...before.keys(), ...next.keys(), ...mountedBefore, ...this.mounted]);
  }

  /** The analysis of a compose file as last given. */
  analysisOf(path: string, optionsOf: (root: string) => EngineOptions): AnalyzedCompose | undefined {
    const file = this.files.get(path);
    return file && analyzeCompose({ uri: path, text: file.text, root: file.root }, this.reader(), optionsOf(file.root));
  }

  /** Reads what compose files refer to: open documents first, then the index, then the disk. */
  private reader() {
    return composeReader((path) => {
      this.dependencies.add(path);
      return this.textOf(path);
    });
  }
}
