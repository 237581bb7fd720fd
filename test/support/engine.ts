// Small helpers shared by the unit tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintWorkspace, type Finding, type EngineOptions } from '../../server/src/engine';

export const REPO = path.resolve(__dirname, '../../..');

export const BASE_COMBINED =
  [
    'process.roles=broker,controller',
    'node.id=1',
    'controller.quorum.voters=1@localhost:9093',
    'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
    'advertised.listeners=PLAINTEXT://localhost:9092',
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs=/var/lib/kafka/data',
    'offsets.topic.replication.factor=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
  ].join('\n') + '\n';

/** Lints one config given as text (or several as a path -> text record). */
export function lint(input: string | Record<string, string>, options: EngineOptions = {}): Finding[] {
  const files = typeof input === 'string' ? { 'node/server.properties': input } : input;
  const results = lintWorkspace(
    Object.entries(files).map(([uri, text]) => ({ uri, text })),
    options,
  );
  return [...results.values()].flat();
}

export function codes(findings: Finding[], severity?: string): string[] {
  return findings.filter((finding) => !severity || finding.severity === severity).map((finding) => finding.code);
}

/** Replaces `key=...` in a config, or appends it; `undefined` removes the key. */
export function withSetting(config: string, key: string, value: string | undefined): string {
  const lines = config.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}=`));
  if (value === undefined) return lines.filter((_, i) => i !== index).join('\n');
  if (index >= 0) lines[index] = `${key}=${value}`;
  else lines.splice(lines.length - 1, 0, `${key}=${value}`);
  return lines.join('\n');
}

export function readTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.properties')) out[path.relative(REPO, full)] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return out;
}

/** The example cluster rule tests start from, keyed by repository-relative path (examples/cluster-correct). */
export const SEED_CLUSTER = 'examples/cluster-correct';
export const seedCluster = () => readTree(path.join(REPO, SEED_CLUSTER));
export const seedFile = (host: string, role: string) => `${SEED_CLUSTER}/${host}/${role}/server.properties`;

/** The seed cluster as a dynamic quorum: bootstrap servers instead of voters. */
export function dynamicSeedCluster(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(seedCluster()).map(([uri, text]) => [
      uri,
      text.replace(
        /^controller\.quorum\.voters=.*$/m,
        'controller.quorum.bootstrap.servers=192.168.40.11:9093,192.168.40.14:9093,192.168.40.18:9093',
      ),
    ]),
  );
}
