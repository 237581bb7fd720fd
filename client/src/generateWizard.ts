// "KRaft: Generate KRaft cluster" and "KRaft: Add node to cluster". Only UI wiring: every decision and every text of
// the generated files comes from the pure engine (server/src/engine/generator).
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { setLocale, t } from '../../server/src/engine/generator';
import { messageLocale } from './locale';
import { Cancelled, WizardFlow, type Choice } from './wizardSteps';
import type { ClusterModel } from './clusters';
import {
  COMPANION_FILES,
  COMPOSE_IMAGES,
  DEFAULT_KAFKA_VERSION,
  composeFormat,
  type ComposeImage,
  KAFKA_VERSIONS,
  SpecError,
  atLeast,
  generateTopology,
  planAddNode,
  planCompanionEdits,
  validateSpec,
  type Layout,
  type NodeIdScheme,
  type QuorumMode,
  type SaslMechanism,
  type SecurityProtocol,
  type TopologySpec,
} from '../../server/src/engine/generator';

export interface GenerateCommandArgs {
  spec: TopologySpec;
  /** Absolute path, file URI string, or a path relative to the first workspace folder. */
  targetFolder: string;
  /** Overwrite existing files without asking (tests only). */
  overwrite?: boolean;
  /** 'compose': one docker-compose.yml in `image`'s dialect (apache/kafka by default), as `generate --format compose`. */
  format?: OutputFormat;
  image?: ComposeImage;
}

type OutputFormat = 'properties' | 'compose';
interface OutputChoice {
  format: OutputFormat;
  image: ComposeImage;
}

export interface GenerateCommandResult {
  written: string[];
  warnings: string[];
  cancelled?: boolean;
}

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Cancelled();
  return value;
}

/** The wizard running now: its steps have a Back button (see wizardSteps.ts). */
let flow = new WizardFlow('');

function pick<T>(placeHolder: string, items: Choice<T>[], step: string): Promise<T> {
  return flow.pick(placeHolder, items, step);
}

function input(
  prompt: string,
  value: string,
  step: string,
  validate: (v: string) => string | vscode.InputBoxValidationMessage | undefined,
): Promise<string> {
  return flow.input(prompt, value, step, validate);
}

function number(
  prompt: string,
  value: number,
  min: number,
  max: number,
  step: string,
  warn?: (n: number) => string | undefined,
): Promise<number> {
  return flow.number(prompt, value, min, max, step, t('gen.wiz.number.invalid', { min, max }), warn);
}

/** The first spec problem about `field`, for InputBox validation. */
function problemFor(spec: TopologySpec, field: string): string | undefined {
  return validateSpec(spec).find(
    (p) => p.severity === 'error' && (p.field === field || p.field.startsWith(`${field}.`)),
  )?.message;
}

async function pickProtocol(
  listener: string,
  step: string,
  defaultProtocol: SecurityProtocol,
): Promise<SecurityProtocol> {
  const protocols: SecurityProtocol[] = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'];
  const ordered = [defaultProtocol, ...protocols.filter((p) => p !== defaultProtocol)];
  return pick(
    t('gen.wiz.protocol.placeholder', { listener }),
    ordered.map((p) => ({ label: p, detail: t(`gen.wiz.protocol.${p}`), value: p })),
    step,
  );
}

