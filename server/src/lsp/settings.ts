// The `kraft.*` settings per workspace folder, asked of the client once and kept until it says they changed.
import type { Connection } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import type { SeveritySetting } from '../engine';

export interface FolderSettings {
  enable: boolean;
  kafkaVersion: string;
  rules: Record<string, SeveritySetting>;
  acceptedUnknownKeys: string[];
  include: string[];
  exclude: string[];
  maxFiles: number;
}

/** `kafkaVersion: ''`: not set; a `.kraftrc.json`, then the files themselves, tell the version. */
export const DEFAULT_SETTINGS: FolderSettings = {
  enable: true,
  kafkaVersion: '',
  rules: {},
  acceptedUnknownKeys: [],
  include: [],
  exclude: [],
  maxFiles: 5000,
};

export class Settings {
  /** Whether the client answers `workspace/configuration`; without it every folder uses the defaults. */
  supportsConfiguration = false;
  private byRoot = new Map<string, FolderSettings>();

  constructor(private readonly connection: Connection) {}

  async of(root: string): Promise<FolderSettings> {
    const cached = this.byRoot.get(root);
    if (cached) return cached;
    let settings = DEFAULT_SETTINGS;
    if (this.supportsConfiguration) {
      const scopeUri = root ? pathToFileURL(root).href : undefined;
      const raw =
        (await this.connection.workspace.getConfiguration({ scopeUri, section: 'kraft' }).catch(() => undefined)) ?? {};
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
    this.byRoot.set(root, settings);
    return settings;
  }

  /** The settings already known for a folder, without asking the client. */
  known(root: string): FolderSettings {
    return this.byRoot.get(root) ?? DEFAULT_SETTINGS;
  }

  /** The client said the configuration changed: ask again on next use. */
  forget(): void {
    this.byRoot.clear();
  }
}
