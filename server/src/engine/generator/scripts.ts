// Renders the shell scripts of a generated topology: format the storage, start and stop the processes.
import { atLeast, isLocalHost, isSasl } from './spec';
import { bootstrapControllers, hasControllerRole, initialControllers } from './plan';
import { SECRETS_FILE } from './properties';
import type { NormalizedSpec, PlannedNode } from './types';
import { requireKafkaScripts } from './script-guards';

export interface RenderContext {
  spec: NormalizedSpec;
  nodes: PlannedNode[];
  clusterId: string;
  warnings: string[];
}

/** All processes run on this machine. */
export function isSingleMachine(spec: NormalizedSpec): boolean {
  return spec.hosts.length === 1 && isLocalHost(spec.hosts[0]);
}

export function usesScram(spec: NormalizedSpec): boolean {
  const m = spec.brokerListener.saslMechanism;
  return isSasl(spec.brokerListener.protocol) && !!m && m.startsWith('SCRAM');
}

export function formatFlags(ctx: RenderContext, node: PlannedNode): string {
  if (ctx.spec.quorum !== 'dynamic') return '';
  return hasControllerRole(node) ? ' --initial-controllers "$INITIAL_CONTROLLERS"' : ' --no-initial-controllers';
}

const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function scriptHeader(ctx: RenderContext, purpose: string, usage: string): string[] {
  const hosts = ctx.spec.hosts.join(' ');
  return [
    '#!/usr/bin/env bash',
    `# ${purpose}`,
    `# Usage: ${usage}`,
    '# KAFKA_HOME must point at the Kafka installation (default /opt/kafka).',
    'set -euo pipefail',
    'KAFKA_HOME="${KAFKA_HOME:-/opt/kafka}"',
    'HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"',
    `HOSTS=(${hosts.split(' ').map(shQuote).join(' ')})`,
  ];
}

function hostArgument(ctx: RenderContext, argIndex: number): string[] {
  if (isSingleMachine(ctx.spec)) return [`HOST="\${${argIndex}:-${ctx.spec.hosts[0]}}"`];
  return [
    `HOST="\${${argIndex}:-}"`,
    'if [ -z "$HOST" ]; then',
    '  echo "Give the host this script runs on: one of ${HOSTS[*]}" >&2',
    '  exit 2',
    'fi',
    'case " ${HOSTS[*]} " in *" $HOST "*) ;; *) echo "Unknown host $HOST (expected one of ${HOSTS[*]})" >&2; exit 2 ;; esac',
  ];
}

export function renderFormatScript(ctx: RenderContext): string {
  const usage = isSingleMachine(ctx.spec) ? './format-storage.sh' : './format-storage.sh HOST   (run it on every host)';
  const out = scriptHeader(
    ctx,
    'Formats the storage of every node of this topology with the same cluster id (once, before the first start).',
    usage,
  );
  out.push(...hostArgument(ctx, 1));
  out.push(...requireKafkaScripts(['kafka-storage.sh']));
  out.push(`CLUSTER_ID=${shQuote(ctx.clusterId)}`);
  if (ctx.spec.quorum === 'dynamic') {
    out.push('# Dynamic quorum: the initial voters with their metadata directory ids; identical for every controller.');
    out.push(`INITIAL_CONTROLLERS=${shQuote(initialControllers(ctx.nodes))}`);
  }
  const extra: string[] = [];
  if (usesScram(ctx.spec)) {
    const mechanism = ctx.spec.brokerListener.saslMechanism;
    out.push('# SCRAM credentials are stored in the metadata log; they are created while formatting.');
    out.push(
      ': "${KAFKA_ADMIN_PASSWORD:?export KAFKA_ADMIN_PASSWORD (the password of the SASL user admin, as in ' +
        SECRETS_FILE +
        ')}"',
    );
    extra.push(` --add-scram "${mechanism}=[name=admin,password=$KAFKA_ADMIN_PASSWORD]"`);
  }
  out.push('');
  out.push('format() {');
  out.push('  local host="$1" config="$2"; shift 2');
  out.push('  [ "$host" = "$HOST" ] || return 0');
  out.push('  echo "Formatting $config"');
  out.push('  "$KAFKA_HOME/bin/kafka-storage.sh" format -t "$CLUSTER_ID" -c "$HERE/$config" "$@"');
  out.push('}');
  out.push('');
  for (const node of ctx.nodes) {
    out.push(`format ${shQuote(node.host)} ${shQuote(node.configPath)}${formatFlags(ctx, node)}${extra.join('')}`);
  }
  out.push('');
  return out.join('\n');
}

function waitForQuorum(ctx: RenderContext): string[] {
  const out: string[] = [];
  out.push('wait_for_quorum() {');
  out.push('  echo "Waiting for the controller quorum ..."');
  if (atLeast(ctx.spec.kafkaVersion, 3, 7)) {
    out.push('  for _ in $(seq 1 60); do');
    out.push(
      `    if "$KAFKA_HOME/bin/kafka-metadata-quorum.sh" --bootstrap-controller ${shQuote(bootstrapControllers(ctx.nodes))}${ctx.spec.controllerListener.protocol !== 'PLAINTEXT' ? ' --command-config "$HERE/controller-client.properties"' : ''} describe --status >/dev/null 2>&1; then`,
    );
    out.push('      echo "The controller quorum has a leader."; return 0');
    out.push('    fi');
    out.push('    sleep 2');
    out.push('  done');
  } else {
    // kafka-metadata-quorum.sh --bootstrap-controller exists from 3.7: check that a majority of controller ports answer.
    const controllers = ctx.nodes.filter(hasControllerRole);
    const majority = Math.floor(controllers.length / 2) + 1;
    out.push(`  local endpoints=(${controllers.map((n) => shQuote(`${n.host}/${n.controllerPort}`)).join(' ')})`);
    out.push('  for _ in $(seq 1 60); do');
    out.push('    local up=0');
    out.push('    for e in "${endpoints[@]}"; do (echo >"/dev/tcp/$e") >/dev/null 2>&1 && up=$((up + 1)); done');
    out.push(
      `    if [ "$up" -ge ${majority} ]; then echo "A majority of controllers is listening."; sleep 5; return 0; fi`,
    );
    out.push('    sleep 2');
    out.push('  done');
  }
  out.push('  echo "The controller quorum did not come up within 120 s; check the controllers\' logs." >&2');
  out.push('  return 1');
  out.push('}');
  return out;
}