/** The whole question sequence. Esc at any step throws Cancelled. */
async function askSpec(): Promise<{ spec: TopologySpec; output: OutputChoice }> {
  const total = 13;
  let n = 0;
  const step = () => `${++n}/${total}`;
  const spec: TopologySpec = { layout: 'isolated' };

  spec.layout = await pick<Layout>(
    t('gen.wiz.layout.placeholder'),
    [
      { label: t('gen.wiz.layout.isolated'), detail: t('gen.wiz.layout.isolatedDetail'), value: 'isolated' },
      { label: t('gen.wiz.layout.combined'), detail: t('gen.wiz.layout.combinedDetail'), value: 'combined' },
      { label: t('gen.wiz.layout.mixed'), detail: t('gen.wiz.layout.mixedDetail'), value: 'mixed' },
    ],
    step(),
  );

  // In combined and mixed layouts the "controllers" are nodes that are brokers too: say so.
  const controllersPrompt =
    spec.layout === 'combined'
      ? 'gen.wiz.controllers.combinedPrompt'
      : spec.layout === 'mixed'
        ? 'gen.wiz.controllers.mixedPrompt'
        : 'gen.wiz.controllers.prompt';
  spec.controllers = await number(
    t(controllersPrompt),
    3,
    1,
    99,
    step(),
    (count) =>
      validateSpec({ layout: spec.layout, controllers: count }).find(
        (p) => p.field === 'controllers' && p.severity === 'warning',
      )?.message,
  );

  const brokersStep = step();
  if (spec.layout !== 'combined') {
    spec.brokers = await number(
      t(spec.layout === 'mixed' ? 'gen.wiz.brokersMixed.prompt' : 'gen.wiz.brokers.prompt'),
      3,
      spec.layout === 'mixed' ? 0 : 1,
      999,
      brokersStep,
    );
  }

  const hostsStep = step();
  const where = await pick<'local' | 'multi'>(
    t('gen.wiz.hosts.placeholder'),
    [
      { label: t('gen.wiz.hosts.local'), detail: t('gen.wiz.hosts.localDetail'), value: 'local' },
      { label: t('gen.wiz.hosts.multi'), detail: t('gen.wiz.hosts.multiDetail'), value: 'multi' },
    ],
    hostsStep,
  );
  if (where === 'multi') {
    const hosts = await input(t('gen.wiz.hosts.prompt'), '', hostsStep, (v) => {
      const list = v
        .split(',')
        .map((h) => h.trim())
        .filter((h) => h);
      if (list.length === 0) return t('gen.problem.hostsList');
      return problemFor({ layout: spec.layout, hosts: list }, 'hosts');
    });
    spec.hosts = hosts
      .split(',')
      .map((h) => h.trim())
      .filter((h) => h);
  } else {
    spec.hosts = ['localhost'];
  }

  const portsStep = step();
  const brokerPort = await number(t('gen.wiz.brokerPort.prompt'), 9092, 1, 65535, portsStep);
  const controllerPort = Number(
    await input(t('gen.wiz.controllerPort.prompt'), String(brokerPort === 9093 ? 9094 : 9093), portsStep, (v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 65535)
        return t('gen.wiz.number.invalid', { min: 1, max: 65535 });
      return problemFor(
        { layout: spec.layout, brokerListener: { port: brokerPort }, controllerListener: { port: Number(v) } },
        'controllerListener.port',
      );
    }),
  );

  const securityStep = step();
  const brokerName = t('gen.wiz.protocol.brokerListener');
  const controllerName = t('gen.wiz.protocol.controllerListener');
  const brokerProtocol = await pickProtocol(brokerName, securityStep, 'PLAINTEXT');
  let brokerMechanism: SaslMechanism | undefined;
  if (brokerProtocol.startsWith('SASL')) {
    brokerMechanism = await pick<SaslMechanism>(
      t('gen.wiz.mechanism.placeholder', { listener: brokerName }),
      (['SCRAM-SHA-512', 'SCRAM-SHA-256', 'PLAIN'] as SaslMechanism[]).map((m) => ({ label: m, value: m })),
      securityStep,
    );
  }
  const controllerProtocol = await pickProtocol(controllerName, securityStep, brokerProtocol);

  const namesStep = step();
  const listenerName = (label: string, value: string, field: 'brokerListener' | 'controllerListener', other?: string) =>
    input(t('gen.wiz.listenerName.prompt', { listener: label }), value, namesStep, (v) => {
      const candidate: TopologySpec = {
        layout: spec.layout,
        [field]: { name: v },
        ...(other ? { brokerListener: { name: other } } : {}),
      };
      return problemFor(candidate, `${field}.name`);
    });
  const bName = await listenerName(brokerName, brokerProtocol, 'brokerListener');
  const cName = await listenerName(controllerName, 'CONTROLLER', 'controllerListener', bName);
  spec.brokerListener = {
    name: bName,
    protocol: brokerProtocol,
    port: brokerPort,
    ...(brokerMechanism ? { saslMechanism: brokerMechanism } : {}),
  };
  spec.controllerListener = { name: cName, protocol: controllerProtocol, port: controllerPort };

  const versions = [...KAFKA_VERSIONS].reverse();
  spec.kafkaVersion = await pick<string>(
    t('gen.wiz.version.placeholder'),
    versions.map((v) => ({
      label: v,
      description: v === DEFAULT_KAFKA_VERSION ? t('gen.wiz.version.latest') : undefined,
      value: v,
    })),
    step(),
  );

  const quorumStep = step();
  if (atLeast(spec.kafkaVersion, 3, 9)) {
    spec.quorum = await pick<QuorumMode>(
      t('gen.wiz.quorum.placeholder'),
      [
        { label: t('gen.wiz.quorum.static'), detail: t('gen.wiz.quorum.staticDetail'), value: 'static' },
        { label: t('gen.wiz.quorum.dynamic'), detail: t('gen.wiz.quorum.dynamicDetail'), value: 'dynamic' },
      ],
      quorumStep,
    );
  } else {
    spec.quorum = 'static';
  }

  const dirsStep = step();
  const standardDirs = {
    label: t('gen.wiz.dirs.standard'),
    detail: '/var/lib/kafka/controller, /var/lib/kafka/broker, /var/lib/kafka/data',
    value: 'standard' as const,
  };
  const seedDirs = {
    label: t('gen.wiz.dirs.seed'),
    detail: '/kafkacontroller, /kafkabroker, /kafkadata',
    value: 'seed' as const,
  };
  // On this machine alone, data goes below the generated folder by default: the user owns it, /var/lib/kafka needs root.
  const hereDirs = { label: t('gen.wiz.dirs.here'), detail: t('gen.wiz.dirs.hereDetail'), value: 'here' as const };
  // A controller and a broker on each of several hosts is the reference layout: offer its directories first.
  const seedShaped = spec.layout === 'isolated' && (spec.hosts?.length ?? 0) > 1;
  const dirs = await pick<'here' | 'standard' | 'seed' | 'custom'>(
    t('gen.wiz.dirs.placeholder'),
    [
      ...(where === 'local'
        ? [hereDirs, standardDirs, seedDirs]
        : seedShaped
          ? [seedDirs, standardDirs]
          : [standardDirs, seedDirs]),
      { label: t('gen.wiz.dirs.custom'), detail: t('gen.wiz.dirs.customDetail'), value: 'custom' },
    ],
    dirsStep,
  );
  if (dirs === 'custom') {
    const dir = (prompt: string, value: string, key: 'controller' | 'broker' | 'combined') =>
      input(prompt, value, dirsStep, (v) =>
        problemFor({ layout: spec.layout, dataDirs: { [key]: v } }, `dataDirs.${key}`),
      );
    spec.dataDirs = {};
    if (spec.layout === 'isolated')
      spec.dataDirs.controller = await dir(
        t('gen.wiz.dirs.controllerPrompt'),
        '/var/lib/kafka/controller',
        'controller',
      );
    if (spec.layout !== 'isolated')
      spec.dataDirs.combined = await dir(t('gen.wiz.dirs.combinedPrompt'), '/var/lib/kafka/data', 'combined');
    if (spec.layout !== 'combined')
      spec.dataDirs.broker = await dir(t('gen.wiz.dirs.brokerPrompt'), '/var/lib/kafka/broker', 'broker');
  } else if (dirs !== 'here') {
    spec.profile = dirs;
  }

  spec.nodeIds = await pick<NodeIdScheme>(
    t('gen.wiz.nodeIds.placeholder'),
    [
      { label: t('gen.wiz.nodeIds.interleaved'), detail: t('gen.wiz.nodeIds.interleavedDetail'), value: 'interleaved' },
      { label: t('gen.wiz.nodeIds.ranges'), detail: t('gen.wiz.nodeIds.rangesDetail'), value: 'ranges' },
    ],
    step(),
  );
  return { spec, output: await askOutput(spec, step()) };
}

