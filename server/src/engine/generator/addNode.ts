// planAddNode: add a broker or a controller to an existing cluster. Produces the new node's file and the edits to
// every existing node (the voters of a static quorum, the bootstrap servers of a dynamic one).
import { t } from '../i18n';
import { parseProperties, type PropertiesDocument } from '../parser/properties';
import {
  isWildcardHost,
  parseListener,
  parseUnresolvedListener,
  parseVoter,
  splitList,
  valueRange,
} from '../parser/values';
import type { FileEdit } from '../types';
import type { GeneratedFile } from './types';

export interface ExistingFile {
  path: string;
  text: string;
}

export interface AddNodePlan {
  role: 'broker' | 'controller';
  nodeId: number;
  host: string;
  /** The new node's server.properties. */
  file: GeneratedFile;
  /** Edits to existing files (`uri` is the file's path as given). */
  edits: FileEdit[];
  quorum: 'static' | 'dynamic';
  /** Localized, explained warnings. */
  warnings: string[];
  /** Localized steps to bring the new node up. */
  steps: string[];
}

interface NodeFile {
  file: ExistingFile;
  doc: PropertiesDocument;
  props: Map<string, string>;
  id: number;
  roles: Set<string>;
  host?: string;
  ports: number[];
  controllerNames: string[];
}

