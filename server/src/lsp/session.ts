// The session: the one owner of the analysis. It holds the incremental linter of each workspace folder, the current
// analysis and findings, and what was last published; every LSP feature answers from it, for the text the editor
// has now. A validation looks only at the paths that changed since the last one (documents typed in, files the
// index read or forgot); the linter then redoes only the clusters those paths belong to.
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  applyDeclarations,
  isComposeFileName,
  isDeclarationFile,
  type Cluster,
  type Declarations,
  isMetaPropertiesPath,
  t,
  WorkspaceLinter,
  type AnalyzedCompose,
  type AnalyzedWorkspace,
  type Finding,
  type EngineOptions,
  type WorkspaceFile,
} from '../engine';
import { type TopologyCluster, withDocumentText } from '../engine/ide';
import { oversizedDocumentProblem } from '../node-files';
import { ComposeFiles } from './compose-files';
import { fileProblem, toDiagnostic } from './convert';
import type { FileIndex } from './file-index';
import { pathOf, type Folders } from './folders';
import type { FolderSettings, Settings } from './settings';
import { DiagnosticsPublisher } from './publisher';
import { ProjectDeclarations } from './project-declarations';
import { reportInternalError } from './validate';
import { ValidationScheduler } from './validation-scheduler';

export interface FolderAnalysis {
  workspace: AnalyzedWorkspace;
  findings: Map<string, Finding[]>;
}

/** An analysis that contains a document, with the engine's identity (path) for it. */
export interface DocumentAnalysis {
  workspace: AnalyzedWorkspace;
  path: string;
}

/** One workspace folder: its candidate files, its incremental linter and the latest result. */
interface FolderState {
  files: Map<string, WorkspaceFile>;
  linter: WorkspaceLinter;
  analysis?: FolderAnalysis;
}

/** While a large workspace is read, what was read so far is validated and shown this often. */
const PARTIAL_RESULTS_EVERY_MS = 250;

