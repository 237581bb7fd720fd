import { defineComposeRule } from './rule';

export default defineComposeRule({
  code: 'compose-unknown-image',
  defaultSeverity: 'information',
  docs: {
    en: 'A compose service that looks like a Kafka node runs an image whose variable conventions this project does not know (it reads apache/kafka, apache/kafka-native, confluentinc/cp-kafka, cp-server, bitnami/kafka and bitnamilegacy/kafka). Its environment is not checked.',
    zh: '某个 compose 服务看起来是 Kafka 节点，但所用镜像的变量约定本项目并不了解（支持 apache/kafka、apache/kafka-native、confluentinc/cp-kafka、cp-server、bitnami/kafka 和 bitnamilegacy/kafka）。该服务的环境变量不会被检查。',
  },
  messages: {
    en: {
      unknown:
        'Service {service} runs {image}, whose environment variables this extension does not know how to read; its Kafka settings are not checked.',
    },
    zh: { unknown: '服务 {service} 使用镜像 {image}，本扩展不了解它读取环境变量的方式；其 Kafka 设置不会被检查。' },
  },
  check({ project, report }) {
    for (const { service, image } of project.unknown) {
      report({
        at: service.image?.token ?? service.nameToken,
        messageId: 'unknown',
        args: { service: service.name, image },
      });
    }
  },
});