interface Endpoint {
  name: string;
  host: string;
  port: number;
  /** The host is written as it is: a template placeholder (`${HOST}`) that the deployment fills in for each node. */
  unresolved?: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Comments copied from the template that name its host (when the new node is elsewhere) or its id describe the
 * template, not the new node: the first becomes a header saying what the new node is, the others are dropped.
 */
function refreshComments(
  text: string,
  template: { host?: string; id?: number },
  role: string,
  id: number,
  newHost: string,
): string {
  const stale: RegExp[] = [];
  if (template.host && template.host !== newHost)
    stale.push(new RegExp(`(^|[^\\w.-])${escapeRegExp(template.host)}($|[^\\w.-])`));
  if (template.id !== undefined)
    stale.push(new RegExp(`\\b(node|broker|controller)[ -]?(id[ =:]*)?${template.id}\\b`, 'i'));
  if (stale.length === 0) return text;
  let headerWritten = false;
  return text
    .split(/(?<=\n)/)
    .flatMap((line) => {
      if (!/^\s*[#!]/.test(line) || !stale.some((pattern) => pattern.test(line))) return [line];
      if (headerWritten) return [];
      headerWritten = true;
      return [
        `# KRaft ${role} ${id} on ${newHost}, added to the cluster by kraft-config${line.endsWith('\r\n') ? '\r\n' : '\n'}`,
      ];
    })
    .join('');
}

/**
 * A listener list read with Kafka's grammar (the engine's parser). An item refused only for its host, such as
 * `PLAINTEXT://${HOST}:9092`, is kept with its name and port so the new node gets the same listener.
 */
function parseEndpoints(value: string | undefined): Endpoint[] {
  const out: Endpoint[] = [];
  for (const item of splitList(value ?? '')) {
    const parsed = parseListener(item);
    if (parsed) out.push({ name: parsed.name, host: parsed.host, port: parsed.port });
    else {
      const unresolved = parseUnresolvedListener(item);
      if (unresolved) out.push({ ...unresolved, unresolved: true });
    }
  }
  return out;
}

function list(value: string | undefined): string[] {
  return splitList(value ?? '')
    .map((item) => item.text)
    .filter((text) => text.length > 0);
}

function readNode(file: ExistingFile): NodeFile | undefined {
  const doc = parseProperties(file.text);
  const props = new Map<string, string>();
  for (const entry of doc.entries) props.set(entry.key, entry.value.trim());
  const rolesValue = props.get('process.roles');
  const idValue = props.get('node.id') ?? props.get('broker.id');
  if (!rolesValue || idValue === undefined || !/^\d+$/.test(idValue)) return undefined;
  const roles = new Set(list(rolesValue));
  const id = Number(idValue);
  const controllerNames = list(props.get('controller.listener.names')).map((n) => n.toUpperCase());
  const advertised = parseEndpoints(props.get('advertised.listeners'));
  const listeners = parseEndpoints(props.get('listeners'));
  // A placeholder host names no machine yet: the node's host comes from a readable listener or its voter entry.
  let host = [...advertised, ...listeners].find((e) => !e.unresolved && !isWildcardHost(e.host))?.host;
  if (!host) {
    host = splitList(props.get('controller.quorum.voters') ?? '')
      .map(parseVoter)
      .find((voter) => voter.id === id)?.endpoint?.host;
  }
  const ports = [...listeners, ...advertised].map((e) => e.port);
  return { file, doc, props, id, roles, host, ports, controllerNames };
}

/** Replaces (or adds, after `after`) a key's value in properties text; keeps comments and order. */
function setKey(text: string, key: string, value: string | undefined, after?: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => new RegExp(`^\\s*${key.replace(/\./g, '\\.')}\\s*[=:]`).test(l));
  if (index >= 0) {
    if (value === undefined) lines.splice(index, 1);
    else lines[index] = `${key}=${value}`;
  } else if (value !== undefined) {
    const anchor = after
      ? lines.findIndex((l) => new RegExp(`^\\s*${after.replace(/\./g, '\\.')}\\s*[=:]`).test(l))
      : -1;
    if (anchor >= 0) lines.splice(anchor + 1, 0, `${key}=${value}`);
    else lines.push(`${key}=${value}`);
  }
  return lines.join('\n');
}

const BROKER_ONLY_KEYS = [
  'inter.broker.listener.name',
  'offsets.topic.replication.factor',
  'transaction.state.log.replication.factor',
  'transaction.state.log.min.isr',
  'share.coordinator.state.topic.replication.factor',
  'share.coordinator.state.topic.min.isr',
  'sasl.mechanism.inter.broker.protocol',
  'sasl.enabled.mechanisms',
];

/**
 * Plans one new node. `existingFiles` are the cluster's node files (others are ignored); `host` defaults to the host of
 * the node used as template. Throws an Error with a localized message when the files do not describe a KRaft cluster.
 */
export function planAddNode(existingFiles: ExistingFile[], role: 'broker' | 'controller', host?: string): AddNodePlan {
  const nodes = existingFiles.map(readNode).filter((n): n is NodeFile => n !== undefined);
  if (nodes.length === 0) throw new Error(t('gen.add.noCluster'));
  const exact = nodes.filter((n) => n.roles.size === 1 && n.roles.has(role));
  const combined = nodes.filter((n) => n.roles.has('broker') && n.roles.has('controller'));
  const template = exact[0] ?? combined[0];
  if (!template) throw new Error(t('gen.add.noTemplate', { role }));
  const voters = template.props.get('controller.quorum.voters');
  const quorum: 'static' | 'dynamic' = voters && voters.trim() !== '' ? 'static' : 'dynamic';

  // Node id: next after the ids of the same kind (keeps a `ranges` scheme), unless already taken.
  const taken = new Set(nodes.map((n) => n.id));
  const sameKind = nodes.filter((n) =>
    role === 'controller' ? n.roles.has('controller') : !n.roles.has('controller'),
  );
  let id = (sameKind.length > 0 ? Math.max(...sameKind.map((n) => n.id)) : Math.max(...nodes.map((n) => n.id))) + 1;
  if (taken.has(id)) id = Math.max(...taken) + 1;

  const newHost = (host ?? template.host ?? 'localhost').trim();
  const usedPorts = new Set<number>();
  for (const n of nodes) if ((n.host ?? '') === newHost) n.ports.forEach((p) => usedPorts.add(p));
  const nextPort = (port: number) => {
    let p = port;
    while (usedPorts.has(p)) p++;
    usedPorts.add(p);
    return p;
  };

  // Listeners of the new node: the template's, filtered to the new role, on free ports of the new host.
  const controllerNames = template.controllerNames;
  const keep = (e: Endpoint) =>
    role === 'controller' ? controllerNames.includes(e.name) : !controllerNames.includes(e.name);
  const portMap = new Map<string, number>();
  const listeners = parseEndpoints(template.props.get('listeners'))
    .filter(keep)
    .map((e) => {
      const port = nextPort(e.port);
      portMap.set(e.name, port);
      return { ...e, port };
    });
  const advertised = parseEndpoints(template.props.get('advertised.listeners'))
    .filter(keep)
    .map((e) => ({ ...e, host: e.unresolved ? e.host : newHost, port: portMap.get(e.name) ?? nextPort(e.port) }));
  const warnings: string[] = [];
  // One warning per kept item: `listeners` and `advertised.listeners` often repeat the same placeholder.
  const kept = new Map<string, string>();
  for (const e of [...listeners, ...advertised]) if (e.unresolved) kept.set(`${e.name}://${e.host}:${e.port}`, e.host);
  for (const [listener, keptHost] of kept) warnings.push(t('gen.add.placeholderHost', { listener, host: keptHost }));
  // An IPv6 host goes back in brackets, as the template most likely wrote it (`[::]`).
  const hostText = (e: Endpoint) => (!e.unresolved && e.host.includes(':') ? `[${e.host}]` : e.host);
  const render = (endpoints: Endpoint[]) => endpoints.map((e) => `${e.name}://${hostText(e)}:${e.port}`).join(',');

  let text = template.file.text;
  text = setKey(text, 'process.roles', role);
  text = setKey(text, 'node.id', String(id));
  if (template.props.has('broker.id')) text = setKey(text, 'broker.id', String(id));
  // A listener bound to the template's own host moves to the new host; wildcard, placeholder and other hosts stay.
  text = setKey(
    text,
    'listeners',
    render(listeners.map((e) => ({ ...e, host: e.host === template.host ? newHost : e.host }))),
  );
  text = setKey(text, 'advertised.listeners', advertised.length > 0 ? render(advertised) : undefined);
  if (role === 'controller') for (const key of BROKER_ONLY_KEYS) text = setKey(text, key, undefined);

  // Data directory: the template's, made unique when the new host already runs a node using it.
  const templateDirs = template.props.get('log.dirs') ?? template.props.get('log.dir') ?? '/var/lib/kafka/data';
  const dirsOnHost = new Set(
    nodes.filter((n) => n.host === newHost).flatMap((n) => list(n.props.get('log.dirs') ?? n.props.get('log.dir'))),
  );
  const dirs = list(templateDirs).map((d) => {
    const base = d.replace(new RegExp(`-${template.id}$`), '');
    return dirsOnHost.has(d) || dirsOnHost.has(base) || base !== d ? `${base}-${id}` : base;
  });
  text = setKey(text, template.props.has('log.dirs') ? 'log.dirs' : 'log.dir', dirs.join(','));
  text = text.replace(/^# Node \d+ on .*?\. /m, `# Node ${id} on ${newHost}. `);
  text = refreshComments(text, template, role, id, newHost);

  // Quorum: a new controller joins the voters (static) or the bootstrap servers (dynamic) on every node.
  const edits: FileEdit[] = [];
  const controllerPort = portMap.get(controllerNames[0]);
  if (role === 'controller' && controllerPort !== undefined) {
    const key = quorum === 'static' ? 'controller.quorum.voters' : 'controller.quorum.bootstrap.servers';
    const addition = quorum === 'static' ? `${id}@${newHost}:${controllerPort}` : `${newHost}:${controllerPort}`;
    const current = template.props.get(key) ?? '';
    const updated = current.trim() === '' ? addition : `${current.trim()},${addition}`;
    text = setKey(text, key, updated);
    for (const n of nodes) {
      const entry = [...n.doc.entries].reverse().find((e) => e.key === key);
      if (!entry) continue;
      const value = entry.value.trim();
      if (
        value
          .split(',')
          .map((s) => s.trim())
          .includes(addition)
      )
        continue;
      edits.push({
        uri: n.file.path,
        range: valueRange(n.doc, entry),
        newText: value === '' ? addition : `${value},${addition}`,
      });
    }
    const count = nodes.filter((n) => n.roles.has('controller')).length + 1;
    if (quorum === 'static') warnings.push(t('gen.add.staticRestart', { count }));
    if (count % 2 === 0) warnings.push(t('gen.add.evenControllers', { count, tolerated: count / 2 - 1 }));
  }

  // Path: next to the other host folders when the files follow the generator's `<host>/<role>/server.properties` layout.
  const segments = template.file.path.split('/');
  const existingPaths = new Set(existingFiles.map((f) => f.path));
  let path: string;
  if (segments.length >= 3 && template.host && segments[segments.length - 3] === template.host) {
    const root = segments.slice(0, -3).join('/');
    const prefix = root ? `${root}/` : '';
    path = `${prefix}${newHost}/${role}/server.properties`;
    if (existingPaths.has(path) || nodes.some((n) => n.host === newHost && n.roles.size === 1 && n.roles.has(role))) {
      path = `${prefix}${newHost}/${role}-${id}/server.properties`;
    }
  } else {
    const dir = segments.slice(0, -1).join('/');
    path = `${dir ? `${dir}/` : ''}${role}-${id}.properties`;
  }

  const clusterId = /Cluster id ([A-Za-z0-9_-]{22})/.exec(template.file.text)?.[1] ?? '<CLUSTER_ID>';
  const steps: string[] = [];
  const flags = quorum === 'dynamic' ? ' --no-initial-controllers' : '';
  steps.push(t('gen.add.stepFormat', { command: `kafka-storage.sh format -t ${clusterId} -c ${path}${flags}` }));
  if (role === 'controller' && quorum === 'static') {
    steps.push(t('gen.add.stepRestartAll'));
  }
  steps.push(t('gen.add.stepStart', { command: `kafka-server-start.sh -daemon ${path}` }));
  if (role === 'controller' && quorum === 'dynamic') {
    const bootstrap = template.props.get('controller.quorum.bootstrap.servers') ?? '';
    steps.push(
      t('gen.add.stepAddController', {
        command: `kafka-metadata-quorum.sh --bootstrap-controller ${bootstrap} add-controller --command-config ${path}`,
      }),
    );
  }
  return { role, nodeId: id, host: newHost, file: { path, content: text }, edits, quorum, warnings, steps };
}
