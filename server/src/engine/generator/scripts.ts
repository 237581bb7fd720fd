// Renders the helper scripts, docker-compose.yml, client.properties and README.md of a generated topology.
import { atLeast, isLocalHost, isSasl, isSsl, replicationFactor, minInsyncReplicas, brokerCount } from './spec';
import { bootstrapControllers, bootstrapServers, hasControllerRole, initialControllers, votersString } from './plan';
import { SECRETS_DIR, SECRETS_FILE, needsSecrets } from './properties';
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

function usesScram(spec: NormalizedSpec): boolean {
  const m = spec.brokerListener.saslMechanism;
  return isSasl(spec.brokerListener.protocol) && !!m && m.startsWith('SCRAM');
}

function formatFlags(ctx: RenderContext, node: PlannedNode): string {
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

/** Client settings for the smoke test when the broker listener is secured; the password stays a placeholder. */
export function renderClientProperties(ctx: RenderContext, listener = ctx.spec.brokerListener): string | undefined {
  if (listener.protocol === 'PLAINTEXT') return undefined;
  const out = [
    `# Client settings for the ${listener.name} listener (used by the smoke test in README.md).`,
    `security.protocol=${listener.protocol}`,
  ];
  if (isSsl(listener.protocol)) {
    out.push('# CHANGE_ME: truststore with the CA of the cluster (placeholder path and password).');
    out.push(`ssl.truststore.location=${SECRETS_DIR}/truststore.p12`);
    out.push('ssl.truststore.type=PKCS12');
    out.push('ssl.truststore.password=CHANGE_ME');
  }
  if (isSasl(listener.protocol) && listener.saslMechanism) {
    out.push(`sasl.mechanism=${listener.saslMechanism}`);
    out.push('# CHANGE_ME: the password of the SASL user admin.');
    const module =
      listener.saslMechanism === 'PLAIN'
        ? 'org.apache.kafka.common.security.plain.PlainLoginModule'
        : 'org.apache.kafka.common.security.scram.ScramLoginModule';
    out.push(`sasl.jaas.config=${module} required username="admin" password="CHANGE_ME";`);
  }
  out.push('');
  return out.join('\n');
}

export function renderSecretsTemplate(ctx: RenderContext): string | undefined {
  if (!needsSecrets(ctx.spec)) return undefined;
  const b = ctx.spec.brokerListener;
  const c = ctx.spec.controllerListener;
  const out = [
    `# Template of ${SECRETS_FILE} (read by every node through FileConfigProvider).`,
    '# Copy it to each host, replace every CHANGE_ME and make it readable by the Kafka user only (chmod 600).',
  ];
  if (isSsl(b.protocol) || isSsl(c.protocol)) {
    out.push('ssl.keystore.password=CHANGE_ME', 'ssl.key.password=CHANGE_ME', 'ssl.truststore.password=CHANGE_ME');
  }
  if (isSasl(b.protocol) || isSasl(c.protocol)) out.push('sasl.admin.password=CHANGE_ME');
  out.push('');
  return out.join('\n');
}

function imageTag(version: string): string {
  return /^\d+\.\d+\.\d+$/.test(version) ? version : `${version}.0`;
}

/** docker-compose.yml for single-machine topologies (apache/kafka image exists from 3.7). */
export function renderCompose(ctx: RenderContext): string | undefined {
  if (!isSingleMachine(ctx.spec) || !atLeast(ctx.spec.kafkaVersion, 3, 7)) return undefined;
  const image = `apache/kafka:${imageTag(ctx.spec.kafkaVersion)}`;
  const secured = needsSecrets(ctx.spec);
  const out = [
    '# Runs this topology in containers from the official apache/kafka image, with the generated server.properties',
    '# mounted read-only. Host networking: every process already has its own ports and advertises localhost, so the',
    '# ports are reachable from this machine exactly as in README.md (Linux; Docker Desktop 4.34+ with host networking).',
    '# Each container formats its storage on first start (--ignore-formatted) and then runs Kafka in the foreground.',
    `# Start: docker compose up -d    Stop: docker compose down    Wipe data: docker compose down -v`,
    ...(secured
      ? [
          `# Secured listeners: create ./secrets.properties (from secrets.properties.template) and ./secrets/ with the keystores first.`,
        ]
      : []),
    `name: ${ctx.spec.name.replace(/[^a-z0-9_-]/gi, '-').toLowerCase()}`,
    'services:',
  ];
  const healthcheck = atLeast(ctx.spec.kafkaVersion, 3, 7) && !secured;
  for (const node of ctx.nodes) {
    const service = `${node.role}-${node.id}`;
    let flags = formatFlags(ctx, node).replace('"$INITIAL_CONTROLLERS"', initialControllers(ctx.nodes));
    if (usesScram(ctx.spec))
      flags += ` --add-scram "${ctx.spec.brokerListener.saslMechanism}=[name=admin,password=$$KAFKA_ADMIN_PASSWORD]"`;
    out.push(`  ${service}:`);
    out.push(`    image: ${image}`);
    out.push(`    container_name: kraft-${service}`);
    out.push('    network_mode: host');
    out.push('    # Root inside the container so that the named data volume is writable.');
    out.push('    user: "0:0"');
    if (usesScram(ctx.spec)) {
      out.push('    environment:');
      out.push('      KAFKA_ADMIN_PASSWORD: ${KAFKA_ADMIN_PASSWORD:?export KAFKA_ADMIN_PASSWORD first}');
    }
    out.push('    volumes:');
    out.push(`      - ./${node.configPath}:/etc/kraft/server.properties:ro`);
    out.push(`      - ${service}-data:${node.dataDir}`);
    if (secured) {
      out.push(`      - ./secrets.properties:${SECRETS_FILE}:ro`);
      out.push(`      - ./secrets:${SECRETS_DIR}:ro`);
    }
    out.push('    entrypoint: ["/bin/bash", "-c"]');
    out.push('    command:');
    const command = `/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t ${ctx.clusterId} -c /etc/kraft/server.properties${flags} && exec /opt/kafka/bin/kafka-server-start.sh /etc/kraft/server.properties`;
    out.push(`      - '${command.replace(/'/g, "''")}'`);
    if (hasControllerRole(node) && healthcheck) {
      out.push('    healthcheck:');
      out.push(
        `      test: ["CMD-SHELL", "/opt/kafka/bin/kafka-metadata-quorum.sh --bootstrap-controller localhost:${node.controllerPort} describe --status"]`,
      );
      out.push('      interval: 5s');
      out.push('      timeout: 10s');
      out.push('      retries: 30');
    }
    if (node.role === 'broker') {
      const controllers = ctx.nodes.filter(hasControllerRole);
      out.push('    depends_on:');
      for (const controller of controllers) {
        out.push(`      ${controller.role}-${controller.id}:`);
        out.push(`        condition: ${healthcheck ? 'service_healthy' : 'service_started'}`);
      }
    }
  }
  out.push('volumes:');
  for (const node of ctx.nodes) out.push(`  ${node.role}-${node.id}-data: {}`);
  out.push('');
  return out.join('\n');
}

export function renderReadme(ctx: RenderContext, files: string[]): string {
  const { spec, nodes, clusterId } = ctx;
  const single = isSingleMachine(spec);
  const rf = replicationFactor(spec);
  const b = spec.brokerListener;
  const c = spec.controllerListener;
  const bootstrap = bootstrapServers(nodes);
  const clientConfig = b.protocol !== 'PLAINTEXT';
  const layoutText: Record<string, string> = {
    isolated: 'isolated (separate controller and broker processes)',
    combined: 'combined (every node is broker and controller)',
    mixed: 'mixed (combined broker+controller nodes plus broker-only nodes)',
  };
  const out: string[] = [];
  out.push(`# ${spec.name}: Apache Kafka ${spec.kafkaVersion} KRaft cluster`);
  out.push('');
  out.push(
    'Generated by `kraft-config generate`. `topology.json` holds the specification; ' +
      '`kraft-config generate --spec topology.json --out <dir>` produces the same files again.',
  );
  out.push('');
  out.push(`- Layout: ${layoutText[spec.layout]}`);
  out.push(
    `- Controllers: ${spec.controllers}; brokers: ${brokerCount(spec)}${spec.layout === 'mixed' ? ` (${spec.controllers} combined + ${spec.brokers} broker-only)` : ''}`,
  );
  out.push(`- Cluster id: \`${clusterId}\``);
  out.push(
    `- Listeners: \`${b.name}\` (${b.protocol}${b.saslMechanism ? ` ${b.saslMechanism}` : ''}) for clients and replication, ` +
      `\`${c.name}\` (${c.protocol}${c.saslMechanism ? ` ${c.saslMechanism}` : ''}) for the controller quorum`,
  );
  out.push(
    `- Replication: internal topics and new topics use replication factor ${rf}, min ISR ${minInsyncReplicas(rf)}`,
  );
  out.push('');
  out.push('## Nodes');
  out.push('');
  out.push('| Node id | Role | Host | Broker port | Controller port | Data directory | Configuration |');
  out.push('|---|---|---|---|---|---|---|');
  for (const n of nodes) {
    const role = n.role === 'combined' ? 'broker,controller' : n.role;
    out.push(
      `| ${n.id} | ${role} | ${n.host} | ${n.brokerPort ?? '-'} | ${n.controllerPort ?? '-'} | \`${n.dataDir}\` | \`${n.configPath}\` |`,
    );
  }
  out.push('');
  out.push('## Controller quorum');
  out.push('');
  if (spec.quorum === 'static') {
    out.push('Static quorum. Every node carries the same voters string:');
    out.push('');
    out.push('```properties');
    out.push(`controller.quorum.voters=${votersString(nodes)}`);
    out.push('```');
  } else {
    out.push('Dynamic quorum (KIP-853). Every node carries:');
    out.push('');
    out.push('```properties');
    out.push(`controller.quorum.bootstrap.servers=${bootstrapControllers(nodes)}`);
    out.push('```');
    out.push('');
    out.push(
      'The initial controllers are formatted with the same `--initial-controllers` value (node id, endpoint and the',
    );
    out.push('pre-generated id of its metadata directory); brokers are formatted with `--no-initial-controllers`:');
    out.push('');
    out.push('```');
    out.push(initialControllers(nodes));
    out.push('```');
    out.push('');
    out.push('Later controllers: format with `--no-initial-controllers`, start, then run');
    out.push(
      '`kafka-metadata-quorum.sh --bootstrap-controller <controller> add-controller --command-config <its server.properties>`.',
    );
  }
  if (ctx.warnings.length > 0) {
    out.push('');
    out.push('## Warnings');
    out.push('');
    for (const w of ctx.warnings) out.push(`- ${w}`);
  }
  out.push('');
  out.push('## Order of operations');
  out.push('');
  out.push(
    `Kafka ${spec.kafkaVersion} must be installed${single ? '' : ' on every host'}; the scripts use \`$KAFKA_HOME\` (default \`/opt/kafka\`).`,
  );
  if (!single) {
    out.push(
      'Copy this whole folder to the same path on every host (the scripts pick the files of the host you name), then run',
    );
    out.push(
      'the steps below on each host in turn, with that host as argument. Nothing here connects to other hosts for you.',
    );
  }
  out.push('');
  let step = 1;
  if (needsSecrets(spec)) {
    out.push(
      `${step++}. Secrets: copy \`secrets.properties.template\` to \`${SECRETS_FILE}\` on ${single ? 'this machine' : 'every host'} and replace every`,
    );
    out.push(
      '   `CHANGE_ME`. Nothing secret is stored in the generated files; they read it through `${file:...}` references.',
    );
    if (isSsl(b.protocol) || isSsl(c.protocol)) {
      out.push(
        `   Put each host's keystore (\`${SECRETS_DIR}/<host>.keystore.p12\`, certificate with the host name in its SAN) and the`,
      );
      out.push(`   shared \`${SECRETS_DIR}/truststore.p12\` in place.`);
    }
  }
  const hostArg = single ? '' : ' <host>';
  if (usesScram(spec)) {
    out.push(
      `${step++}. Export the password of the SASL user \`admin\` (the same as \`sasl.admin.password\`): \`export KAFKA_ADMIN_PASSWORD=...\`;`,
    );
    out.push('   formatting stores its SCRAM credential in the metadata log.');
  }
  out.push(`${step++}. Format the storage (once): \`./format-storage.sh${hostArg}\`${single ? '' : ' on every host'}.`);
  // Combined nodes are started with the controllers: a "start the brokers" step would do nothing there.
  const brokerOnly = nodes.some((node) => node.role === 'broker');
  if (brokerOnly) {
    out.push(
      `${step++}. Start the controllers: \`./start-cluster.sh controllers${hostArg}\`${single ? '' : ' on every host that runs one'}.`,
    );
    out.push(
      `${step++}. Start the brokers (waits until the quorum has a leader): \`./start-cluster.sh brokers${hostArg}\`${single ? '' : ' on every host that runs one'}.`,
    );
    if (single) out.push('   `./start-cluster.sh` alone does both steps in order.');
  } else {
    out.push(
      `${step++}. Start the nodes (each is broker and controller at once): \`./start-cluster.sh${single ? '' : ` controllers${hostArg}`}\`${single ? '' : ' on every host'}.`,
    );
  }
  out.push(`${step++}. Smoke test (below).`);
  if (single) out.push(`${step++}. Stop: \`./stop-cluster.sh\`${brokerOnly ? ' (brokers before controllers)' : ''}.`);
  else if (brokerOnly)
    out.push(
      `${step++}. Stop: \`./stop-cluster.sh brokers <host>\` on every host, then \`./stop-cluster.sh controllers <host>\` on every host.`,
    );
  else out.push(`${step++}. Stop: \`./stop-cluster.sh all <host>\` on every host.`);
  if (files.includes('docker-compose.yml')) {
    out.push('');
    out.push(
      'Alternatively run everything in containers: `docker compose up -d` (see the comments in `docker-compose.yml`).',
    );
  }
  out.push('');
  out.push('## Smoke test');
  out.push('');
  const cmd = clientConfig ? ' --command-config client.properties' : '';
  const prod = clientConfig ? ' --producer.config client.properties' : '';
  const cons = clientConfig ? ' --consumer.config client.properties' : '';
  if (clientConfig) out.push('Fill in the `CHANGE_ME` values of `client.properties` first.');
  if (clientConfig) out.push('');
  out.push('```sh');
  out.push(
    `$KAFKA_HOME/bin/kafka-topics.sh --bootstrap-server ${bootstrap}${cmd} --create --topic smoke --replication-factor ${rf} --partitions 3`,
  );
  out.push(`$KAFKA_HOME/bin/kafka-topics.sh --bootstrap-server ${bootstrap}${cmd} --describe --topic smoke`);
  out.push(
    `echo "hello kraft" | $KAFKA_HOME/bin/kafka-console-producer.sh --bootstrap-server ${bootstrap}${prod} --topic smoke`,
  );
  out.push(
    `$KAFKA_HOME/bin/kafka-console-consumer.sh --bootstrap-server ${bootstrap}${cons} --topic smoke --from-beginning --max-messages 1`,
  );
  if (atLeast(spec.kafkaVersion, 3, 7)) {
    out.push(
      `$KAFKA_HOME/bin/kafka-metadata-quorum.sh --bootstrap-controller ${bootstrapControllers(nodes)}${c.protocol !== 'PLAINTEXT' ? ' --command-config controller-client.properties' : ''} describe --status`,
    );
  }
  out.push('```');
  out.push('');
  out.push('## Files');
  out.push('');
  for (const f of files) out.push(`- \`${f}\``);
  out.push('');
  return out.join('\n');
}
