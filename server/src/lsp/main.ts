// Wiring: the connection, the session and its parts, the lifecycle (initialize, initialized, workspace folders),
// and the feature handlers listed in ./handlers. No analysis happens here.
import {
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setLocale } from '../engine';
import { FileIndex } from './file-index';
import { Folders } from './folders';
import { HANDLERS } from './handlers';
import { Session } from './session';
import { Settings } from './settings';

export function startServer(connection: Connection): Session {
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  const settings = new Settings(connection);
  const session = new Session(connection, documents, folders, settings, new FileIndex());
  let supportsFolderEvents = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // The client's choice (setting `kraft.locale`) wins over the editor's display language.
    setLocale(params.initializationOptions?.locale ?? params.locale);
    folders.set(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []));
    settings.supportsConfiguration = !!params.capabilities.workspace?.configuration;
    supportsFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
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

  connection.onInitialized(async () => {
    if (settings.supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (supportsFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(async (event) => {
        folders.set([...folders.all().filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)), ...event.added]);
        settings.forget();
        await session.reindex();
        session.scheduleValidation(0);
      });
    }
    await session.reindex();
    await session.validate();
  });

  // The client's file watcher can miss events (watcher exclusions, changes made before it started): re-check the
  // folders every few seconds by size and modification time, which costs one stat per file.
  let rescanning = false;
  const rescan = setInterval(async () => {
    if (rescanning || folders.all().length === 0) return;
    rescanning = true;
    try {
      if (await session.reindex(false)) session.scheduleValidation();
    } catch {
      // A folder that vanished is reported by the next full index; nothing to do here.
    } finally {
      rescanning = false;
    }
  }, 4000);
  rescan.unref?.();

  for (const handler of HANDLERS) handler.register(connection, session);
  documents.listen(connection);
  connection.listen();
  return session;
}
