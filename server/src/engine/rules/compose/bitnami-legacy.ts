import { bitnamiToApache } from '../../compose/convert';
import { defineComposeRule } from './rule';

export default defineComposeRule({
  code: 'compose-bitnami-legacy',
  defaultSeverity: 'information',
  docs: {
    en: "Since August 2025 the free bitnami/kafka tags are frozen as bitnamilegacy/kafka and receive no updates. The quick-fix converts the service to apache/kafka: the image, every KAFKA_CFG_ variable in apache's KAFKA_ spelling, the cluster id as CLUSTER_ID, bitnami's own switches removed, the data volume kept (mounted at /var/lib/kafka). It is offered only when the converted file passes this project's validation with no new finding.",
    zh: '自 2025 年 8 月起，免费的 bitnami/kafka 标签被冻结为 bitnamilegacy/kafka，不再更新。快速修复会把服务转换为 apache/kafka：镜像、每个 KAFKA_CFG_ 变量改为 apache 的 KAFKA_ 写法、集群 ID 改为 CLUSTER_ID、删除 bitnami 自己的开关、保留数据卷（挂载到 /var/lib/kafka）。只有转换后的文件通过本项目验证且没有新发现时才会提供该修复。',
  },
  messages: {
    en: {
      frozen:
        'Service {service} runs {image}: the bitnami Kafka images are frozen (bitnamilegacy, no updates since 2025); apache/kafka reads the same settings as KAFKA_ variables.',
      convert: 'Convert service {service} to apache/kafka',
    },
    zh: {
      frozen:
        '服务 {service} 使用 {image}：bitnami 的 Kafka 镜像已冻结（bitnamilegacy，自 2025 年起不再更新）；apache/kafka 以 KAFKA_ 变量读取同样的设置。',
      convert: '把服务 {service} 转换为 apache/kafka',
    },
  },
  check({ project, report }) {
    for (const node of project.nodes) {
      if (node.dialect.id !== 'bitnami' || !node.service.image || node.service.image.unresolved) continue;
      const edits = bitnamiToApache(node);
      report({
        at: node.service.image.token,
        messageId: 'frozen',
        args: { service: node.service.name, image: node.service.image.text },
        fixes: edits ? [{ titleId: 'convert', args: { service: node.service.name }, edits }] : undefined,
      });
    }
  },
});
