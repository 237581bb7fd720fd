// Placement of processes on hosts, node ids, ports and data directories.
import { kafkaUuid } from './ids';
import { BROKER_RANGE_START } from './spec';
import type { NormalizedSpec, PlannedNode, RandomBytes, Role } from './types';

interface Slot {
  role: Role;
  host: string;
  hostIndex: number;
  seq: number;
  roleIndex: number;
}

/**
 * Lays the processes out. Controller-capable processes come first, then broker-only ones, and the whole sequence is
 * spread round-robin over the hosts (so 3 controllers + 3 brokers on 3 hosts put one of each on every host).
 *
 * Node ids:
 * - interleaved: numbered host by host in placement order, so 3 hosts × (controller + broker) give controllers
 *   1, 3, 5 and brokers 2, 4, 6;
 * - ranges: controller-capable nodes 1.., broker-only nodes 101...
 */
export function planNodes(spec: NormalizedSpec, randomBytes: RandomBytes): PlannedNode[] {
  const controllerRole: Role = spec.layout === 'isolated' ? 'controller' : 'combined';
  const slots: Slot[] = [];
  const hostCount = spec.hosts.length;
  for (let i = 0; i < spec.controllers + spec.brokers; i++) {
    const role: Role = i < spec.controllers ? controllerRole : 'broker';
    const roleIndex = i < spec.controllers ? i : i - spec.controllers;
    slots.push({ role, host: spec.hosts[i % hostCount], hostIndex: i % hostCount, seq: i, roleIndex });
  }

  const ids = new Map<Slot, number>();
  if (spec.nodeIds === 'ranges') {
    for (const slot of slots)
      ids.set(slot, slot.role === 'broker' ? BROKER_RANGE_START + slot.roleIndex : 1 + slot.roleIndex);
  } else {
    const ordered = [...slots].sort((a, b) => a.hostIndex - b.hostIndex || a.seq - b.seq);
    ordered.forEach((slot, index) => ids.set(slot, index + 1));
  }

  // Ports: on each host the n-th process with a broker listener gets brokerBase + n*stride, likewise for controllers;
  // with the usual adjacent bases (9092/9093) the stride is 2, so brokers take 9092, 9094, ... and controllers 9093, 9095, ...
  // Any remaining clash moves to the next free port: no two processes on one host ever share a port.
  const bBase = spec.brokerListener.port;
  const cBase = spec.controllerListener.port;
  const stride = Math.abs(bBase - cBase) === 1 ? 2 : 1;
  const usedPorts = new Map<string, Set<number>>();
  const counters = new Map<string, { broker: number; controller: number }>();
  const take = (host: string, candidate: number): number => {
    const used = usedPorts.get(host) ?? new Set<number>();
    usedPorts.set(host, used);
    let port = candidate;
    while (used.has(port)) port++;
    used.add(port);
    return port;
  };
  // Controller-capable processes come first in the sequence, so they take their base ports before broker-only ones.
  const ordered = [...slots].sort((a, b) => a.hostIndex - b.hostIndex || a.seq - b.seq);
  const sameRoleOnHost = (slot: Slot) => slots.filter((s) => s.host === slot.host && s.role === slot.role).length;
  const nodes: PlannedNode[] = [];
  for (const slot of ordered) {
    const counter = counters.get(slot.host) ?? { broker: 0, controller: 0 };
    counters.set(slot.host, counter);
    const id = ids.get(slot)!;
    let brokerPort: number | undefined;
    let controllerPort: number | undefined;
    if (slot.role !== 'controller') brokerPort = take(slot.host, bBase + stride * counter.broker++);
    if (slot.role !== 'broker') controllerPort = take(slot.host, cBase + stride * counter.controller++);
    const shared = sameRoleOnHost(slot) > 1;
    const base =
      slot.role === 'controller'
        ? spec.dataDirs.controller
        : slot.role === 'broker'
          ? spec.dataDirs.broker
          : spec.dataDirs.combined;
    const dir = `${slot.host}/${slot.role}${shared ? `-${id}` : ''}`;
    nodes.push({
      id,
      role: slot.role,
      host: slot.host,
      brokerPort,
      controllerPort,
      // Two processes of one role on a host (always the case on localhost with several of them) need their own directory.
      dataDir: shared ? `${base}-${id}` : base,
      dir,
      configPath: `${dir}/server.properties`,
    });
  }
  nodes.sort((a, b) => a.id - b.id);
  if (spec.quorum === 'dynamic') {
    for (const node of nodes) {
      if (node.role === 'broker') continue;
      node.directoryId = spec.directoryIds[String(node.id)] ?? kafkaUuid(randomBytes);
    }
  }
  return nodes;
}

export function hasBrokerRole(node: { role: Role }): boolean {
  return node.role !== 'controller';
}

export function hasControllerRole(node: { role: Role }): boolean {
  return node.role !== 'broker';
}

/** `controller.quorum.voters` value: `id@host:port` of every controller, in id order. */
export function votersString(nodes: PlannedNode[]): string {
  return nodes
    .filter(hasControllerRole)
    .map((n) => `${n.id}@${n.host}:${n.controllerPort}`)
    .join(',');
}

/** `controller.quorum.bootstrap.servers` value: `host:port` of every controller. */
export function bootstrapControllers(nodes: PlannedNode[]): string {
  return nodes
    .filter(hasControllerRole)
    .map((n) => `${n.host}:${n.controllerPort}`)
    .join(',');
}

/** `--initial-controllers` value: `id@host:port:directoryId` of every controller. */
export function initialControllers(nodes: PlannedNode[]): string {
  return nodes
    .filter(hasControllerRole)
    .map((n) => `${n.id}@${n.host}:${n.controllerPort}:${n.directoryId}`)
    .join(',');
}

/** Client bootstrap list: `host:port` of every broker listener. */
export function bootstrapServers(nodes: PlannedNode[]): string {
  return nodes
    .filter(hasBrokerRole)
    .map((n) => `${n.host}:${n.brokerPort}`)
    .join(',');
}