/** Properties files, or one compose project when the generator can write this spec as one (PLAINTEXT, static quorum). */
async function askOutput(spec: TopologySpec, step: string): Promise<OutputChoice> {
  const plaintext = spec.brokerListener?.protocol === 'PLAINTEXT' && spec.controllerListener?.protocol === 'PLAINTEXT';
  const version = spec.kafkaVersion ?? DEFAULT_KAFKA_VERSION;
  if (!plaintext || spec.quorum === 'dynamic' || !atLeast(version, 3, 7))
    return { format: 'properties', image: 'apache' };
  const format = await pick<OutputFormat>(
    t('gen.wiz.format.placeholder'),
    [
      { label: t('gen.wiz.format.properties'), detail: t('gen.wiz.format.propertiesDetail'), value: 'properties' },
      { label: t('gen.wiz.format.compose'), detail: t('gen.wiz.format.composeDetail'), value: 'compose' },
    ],
    step,
  );
  if (format === 'properties') return { format, image: 'apache' };
  // cp-kafka renders an empty advertised.listeners on controller-only services, which Kafka 4.2+ refuses.
  const cpRefused = atLeast(version, 4, 2) && spec.layout !== 'combined';
  const images = COMPOSE_IMAGES.filter((image) => image !== 'cp-kafka' || !cpRefused);
  const image = await pick<ComposeImage>(
    t('gen.wiz.image.placeholder'),
    images.map((value) => ({
      label: t(`gen.wiz.image.${value}`),
      detail: t(`gen.wiz.image.${value}Detail`),
      value,
    })),
    step,
  );
  return { format, image };
}

