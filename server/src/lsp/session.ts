// The session: the one owner of the analysis. It holds the incremental linter of each workspace folder, the current
// analysis and findings, and what was last published; every LSP feature answers from it.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyzeWorkspace,
  DEFAULT_SERVER_GLOBS,
  detectServerConfig,
  isMetaPropertiesPath,
  matchesAny,
  t,
  WorkspaceLinter,
  type AnalyzedWorkspace,
  type EngineOptions,
  type Finding,
} from '../engine';
import { MAX_FILE_BYTES } from '../node-files';
import { fileProblem, toDiagnostic } from './convert';
import type { FileIndex } from './file-index';
import { pathOf, type Folders } from './folders';
import type { FolderSettings, Settings } from './settings';

export interface FolderAnalysis {
  workspace: AnalyzedWorkspace;
  findings: Map<string, Finding[]>;
}

/** An analysis that contains a document, with the engine's identity (path) for it. */
export interface DocumentAnalysis {
  workspace: AnalyzedWorkspace;
  path: string;
}

export class Session {
  private analyses = new Map<string, FolderAnalysis>();
  private linters = new Map<string, WorkspaceLinter>();
  /** The diagnostics last sent per path, to send only what changed. */
  private published = new Map<string, string>();
  /** Detection parses a file's content: remember the answer until the text, language or settings change. */
  private detections = new Map<string, { key: string; text: string; server: boolean }>();
  private timer: NodeJS.Timeout | undefined;
  private readonly validatedListeners: (() => void)[] = [];

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly folders: Folders,
    readonly settings: Settings,
    readonly files: FileIndex,
  ) {}

  readonly uriOf = (path: string): string => this.folders.uriOf(path);

  scheduleValidation(delay = 150): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.validate(), delay);
  }

  /** Re-reads the folders from disk (all of them, or only what changed) and validates when anything did. */
  async reindex(full = true): Promise<boolean> {
    return this.files.index(this.folders.paths(), async (root) => (await this.settings.of(root)).maxFiles, full, (folder, max) =>
      this.connection.console.warn(t('server.tooManyFiles', { folder, max })),
    );
  }

  /** Lints every candidate file (open documents over their disk text) and publishes what changed. */
  async validate(): Promise<void> {
    const byRoot = new Map<string, { uri: string; text: string; root: string }[]>();
    const texts = new Map(this.files.texts);
    const languages = new Map<string, string>();
    const oversized = new Map<string, string>();
    for (const document of this.documents.all()) {
      const path = pathOf(document.uri);
      this.folders.rememberUri(path, document.uri);
      const text = document.getText();
      // An open document above the size limit is not analysed on every keystroke; it gets one explanation instead.
      if (text.length > MAX_FILE_BYTES && (document.languageId === 'kafka-properties' || matchesAny(path, DEFAULT_SERVER_GLOBS))) {
        oversized.set(path, t('files.tooLarge', { size: Math.round(text.length / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 }));
        texts.delete(path);
        continue;
      }
      texts.set(path, text);
      languages.set(path, document.languageId);
    }
    for (const path of this.detections.keys()) if (!texts.has(path)) this.detections.delete(path);
    for (const [path, text] of texts) {
      const root = this.folders.rootOf(path);
      const settings = await this.settings.of(root);
      if (!isMetaPropertiesPath(path) && !this.isServerConfig(path, text, settings, languages.get(path))) continue;
      byRoot.set(root, [...(byRoot.get(root) ?? []), { uri: path, text, root }]);
    }
    const next = new Map<string, FolderAnalysis>();
    const current = new Set<string>();
    for (const [root, files] of byRoot) {
      const settings = await this.settings.of(root);
      const options: EngineOptions = { kafkaVersion: settings.kafkaVersion, ruleSeverity: settings.rules, acceptedUnknownKeys: settings.acceptedUnknownKeys };
      const linter = this.linters.get(root) ?? new WorkspaceLinter(options);
      this.linters.set(root, linter);
      linter.setOptions(options);
      const { workspace, findings } = linter.lint(files);
      next.set(root, { workspace, findings });
      for (const [path, list] of findings) {
        current.add(path);
        this.publish(path, list.map((finding) => toDiagnostic(finding, this.uriOf)));
      }
    }
    this.analyses = next;
    for (const [path, problem] of [...this.files.problems, ...oversized]) {
      if (texts.has(path)) continue;
      current.add(path);
      this.publish(path, [fileProblem(problem)]);
    }
    for (const path of [...this.published.keys()]) if (!current.has(path)) this.publish(path, []);
    for (const listener of this.validatedListeners) listener();
  }

  /** Called after every validation (features that push state to the client, like `kraft/clustersChanged`). */
  onValidated(listener: () => void): void {
    this.validatedListeners.push(listener);
  }

  /** Every analysed workspace folder with its findings. */
  folderAnalyses(): (FolderAnalysis & { root: string })[] {
    return [...this.analyses.entries()].map(([root, analysis]) => ({ ...analysis, root }));
  }

  /** The findings of one file in the current analysis. */
  findingsOf(path: string): Finding[] {
    return this.analyses.get(this.folders.rootOf(path))?.findings.get(path) ?? [];
  }

  /** The current analysis that contains a document, for the text the editor has now. */
  analysisOf(uri: string): DocumentAnalysis | undefined {
    const path = pathOf(uri);
    const root = this.folders.rootOf(path);
    const analysis = this.analyses.get(root);
    const node = analysis?.workspace.nodes.get(path);
    if (!analysis || !node) return undefined;
    // Typing outruns the debounced validation: analyse the current text so hover and completion see it.
    const text = this.documents.get(uri)?.getText();
    if (text === undefined || text === node.doc.text) return { workspace: analysis.workspace, path };
    const settings = this.settings.known(root);
    const files = [...analysis.workspace.nodes.values()].map((other) => ({ uri: other.uri, text: other.uri === path ? text : other.doc.text, root }));
    return { workspace: analyzeWorkspace(files, { kafkaVersion: settings.kafkaVersion }), path };
  }

  /** Whether a path is validated: the open document's language decides first, then names and content. */
  private isServerConfig(path: string, text: string, settings: FolderSettings, languageId?: string): boolean {
    if (!settings.enable) return false;
    const key = `${languageId ?? ''}\u0000${JSON.stringify([settings.include, settings.exclude])}`;
    const known = this.detections.get(path);
    if (known && known.key === key && known.text === text) return known.server;
    const relative = path.slice(this.folders.rootOf(path).length + 1) || path;
    const server =
      languageId === 'kafka-properties'
        ? detectServerConfig(relative, text, { exclude: settings.exclude, include: ['**'] }) === 'server'
        : detectServerConfig(relative, text, settings) === 'server';
    this.detections.set(path, { key, text, server });
    return server;
  }

  /** Sends diagnostics only for files whose result changed. */
  private publish(path: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if ((this.published.get(path) ?? '[]') === key) {
      if (diagnostics.length === 0) this.published.delete(path);
      return;
    }
    if (diagnostics.length === 0) this.published.delete(path);
    else this.published.set(path, key);
    void this.connection.sendDiagnostics({ uri: this.uriOf(path), diagnostics });
  }
}
