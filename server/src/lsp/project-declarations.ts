// What the project says about its files, for the session: the `.kraftrc.json` and `topology.json` files the index
// read, the Kafka version of unpacked distributions (their `libs/` jars), and which files are server configs.
import {
  collectDeclarations,
  type Declarations,
  detectServerConfig,
  isDeclarationFile,
  type JarVersion,
  layerDetection,
  nearestProjectConfig,
  type ProjectConfig,
} from '../engine';
import { foldersAbove, readJarVersions } from '../project-files';
import type { FileIndex } from './file-index';
import type { Folders } from './folders';
import type { FolderSettings } from './settings';
import { compareText } from '../engine';

export class ProjectDeclarations {
  /** The declarations as last read. */
  current: Declarations = { configs: [], topologies: [] };
  private key = '';
  private jars: JarVersion[] = [];
  /** Detection parses a file's content: remember the answer until the text, language or settings change. */
  private detections = new Map<string, { key: string; text: string; server: boolean }>();
  /** The detection globs of each folder's settings under each project config, and their key (detectionOf). */
  private layered = new WeakMap<
    FolderSettings,
    Map<ProjectConfig | undefined, { globs: ReturnType<typeof layerDetection>; globsKey: string }>
  >();

  constructor(
    private readonly files: FileIndex,
    private readonly folders: Folders,
  ) {}

  /** Parses the indexed declaration files again (and the jars when `full`); true when anything changed. */
  async refresh(full: boolean): Promise<boolean> {
    const entries = [...this.files.texts]
      .filter(([path]) => isDeclarationFile(path))
      .sort(([a], [b]) => compareText(a, b));
    if (full && this.files.libsFolders.size === 0) this.jars = [];
    else if (full) {
      const configs = [...this.files.texts.keys()].filter((path) => path.toLowerCase().endsWith('.properties'));
      const folders = new Set(
        configs.flatMap((path) => [...foldersAbove([path], this.folders.rootOf(path) || undefined)]),
      );
      // Only where the walk saw a `libs` folder: no look-up in every folder of a large workspace.
      this.jars = await readJarVersions([...folders].filter((folder) => this.files.libsFolders.has(folder)));
    }
    const key = JSON.stringify([entries, this.jars]);
    if (key === this.key) return false;
    this.key = key;
    this.current = collectDeclarations(entries, this.jars);
    this.layered = new WeakMap();
    return true;
  }

  /** Whether a path is validated: the open document's language decides first, then names and content. */
  isServerConfig(path: string, text: string, settings: FolderSettings, languageId?: string): boolean {
    if (!settings.enable) return false;
    const { globs, globsKey } = this.detectionOf(settings, nearestProjectConfig(path, this.current.configs)?.config);
    const key = `${languageId ?? ''}\u0000${globsKey}`;
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

  /** The detection globs of a folder's settings under a project config, and their key, worked out once per pair. */
  private detectionOf(settings: FolderSettings, config: ProjectConfig | undefined) {
    let byConfig = this.layered.get(settings);
    if (!byConfig) this.layered.set(settings, (byConfig = new Map()));
    let found = byConfig.get(config);
    if (!found) {
      const globs = layerDetection(settings, config);
      byConfig.set(config, (found = { globs, globsKey: JSON.stringify(globs) }));
    }
    return found;
  }

  /** A file without text: nothing to remember about it. */
  forget(path: string): void {
    this.detections.delete(path);
  }
}
