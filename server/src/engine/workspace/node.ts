// What one server.properties says about its process, derived the way Kafka derives it (last key wins,
// values trimmed, listener names upper-cased, the implicit protocol map for controller listeners).
import { parseProperties, type Entry, type PropertiesDocument } from '../parser/properties';
import {
  parseHostPort,
  parseListener,
  parseMapEntry,
  parseVoter,
  splitList,
  type ParsedHostPort,
  type ParsedListener,
  type ParsedMapEntry,
  type ParsedVoter,
  type Span,
} from '../parser/values';
import { DEFAULT_PROTOCOL_MAP, type KafkaVersion, atLeast } from '../catalog';

export interface ListItem<T> {
  span: Span;
  parsed?: T;
}
export interface VoterItem extends ListItem<ParsedVoter> {
  parsed: ParsedVoter;
}

export interface NodeConfig {
  uri: string;
  /** 'latin1' when the host read the bytes as ISO-8859-1 (Kafka's own reading); undefined: UTF-8 or unknown. */
  encoding?: 'utf8' | 'latin1';
  doc: PropertiesDocument;
  /** The entry Kafka uses for each key: the last one. */
  settings: Map<string, Entry>;
  /** Entries hidden by a later entry with the same key. */
  shadowed: Entry[];
  roles: Set<string>;
  roleItems: Span[];
  isBroker: boolean;
  isController: boolean;
  /** node.id, or broker.id when only that is set (Kafka copies one to the other). */
  nodeId?: number;
  nodeIdEntry?: Entry;
  voters: VoterItem[];
  votersEntry?: Entry;
  bootstrapServers: ListItem<ParsedHostPort>[];
  bootstrapEntry?: Entry;
  listeners: ListItem<ParsedListener>[];
  /** True when `listeners` is absent and Kafka's default PLAINTEXT://:9092 applies. */
  listenersDefaulted: boolean;
  advertised: ListItem<ParsedListener>[];
  advertisedEntry?: Entry;
  controllerListenerNames: Span[];
  protocolMapEntries: ListItem<ParsedMapEntry>[];
  /** Effective listener name -> protocol, as Kafka computes it. */
  protocolMap: Map<string, string>;
  protocolMapExplicit: boolean;
  interBrokerListenerName: string;
  logDirs: string[];
  metadataLogDir?: string;
  /** The host the process runs on when the deployment says so (a compose service), over any guess from its config. */
  declaredHost?: string;
}

/** Trimmed value of a key, or undefined when absent. */
export function valueOf(node: NodeConfig, key: string): string | undefined {
  return node.settings.get(key)?.value.trim();
}

