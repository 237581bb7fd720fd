// The questions of "KRaft: Generate KRaft cluster" (and the prompts "Add node to cluster" shares): one wizard at a
// time, every step with a Back button (wizardSteps.ts); Esc anywhere throws Cancelled.
import * as vscode from 'vscode';
import { Cancelled, WizardFlow, type Choice } from './wizardSteps';
import {
  t,
  COMPOSE_IMAGES,
  DEFAULT_KAFKA_VERSION,
  type ComposeImage,
  KAFKA_VERSIONS,
  atLeast,
  validateSpec,
  type Layout,
  type NodeIdScheme,
  type QuorumMode,
  type SaslMechanism,
  type SecurityProtocol,
  type TopologySpec,
} from '../../server/src/engine/generator';

export type OutputFormat = 'properties' | 'compose';
export interface OutputChoice {
  format: OutputFormat;
  image: ComposeImage;
}

export function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Cancelled();
  return value;
}

/** The wizard running now: its steps have a Back button (see wizardSteps.ts). */
let flow = new WizardFlow('');

/** Starts a new wizard with this title; the questions below are its steps. */
export function startWizard(title: string): WizardFlow {
  flow = new WizardFlow(title);
  return flow;
}

export function pick<T>(placeHolder: string, items: Choice<T>[], step: string): Promise<T> {
  return flow.pick(placeHolder, items, step);
}

export function input(
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
export function problemFor(spec: TopologySpec, field: string): string | undefined {
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
export async function askSpec(): Promise<{ spec: TopologySpec; output: OutputChoice }> {
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

export async function askTarget(): Promise<vscode.Uri> {
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
