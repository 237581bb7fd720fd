// docker-compose.yml of a generated topology whose processes all run on this machine (the apache/kafka image).
import { atLeast } from './spec';
import { hasControllerRole, initialControllers } from './plan';
import { SECRETS_DIR, SECRETS_FILE, needsSecrets } from './properties';
import { formatFlags, isSingleMachine, usesScram, type RenderContext } from './scripts';

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
