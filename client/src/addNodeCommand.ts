// "KRaft: Add node to cluster": plans the new node in the engine, shows the files it changes, applies them.
import * as vscode from 'vscode';
import type { ClusterModel } from './clusters';
import { t, COMPANION_FILES, planAddNode, planCompanionEdits } from '../../server/src/engine/generator';
import { exists } from './generateFiles';
import { input, pick, problemFor } from './generateQuestions';

type NodeFileRef = { uri: vscode.Uri; path: string; text: string };

async function readFileRef(uri: vscode.Uri): Promise<NodeFileRef> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  return { uri, path: vscode.workspace.asRelativePath(uri, true), text };
}

async function findNodeFiles(): Promise<NodeFileRef[]> {
  const uris = await vscode.workspace.findFiles('**/*.properties', '**/node_modules/**', 2000);
  const files: NodeFileRef[] = [];
  for (const uri of uris) {
    const file = await readFileRef(uri);
    if (/^\s*process\.roles\s*[=:]/m.test(file.text)) files.push(file);
  }
  return files;
}

/**
 * The node files of the cluster to extend, from the server's cluster model: the active file's cluster, else the only
 * cluster, else the one the user picks. Never the files of another cluster.
 */
async function clusterFiles(
  clusterModel: (() => ClusterModel | undefined) | undefined,
): Promise<NodeFileRef[] | undefined> {
  const model = clusterModel?.();
  if (!model) return undefined;
  await model.refresh();
  const clusters = model.model.clusters.filter((cluster) => cluster.hosts.some((host) => host.processes.length > 0));
  if (clusters.length === 0) return undefined;
  const active = vscode.window.activeTextEditor?.document.uri;
  const chosen =
    (active && model.locate(active)?.cluster) ??
    (clusters.length === 1
      ? clusters[0]
      : await pick(
          t('deploy.add.pickCluster'),
          clusters.map((cluster) => ({
            label: cluster.name,
            description: cluster.folder,
            detail: cluster.membership,
            value: cluster,
          })),
          '',
        ));
  return Promise.all(
    chosen.hosts.flatMap((host) => host.processes).map((process) => readFileRef(vscode.Uri.parse(process.uri))),
  );
}

/** The generator's files beside the cluster (topology.json, scripts, README, compose), in its folder and above. */
async function companionFiles(files: NodeFileRef[]): Promise<NodeFileRef[]> {
  const folder = vscode.workspace.getWorkspaceFolder(files[0].uri);
  if (!folder) return [];
  const parents = files.map((file) => file.uri.path.split('/').slice(0, -1));
  let common = 0;
  while (parents.every((dir) => common < dir.length && dir[common] === parents[0][common])) common++;
  const found: NodeFileRef[] = [];
  for (let depth = common; depth >= folder.uri.path.split('/').length; depth--) {
    for (const name of COMPANION_FILES) {
      const uri = folder.uri.with({ path: [...parents[0].slice(0, depth), name].join('/') });
      if (await exists(uri)) found.push(await readFileRef(uri));
    }
  }
  return found;
}

/** `confirm: false` applies without asking (for scripted use); by default the changes are listed for confirmation. */
export interface AddNodeCommandArgs {
  role: 'broker' | 'controller';
  host?: string;
  files?: string[];
  confirm?: boolean;
}

/** `clusterModel` gives the server's cluster model, so that the node joins one cluster only. */
export async function addNode(
  args: AddNodeCommandArgs | undefined,
  clusterModel: (() => ClusterModel | undefined) | undefined,
): Promise<boolean> {
  const role =
    args?.role ??
    (await pick<'broker' | 'controller'>(
      t('gen.wiz.add.placeholder'),
      [
        { label: t('gen.wiz.add.broker'), value: 'broker' },
        { label: t('gen.wiz.add.controller'), value: 'controller' },
      ],
      '1/2',
    ));
  let files = args?.files ? await findNodeFiles() : ((await clusterFiles(clusterModel)) ?? (await findNodeFiles()));
  if (args?.files)
    files = files.filter((f) =>
      args.files!.some((p) => f.uri.fsPath === p || f.uri.toString() === p || f.path.endsWith(p)),
    );
  if (files.length === 0) {
    void vscode.window.showErrorMessage(t('gen.wiz.add.noFiles'));
    return false;
  }
  const preview = planAddNode(
    files.map((f) => ({ path: f.path, text: f.text })),
    role,
    args?.host,
  );
  const host =
    args?.host ??
    (await input(t('gen.wiz.add.hostPrompt'), preview.host, '2/2', (v) =>
      problemFor({ layout: 'isolated', hosts: [v.trim()] }, 'hosts'),
    ));
  const plan = planAddNode(
    files.map((f) => ({ path: f.path, text: f.text })),
    role,
    host,
  );
  const companions = await companionFiles(files);
  const companionEdits = planCompanionEdits(
    plan,
    files.map((f) => ({ path: f.path, text: f.text })),
    companions.map((f) => ({ path: f.path, text: f.text })),
  );

  const byPath = new Map([...files, ...companions].map((f) => [f.path, f.uri]));
  const edit = new vscode.WorkspaceEdit();
  const anchor = files[0];
  const folder = vscode.workspace.getWorkspaceFolder(anchor.uri);
  const relativeParts = plan.file.path.split('/');
  // Paths come from asRelativePath(uri, true), which names the workspace folder first (also with a single folder).
  const newUri =
    folder && plan.file.path.startsWith(`${folder.name}/`)
      ? vscode.Uri.joinPath(folder.uri, ...relativeParts.slice(1))
      : vscode.Uri.joinPath((folder ?? vscode.workspace.workspaceFolders![0]).uri, ...relativeParts);
  edit.createFile(newUri, { ignoreIfExists: false, contents: new TextEncoder().encode(plan.file.content) });
  const changed = new Set<string>();
  for (const e of [...plan.edits, ...companionEdits]) {
    const uri = byPath.get(e.uri);
    if (!uri) continue;
    changed.add(e.uri);
    edit.replace(
      uri,
      new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character),
      e.newText,
    );
  }
  // VS Code's refactor preview leaves edits that need confirmation unticked, so its Apply would apply nothing:
  // the changes are listed in a notification instead, and applied as a whole when the user says so.
  if (args?.confirm !== false) {
    const name = (path: string) => path.split('/').pop() ?? path;
    const list = [
      t('deploy.add.create', { path: plan.file.path.split('/').slice(-3).join('/') }),
      ...(changed.size ? [t('deploy.add.edit', { path: [...changed].map(name).sort().join(', ') })] : []),
    ].join('; ');
    const apply = t('deploy.add.apply');
    const answer = await vscode.window.showInformationMessage(
      `${t('deploy.add.confirm', { role, id: plan.nodeId, count: changed.size + 1 })} ${list}`,
      apply,
    );
    if (answer !== apply) return false;
  }
  const dirtyBefore = new Set(
    vscode.workspace.textDocuments.filter((document) => document.isDirty).map((document) => document.uri.toString()),
  );
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) {
    // Confirmed changes land on disk like the new file does; a file with the user's own unsaved edits stays unsaved.
    for (const path of changed) {
      const uri = byPath.get(path)!;
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
      if (document?.isDirty && !dirtyBefore.has(uri.toString())) await document.save();
    }
    await vscode.window.showTextDocument(newUri, { preview: false });
    const messages = [...plan.warnings, ...plan.steps];
    void vscode.window.showInformationMessage(t('gen.wiz.add.done', { id: plan.nodeId, steps: messages.join(' ') }));
  }
  return applied;
}
