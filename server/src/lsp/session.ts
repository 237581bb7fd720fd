// The session: the one owner of the analysis. It holds the incremental linter of each workspace folder, the current
// analysis and findings, and what was last published; every LSP feature answers from it, for the text the editor
// has now. A validation looks only at the paths that changed since the last one (documents typed in, files the
// index read or forgot); the linter then redoes only the clusters those paths belong to.
import { performance } from 'node:perf_hooks';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzeCompose,
  composeMounts,
  applyDeclarations,
  collectDeclarations,
  DEFAULT_SERVER_GLOBS,
  isComposeFileName,
  lintCompose,
  detectServerConfig,
  isDeclarationFile,
  layerDetection,
  nearestProjectConfig,
  type Cluster,
  type Declarations,
  type JarVersion,
  isMetaPropertiesPath,
  matchesAny,
  t,
  WorkspaceLinter,
  type AnalyzedCompose,
  type AnalyzedWorkspace,
  type Finding,
  type EngineOptions,
  type WorkspaceFile,
} from '../engine';
import { withDocumentText } from '../engine/ide';
import { MAX_FILE_BYTES } from '../node-files';
import { foldersAbove, readJarVersions } from '../project-files';
import { composeReader } from '../compose-host';
import { fileProblem, toDiagnostic } from './convert';
import type { FileIndex } from './file-index';
import { pathOf, type Folders } from './folders';
import type { FolderSettings, Settings } from './settings';
import { reportInternalError } from './validate';

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

