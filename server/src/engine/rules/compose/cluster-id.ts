import { defineComposeRule } from './rule';

export default defineComposeRule({
  code: 'compose-cluster-id',
  defaultSeverity: 'error',
  docs: {
    en: "The Kafka images format each container's storage at start with the cluster id from the environment: apache/kafka and cp-kafka exit without CLUSTER_ID; bitnami makes up a random id per container when KAFKA_KRAFT_CLUSTER_ID (KAFKA_CLUSTER_ID) is missing, so its nodes never form one cluster. Every service of one quorum needs the same id.",
    zh: 'Kafka 镜像启动时用环境中的集群 ID 格式化每个容器的存储：缺少 CLUSTER_ID 时 apache/kafka 和 cp-kafka 会退出；bitnami 在缺少 KAFKA_KRAFT_CLUSTER_ID（KAFKA_CLUSTER_ID）时为每个容器随机生成 ID，于是这些节点永远组不成一个集群。同一仲裁的所有服务必须使用相同的 ID。',
  },
  messages: {
    en: {
      missing: 'The {image} image exits on this service: CLUSTER_ID is required when KAFKA_PROCESS_ROLES is set.',
      missingBitnami:
        'No KAFKA_KRAFT_CLUSTER_ID: bitnami generates a random cluster id for this container, so it cannot join the other nodes of its quorum.',
      differs:
        'Service {service} formats its storage with cluster id {id}, but {other} uses {otherId}; nodes of one quorum must share one cluster id.',
      other: 'uses cluster id {id}',
    },
    zh: {
      missing: '{image} 镜像会在此服务上退出：设置 KAFKA_PROCESS_ROLES 时必须设置 CLUSTER_ID。',
      missingBitnami:
        '缺少 KAFKA_KRAFT_CLUSTER_ID：bitnami 会为此容器随机生成集群 ID，它因此无法加入同一仲裁的其他节点。',
      differs:
        '服务 {service} 用集群 ID {id} 格式化存储，但 {other} 使用 {otherId}；同一仲裁的节点必须共用一个集群 ID。',
      other: '使用集群 ID {id}',
    },
  },
  check({ project, nodeOf, report }) {
    const seen = new Map<
      string,
      { service: string; id: string; at: (typeof project.nodes)[number]['service']['nameToken'] }
    >();
    for (const service of project.nodes) {
      const node = nodeOf(service);
      if (!node.settings.has('process.roles')) continue;
      const variable = service.dialect.clusterIdVariables
        .map((name) => service.service.env.get(name))
        .find((found) => found?.value);
      const anchor = service.service.environment?.key ?? service.service.nameToken;
      if (!variable?.value) {
        if (service.dialect.id === 'bitnami') {
          if (project.nodes.length > 1) report({ at: anchor, messageId: 'missingBitnami', severity: 'warning' });
        } else
          report({
            at: anchor,
            messageId: 'missing',
            args: { image: service.service.image?.text ?? service.dialect.repositories[0] },
          });
        continue;
      }
      if (variable.value.unresolved.length > 0) continue;
      const id = variable.value.text.trim();
      const quorum =
        node.voters
          .map((voter) => voter.span.text)
          .sort()
          .join(',') ||
        node.bootstrapServers
          .map((item) => item.span.text)
          .sort()
          .join(',');
      const previous = seen.get(quorum);
      if (!previous) seen.set(quorum, { service: service.service.name, id, at: variable.value.token });
      else if (previous.id !== id) {
        report({
          at: variable.value.token,
          messageId: 'differs',
          args: { service: service.service.name, id, other: previous.service, otherId: previous.id },
          related: [{ at: previous.at, messageId: 'other', args: { id: previous.id } }],
        });
      }
    }
  },
});
