import { atLeast } from '../../catalog';
import { CONFLUENT_FORBIDDEN } from '../../compose/dialects/confluent';
import type { ServiceNode } from '../../compose/project';
import { removeVariable } from '../../compose/variable-edits';
import { defineComposeRule } from './rule';

const variableFor = (node: ServiceNode, property: string) =>
  [...node.service.env.values()].find(
    (variable) => variable.value && node.dialect.propertyOf(variable.name) === property,
  );

export default defineComposeRule({
  code: 'compose-image-refusal',
  defaultSeverity: 'error',
  docs: {
    en: 'The start-up scripts of the Kafka images refuse some environments before Kafka even reads its config: apache/kafka and cp-kafka exit when a controller-only service sets KAFKA_ADVERTISED_LISTENERS, and format storage with a cluster id only, so a quorum given only by controller.quorum.bootstrap.servers (a dynamic quorum) cannot be formatted by them; cp-kafka also requires KAFKA_PROCESS_ROLES, requires KAFKA_ADVERTISED_LISTENERS on brokers, exits on the old KAFKA_PORT/KAFKA_HOST/KAFKA_ADVERTISED_PORT/KAFKA_ADVERTISED_HOST, and from Kafka 4.2 (cp-kafka 8.2) its controllers render an empty advertised.listeners that Kafka rejects.',
    zh: 'Kafka 镜像的启动脚本会在 Kafka 读取配置之前就拒绝某些环境：apache/kafka 和 cp-kafka 在仅控制器服务设置了 KAFKA_ADVERTISED_LISTENERS 时直接退出；它们只用集群 ID 格式化存储，因此仅由 controller.quorum.bootstrap.servers 给出的仲裁（动态仲裁）无法被格式化；cp-kafka 还要求设置 KAFKA_PROCESS_ROLES、broker 必须设置 KAFKA_ADVERTISED_LISTENERS，遇到旧的 KAFKA_PORT/KAFKA_HOST/KAFKA_ADVERTISED_PORT/KAFKA_ADVERTISED_HOST 会退出，并且从 Kafka 4.2（cp-kafka 8.2）起其控制器会生成 Kafka 拒绝的空 advertised.listeners。',
  },
  messages: {
    en: {
      controllerAdvertised:
        'The {image} image exits on this service: "KAFKA_ADVERTISED_LISTENERS is not supported on a KRaft controller." (process.roles=controller).',
      bootstrapOnly:
        'The {image} image cannot format this controller: it formats storage with the cluster id only, and a quorum given only by {variable} (controller.quorum.bootstrap.servers) needs --standalone or --initial-controllers. Use controller.quorum.voters (a static quorum) with this image.',
      rolesMissing: 'cp-kafka exits on this service: KAFKA_PROCESS_ROLES is required.',
      brokerAdvertised: 'cp-kafka exits on this service: a broker must set KAFKA_ADVERTISED_LISTENERS.',
      forbidden:
        'cp-kafka exits when {variable} is set (a setting of its ZooKeeper-era images); use KAFKA_LISTENERS and KAFKA_ADVERTISED_LISTENERS.',
      emptyAdvertised:
        'cp-kafka {version} renders an empty advertised.listeners for a controller, which Kafka 4.2+ rejects ("must not be empty"); this image version cannot run a controller-only service as configured.',
      remove: 'Remove {variable}',
    },
    zh: {
      controllerAdvertised:
        '{image} 镜像会在此服务上退出："KAFKA_ADVERTISED_LISTENERS is not supported on a KRaft controller."（process.roles=controller）。',
      bootstrapOnly:
        '{image} 镜像无法格式化此控制器：它只用集群 ID 格式化存储，而仅由 {variable}（controller.quorum.bootstrap.servers）给出的仲裁需要 --standalone 或 --initial-controllers。请在该镜像中使用 controller.quorum.voters（静态仲裁）。',
      rolesMissing: 'cp-kafka 会在此服务上退出：必须设置 KAFKA_PROCESS_ROLES。',
      brokerAdvertised: 'cp-kafka 会在此服务上退出：broker 必须设置 KAFKA_ADVERTISED_LISTENERS。',
      forbidden:
        '设置了 {variable} 时 cp-kafka 会退出（这是 ZooKeeper 时代镜像的设置）；请改用 KAFKA_LISTENERS 和 KAFKA_ADVERTISED_LISTENERS。',
      emptyAdvertised:
        'cp-kafka {version} 会为控制器生成空的 advertised.listeners，而 Kafka 4.2+ 拒绝它（"must not be empty"）；该镜像版本无法按此配置运行仅控制器服务。',
      remove: '删除 {variable}',
    },
  },
  check({ project, nodeOf, versionOf, report }) {
    for (const service of project.nodes) {
      if (service.dialect.id === 'bitnami') continue;
      const node = nodeOf(service);
      const image = service.service.image?.text ?? service.dialect.repositories[0];
      const anchor = service.service.environment?.key ?? service.service.nameToken;
      const controllerOnly = node.isController && !node.isBroker;
      const advertised = variableFor(service, 'advertised.listeners');
      if (controllerOnly && advertised?.value && advertised.value.text.trim() !== '') {
        const removal = removeVariable(advertised);
        report({
          at: advertised.nameToken,
          messageId: 'controllerAdvertised',
          args: { image },
          fixes: removal
            ? [{ titleId: 'remove', args: { variable: advertised.name }, edits: [removal], preferred: true }]
            : undefined,
        });
      }
      const bootstrap = variableFor(service, 'controller.quorum.bootstrap.servers');
      if (node.isController && bootstrap && !node.votersEntry) {
        report({ at: bootstrap.nameToken, messageId: 'bootstrapOnly', args: { image, variable: bootstrap.name } });
      }
      if (service.dialect.id !== 'confluent') continue;
      if (!node.settings.has('process.roles')) report({ at: anchor, messageId: 'rolesMissing' });
      if (node.isBroker && !advertised) report({ at: anchor, messageId: 'brokerAdvertised' });
      for (const name of CONFLUENT_FORBIDDEN) {
        const variable = service.service.env.get(name);
        if (variable) report({ at: variable.nameToken, messageId: 'forbidden', args: { variable: name } });
      }
      const version = versionOf(service);
      if (controllerOnly && !advertised && atLeast(version, '4.2'))
        report({
          at: service.service.image?.token ?? anchor,
          messageId: 'emptyAdvertised',
          args: { version: service.service.image?.text.split(':').pop() ?? version },
        });
    }
  },
});