/** A validation faster than this runs at once after a change; a slower one waits as long as it took. */
const FAST_VALIDATION_MS = 20;
const MAX_DEBOUNCE_MS = 250;
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
  /** What was last published per path: the findings it came from, the list and (once compared) its serialised form. */
  private published = new Map<string, { source: Finding[] | string; diagnostics: Diagnostic[]; key?: string }>();
  /** The project's `.kraftrc.json` and `topology.json` files, and their texts to notice a change. */
  private declarations: Declarations = { configs: [], topologies: [] };
  private declarationsKey = '';
  private jars: JarVersion[] = [];
  /** Detection parses a file's content: remember the answer until the text, language or settings change. */
  private detections = new Map<string, { key: string; text: string; server: boolean }>();
  /** Paths to look at again at the next validation; `everything` after settings or folders changed. */
  private pending = new Set<string>();
  private everything = true;
  private timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private lastRunMs = 0;
  private markReady!: () => void;
  /** Resolves once the first indexing of the folders has been validated. */
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  private readonly validatedListeners: (() => void)[] = [];
  private listenersScheduled = false;
  /** The last diagnostics sent: messages leave in order, so once it is written every earlier one is too. */
  private lastSent: Promise<void> = Promise.resolve();
  /** Compose files of the workspace (path → text and folder), linted apart from the properties files. */
  private composeFiles = new Map<string, { text: string; root: string }>();
  /** Compose findings by the path they land on (the compose file, an env_file, a mounted server.properties). */
  private composeFindings = new Map<string, Finding[]>();
  /** Files mounted as a compose service's server.properties: only their compose findings are shown. */
  private composeMounted = new Set<string>();

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly folders: Folders,
    readonly settings: Settings,
    readonly files: FileIndex,
  ) {}

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

  /**
   * Debounce only when it pays: a fast validation runs at once (after the messages already received), a slow one
   * waits as long as the last one took, so that typing is not held up by validations it makes obsolete.
   */
  requestValidation(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) return;
    const delay = this.lastRunMs < FAST_VALIDATION_MS ? 0 : Math.min(this.lastRunMs, MAX_DEBOUNCE_MS);
    const run = () => {
      this.timer = undefined;
      void this.runValidation();
    };
    // At once means after the messages already received (a hover sent right behind the keystroke): the protocol
    // library handles one message per turn of the event loop, and a zero timer would run before them.
    this.timer = delay > 0 ? setTimeout(run, delay) : setImmediate(() => (this.timer = setImmediate(run)));
  }

  private runValidation(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer as NodeJS.Timeout);
      clearImmediate(this.timer as NodeJS.Immediate);
      this.timer = undefined;
    }
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.validate()
      .catch((error) => reportInternalError(this.connection, 'validate', error))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.requestValidation();
        }
      });
    return this.running;
  }

  private isStale(): boolean {
    return this.everything || this.pending.size > 0 || this.files.hasChanges();
  }

  /** Waits until the analysis covers every change received so far. */
  async current(): Promise<void> {
    await this.ready;
    for (let round = 0; round < 5 && (this.running || this.isStale()); round++) await this.runValidation();
  }

  /** Lints what changed since the last validation and publishes the diagnostics that changed. */
  private async validate(): Promise<void> {
    const started = performance.now();
    const changes = this.files.takeChanges();
    // A changed declaration file can regroup, re-detect and re-configure any file: look at everything again.
    if (this.everything || [...changes].some(isDeclarationFile)) await this.readDeclarations(this.everything);
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
      let text = document ? document.getText() : this.files.texts.get(path);
      let problem = document ? undefined : this.files.problems.get(path);
      // An open document above the size limit is not analysed on every keystroke; it gets one explanation instead.
      if (
        document &&
        text!.length > MAX_FILE_BYTES &&
        (document.languageId === 'kafka-properties' || matchesAny(path, DEFAULT_SERVER_GLOBS))
      ) {
        problem = t('files.tooLarge', {
          size: Math.round(text!.length / 1024 / 1024),
          limit: MAX_FILE_BYTES / 1024 / 1024,
        });
        text = undefined;
      }
      if (isComposeFileName(path)) {
        if (text !== undefined && settings.enable) this.composeFiles.set(path, { text, root });
        else this.composeFiles.delete(path);
      }
      const analysed =
        text !== undefined &&
        !isComposeFileName(path) &&
        (isMetaPropertiesPath(path) || this.isServerConfig(path, text, settings, document?.languageId));
      if (text === undefined) this.detections.delete(path);
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
          this.declarations,
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
        const result = state.linter.update([...(change?.set.values() ?? [])], [...(change?.removed ?? [])]);
        state.analysis = { workspace: result.workspace, findings: result.findings };
        for (const path of result.changed) {
          const list = result.findings.get(path);
          if (list) this.publishFindings(path, list);
          else this.clearIfUnclaimed(path);
        }
      }
    }
    if (everything || paths.size > 0) await this.lintComposeFiles(settingsOf);
    for (const path of paths) {
      const problem = this.problems.get(path);
      if (problem !== undefined) this.send(path, [fileProblem(problem)], problem);
      else if (!this.rootOfPath.has(path) && !this.composeFindings.has(path) && this.published.has(path))
        this.send(path, [], '');
    }
    this.lastRunMs = performance.now() - started;
    // After the diagnostics have left: what listeners push (the cluster model) is not what the user waits for.
    if (!this.listenersScheduled) {
      this.listenersScheduled = true;
      void this.lastSent.finally(() =>
        setImmediate(() => {
          this.listenersScheduled = false;
          for (const listener of this.validatedListeners) listener();
        }),
      );
    }
  }

  /** A file no analysis speaks for any more: its diagnostics are cleared, unless a folder or a problem claims it. */
  private clearIfUnclaimed(path: string): void {
    if (this.rootOfPath.get(path) === undefined && !this.problems.has(path)) this.send(path, [], '');
  }

  /**
   * Compose files are few and small: any change (the file, its .env, an env_file, a mounted file) lints them all
   * again; only the lists that changed are sent.
   */
  private async lintComposeFiles(settingsOf: Map<string, FolderSettings>): Promise<void> {
    const before = this.composeFindings;
    const next = new Map<string, Finding[]>();
    for (const [path, { text, root }] of this.composeFiles) {
      if (!settingsOf.has(root)) settingsOf.set(root, await this.settings.of(root));
      for (const [target, list] of lintCompose(
        [{ uri: path, text, root }],
        this.composeRead(),
        this.optionsOf(settingsOf.get(root)!),
      )) {
        next.set(target, [...(next.get(target) ?? []), ...list]);
      }
    }
    this.composeFindings = next;
    const mountedBefore = this.composeMounted;
    this.composeMounted = new Set();
    for (const [path, { text, root }] of this.composeFiles)
      for (const mounted of composeMounts([{ uri: path, text, root }], this.composeRead()))
        this.composeMounted.add(mounted);
    for (const path of new Set([...before.keys(), ...next.keys(), ...mountedBefore, ...this.composeMounted])) {
      const root = this.rootOfPath.get(path);
      const own = root === undefined ? undefined : this.states.get(root)?.analysis?.findings.get(path);
      if (own) this.publishFindings(path, own, true);
      else {
        const list = next.get(path) ?? [];
        this.send(
          path,
          list.map((finding) => toDiagnostic(finding, this.uriOf)),
          list,
        );
      }
    }
  }

  /** Reads what compose files refer to: open documents first, then the index, then the disk. */
  private composeRead() {
    return composeReader((path) => {
      const uri = this.openUris.get(path);
      return (uri === undefined ? undefined : this.documents.get(uri)?.getText()) ?? this.files.texts.get(path);
    });
  }

  /** The analysis of a compose document, for the text the editor has now. */
  async composeAnalysisOf(uri: string): Promise<{ analyzed: AnalyzedCompose; path: string } | undefined> {
    const path = pathOf(uri);
    if (!isComposeFileName(path)) return undefined;
    await this.current();
    const file = this.composeFiles.get(path);
    if (!file) return undefined;
    return {
      analyzed: analyzeCompose(
        { uri: path, text: file.text, root: file.root },
        this.composeRead(),
        this.optionsOf(this.settings.known(file.root)),
      ),
      path,
    };
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
    return this.declarations;
  }

  /** Parses the indexed declaration files again; when they changed, every file is looked at again. */
  private async readDeclarations(full: boolean): Promise<void> {
    const entries = [...this.files.texts]
      .filter(([path]) => isDeclarationFile(path))
      .sort(([a], [b]) => a.localeCompare(b));
    // An unpacked distribution's libs/ tells its Kafka version: looked up again when everything is.
    if (full) {
      const configs = [...this.files.texts.keys()].filter((path) => path.toLowerCase().endsWith('.properties'));
      const folders = new Set(
        configs.flatMap((path) => [...foldersAbove([path], this.folders.rootOf(path) || undefined)]),
      );
      // Only where the walk saw a `libs` folder: no look-up in every folder of a large workspace.
      this.jars = await readJarVersions([...folders].filter((folder) => this.files.libsFolders.has(folder)));
    }
    const key = JSON.stringify([entries, this.jars]);
    if (key === this.declarationsKey) return;
    this.declarationsKey = key;
    this.declarations = collectDeclarations(entries, this.jars);
    this.everything = true;
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

  /** The cluster of a file in the current analysis. */
  clusterOf(path: string): Cluster | undefined {
    const root = this.rootOfPath.get(path);
    return root === undefined ? undefined : this.states.get(root)?.analysis?.workspace.clusterOf.get(path);
  }

  /** The files analysed with a file (its folder) and their engine options: what the fix loop needs to re-lint. */
  lintInputsOf(path: string): { files: WorkspaceFile[]; options: EngineOptions } | undefined {
    const root = this.rootOfPath.get(path);
    const state = root === undefined ? undefined : this.states.get(root);
    return root === undefined || !state
      ? undefined
      : { files: [...state.files.values()], options: this.optionsOf(this.settings.known(root)) };
  }

  /** The findings of one file in the current analysis. */
  findingsOf(path: string): Finding[] {
    const root = this.rootOfPath.get(path);
    const own = (root !== undefined && this.states.get(root)?.analysis?.findings.get(path)) || [];
    const compose = this.composeFindings.get(path);
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

  /** Whether a path is validated: the open document's language decides first, then names and content. */
  private isServerConfig(path: string, text: string, settings: FolderSettings, languageId?: string): boolean {
    if (!settings.enable) return false;
    const globs = layerDetection(settings, nearestProjectConfig(path, this.declarations.configs)?.config);
    const key = `${languageId ?? ''}\u0000${JSON.stringify(globs)}`;
    const known = this.detections.get(path);
    if (known && known.key === key && known.text === text) return known.server;
    const relative = path.slice(this.folders.rootOf(path).length + 1) || path;
    const server =
      languageId === 'kafka-properties'
        ? detectServerConfig(relative, text, { exclude: globs.exclude, include: ['**'] }) === 'server'
        : detectServerConfig(relative, text, globs) === 'server';
    this.detections.set(path, { key, text, server });
    return server;
  }

  /** Findings of a cluster that was not linted again are the same list as last time: nothing to compare. */
  private publishFindings(path: string, findings: Finding[], force = false): void {
    const list = this.composeMounted.has(path) ? [] : findings;
    const compose = this.composeFindings.get(path);
    if (!force && !compose && this.published.get(path)?.source === list) return;
    const all = compose ? [...list, ...compose] : list;
    this.send(
      path,
      all.map((finding) => toDiagnostic(finding, this.uriOf)),
      compose ? all : list,
    );
  }

  /** Sends diagnostics only for files whose result changed. */
  private send(path: string, diagnostics: Diagnostic[], source: Finding[] | string): void {
    const last = this.published.get(path);
    // Serialised only to compare with an earlier list: a first publication (most of a start-up) needs no key.
    const same = last ? keyOf(last) === JSON.stringify(diagnostics) : diagnostics.length === 0;
    if (same) {
      if (last && diagnostics.length > 0) last.source = source;
      else this.published.delete(path);
      return;
    }
    if (diagnostics.length === 0) this.published.delete(path);
    else this.published.set(path, { source, diagnostics });
    this.lastSent = this.connection.sendDiagnostics({ uri: this.uriOf(path), diagnostics }).catch(() => undefined);
  }
}

/** The serialised form of a published list, worked out once when first compared. */
function keyOf(published: { diagnostics: Diagnostic[]; key?: string }): string {
  published.key ??= JSON.stringify(published.diagnostics);
  return published.key;
}