export class Session {
  private states = new Map<string, FolderState>();
  /** The folder state each analysed path belongs to. */
  private rootOfPath = new Map<string, string>();
  /** Open documents: path → URI. */
  private openUris = new Map<string, string>();
  /** Files that cannot be analysed, with the reason shown on them. */
  private problems = new Map<string, string>();
  /** The project's `.kraftrc.json` and `topology.json` files, and their texts to notice a change. */
  /** Paths to look at again at the next validation; `everything` after settings or folders changed. */
  private pending = new Set<string>();
  private everything = true;
  private markReady!: () => void;
  /** Resolves once the first indexing of the folders has been validated. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  private readonly validatedListeners: (() => void)[] = [];
  private listenersScheduled = false;
  /** Compose files, linted apart from the properties files. */
  private readonly compose = new ComposeFiles((path) => {
    const uri = this.openUris.get(path);
    return (uri === undefined ? undefined : this.documents.get(uri)?.getText()) ?? this.files.texts.get(path);
  });

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly folders: Folders,
    readonly settings: Settings,
    readonly files: FileIndex,
  ) {
    this.scheduler = new ValidationScheduler(
      () => this.validate(),
      (error) => reportInternalError(connection, 'validate', error),
    );
    this.publisher = new DiagnosticsPublisher(connection, (path) => this.uriOf(path));
    this.project = new ProjectDeclarations(files, folders);
    // Once the diagnostics have left: what the first edit would otherwise build first.
    this.onValidated(() => this.states.forEach((state) => state.linter.prepare()));
  }

  private readonly scheduler: ValidationScheduler;
  private readonly publisher: DiagnosticsPublisher;
  private readonly project: ProjectDeclarations;

  readonly uriOf = (path: string): string => this.folders.uriOf(path);

  /** The editor opened or changed a document. */
  documentChanged(document: TextDocument): void {
    const path = pathOf(document.uri);
    this.folders.rememberUri(path, document.uri);
    this.openUris.set(path, document.uri);
    this.pending.add(path);
    this.requestValidation();
  }

  /** The editor closed a document: its disk text (if any) applies again. */
  documentClosed(document: TextDocument): void {
    const path = pathOf(document.uri);
    this.openUris.delete(path);
    this.pending.add(path);
    this.requestValidation();
  }

  /** Settings or workspace folders changed: every path is looked at again. */
  invalidateAll(): void {
    this.everything = true;
    this.requestValidation();
  }

  /** Walks the folders (reading only new and changed files), validating and publishing batch by batch. */
  async reindex(onProgress?: (done: number, total: number) => void): Promise<void> {
    let lastShown = performance.now();
    await this.files.index(
      this.folders.paths(),
      async (root) => (await this.settings.of(root)).maxFiles,
      (folder, max) => this.connection.console.warn(t('server.tooManyFiles', { folder, max })),
      async (done, total) => {
        onProgress?.(done, total);
        // Reading is fast: partial results are worth their cost only when the rest takes a while longer.
        if (done < total && performance.now() - lastShown >= PARTIAL_RESULTS_EVERY_MS) {
          await this.runValidation();
          lastShown = performance.now();
        }
      },
    );
    await this.runValidation();
  }

  /** The first indexing: after it, requests stop waiting. */
  async start(onProgress?: (done: number, total: number) => void): Promise<void> {
    try {
      await this.reindex(onProgress);
    } finally {
      this.markReady();
    }
  }

  requestValidation(): void {
    this.scheduler.request();
  }

  private runValidation(): Promise<void> {
    return this.scheduler.runNow();
  }

  private isStale(): boolean {
    return this.everything || this.pending.size > 0 || this.files.hasChanges();
  }

  /** Waits until the analysis covers every change received so far. */
  async current(): Promise<void> {
    await this.ready;
    for (let round = 0; round < 5 && (this.scheduler.busy || this.isStale()); round++) await this.runValidation();
  }

  /** Lints what changed since the last validation and publishes the diagnostics that changed. */
  private async validate(): Promise<void> {
    const changes = this.files.takeChanges();
    // A changed declaration file can regroup, re-detect and re-configure any file: look at everything again.
    if ((this.everything || [...changes].some(isDeclarationFile)) && (await this.project.refresh(this.everything)))
      this.everything = true;
    const paths = this.everything
      ? new Set([
          ...this.files.texts.keys(),
          ...this.files.problems.keys(),
          ...this.openUris.keys(),
          ...this.rootOfPath.keys(),
          ...this.problems.keys(),
        ])
      : new Set([...this.pending, ...changes]);
    const everything = this.everything;
    this.everything = false;
    this.pending.clear();
    // Settings may have changed: every folder lints with its current options (its linter starts afresh if they differ).
    if (everything)
      for (const [root, state] of this.states) state.linter.setOptions(this.optionsOf(await this.settings.of(root)));

    const settingsOf = new Map<string, FolderSettings>();
    const touched = new Set<string>(everything ? this.states.keys() : []);
    // What each folder's linter hears: the files set again and the files gone.
    const folderChanges = new Map<string, { set: Map<string, WorkspaceFile>; removed: Set<string> }>();
    const changesOf = (root: string) => {
      let change = folderChanges.get(root);
      if (!change) folderChanges.set(root, (change = { set: new Map(), removed: new Set() }));
      return change;
    };
    for (const path of paths) {
      const root = this.folders.rootOf(path);
      if (!settingsOf.has(root)) settingsOf.set(root, await this.settings.of(root));
      const settings = settingsOf.get(root)!;
      const uri = this.openUris.get(path);
      const document = uri === undefined ? undefined : this.documents.get(uri);
      const oversized = document && oversizedDocumentProblem(path, document.getText(), document.languageId);
      const text = oversized ? undefined : document ? document.getText() : this.files.texts.get(path);
      const problem = oversized || (document ? undefined : this.files.problems.get(path));
      if (isComposeFileName(path)) {
        if (text !== undefined && settings.enable) this.compose.set(path, text, root);
        else this.compose.delete(path);
      }
      const analysed =
        text !== undefined &&
        !isComposeFileName(path) &&
        (isMetaPropertiesPath(path) || this.project.isServerConfig(path, text, settings, document?.languageId));
      if (text === undefined) this.project.forget(path);
      const before = this.rootOfPath.get(path);
      if (before !== undefined && (!analysed || before !== root)) {
        this.states.get(before)?.files.delete(path);
        this.rootOfPath.delete(path);
        touched.add(before);
        changesOf(before).removed.add(path);
      }
      if (analysed) {
        const state = this.stateOf(root);
        const encoding = !document && this.files.latin1.has(path) ? ('latin1' as const) : undefined;
        const file = applyDeclarations(
          { uri: path, text: text!, root, encoding },
          this.project.current,
          this.optionsOf(settings),
        );
        const known = state.files.get(path);
        if (
          !known ||
          known.text !== text ||
          known.encoding !== encoding ||
          JSON.stringify([known.deployment, known.versionHint, known.options]) !==
            JSON.stringify([file.deployment, file.versionHint, file.options])
        ) {
          state.files.set(path, file);
          touched.add(root);
          changesOf(root).set.set(path, file);
          changesOf(root).removed.delete(path);
        }
        this.rootOfPath.set(path, root);
      }
      if (!analysed && problem !== undefined && text === undefined) this.problems.set(path, problem);
      else this.problems.delete(path);
    }

    for (const root of touched) {
      const state = this.states.get(root);
      if (!state) continue;
      const before = state.analysis?.findings;
      if (state.files.size === 0) {
        this.states.delete(root);
        state.analysis = undefined;
        // Files that left this folder's analysis: cleared, unless another folder or a problem speaks for them now.
        if (before) for (const path of before.keys()) this.clearIfUnclaimed(path);
      } else {
        const change = folderChanges.get(root);
        // A folder's first analysis is sent slice by slice: the editor reads the first files' diagnostics while the
        // server lints the rest.
        const result = await state.linter.updateInSlices(
          [...(change?.set.values() ?? [])],
          [...(change?.removed ?? [])],
          (slice) => slice.forEach((list, path) => this.publishFindings(path, list)),
          () => new Promise((resolve) => setImmediate(resolve)),
        );
        state.analysis = { workspace: result.workspace, findings: result.findings };
        for (const path of result.changed) {
          const list = result.findings.get(path);
          if (list) this.publishFindings(path, list);
          else this.clearIfUnclaimed(path);
        }
      }
    }
    if (everything || this.compose.affectedBy(paths)) await this.lintComposeFiles(settingsOf);
    for (const path of paths) {
      const problem = this.problems.get(path);
      if (problem !== undefined) this.publisher.send(path, [fileProblem(problem)], problem);
      else if (!this.rootOfPath.has(path) && !this.compose.findingsOf(path) && this.publisher.shows(path))
        this.publisher.send(path, [], '');
    }
    // After the diagnostics have left: what listeners push (the cluster model) is not what the user waits for.
    if (!this.listenersScheduled) {
      this.listenersScheduled = true;
      void this.publisher.written().finally(() =>
        setImmediate(() => {
          this.listenersScheduled = false;
          for (const listener of this.validatedListeners) listener();
        }),
      );
    }
  }

  /** A file no analysis speaks for any more: its diagnostics are cleared, unless a folder or a problem claims it. */
  private clearIfUnclaimed(path: string): void {
    if (this.rootOfPath.get(path) === undefined && !this.problems.has(path)) this.publisher.send(path, [], '');
  }

  /** Lints the compose files again and sends what changed on the files they land on. */
  private async lintComposeFiles(settingsOf: Map<string, FolderSettings>): Promise<void> {
    for (const root of this.compose.roots())
      if (!settingsOf.has(root)) settingsOf.set(root, await this.settings.of(root));
    for (const path of this.compose.lint((root) => this.optionsOf(settingsOf.get(root)!))) {
      const root = this.rootOfPath.get(path);
      const own = root === undefined ? undefined : this.states.get(root)?.analysis?.findings.get(path);
      if (own) this.publishFindings(path, own, true);
      else {
        const list = this.compose.findingsOf(path) ?? [];
        this.publisher.send(
          path,
          list.map((finding) => toDiagnostic(finding, this.uriOf)),
          list,
        );
      }
    }
  }

  /** The analysis of a compose document, for the text the editor has now. */
  async composeAnalysisOf(uri: string): Promise<{ analyzed: AnalyzedCompose; path: string } | undefined> {
    const path = pathOf(uri);
    if (!isComposeFileName(path)) return undefined;
    await this.current();
    const analyzed = this.compose.analysisOf(path, (root) => this.optionsOf(this.settings.known(root)));
    return analyzed && { analyzed, path };
  }

  private optionsOf(settings: FolderSettings) {
    return {
      kafkaVersion: settings.kafkaVersion || undefined,
      ruleSeverity: settings.rules,
      acceptedUnknownKeys: settings.acceptedUnknownKeys,
    };
  }

  /** The project's `.kraftrc.json` and `topology.json` files as last read. */
  projectDeclarations(): Declarations {
    return this.project.current;
  }

  private newLinter(root: string): WorkspaceLinter {
    return new WorkspaceLinter(this.optionsOf(this.settings.known(root)));
  }

  private stateOf(root: string): FolderState {
    let state = this.states.get(root);
    if (!state) this.states.set(root, (state = { files: new Map(), linter: this.newLinter(root) }));
    return state;
  }

  /** Called soon after a validation, once per burst (features that push state to the client, like `kraft/clustersChanged`). */
  onValidated(listener: () => void): void {
    this.validatedListeners.push(listener);
  }

  /** Every analysed workspace folder with its findings. */
  folderAnalyses(): (FolderAnalysis & { root: string })[] {
    return [...this.states.entries()].flatMap(([root, state]) => (state.analysis ? [{ ...state.analysis, root }] : []));
  }

  /** Each docker-compose project as a cluster of its Kafka services (engine identities). */
  composeClusters(): TopologyCluster[] {
    return this.compose.topology((root) => this.optionsOf(this.settings.known(root)));
  }

  /** The cluster of a file in the current analysis. */
  clusterOf(path: string): Cluster | undefined {
    const root = this.rootOfPath.get(path);
    return root === undefined ? undefined : this.states.get(root)?.analysis?.workspace.clusterOf.get(path);
  }

  /**
   * What the fix loop re-lints for a file, with the engine options: the files of its cluster and those sharing a
   * folder with them (all a fix there can change), and the meta.properties files; not the whole workspace folder.
   */
  lintInputsOf(path: string): { files: WorkspaceFile[]; options: EngineOptions } | undefined {
    const root = this.rootOfPath.get(path);
    const state = root === undefined ? undefined : this.states.get(root);
    if (root === undefined || !state) return undefined;
    const members = state.analysis?.workspace.clusterOf.get(path)?.nodes.map((node) => node.uri) ?? [path];
    const folders = new Set(members.map((member) => dirname(member)));
    const files = [...state.files.values()].filter(
      (file) => folders.has(dirname(file.uri)) || isMetaPropertiesPath(file.uri) || members.includes(file.uri),
    );
    return { files, options: this.optionsOf(this.settings.known(root)) };
  }

  /** The findings of one file in the current analysis. */
  findingsOf(path: string): Finding[] {
    const root = this.rootOfPath.get(path);
    const own = (root !== undefined && this.states.get(root)?.analysis?.findings.get(path)) || [];
    const compose = this.compose.findingsOf(path);
    return compose ? [...own, ...compose] : own;
  }

  /** The analysis that contains a document, once it covers the text the editor has now. */
  async analysisOf(uri: string): Promise<DocumentAnalysis | undefined> {
    await this.current();
    const path = pathOf(uri);
    const root = this.rootOfPath.get(path);
    const analysis = root === undefined ? undefined : this.states.get(root)?.analysis;
    return analysis?.workspace.nodes.has(path) ? { workspace: analysis.workspace, path } : undefined;
  }

  /**
   * For per-document features (hover, completion, outline, folding, semantic tokens), without waiting for the
   * pending validation when only open documents were typed in: the last analysis, with this document's node parsed
   * from the text the editor has now. Anything else pending (disk, settings, a document not analysed yet) waits.
   */
  async documentAnalysisOf(uri: string): Promise<DocumentAnalysis | undefined> {
    await this.ready;
    const path = pathOf(uri);
    const root = this.rootOfPath.get(path);
    const analysis = root === undefined ? undefined : this.states.get(root)?.analysis;
    const document = this.documents.get(uri);
    const onlyTyping =
      !this.everything &&
      !this.files.hasChanges() &&
      [...this.pending].every((pending) => this.openUris.has(pending) && this.rootOfPath.has(pending));
    if (!onlyTyping || !analysis || !document || !analysis.workspace.nodes.has(path)) return this.analysisOf(uri);
    return { workspace: withDocumentText(analysis.workspace, path, document.getText()), path };
  }

  /** Findings of a cluster that was not linted again are the same list as last time: nothing to compare. */
  private publishFindings(path: string, findings: Finding[], force = false): void {
    const list = this.compose.isMounted(path) ? [] : findings;
    const compose = this.compose.findingsOf(path);
    if (!force && !compose && this.publisher.madeFrom(path, list)) return;
    const all = compose ? [...list, ...compose] : list;
    this.publisher.send(
      path,
      all.map((finding) => toDiagnostic(finding, this.uriOf)),
      compose ? all : list,
    );
  }
}