async function askTarget(): Promise<vscode.Uri> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage(t('gen.wiz.noWorkspace'));
    throw new Cancelled();
  }
  const folder =
    folders.length === 1
      ? folders[0]
      : need(await vscode.window.showWorkspaceFolderPick({ placeHolder: t('gen.wiz.workspace.placeholder') }));
  const relative = await input(t('gen.wiz.folder.prompt', { workspace: folder.name }), 'kraft-cluster', '13/13', (v) =>
    v.trim() === '' || v.split(/[\\/]/).includes('..') || /^([a-zA-Z]:)?[\\/]/.test(v)
      ? t('gen.wiz.folder.invalid')
      : undefined,
  );
  return vscode.Uri.joinPath(folder.uri, ...relative.split(/[\\/]/).filter((s) => s));
}

function resolveTarget(target: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(target)) return vscode.Uri.parse(target);
  if (target.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(target)) return vscode.Uri.file(target);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error(t('gen.wiz.noWorkspace'));
  return vscode.Uri.joinPath(folder.uri, ...target.split(/[\\/]/).filter((s) => s));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Generates and writes; asks before overwriting anything (unless `overwrite`). */
async function generateInto(
  spec: TopologySpec,
  output: OutputChoice,
  target: vscode.Uri,
  overwrite: boolean,
  interactive: boolean,
): Promise<GenerateCommandResult> {
  let result;
  try {
    // Compose services keep data in the image's own directory: no baseDir on the host.
    const local = output.format === 'properties' && target.scheme === 'file' && spec.baseDir === undefined;
    result = generateTopology(local ? { ...spec, baseDir: target.fsPath } : spec);
    if (output.format === 'compose') result = composeFormat(result, output.image);
  } catch (error) {
    if (error instanceof SpecError) {
      const problems = error.problems
        .filter((p) => p.severity === 'error')
        .map((p) => p.message)
        .join(' ');
      if (interactive) void vscode.window.showErrorMessage(t('gen.wiz.invalidSpec', { problems }));
      throw new Error(t('gen.wiz.invalidSpec', { problems }));
    }
    throw error;
  }
  const targets = result.files.map((f) => ({ file: f, uri: vscode.Uri.joinPath(target, ...f.path.split('/')) }));
  const existing: string[] = [];
  for (const { file, uri } of targets) if (await exists(uri)) existing.push(file.path);
  if (existing.length > 0 && !overwrite) {
    const confirm = t('gen.wiz.overwrite');
    const answer = interactive
      ? await vscode.window.showWarningMessage(
          t('gen.wiz.confirmOverwrite', { count: existing.length, folder: target.fsPath, example: existing[0] }),
          { modal: true },
          confirm,
        )
      : undefined;
    if (answer !== confirm) {
      if (interactive) void vscode.window.showInformationMessage(t('gen.wiz.cancelled'));
      return { written: [], warnings: result.warnings, cancelled: true };
    }
  }
  const encoder = new TextEncoder();
  for (const { uri, file } of targets) {
    await vscode.workspace.fs.writeFile(uri, encoder.encode(file.content));
    // VS Code's file system API has no permissions: on disk, make the scripts executable as the CLI does.
    if (uri.scheme === 'file' && file.path.endsWith('.sh')) await fs.chmod(uri.fsPath, 0o755);
  }
  const readme = vscode.Uri.joinPath(target, 'README.md');
  if (interactive) {
    await vscode.window.showTextDocument(readme, { preview: false });
    void vscode.window.showInformationMessage(
      t('gen.wiz.written', { count: targets.length, folder: target.fsPath, clusterId: result.clusterId }),
    );
    if (result.warnings.length > 0)
      void vscode.window.showWarningMessage(t('gen.wiz.warnings', { warnings: result.warnings.join(' ') }));
  }
  return { written: targets.map((x) => x.uri.toString()), warnings: result.warnings };
}

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
async function clusterFiles(): Promise<NodeFileRef[] | undefined> {
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

async function addNode(args?: AddNodeCommandArgs): Promise<boolean> {
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
  let files = args?.files ? await findNodeFiles() : ((await clusterFiles()) ?? (await findNodeFiles()));
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

let clusterModel: (() => ClusterModel | undefined) | undefined;

/** `clusters` gives the server's cluster model, so that "Add a broker or controller" acts on one cluster only. */
export function registerGenerateCommand(
  context: vscode.ExtensionContext,
  clusters?: () => ClusterModel | undefined,
): void {
  clusterModel = clusters;
  setLocale(messageLocale());
  context.subscriptions.push(
    vscode.commands.registerCommand(
      'kraft.generateCluster',
      async (args?: GenerateCommandArgs): Promise<GenerateCommandResult> => {
        setLocale(messageLocale());
        if (args?.spec && args.targetFolder) {
          const output: OutputChoice = { format: args.format ?? 'properties', image: args.image ?? 'apache' };
          return generateInto(args.spec, output, resolveTarget(args.targetFolder), args.overwrite === true, false);
        }
        try {
          flow = new WizardFlow(t('gen.wiz.title'));
          const { answers, target } = await flow.run(async () => ({
            answers: await askSpec(),
            target: await askTarget(),
          }));
          return await generateInto(answers.spec, answers.output, target, false, true);
        } catch (error) {
          if (error instanceof Cancelled) return { written: [], warnings: [], cancelled: true };
          void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
          return { written: [], warnings: [], cancelled: true };
        }
      },
    ),
    vscode.commands.registerCommand('kraft.addNodeToCluster', async (args?: AddNodeCommandArgs): Promise<boolean> => {
      setLocale(messageLocale());
      try {
        flow = new WizardFlow(t('gen.wiz.add.title'));
        return await flow.run(() => addNode(args));
      } catch (error) {
        if (error instanceof Cancelled) return false;
        void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
        return false;
      }
    }),
  );
}
