// Wiring: the connection, the session and its parts, the lifecycle (initialize, initialized, workspace folders),
// and the feature handlers listed in ./handlers. No analysis happens here.
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setLocale, t } from '../engine';
import { DiskWatch } from './disk-watch';
import { FileIndex } from './file-index';
import { Folders } from './folders';
import { HANDLERS } from './handlers';
import { Session } from './session';
import { Settings } from './settings';
import {
  anything,
  array,
  checkedNotification,
  object,
  oneOf,
  optional,
  reportInternalError,
  reportMalformed,
  string,
  uri,
  workspaceFolder,
  type Shape,
} from './validate';

/** What the server reads of `initialize`; anything else a client sends there is its own business. */
const initializeParams = object({
  capabilities: object({}),
  workspaceFolders: optional(array(workspaceFolder)),
  rootUri: optional(uri),
  locale: optional(string),
  initializationOptions: optional(object({ locale: optional(string) })),
});

export function startServer(connection: Connection): Session {
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  const settings = new Settings(connection);
  const session = new Session(connection, documents, folders, settings, new FileIndex());
  const disk = new DiskWatch(connection, session);
  let supportsFolderEvents = false;
  let clientWatches = false;
  let supportsProgress = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // A faulty client still gets a working server: what is malformed is logged and left at its default.
    const problem = initializeParams(params, 'params');
    if (problem) reportMalformed(connection, 'initialize', problem);
    const valid = (shape: Shape, value: unknown) => shape(value, '') === undefined;
    const options = valid(object({}), params?.initializationOptions) ? params.initializationOptions : {};
    // The client's choice (setting `kraft.locale`) wins over the editor's display language.
    setLocale([options.locale, params?.locale].find((locale) => typeof locale === 'string'));
    const listed = Array.isArray(params?.workspaceFolders)
      ? params.workspaceFolders.filter((folder) => valid(workspaceFolder, folder))
      : undefined;
    folders.set(listed ?? (valid(uri, params?.rootUri) ? [{ uri: params.rootUri!, name: 'root' }] : []));
    const workspace = valid(object({ workspace: object({}) }), params?.capabilities)
      ? params.capabilities.workspace
      : undefined;
    settings.supportsConfiguration = workspace?.configuration === true;
    supportsFolderEvents = workspace?.workspaceFolders === true;
    clientWatches = valid(object({ dynamicRegistration: oneOf(true) }), workspace?.didChangeWatchedFiles);
    supportsProgress = valid(object({ window: object({ workDoneProgress: oneOf(true) }) }), params?.capabilities);
    for (const handler of HANDLERS) handler.initialize?.(params ?? ({} as InitializeParams));
    const capabilities = Object.assign({}, ...HANDLERS.map((handler) => handler.capabilities ?? {}));
    return {
      capabilities: {
        ...capabilities,
        textDocumentSync: TextDocumentSyncKind.Incremental,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kraft-config', version: '0.1.0' },
    };
  });

  connection.onInitialized(
    checkedNotification(connection, 'initialized', anything, async () => {
      if (settings.supportsConfiguration)
        void connection.client.register(DidChangeConfigurationNotification.type, undefined);
      if (supportsFolderEvents) {
        const method = 'workspace/didChangeWorkspaceFolders';
        connection.workspace.onDidChangeWorkspaceFolders(
          checkedNotification(
            connection,
            method,
            (event, at) =>
              object({ added: array(workspaceFolder), removed: array(workspaceFolder) })(event, `${at}.event`),
            async (event: WorkspaceFoldersChangeEvent) => {
              folders.set([
                ...folders.all().filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)),
                ...event.added,
              ]);
              settings.forget();
              session.invalidateAll();
              disk.foldersChanged();
              await session.reindex();
            },
          ),
        );
      }
      disk.start(clientWatches);
      await indexWithProgress(connection, session, supportsProgress);
    }),
  );

  // Last line of defence: a bug reached from one message is logged and the server keeps serving the others.
  process.on('unhandledRejection', (error) => reportInternalError(connection, 'unhandledRejection', error));
  process.on('uncaughtException', (error) => reportInternalError(connection, 'uncaughtException', error));

  for (const handler of HANDLERS) handler.register(connection, session);
  connection.listen();
  return session;
}

/** The first indexing, with a progress notification when the client shows them (a large workspace takes a while). */
async function indexWithProgress(connection: Connection, session: Session, supportsProgress: boolean): Promise<void> {
  const progress = supportsProgress
    ? await connection.window.createWorkDoneProgress().catch(() => undefined)
    : undefined;
  progress?.begin(t('server.indexing'), 0, undefined, false);
  try {
    await session.start((done, total) =>
      progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done}/${total}`),
    );
  } finally {
    progress?.done();
  }
}