export function renderStartScript(ctx: RenderContext): string {
  const single = isSingleMachine(ctx.spec);
  const usage = single
    ? './start-cluster.sh [all|controllers|brokers]'
    : './start-cluster.sh controllers|brokers|all HOST   (controllers on every host first, then brokers)';
  const out = scriptHeader(
    ctx,
    'Starts the processes of this topology: controllers first, then (once the quorum is up) brokers.',
    usage,
  );
  out.push('PHASE="${1:-all}"');
  out.push(...hostArgument(ctx, 2));
  out.push(
    ...requireKafkaScripts(
      atLeast(ctx.spec.kafkaVersion, 3, 7)
        ? ['kafka-server-start.sh', 'kafka-metadata-quorum.sh']
        : ['kafka-server-start.sh'],
    ),
  );
  out.push('');
  out.push('start() {');
  out.push('  local host="$1" dir="$2"');
  out.push('  [ "$host" = "$HOST" ] || return 0');
  out.push('  echo "Starting $dir"');
  out.push('  mkdir -p "$HERE/$dir/logs"');
  out.push(
    '  LOG_DIR="$HERE/$dir/logs" "$KAFKA_HOME/bin/kafka-server-start.sh" -daemon "$HERE/$dir/server.properties" || { echo "Could not start $dir" >&2; return 1; }',
  );
  out.push('}');
  out.push('');
  out.push(...waitForQuorum(ctx));
  out.push('');
  out.push('start_controllers() {');
  const controllers = ctx.nodes.filter(hasControllerRole);
  for (const node of controllers) out.push(`  start ${shQuote(node.host)} ${shQuote(node.dir)} || return 1`);
  out.push('  :');
  out.push('}');
  out.push('');
  out.push('start_brokers() {');
  const brokers = ctx.nodes.filter((n) => n.role === 'broker');
  for (const node of brokers) out.push(`  start ${shQuote(node.host)} ${shQuote(node.dir)} || return 1`);
  out.push('  :');
  out.push('}');
  out.push('');
  out.push('case "$PHASE" in');
  out.push('  controllers) start_controllers ;;');
  out.push('  brokers) wait_for_quorum && start_brokers ;;');
  out.push('  all) start_controllers && wait_for_quorum && start_brokers ;;');
  out.push('  *) echo "Unknown phase $PHASE (controllers, brokers or all)" >&2; exit 2 ;;');
  out.push('esac');
  out.push('');
  return out.join('\n');
}

export function renderStopScript(ctx: RenderContext): string {
  // The same argument order as start-cluster.sh: the phase first, then the host.
  const usage = isSingleMachine(ctx.spec)
    ? './stop-cluster.sh [all|brokers|controllers]'
    : './stop-cluster.sh brokers|controllers|all HOST   (brokers on every host first, then controllers)';
  const out = scriptHeader(
    ctx,
    'Stops the processes of this topology gracefully: brokers first, then controllers.',
    usage,
  );
  out.push('PHASE="${1:-all}"');
  out.push(
    'case "$PHASE" in all|brokers|controllers) ;; *) echo "Unknown phase $PHASE (brokers, controllers or all)" >&2; exit 2 ;; esac',
  );
  out.push(...hostArgument(ctx, 2));
  out.push('');
  out.push('stop() {');
  out.push('  local host="$1" dir="$2"');
  out.push('  [ "$host" = "$HOST" ] || return 0');
  out.push('  local config="$HERE/$dir/server.properties" pids');
  out.push(
    '  pids="$(ps -eo pid=,args= | grep -F "kafka.Kafka" | grep -F -- "$config" | grep -v grep | awk \'{print $1}\' || true)"',
  );
  out.push('  if [ -z "$pids" ]; then echo "$dir is not running"; return 0; fi');
  out.push('  echo "Stopping $dir (pid $pids)"');
  out.push('  kill $pids');
  out.push('  for _ in $(seq 1 60); do kill -0 $pids 2>/dev/null || return 0; sleep 1; done');
  out.push('  echo "$dir did not stop within 60 s" >&2');
  out.push('}');
  out.push('');
  const brokersFirst = [...ctx.nodes.filter((n) => n.role === 'broker'), ...ctx.nodes.filter(hasControllerRole)];
  out.push('if [ "$PHASE" != "controllers" ]; then');
  for (const node of brokersFirst.filter((n) => n.role === 'broker'))
    out.push(`  stop ${shQuote(node.host)} ${shQuote(node.dir)}`);
  out.push('  :');
  out.push('fi');
  out.push('if [ "$PHASE" != "brokers" ]; then');
  for (const node of brokersFirst.filter(hasControllerRole))
    out.push(`  stop ${shQuote(node.host)} ${shQuote(node.dir)}`);
  out.push('  :');
  out.push('fi');
  out.push('');
  return out.join('\n');
}
