// The language server: LSP wiring only. Knowledge lives in ./engine; disk access in ./node-files and ./workspace-index.
import {
  CodeAction,
  CodeActionKind,
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  analyzeWorkspace,
  DEFAULT_SERVER_GLOBS,
  detectServerConfig,
  isMetaPropertiesPath,
  matchesAny,
  preferredEdits,
  WorkspaceLinter,
  setLocale,
  t,
  type AnalyzedWorkspace,
  type EngineOptions,
  type FileEdit,
  type Finding,
  type SeveritySetting,
} from './engine';
import { registerFeatureHandlers, SEMANTIC_LEGEND, toWorkspaceEdit } from './lsp/features';
import { MAX_FILE_BYTES, readConfigFile } from './node-files';
import { scanFolder, stampOf } from './workspace-index';

interface FolderSettings {
  enable: boolean;
  kafkaVersion: string;
  rules: Record<string, SeveritySetting>;
  acceptedUnknownKeys: string[];
  include: string[];
  exclude: string[];
  maxFiles: number;
}

const DEFAULT_SETTINGS: FolderSettings = { enable: true, kafkaVersion: '4.3', rules: {}, acceptedUnknownKeys: [], include: [], exclude: [], maxFiles: 5000 };

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: WorkspaceFolder[] = [];
  let supportsConfiguration = false;
  let supportsFolderEvents = false;
  const folderSettings = new Map<string, FolderSettings>();
  /** Text of every candidate file found on disk, by path. */
  const diskText = new Map<string, string>();
  /** Files named like server configs that cannot be read as text (binary, UTF-16, too large): said, not skipped silently. */
  const diskProblems = new Map<string, string>();
  const looksNamedLikeServerConfig = (path: string) => matchesAny(path, DEFAULT_SERVER_GLOBS);
  /** The URI spelling the client uses for a path (VS Code encodes some characters). */
  const uriOfPath = new Map<string, string>();
  const published = new Map<string, string>();
  let analyses = new Map<string, { workspace: AnalyzedWorkspace; findings: Map<string, Finding[]> }>();
  let timer: NodeJS.Timeout | undefined;
  const linters = new Map<string, WorkspaceLinter>();

  const pathOf = (uri: string) => {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    } catch {
      return uri;
    }
  };
  const uriOf = (path: string) => uriOfPath.get(path) ?? (path.startsWith('/') || /^[A-Za-z]:/.test(path) ? pathToFileURL(path).href : path);
  const folderOf = (path: string) =>
    folders.map((folder) => pathOf(folder.uri)).filter((root) => path.startsWith(root.endsWith('/') ? root : root + '/')).sort((a, b) => b.length - a.length)[0] ?? '';

  async function settingsFor(root: string): Promise<FolderSettings> {
    const cached = folderSettings.get(root);
    if (cached) return cached;
    let settings = DEFAULT_SETTINGS;
    if (supportsConfiguration) {
      const scopeUri = root ? pathToFileURL(root).href : undefined;
      const raw = (await connection.workspace.getConfiguration({ scopeUri, section: 'kraft' }).catch(() => undefined)) ?? {};
      settings = {
        enable: raw.validation?.enable ?? true,
        kafkaVersion: raw.kafkaVersion ?? DEFAULT_SETTINGS.kafkaVersion,
        rules: raw.validation?.rules ?? {},
        acceptedUnknownKeys: raw.validation?.acceptedUnknownKeys ?? [],
        include: raw.files?.include ?? [],
        exclude: raw.files?.exclude ?? [],
        maxFiles: raw.files?.maxFiles ?? DEFAULT_SETTINGS.maxFiles,
      };
    }
    folderSettings.set(root, settings);
    return settings;
  }

  /** Whether a path is validated: the open document's language decides first, then names and content. */
  /** Detection parses a file's content: remember the answer until the text, language or settings change. */
  const detections = new Map<string, { key: string; text: string; server: boolean }>();

  function isServerConfig(path: string, text: string, settings: FolderSettings, languageId?: string): boolean {
    if (!settings.enable) return false;
    const key = `${languageId ?? ''}\u0000${JSON.stringify([settings.include, settings.exclude])}`;
    const known = detections.get(path);
    if (known && known.key === key && known.text === text) return known.server;
    const relative = path.slice(folderOf(path).length + 1) || path;
    const server =
      languageId === 'kafka-properties'
        ? detectServerConfig(relative, text, { exclude: settings.exclude, include: ['**'] }) === 'server'
        : detectServerConfig(relative, text, settings) === 'server';
    detections.set(path, { key, text, server });
    return server;
  }

  /** Size and modification time of every indexed file, to notice changes the client's watcher did not report. */
  const stamps = new Map<string, string>();

  async function readIntoIndex(file: string): Promise<void> {
    const read = await readConfigFile(file);
    diskProblems.delete(file);
    if ('text' in read) diskText.set(file, read.text);
    else {
      diskText.delete(file);
      if (looksNamedLikeServerConfig(file)) diskProblems.set(file, read.problem);
    }
  }

  /** Walks every folder; reads new and changed files, forgets removed ones. Returns whether anything changed. */
  async function indexFolders(full = true): Promise<boolean> {
    if (full) {
      diskText.clear();
      diskProblems.clear();
      stamps.clear();
    }
    let changed = false;
    const seen = new Set<string>();
    for (const folder of folders) {
      const root = pathOf(folder.uri);
      const settings = await settingsFor(root);
      const found = await scanFolder(root, settings.maxFiles);
      if (found.truncated && full) connection.console.warn(t('server.tooManyFiles', { folder: root, max: settings.maxFiles }));
      for (const file of found.files) {
        seen.add(file);
        const stamp = await stampOf(file);
        if (stamps.get(file) === stamp) continue;
        stamps.set(file, stamp);
        await readIntoIndex(file);
        changed = true;
      }
    }
    for (const file of [...stamps.keys()]) {
      if (seen.has(file)) continue;
      stamps.delete(file);
      diskText.delete(file);
      diskProblems.delete(file);
      changed = true;
    }
    return changed;
  }

  // The client's file watcher can miss events (watcher exclusions, changes made before it started): re-check the
  // folders every few seconds by size and modification time, which costs one stat per file.
  let rescanning = false;
  const rescan = setInterval(async () => {
    if (rescanning || folders.length === 0) return;
    rescanning = true;
    try {
      if (await indexFolders(false)) scheduleValidation();
    } catch {
      // A folder that vanished is reported by the next full index; nothing to do here.
    } finally {
      rescanning = false;
    }
  }, 4000);
  rescan.unref?.();

  function scheduleValidation(delay = 150): void {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void validate(), delay);
  }

  async function validate(): Promise<void> {
    const byRoot = new Map<string, { uri: string; text: string; root: string }[]>();
    const texts = new Map(diskText);
    const languages = new Map<string, string>();
    const oversized = new Map<string, string>();
    for (const document of documents.all()) {
      const path = pathOf(document.uri);
      uriOfPath.set(path, document.uri);
      const text = document.getText();
      // An open document above the size limit is not analysed on every keystroke; it gets one explanation instead.
      if (text.length > MAX_FILE_BYTES && (document.languageId === 'kafka-properties' || looksNamedLikeServerConfig(path))) {
        oversized.set(path, t('files.tooLarge', { size: Math.round(text.length / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 }));
        texts.delete(path);
        continue;
      }
      texts.set(path, text);
      languages.set(path, document.languageId);
    }
    for (const path of detections.keys()) if (!texts.has(path)) detections.delete(path);
    for (const [path, text] of texts) {
      const root = folderOf(path);
      const settings = await settingsFor(root);
      if (!isMetaPropertiesPath(path) && !isServerConfig(path, text, settings, languages.get(path))) continue;
      byRoot.set(root, [...(byRoot.get(root) ?? []), { uri: path, text, root }]);
    }
    const next = new Map<string, { workspace: AnalyzedWorkspace; findings: Map<string, Finding[]> }>();
    const current = new Set<string>();
    for (const [root, files] of byRoot) {
      const settings = await settingsFor(root);
      const options: EngineOptions = { kafkaVersion: settings.kafkaVersion, ruleSeverity: settings.rules, acceptedUnknownKeys: settings.acceptedUnknownKeys };
      const linter = linters.get(root) ?? new WorkspaceLinter(options);
      linters.set(root, linter);
      linter.setOptions(options);
      const { workspace, findings } = linter.lint(files);
      next.set(root, { workspace, findings });
      for (const [path, list] of findings) {
        current.add(path);
        publish(path, list.map(toDiagnostic));
      }
    }
    analyses = next;
    for (const [path, problem] of [...diskProblems, ...oversized]) {
      if (texts.has(path)) continue;
      current.add(path);
      publish(path, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, code: 'unreadable-file', source: 'kraft', message: problem }]);
    }
    for (const path of [...published.keys()]) if (!current.has(path)) publish(path, []);
  }

  /** Sends diagnostics only for files whose result changed. */
  function publish(path: string, diagnostics: Diagnostic[]): void {
    const key = JSON.stringify(diagnostics);
    if ((published.get(path) ?? '[]') === key) {
      if (diagnostics.length === 0) published.delete(path);
      return;
    }
    if (diagnostics.length === 0) published.delete(path);
    else published.set(path, key);
    void connection.sendDiagnostics({ uri: uriOf(path), diagnostics });
  }

  const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

  function toDiagnostic(finding: Finding): Diagnostic {
    const tags = [...(finding.deprecated ? [DiagnosticTag.Deprecated] : []), ...(finding.unnecessary ? [DiagnosticTag.Unnecessary] : [])];
    return {
      range: finding.range,
      severity: SEVERITY[finding.severity],
      code: finding.code,
      codeDescription: { href: `https://github.com/kraft-tools/kraft-config/blob/main/docs/rules.md#${finding.code}` },
      source: 'kraft',
      message: finding.message,
      ...(tags.length ? { tags } : {}),
      ...(finding.relatedInformation?.length
        ? { relatedInformation: finding.relatedInformation.map((info) => ({ location: { uri: uriOf(info.uri), range: info.range }, message: info.message })) }
        : {}),
      ...(finding.fixes?.length ? { data: { fixes: finding.fixes } } : {}),
    };
  }

  const workspaceEdit = (edits: FileEdit[]) => toWorkspaceEdit(edits, uriOf);

  connection.onInitialize((params: InitializeParams) => {
    // The client's choice (setting `kraft.locale`) wins over the editor's display language.
    setLocale(params.initializationOptions?.locale ?? params.locale);
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    supportsConfiguration = !!params.capabilities.workspace?.configuration;
    supportsFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['=', ',', ':', '/', '.'], resolveProvider: false },
        documentSymbolProvider: true,
        definitionProvider: true,
        renameProvider: { prepareProvider: true },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        foldingRangeProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kraft-config', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (supportsFolderEvents) connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
      folders = [...folders.filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)), ...event.added];
      folderSettings.clear();
      await indexFolders();
      scheduleValidation(0);
    });
    await indexFolders();
    await validate();
  });

  connection.onDidChangeConfiguration(async () => {
    folderSettings.clear();
    await indexFolders();
    scheduleValidation(0);
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      const path = pathOf(change.uri);
      if (change.type === FileChangeType.Deleted) {
        diskText.delete(path);
        diskProblems.delete(path);
        stamps.delete(path);
        continue;
      }
      stamps.set(path, await stampOf(path));
      await readIntoIndex(path);
    }
    scheduleValidation();
  });

  documents.onDidChangeContent(() => scheduleValidation());
  documents.onDidClose(() => scheduleValidation());

  connection.onCodeAction(({ textDocument, context }) => {
    const actions: CodeAction[] = [];
    const path = pathOf(textDocument.uri);
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== 'kraft') continue;
      const fixes = (diagnostic.data as { fixes?: Finding['fixes'] } | undefined)?.fixes ?? [];
      for (const fix of fixes) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: workspaceEdit(fix.edits) });
      }
      const code = String(diagnostic.code);
      if (code === 'unknown-key') {
        const key = documents.get(textDocument.uri)?.getText(diagnostic.range);
        if (key) actions.push({ title: t('server.acceptKey', { key }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: t('server.acceptKey', { key }), command: 'kraft.acceptUnknownKey', arguments: [key, textDocument.uri] } });
      }
      // Fix every finding of this rule in the file, when there are several.
      const sameKind = findingsOf(path).filter((finding) => finding.code === code && finding.fixes?.some((fix) => fix.preferred));
      if (sameKind.length > 1) {
        actions.push({ title: t('server.fixAllOfKind', { code, count: sameKind.length }), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(preferredEdits(sameKind)) });
      }
      const line = diagnostic.range.start.line;
      const document = documents.get(textDocument.uri);
      const indent = document?.getText({ start: { line, character: 0 }, end: { line, character: 200 } }).match(/^\s*/)?.[0] ?? '';
      actions.push({
        title: t('server.suppress', { code }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [textDocument.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# kraft-disable-next-line ${code}\n` }] } },
      });
    }
    if (!context.only || context.only.some((kind) => kind.startsWith(CodeActionKind.SourceFixAll))) {
      const fixable = findingsOf(path).filter((finding) => finding.uri === path && finding.fixes?.some((fix) => fix.preferred));
      if (fixable.length > 0) actions.push({ title: t('server.fixAll', { count: fixable.length }), kind: CodeActionKind.SourceFixAll, edit: workspaceEdit(preferredEdits(fixable)) });
    }
    return actions;
  });

  function findingsOf(path: string): Finding[] {
    return analyses.get(folderOf(path))?.findings.get(path) ?? [];
  }

  registerFeatureHandlers(connection, {
    analysisOf: (uri) => {
      const path = pathOf(uri);
      const root = folderOf(path);
      const analysis = analyses.get(root);
      const node = analysis?.workspace.nodes.get(path);
      if (!analysis || !node) return undefined;
      // Typing outruns the debounced validation: analyse the current text so hover and completion see it.
      const text = documents.get(uri)?.getText();
      if (text === undefined || text === node.doc.text) return { workspace: analysis.workspace, path };
      const settings = folderSettings.get(root) ?? DEFAULT_SETTINGS;
      const files = [...analysis.workspace.nodes.values()].map((other) => ({ uri: other.uri, text: other.uri === path ? text : other.doc.text, root }));
      return { workspace: analyzeWorkspace(files, { kafkaVersion: settings.kafkaVersion }), path };
    },
    uriOf,
  });

  documents.listen(connection);
  connection.listen();
}

startServer(createConnection(ProposedFeatures.all));
