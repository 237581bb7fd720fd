// The workspace's docker-compose files, for the session. They are few and small: any change (a compose file, its
// .env, an env_file, a mounted file) lints them all again; the session sends only the lists that changed.
import {
  analyzeCompose,
  type AnalyzedCompose,
  composeMounts,
  type EngineOptions,
  type Finding,
  isOverrideFile,
  lintCompose,
} from '../engine';
import { composeReader } from '../compose-host';

export class ComposeFiles {
  /** Compose files (path → text and workspace folder). */
  private files = new Map<string, { text: string; root: string }>();
  /** Findings by the path they land on (the compose file, an env_file, a mounted server.properties). */
  private findings = new Map<string, Finding[]>();
  /** Files mounted as a service's server.properties: only their compose findings are shown. */
  private mounted = new Set<string>();

  /** `textOf`: what the editor or the index has for a path the compose files refer to (else the disk is read). */
  constructor(private readonly textOf: (path: string) => string | undefined) {}

  set(path: string, text: string, root: string): void {
    this.files.set(path, { text, root });
  }

  delete(path: string): void {
    this.files.delete(path);
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

  /** The compose projects (base files, their overrides folded in) as last linted, for the cluster picture. */
  projects(optionsOf: (root: string) => EngineOptions): { path: string; root: string; analyzed: AnalyzedCompose }[] {
    return [...this.files]
      .filter(([path]) => !isOverrideFile(path))
      .map(([path, { root }]) => ({ path, root, analyzed: this.analysisOf(path, optionsOf)! }));
  }

  /** Lints every compose file again; returns the paths whose findings or mounting may have changed. */
  lint(optionsOf: (root: string) => EngineOptions): Set<string> {
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
    return composeReader(this.textOf);
  }
}
