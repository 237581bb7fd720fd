// "These files are separate setups": when a cross-node finding ties files that the user knows do not run together,
// the correction is a declaration in `.kraftrc.json` (one cluster per setup), written with minimal edits so that
// the file's comments and layout stay as they are.
import { applyEdits as applyJsonEdits, modify, parse } from 'jsonc-parser';
import type { FileEdit, Position } from '../types';
import { directoryOf } from '../workspace/hosts';
import { PROJECT_CONFIG_FILE, nearestProjectConfig, type LoadedProjectConfig } from './project-config';

export interface SeparateSetupsPlan {
  /** Path of the `.kraftrc.json` to write. */
  configPath: string;
  /** True when it does not exist yet (the edit then is its whole text, at its start). */
  create: boolean;
  edits: FileEdit[];
  /** The clusters declared, name -> globs relative to the config's folder. */
  clusters: Record<string, string[]>;
}

const commonFolder = (paths: string[]) => {
  const dirs = paths.map(directoryOf);
  let common = 0;
  while (dirs.every((dir) => common < dir.length && dir[common] === dirs[0][common])) common++;
  return dirs[0].slice(0, common).join('/');
};

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * Declares `file` a setup of its own and the other `members` of its (inferred) cluster another: by the folders
 * below the members' common folder when `file` has one to itself (everything below it belongs to the setup), by
 * file otherwise. `configs` are the project's `.kraftrc.json` files; the nearest one covering every member is
 * edited, else one is created in the members' common folder (never above `root`, the workspace folder).
 */
export function planSeparateSetups(
  file: string,
  members: string[],
  restName: string,
  configs: readonly LoadedProjectConfig[],
  root = '',
): SeparateSetupsPlan | undefined {
  const slashed = (path: string) => path.replace(/\\/g, '/');
  const mine = slashed(file);
  const paths = [mine, ...members.map(slashed).filter((other) => other !== mine)];
  if (paths.length < 2) return undefined;
  const common = commonFolder(paths);
  const covering = [nearestProjectConfig(mine, configs)].find(
    (config) => config && paths.every((path) => nearestProjectConfig(path, configs) === config),
  );
  const top = slashed(root);
  const folder = covering?.folder ?? (common.length >= top.length ? common : top);
  const relative = (path: string) => path.slice(folder.length + (folder === '' ? 0 : 1));
  // The unit below the common folder each member sits in: a folder (`copy/**`), or the file itself.
  const unitOf = (path: string) => {
    const below = path.slice(common.length + (common === '' ? 0 : 1)).split('/');
    return below.length > 1 ? `${relative(common ? `${common}/${below[0]}` : below[0])}/**` : relative(path);
  };
  const ownUnit = unitOf(mine);
  const alone = paths.slice(1).every((path) => unitOf(path) !== ownUnit);
  const mineGlob = alone ? ownUnit : relative(mine);
  // Sorted: the declaration must not depend on the order the host happened to index the files in.
  const restGlobs = [
    ...new Set(paths.slice(1).map((path) => (alone || unitOf(path) !== ownUnit ? unitOf(path) : relative(path)))),
  ].sort();
  const existing = covering?.config.clusters ?? {};
  const taken = new Set(Object.keys(existing));
  const nameFor = (base: string) => {
    let name = base || 'setup';
    for (let n = 2; taken.has(name); n++) name = `${base || 'setup'}-${n}`;
    taken.add(name);
    return name;
  };
  const mineName = nameFor(
    mineGlob
      .replace(/\/\*\*$/, '')
      .split('/')
      .pop()!
      .replace(/\.properties$/, ''),
  );
  const clusters: Record<string, string[]> = { [mineName]: [mineGlob], [nameFor(restName)]: restGlobs };
  if (Object.keys(clusters).length === 0) return undefined;
  const configPath = covering?.path ?? (folder ? `${folder}/${PROJECT_CONFIG_FILE}` : PROJECT_CONFIG_FILE);
  if (!covering) {
    const text = `${JSON.stringify({ clusters }, null, 2)}\n`;
    return {
      configPath,
      create: true,
      edits: [
        { uri: configPath, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text },
      ],
      clusters,
    };
  }
  // One edit over the span the JSON edits touch: minimal, and valid whatever order they are applied in.
  let text = covering.text;
  const formattingOptions = { insertSpaces: true, tabSize: 2, eol: text.includes('\r\n') ? '\r\n' : '\n' };
  const hasClusters = parse(text)?.clusters && typeof parse(text).clusters === 'object';
  const jsonEdits = hasClusters
    ? Object.entries(clusters).map(([name, globs]) => ({ path: ['clusters', name], value: globs as unknown }))
    : [{ path: ['clusters'], value: clusters as unknown }];
  let start = text.length;
  let endFromTail = text.length;
  for (const { path, value } of jsonEdits) {
    const edits = modify(text, path, value, { formattingOptions });
    for (const edit of edits) {
      start = Math.min(start, edit.offset);
      endFromTail = Math.min(endFromTail, text.length - edit.offset - edit.length);
    }
    text = applyJsonEdits(text, edits);
  }
  const original = covering.text;
  const end = original.length - endFromTail;
  return {
    configPath,
    create: false,
    edits: [
      {
        uri: configPath,
        range: { start: positionAt(original, start), end: positionAt(original, end) },
        newText: text.slice(start, text.length - endFromTail),
      },
    ],
    clusters,
  };
}