export function buildNode(uri: string, text: string, version: KafkaVersion, encoding?: 'utf8' | 'latin1'): NodeConfig {
  const doc = parseProperties(text);
  const settings = new Map<string, Entry>();
  const shadowed: Entry[] = [];
  for (const entry of doc.entries) {
    const previous = settings.get(entry.key);
    if (previous) shadowed.push(previous);
    settings.set(entry.key, entry);
  }
  const get = (key: string) => settings.get(key);
  const list = (key: string) => {
    const entry = get(key);
    return entry ? splitList(entry.value) : [];
  };

  const roleItems = list('process.roles');
  const roles = new Set(roleItems.map((item) => item.text));

  let nodeId: number | undefined;
  const nodeIdEntry = get('node.id') ?? get('broker.id');
  if (nodeIdEntry && /^[+-]?\d+$/.test(nodeIdEntry.value.trim())) nodeId = Number(nodeIdEntry.value.trim());

  const voters = list('controller.quorum.voters').map((span) => ({ span, parsed: parseVoter(span) }));
  const bootstrapServers = list('controller.quorum.bootstrap.servers').map((span) => ({
    span,
    parsed: parseHostPort(span),
  }));

  const listenersEntry = get('listeners');
  const listenerSpans = listenersEntry
    ? splitList(listenersEntry.value)
    : [{ text: 'PLAINTEXT://:9092', start: 0, end: 0 }];
  const listeners = listenerSpans.map((span) => ({ span, parsed: parseListener(span) }));
  const advertised = list('advertised.listeners').map((span) => ({ span, parsed: parseListener(span) }));

  // 4.0 splits controller.listener.names on "," without trimming; 4.1+ trims.
  const namesEntry = get('controller.listener.names');
  let controllerListenerNames: Span[] = [];
  if (namesEntry) {
    if (version === '4.0') {
      let start = 0;
      const raw = namesEntry.value.trim();
      const offset = namesEntry.value.indexOf(raw);
      controllerListenerNames =
        raw === ''
          ? []
          : raw.split(',').map((text) => {
              const span = { text, start: offset + start, end: offset + start + text.length };
              start += text.length + 1;
              return span;
            });
    } else {
      controllerListenerNames = splitList(namesEntry.value).filter(
        (span) => span.text !== '' || atLeast(version, '4.2'),
      );
    }
  }

  const mapEntry = get('listener.security.protocol.map');
  const protocolMapEntries = (mapEntry ? splitList(mapEntry.value) : []).map((span) => ({
    span,
    parsed: parseMapEntry(span),
  }));
  const protocolMap = new Map<string, string>();
  const sourceEntries = mapEntry
    ? protocolMapEntries
    : splitList(DEFAULT_PROTOCOL_MAP).map((span) => ({ span, parsed: parseMapEntry(span) }));
  // Kafka upper-cases both sides (SecurityProtocol.forName).
  for (const item of sourceEntries)
    if (item.parsed) protocolMap.set(item.parsed.name, item.parsed.protocol.toUpperCase());
  if (!mapEntry) {
    // Kafka maps controller listeners to PLAINTEXT implicitly when no SSL/SASL name is in use.
    const secureNames = new Set(['SSL', 'SASL_SSL', 'SASL_PLAINTEXT']);
    const usesSecure =
      controllerListenerNames.some((name) => secureNames.has(name.text)) ||
      listeners.some((item) => item.parsed && secureNames.has(item.parsed.name));
    if (!usesSecure) {
      for (const name of controllerListenerNames) {
        if (name.text !== 'PLAINTEXT' && name.text !== '') {
          protocolMap.set(version === '4.0' ? name.text : name.text.toUpperCase(), 'PLAINTEXT');
        }
      }
    }
  }

  const interBrokerListenerName =
    get('inter.broker.listener.name')?.value.trim().toUpperCase() ??
    (get('security.inter.broker.protocol')?.value.trim() || 'PLAINTEXT');

  const logDirsValue = get('log.dirs') ?? get('log.dir');
  const logDirs = logDirsValue
    ? splitList(logDirsValue.value)
        .map((span) => span.text)
        .filter((dir) => dir !== '')
    : ['/tmp/kafka-logs'];
  const metadataLogDir = get('metadata.log.dir')?.value.trim() || undefined;

  return {
    uri,
    encoding,
    doc,
    settings,
    shadowed,
    roles,
    roleItems,
    isBroker: roles.has('broker'),
    isController: roles.has('controller'),
    nodeId,
    nodeIdEntry,
    voters,
    votersEntry: get('controller.quorum.voters'),
    bootstrapServers,
    bootstrapEntry: get('controller.quorum.bootstrap.servers'),
    listeners,
    listenersDefaulted: !listenersEntry,
    advertised,
    advertisedEntry: get('advertised.listeners'),
    controllerListenerNames,
    protocolMapEntries,
    protocolMap,
    protocolMapExplicit: !!mapEntry,
    interBrokerListenerName,
    logDirs,
    metadataLogDir,
  };
}

/** Names in controller.listener.names, compared as written (Kafka does not upper-case them). */
export function controllerNames(node: NodeConfig): string[] {
  return node.controllerListenerNames.map((span) => span.text);
}

/** The listeners Kafka would advertise for the broker role: advertised.listeners (or listeners) minus controller ones. */
export function effectiveBrokerAdvertised(node: NodeConfig): ListItem<ParsedListener>[] {
  const names = new Set(controllerNames(node));
  const source = node.advertisedEntry ? node.advertised : node.listeners;
  return source.filter((item) => item.parsed && !names.has(item.parsed.name));
}

/** The controller listener this node serves on (first controller name found in listeners). */
export function ownControllerListener(node: NodeConfig): ParsedListener | undefined {
  for (const name of controllerNames(node)) {
    const found = node.listeners.find((item) => item.parsed?.name === name);
    if (found?.parsed) return found.parsed;
  }
  return undefined;
}

/** True when the config looks like a KRaft server config at all (used to pick files by content). */
export function isKraftServerConfig(node: NodeConfig): boolean {
  return node.settings.has('process.roles');
}
