import { atLeast } from '../../catalog';
import { at, defineNodeRule } from '../rule';

export default defineNodeRule({
  code: 'quorum-missing',
  defaultSeverity: 'error',
  docs: {
    en: 'Every KRaft node must know the controller quorum: `controller.quorum.voters` (static quorum, `id@host:port` entries) or, from Kafka 3.9, `controller.quorum.bootstrap.servers` (dynamic quorum, `host:port` entries).',
    zh: '每个 KRaft 节点都必须知道控制器仲裁：`controller.quorum.voters`（静态仲裁，条目格式 `id@host:port`），或从 Kafka 3.9 起的 `controller.quorum.bootstrap.servers`（动态仲裁，条目格式 `host:port`）。',
  },
  messages: {
    en: {
      missing:
        'Kafka refuses to start: If using process.roles, either controller.quorum.bootstrap.servers must contain the set of bootstrap controllers or controller.quorum.voters must contain a parseable set of controllers.',
      missing38:
        'Kafka refuses to start: If using process.roles, controller.quorum.voters must contain a parseable set of voters.',
      bootstrapTooNew:
        'controller.quorum.bootstrap.servers needs Kafka 3.9 or newer; Kafka {version} requires controller.quorum.voters.',
    },
    zh: {
      missing:
        'Kafka 拒绝启动：使用 process.roles 时，必须在 controller.quorum.bootstrap.servers 中给出引导控制器，或在 controller.quorum.voters 中给出可解析的控制器集合。',
      missing38: 'Kafka 拒绝启动：使用 process.roles 时，controller.quorum.voters 必须包含可解析的投票者集合。',
      bootstrapTooNew:
        'controller.quorum.bootstrap.servers 需要 Kafka 3.9 或更新版本；Kafka {version} 要求使用 controller.quorum.voters。',
    },
  },
  check({ node, version, report }) {
    if (!node.settings.has('process.roles')) return;
    const hasVoters = node.voters.length > 0;
    const hasBootstrap = node.bootstrapServers.length > 0;
    if (!atLeast(version, '3.9')) {
      if (!hasVoters) {
        const bootstrap = node.bootstrapEntry;
        report({
          range: bootstrap ? at.key(node, bootstrap) : at.fileEnd(node),
          messageId: bootstrap ? 'bootstrapTooNew' : 'missing38',
          args: { version },
        });
      }
      return;
    }
    if (!hasVoters && !hasBootstrap) {
      const where = node.votersEntry ?? node.bootstrapEntry;
      report({ range: where ? at.key(node, where) : at.fileEnd(node), messageId: 'missing' });
    }
  },
});
